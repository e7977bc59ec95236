"""The web archive: `writer` keeps every exchange of a crawl as WARC records, `reader` reads them
back past damage, `replay` answers a crawl's requests from them (re-extraction)."""
