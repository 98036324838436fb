"""Write the per-KIM output of the site: in parallel for a build, incrementally for `serve`.

That is every shell page (profiles, regions, sections) and every KIM's open-data file,
then data/kims.json from the records those produced. A fresh build does the work in
forked worker processes, each taking every n-th page and every n-th KIM (the catalogue
is inherited, only the records come back). During `mkdocs serve` the session's memo
(`generator.site.memo`) keeps the rendered bytes by each page's inputs, so after an edit
only the pages whose KIM or region changed are rendered and written again.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from itertools import zip_longest
from pathlib import Path

from generator import gcpolicy
from generator.model.kim import Kim
from generator.site.core import Shell, Site
from generator.site.memo import Memo
from generator.site.pages import Deferred, Page

PARALLEL_FROM = 1000  # pages; below this, starting workers costs more than it saves

Entry = tuple[str, "dt.date | None"]  # (url, lastmod) for the sitemap


def check_site(memo: Memo, site_dir: Path) -> None:
    """Forget what was written if the site folder was emptied since: `mkdocs serve`
    without --dirty cleans it before every build, and then everything is written again."""
    first = next(iter(memo.written), None)
    if first is not None and not os.path.exists(os.path.join(site_dir, first)):
        memo.written = {}


def write_changed(memo: Memo, site_dir: Path, path: str, data: bytes) -> None:
    """Write unless an earlier build of the session left these very bytes there."""
    old = memo.written.get(path)
    if old is data or old == data:
        return
    write_file(os.path.join(site_dir, path), data)
    memo.written[path] = data


class PageWriter:
    """Writes the per-KIM output. Started as soon as the shells exist, so the workers render
    while the main process goes on with the rest of the build; `finish` waits for them."""

    def __init__(self, site: Site, shells: dict[str, Shell], site_dir: Path,
                 memo: Memo | None = None, workers: int | None = None) -> None:
        self.site, self.shells, self.site_dir, self.memo = site, shells, site_dir, memo
        self.units = _units(site, shells)
        self.workers = workers or os.cpu_count() or 1
        self.pool = None
        if memo is None and self.workers > 1 and 2 * len(self.units) >= PARALLEL_FROM:
            self.pool, self.chunks = _start(site, self.units, shells, site_dir, self.workers)

    def close(self) -> None:
        """Stop the workers of a build that failed."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None

    def finish(self) -> list[Entry]:
        site, site_dir, memo = self.site, self.site_dir, self.memo
        if self.pool is None:
            entries = [_write_one(lang, item, self.shells[lang], site_dir, memo)
                       for unit in self.units for lang, item in unit]
            records = [_write_data(site, kim, site_dir, memo) for kim in site.kims]
        else:
            entries, records = _collect(self.pool, self.chunks, len(site.kims), self.workers)
        path, data = site.collection_file(records)
        if memo is None:
            write_file(os.path.join(site_dir, path), data)
        else:
            write_changed(memo, site_dir, path, data)
        return entries


def _units(site: Site, shells: dict[str, Shell]) -> list[list[tuple[str, Page | Deferred]]]:
    """Each page in every language, side by side: the renderings of one profile share work
    (its Markdown, rendered once and cached), so a worker takes them together."""
    per_lang = [[(lang, item) for item in site.shell_pages(lang)] for lang in shells]
    return [[page for page in unit if page is not None] for unit in zip_longest(*per_lang)]


def _write_data(site: Site, kim: Kim, site_dir: Path, memo: Memo | None) -> bytes:
    """Write the KIM's own data files; its record for data/kims.json."""
    if memo is None:
        files, record = site.kim_data(kim)
        for path, data in files:
            write_file(os.path.join(site_dir, path), data)
        return record
    if kim not in memo.data:
        memo.data[kim] = site.kim_data(kim)
    files, record = memo.data[kim]
    for path, data in files:
        write_changed(memo, site_dir, path, data)
    return record


def _write_one(lang: str, item, shell: Shell, site_dir: Path, memo: Memo | None) -> Entry:
    if memo is not None and isinstance(item, Deferred):
        key = (item.key(), lang)
        if key not in memo.pages:
            page = item.make()
            memo.pages[key] = (shell.fill(page).encode(), page.lastmod)
        data, lastmod = memo.pages[key]
        write_changed(memo, site_dir, item.url + "index.html", data)
        return item.url, lastmod
    page: Page = item.make() if isinstance(item, Deferred) else item
    write_file(os.path.join(site_dir, page.url, "index.html"), shell.fill(page).encode())
    return page.url, page.lastmod


# Set just before forking, read by the workers: fork shares it without pickling.
_JOB: tuple = ()


def _work(index: int) -> tuple[list[Entry], list[bytes]]:
    gcpolicy.worker_started()
    site, units, shells, site_dir, workers = _JOB
    entries = [_write_one(lang, item, shells[lang], site_dir, None)
               for unit in units[index::workers] for lang, item in unit]
    return entries, [_write_data(site, kim, site_dir, None) for kim in site.kims[index::workers]]


def _start(site: Site, units, shells, site_dir: Path, workers: int):
    # The workers inherit the catalogue, frozen by the plugin (gcpolicy.share_with_workers):
    # their garbage collector leaves it alone and never copies its memory.
    global _JOB
    _JOB = (site, units, shells, site_dir, workers)
    try:
        pool = multiprocessing.get_context("fork").Pool(workers)  # the workers fork here
    finally:
        _JOB = ()
    return pool, pool.map_async(_work, range(workers))


def _collect(pool, chunks, count: int, workers: int) -> tuple[list[Entry], list[bytes]]:
    with pool:
        results = chunks.get()
    entries = [entry for chunk, _ in results for entry in chunk]
    records: list[bytes] = [b""] * count
    for index, (_, chunk) in enumerate(results):
        records[index::workers] = chunk
    return entries, records


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC


def write_file(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` with three system calls. Python's `open` adds a buffered file
    object, a status query and a terminal check: on this VM a new 12 KB file took 125 to
    138 µs that way and 84 to 95 µs this way, about 1.2 CPU-s for the 31,000 files of
    10,000 KIMs."""
    try:
        fd = os.open(path, _CREATE, 0o666)
    except FileNotFoundError:  # its folder is new: made then, not checked before every write
        _make_folder(os.path.dirname(path))
        fd = os.open(path, _CREATE, 0o666)
    try:
        view = memoryview(data)
        while view:  # a regular file takes it all at once, unless a signal cuts in
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _make_folder(folder: str | os.PathLike) -> None:
    try:
        os.mkdir(folder)  # its parent nearly always exists (kim/ for kim/<slug>/)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:  # made by the other worker meanwhile
        pass
