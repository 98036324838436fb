"""Files written and read with plain system calls: a build writes tens of thousands of
them (six per KIM), where Python's file objects add calls that cost more than the writing.
"""

from __future__ import annotations

import os

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC


def write_file(path: str | os.PathLike, data: bytes | list[bytes]) -> os.stat_result:
    """Write `data` (bytes, or parts written one after the other) to `path`: open, write,
    close, as system calls, without the buffered file object, status query and terminal check
    of Python's `open`. The file's status, for the ledger: asked of the open file, not looked
    up by its path again."""
    try:
        fd = os.open(path, _CREATE, 0o666)
    except FileNotFoundError:  # its folder is new: made then, not checked before every write
        _make_folder(os.path.dirname(path))
        fd = os.open(path, _CREATE, 0o666)
    try:
        for part in _parts(data):
            view = memoryview(part)
            while view:  # a regular file takes it all at once, unless a signal cuts in
                view = view[os.write(fd, view):]
        return os.fstat(fd)
    finally:
        os.close(fd)


def write_if_changed(path: str, data: bytes | list[bytes]) -> os.stat_result:
    """Write `data` (as for `write_file`) unless the file holds it already: a rebuild leaves
    unchanged files alone, which is faster than writing them and keeps their times for
    `rsync` and caches. The file's status."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return write_file(path, data)
    parts = _parts(data)
    try:
        status = os.fstat(fd)
        same = (status.st_size == sum(map(len, parts))
                and all(_read_all(fd, len(part)) == part for part in parts))
    finally:
        os.close(fd)
    return status if same else write_file(path, parts)


def _parts(data: bytes | list[bytes]) -> list[bytes]:
    return data if isinstance(data, list) else [data]


def _read_all(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _make_folder(folder: str | os.PathLike) -> None:
    try:
        os.mkdir(folder)  # its parent nearly always exists (kim/ for kim/<slug>/)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:  # made by the other worker meanwhile
        pass


def read_file(path: str | os.PathLike) -> bytes:
    """The bytes of `path`: open, size, read, close."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return _read_all(fd, os.fstat(fd).st_size)
    finally:
        os.close(fd)
