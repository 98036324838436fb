"""What the build draws (share cards), kept between builds in a folder.

Drawing is the costly part of the cards (one per regency), and what is drawn changes rarely:
a card only when its region's name does. (A poster's QR code costs little to draw: it is
drawn on every build, not kept.) Each result is a file
named by a digest of everything it is drawn from (the inputs, the drawing code, the
library's version), so a kept file is the one a fresh drawing would give: the site stays
byte for byte the same with or without the folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Callable

from generator.site.writing import read_file, write_file

RETIRED = ("qr",)  # kinds that earlier versions kept: QR codes are drawn on every build now


class Kept:
    """`get` returns the kept bytes for `key`, drawing them with `make` when they are not
    there yet. Without a folder (tests that render pages without a build) it always draws.
    Each kind's folder is listed once: on a first build, where nothing is kept yet, a lookup
    costs no failed opening of a file."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._names: dict[str, set[str]] = {}
        self._used: dict[str, set[str]] = {}  # asked for by this process, the one that draws the cards

    def get(self, kind: str, key: tuple, make: Callable[[], bytes]) -> bytes:
        if self.folder is None:
            return make()
        digest = hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()
        folder = os.path.join(self.folder, kind)
        names = self._names.get(kind)
        if names is None:
            os.makedirs(folder, exist_ok=True)
            names = self._names[kind] = set(os.listdir(folder))
        path = os.path.join(folder, digest)
        self._used.setdefault(kind, set()).add(digest)
        if digest in names:
            try:
                return read_file(path)
            except FileNotFoundError:  # removed since the listing
                pass
        data = make()
        part = f"{path}.{os.getpid()}"  # renamed when whole: a build stopped midway leaves no half card
        write_file(part, data)
        os.replace(part, path)
        names.add(digest)
        return data

    def prune(self) -> int:
        """Delete what this build did not ask for: drawings of inputs that are gone (a renamed
        region, older drawing code), and the kinds no longer kept. A deployment restores the
        folder before every build and saves it after: it would otherwise only grow. The
        number of files deleted."""
        if self.folder is None:
            return 0
        removed = 0
        for kind, used in self._used.items():
            folder = os.path.join(self.folder, kind)
            for name in set(os.listdir(folder)) - used:
                os.unlink(os.path.join(folder, name))
                removed += 1
        for kind in RETIRED:
            folder = os.path.join(self.folder, kind)
            if os.path.isdir(folder):
                removed += len(os.listdir(folder))
                shutil.rmtree(folder)
        return removed


def source_digest(module_file: str) -> str:
    """A digest of a module's source: part of every key of what that module draws, so a
    change of the drawing code draws everything again."""
    with open(module_file, "rb") as fh:
        return hashlib.blake2b(fh.read(), digest_size=8).hexdigest()
