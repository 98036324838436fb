"""What `mkdocs serve` keeps between rebuilds, and the one fingerprint that says when it is
stale.

A serve session rebuilds the site after every edit, in one process. What a rebuild reuses
is keyed on the KIM data: a KIM file's result by the file's content, a page by the KIMs it
shows, a KIM's open data by the KIM and the partners its met needs name. A page also
depends on what no such key holds: our templates, the generator's data files
(vocabularies, interface text, institutional criteria, the region list), the plugin's
settings and the theme's shells. All of those make up the fingerprint, in two parts known
at two moments of a build:

- the sources (`begin`, before the KIM files are read): the bytes of every file of the
  templates folder and of the data folder, and the settings (every option of the plugin,
  the site URL, the edit links' base, the map tiles, today's date). When they change,
  everything derived is dropped: each KIM file's result, the pages, the open data, the
  worklists, and every process cache made with `caches.kept` (loaded vocabularies,
  interface text, criteria and region list, the compiled templates, the per-KIM parts
  of the CSV, GeoJSON and search index). The rebuild then computes all of it again, as
  a fresh build would.
- the shells (`use_shells`, once the theme has rendered them): a change drops the pages
  poured into them, which nothing else depends on.

An edit of a KIM file changes neither part, so the rebuild stays incremental. Caches of
pure functions of their arguments (a Markdown text, a link, a date) are kept as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from generator.model import caches, datafiles


class Memo:
    """Everything one serve session keeps between its rebuilds."""

    def __init__(self) -> None:
        self.sources: bytes | None = None
        self.shells: tuple = ()
        # What this session wrote to the site folder, by path: a record of the folder, not
        # something derived, so it stays when the fingerprint changes (an unchanged file is
        # then still not written again).
        self.written: dict[str, bytes] = {}
        self._drop()

    def _drop(self) -> None:
        self.files: dict = {}  # catalogue.load's memo: each KIM file's result by its content
        self.pages: dict[tuple, tuple[bytes, dt.date | None]] = {}  # by Deferred.key(), language
        # a KIM's own files and record, by `Site.data_key`
        self.data: dict[tuple, tuple[tuple[tuple[str, bytes], ...], bytes]] = {}
        self.worklists: dict[tuple, tuple] = {}  # a regency's worklist CSV and XLSX (worklist.Worklists)
        self.bodies: dict[tuple[str, str], tuple[tuple, str]] = {}  # a theme page's key and body (Site.theme_body)

    def begin(self, templates: Path, settings: tuple) -> None:
        """Start a build from these sources: drop everything derived if they changed."""
        sources = fingerprint((templates, datafiles.folder()), settings)
        if sources != self.sources:
            self.sources, self.shells = sources, ()
            self._drop()
            caches.clear_all()

    def use_shells(self, shells: tuple) -> None:
        """The theme's shells of this build: drop the pages poured into other ones."""
        if shells != self.shells:
            self.shells, self.pages = shells, {}


def fingerprint(folders: tuple[Path, ...], settings: tuple) -> bytes:
    """A digest of the bytes of every file under `folders` (by its path within its folder,
    so that two copies of the same files agree) and of `settings` (by their repr)."""
    digest = hashlib.blake2b(repr(settings).encode())
    for folder in folders:
        digest.update(b"\0folder\0")
        for path in sorted(_files(folder)):
            digest.update(os.path.relpath(path, folder).encode() + b"\0")
            with open(path, "rb") as fh:
                digest.update(hashlib.blake2b(fh.read()).digest())
    return digest.digest()


def _files(folder: Path) -> list[str]:
    """The files a build may read: not an editor's hidden swap and lock files or its backups
    ("~"), which come and go while a template is open."""
    return [os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
            if not name.startswith(".") and not name.endswith("~")]
