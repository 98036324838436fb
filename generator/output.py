"""Write the per-KIM output of the site: in parallel for a build, incrementally for `serve`.

That is every shell page (profiles, regions, sections) and every KIM's open-data file,
then data/kims.json from the records those produced. A fresh build does the work in
forked worker processes, each taking every n-th page and every n-th KIM (the catalogue
is inherited, only the records come back). During `mkdocs serve` a memo keyed on each
page's inputs keeps the rendered bytes, so after an edit only the pages whose KIM or
region changed are rendered and written again.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from pathlib import Path

from .model import Kim
from .site import Deferred, Page, Shell, Site

PARALLEL_FROM = 1000  # pages; below this, starting workers costs more than it saves

Entry = tuple[str, "dt.date | None"]  # (url, lastmod) for the sitemap


class Memo:
    """Rendered pages by their inputs, kept across the rebuilds of one `serve`."""

    def __init__(self) -> None:
        self.settings: tuple = ()
        self.pages: dict[tuple, tuple[bytes, dt.date | None]] = {}
        self.data: dict[Kim, tuple[str, bytes, bytes]] = {}
        self.written: dict[str, bytes] = {}

    def reset_if_changed(self, settings: tuple) -> None:
        if settings != self.settings:
            self.settings, self.pages, self.data, self.written = settings, {}, {}, {}


def write_pages(site: Site, shells: dict[str, Shell], site_dir: Path,
                memo: Memo | None = None, workers: int | None = None) -> list[Entry]:
    items = [(lang, item) for lang, shell in shells.items() for item in site.shell_pages(lang)]
    workers = workers or os.cpu_count() or 1
    if memo is None and workers > 1 and len(items) >= PARALLEL_FROM:
        entries, records = _parallel(site, items, shells, site_dir, workers)
    else:
        entries = [_write_one(lang, item, shells[lang], site_dir, memo) for lang, item in items]
        records = [_write_data(site, kim, site_dir, memo) for kim in site.kims]
    path, data = site.collection_file(records)
    _write(site_dir / path, data)
    return entries


def _write_data(site: Site, kim: Kim, site_dir: Path, memo: Memo | None) -> bytes:
    """Write the KIM's open-data file; its record for data/kims.json."""
    if memo is None:
        path, data, record = site.kim_data(kim)
        _write(site_dir / path, data)
        return record
    if kim not in memo.data:
        memo.data[kim] = site.kim_data(kim)
    path, data, record = memo.data[kim]
    if memo.written.get(path) is not data or not (site_dir / path).exists():
        _write(site_dir / path, data)
        memo.written[path] = data
    return record


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


def _work(index: int) -> tuple[list[Entry], list[bytes]]:
    site, items, shells, site_dir, workers = _JOB
    entries = [_write_one(lang, item, shells[lang], site_dir, None) for lang, item in items[index::workers]]
    return entries, [_write_data(site, kim, site_dir, None) for kim in site.kims[index::workers]]


def _parallel(site: Site, items, shells, site_dir: Path, workers: int) -> tuple[list[Entry], list[bytes]]:
    global _JOB
    _JOB = (site, items, shells, site_dir, workers)
    # Frozen objects are left alone by the workers' garbage collector, so the pages of
    # memory holding the inherited catalogue are not copied into every worker.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_work, range(workers))
    finally:
        _JOB = ()
        gc.unfreeze()
    entries = [entry for chunk, _ in chunks for entry in chunk]
    records: list[bytes] = [b""] * len(site.kims)
    for index, (_, chunk) in enumerate(chunks):
        records[index::workers] = chunk
    return entries, records


def write_file(path: Path, data: bytes) -> None:
    _write(path, data)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
