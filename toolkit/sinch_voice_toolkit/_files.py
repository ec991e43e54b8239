"""Reading a file the user named, carefully: a regular file, not through a link, bounded.

A path on a command line may name something that is not a file a tool should read: a symbolic
link to a secret (`/proc/self/environ`), a device that never ends (`/dev/zero`), a FIFO that
blocks until someone writes. `read_regular_file` opens without following a link and without
waiting on a FIFO, refuses anything but a regular file, and reads at most `limit` bytes.
"""

from __future__ import annotations

import errno
import os
import stat

MIB = 1024 * 1024


class FileRefused(ValueError):
    """The path names something that is not read: `why` is "link", "not regular" or
    "too large", and the message says it in words."""

    def __init__(self, path: str | os.PathLike[str], why: str, message: str) -> None:
        self.path = str(path)
        self.why = why
        super().__init__(f"{self.path} {message}")


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises:
        FileRefused: A symbolic link, not a regular file (a device, a FIFO, a folder), or
            larger than `limit` bytes.
        OSError: It cannot be opened or read (missing, no permission).
    """
    # No symlink is followed, and opening a FIFO by name does not wait for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise FileRefused(path, "link", "is a symbolic link: give the file itself") from None
        raise
    with os.fdopen(descriptor, "rb") as opened:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise FileRefused(path, "not regular", "is not a regular file")
        data = opened.read(limit + 1)
    if len(data) > limit:
        size = f"{limit // MIB} MiB" if limit >= MIB else f"{limit} bytes"
        raise FileRefused(path, "too large", f"is larger than {size}")
    return data
