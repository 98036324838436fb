"""Write the shell pages of the site: in parallel for a build, incrementally for `serve`.

A fresh build renders pages in forked worker processes, each taking every n-th page
(the catalogue is inherited, nothing big is pickled). During `mkdocs serve` a memo
keyed on each page's inputs keeps the rendered bytes, so after an edit only the
pages whose KIM or region changed are rendered and written again.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from pathlib import Path

from .site import Deferred, Page, Shell, Site

PARALLEL_FROM = 1000  # pages; below this, starting workers costs more than it saves

Entry = tuple[str, "dt.date | None"]  # (url, lastmod) for the sitemap


class Memo:
    """Rendered pages by their inputs, kept across the rebuilds of one `serve`."""

    def __init__(self) -> None:
        self.settings: tuple = ()
        self.pages: dict[tuple, tuple[bytes, dt.date | None]] = {}
        self.written: dict[str, bytes] = {}

    def reset_if_changed(self, settings: tuple) -> None:
        if settings != self.settings:
            self.settings, self.pages, self.written = settings, {}, {}


def write_pages(site: Site, shells: dict[str, Shell], site_dir: Path,
                memo: Memo | None = None, workers: int | None = None) -> list[Entry]:
    items = [(lang, item) for lang, shell in shells.items() for item in site.shell_pages(lang)]
    workers = workers or os.cpu_count() or 1
    if memo is None and workers > 1 and len(items) >= PARALLEL_FROM:
        return _parallel(items, shells, site_dir, workers)
    return [_write_one(lang, item, shells[lang], site_dir, memo) for lang, item in items]


def _write_one(lang: str, item, shell: Shell, site_dir: Path, memo: Memo | None) -> Entry:
    if memo is not None and isinstance(item, Deferred):
        key = (item.key, lang)
        if key not in memo.pages:
            page = item.make()
            memo.pages[key] = (shell.fill(page).encode(), page.lastmod)
        data, lastmod = memo.pages[key]
        path = site_dir / item.url / "index.html"
        if memo.written.get(item.url) is not data or not path.exists():
            _write(path, data)
            memo.written[item.url] = data
        return item.url, lastmod
    page: Page = item.make() if isinstance(item, Deferred) else item
    _write(site_dir / page.url / "index.html", shell.fill(page).encode())
    return page.url, page.lastmod


# Set just before forking, read by the workers: fork shares it without pickling.
_JOB: tuple = ()


def _work(index: int) -> list[Entry]:
    items, shells, site_dir, workers = _JOB
    return [_write_one(lang, item, shells[lang], site_dir, None) for lang, item in items[index::workers]]


def _parallel(items, shells, site_dir: Path, workers: int) -> list[Entry]:
    global _JOB
    _JOB = (items, shells, site_dir, workers)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_work, range(workers))
    finally:
        _JOB = ()
    return [entry for chunk in chunks for entry in chunk]


def write_file(path: Path, data: bytes) -> None:
    _write(path, data)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
