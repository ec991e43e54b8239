"""Reading an answer's body with a hard size cap, decompression included.

httpx decompresses a whole network chunk at once, so a 64 KiB gzip chunk can become 64 MiB
before anyone can count it. This decoder asks zlib for at most what is left under the cap, so
memory stays bounded by the cap whatever the compression ratio. It knows the encodings the
client advertises (`gzip`, `deflate`) and `identity`; anything else is refused.

A compressed body must also be whole: zlib checks gzip's CRC-32 and length trailer (and zlib's
Adler-32) when it reaches the end of the stream, so a body that stops before its end, or goes
on after it with anything but another gzip member (RFC 1952 allows several), is refused.
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
        self._gzip = False
        self._fed = False
        self._deflate_fallback = False
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(_GZIP_WBITS)
            self._gzip = True
        elif encoding == "deflate":
            # RFC 9110's deflate is zlib-wrapped; some servers send raw deflate (httpx tries both).
            self._zlib = zlib.decompressobj(_ZLIB_WBITS)
            self._deflate_fallback = True
        else:
            raise BadEncoding(f"unsupported Content-Encoding {content_encoding[:40]!r}")

    def decode(self, chunk: bytes) -> bytes:
        if self._zlib is None:
            return self._count(chunk)
        if not chunk:
            return b""
        self._fed = True
        if self._zlib.eof:
            return self._after_end(chunk)
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
        data = self._count(data)
        if self._zlib.eof and self._zlib.unused_data:
            data += self._after_end(self._zlib.unused_data)
        return data

    def finish(self) -> None:
        """The body has ended: raise `BadEncoding` unless the compressed stream did too."""
        if self._zlib is not None and self._fed and not self._zlib.eof:
            raise BadEncoding("the compressed body is cut short (no end of stream or trailer)")

    def _after_end(self, rest: bytes) -> bytes:
        """Bytes after the end of the compressed stream: another gzip member, or an error."""
        magic = b"\x1f\x8b"
        if not self._gzip or not magic.startswith(rest[:2]):  # (a chunk may end inside it)
            raise BadEncoding("the body goes on after the end of its compressed stream")
        self._zlib = zlib.decompressobj(_GZIP_WBITS)
        return self.decode(rest)

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise BodyTooLarge
        return data
