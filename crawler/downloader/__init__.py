"""Downloader middlewares and add-ons: what is done to a request before it leaves and to a response
as it arrives (a site's mirror standing in for it, the User-Agent, patience with a struggling server)."""
