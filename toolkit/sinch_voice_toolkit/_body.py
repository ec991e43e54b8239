"""Reading an answer's body with a hard size cap, decompression included.

httpx decompresses a whole network chunk at once, so a 64 KiB gzip chunk can become 64 MiB
before anyone can count it. This decoder asks zlib for at most what is left under the cap, so
memory stays bounded by the cap whatever the compression ratio. It knows the encodings the
client advertises (`gzip`, `deflate`) and `identity`; anything else is refused.
"""

from __future__ import annotations

import zlib

ACCEPT_ENCODING = "gzip, deflate"
_GZIP_WBITS = 16 + zlib.MAX_WBITS
_ZLIB_WBITS = zlib.MAX_WBITS
_RAW_DEFLATE_WBITS = -zlib.MAX_WBITS


class BodyTooLarge(Exception):
    """The decoded body passed the cap."""


class BadEncoding(Exception):
    """The body is not in the encoding its Content-Encoding names (or that one is unknown)."""


class BoundedDecoder:
    """Decodes one body chunk by chunk, never holding more than `limit` decoded bytes."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        encoding = content_encoding.strip().lower()
        self.limit = limit
        self.size = 0
        self._deflate_fallback = False
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(_GZIP_WBITS)
        elif encoding == "deflate":
            # RFC 9110's deflate is zlib-wrapped; some servers send raw deflate (httpx tries both).
            self._zlib = zlib.decompressobj(_ZLIB_WBITS)
            self._deflate_fallback = True
        else:
            raise BadEncoding(f"unsupported Content-Encoding {content_encoding[:40]!r}")

    def decode(self, chunk: bytes) -> bytes:
        if self._zlib is None:
            return self._count(chunk)
        try:
            data = self._zlib.decompress(chunk, self.limit - self.size + 1)
        except zlib.error as error:
            if not self._deflate_fallback or self.size:
                raise BadEncoding(f"the body does not decompress: {error}") from None
            self._zlib = zlib.decompressobj(_RAW_DEFLATE_WBITS)
            self._deflate_fallback = False
            return self.decode(chunk)
        self._deflate_fallback = False
        if self._zlib.unconsumed_tail:
            raise BodyTooLarge
        return self._count(data)

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise BodyTooLarge
        return data
