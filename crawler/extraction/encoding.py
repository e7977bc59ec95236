"""Which encoding a page's bytes are in, when headers and <meta> may be missing or wrong.

Pages of the GB2312/GBK era declare their charset in the header, in a <meta>, in both (sometimes
disagreeing) or nowhere, and some declare one and are served in another. The bytes decide: text
that is valid UTF-8 is UTF-8 (GBK text practically never is), then the first declared charset
that decodes the bytes without error, then GB18030 (the superset of GB2312 and GBK), then
charset-normalizer's detection. A Western single-byte charset declared by a Chinese site is a
server default, not the page's: it decodes any bytes, so it is not trusted.
"""

from __future__ import annotations

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

UNTRUSTED_DECLARATIONS = frozenset({"cp1252", "ascii", "latin-1", "iso8859-1"})


def _decodes(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page's text and the encoding it was read with."""
    text, encoding = _decode(body, content_type)
    # GBK's A3A0 is a full-width space to browsers (WHATWG); Python reads it as a private-use character.
    return text.replace("\ue5e5", "\u3000"), encoding


def _decode(body: bytes, content_type: str | None) -> tuple[str, str]:
    bom_encoding, bom = read_bom(body)
    if bom_encoding and bom:  # both or neither
        return body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    text = _decodes(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = (http_content_type_encoding(content_type), html_body_declared_encoding(body[:4096]))
    resolved = [resolve_encoding(name) for name in declared if name]
    for encoding in (*(name for name in resolved if name and name not in UNTRUSTED_DECLARATIONS), "gb18030"):
        text = _decodes(body, encoding)
        if text is not None:
            return text, encoding
    guess = from_bytes(body).best()
    if guess is not None:
        return str(guess), guess.encoding
    return body.decode("gb18030", errors="replace"), "gb18030"
