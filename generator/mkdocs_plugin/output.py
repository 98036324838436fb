"""Write the per-KIM output of the site: in parallel for a build, incrementally for `serve`
and for a build into a folder that holds an earlier one.

That is every shell page (profiles, regions, sections) and every KIM's open-data file,
then data/kims.json from the records those produced. A fresh build does the work in
forked worker processes, which take the pages, then the KIMs, a slice at a time (the
catalogue is inherited, only the records come back). During `mkdocs serve` the session's memo
(`generator.site.memo`) keeps the rendered bytes by each page's inputs, so after an edit
only the pages whose KIM or region changed are rendered and written again. A build keeps
a ledger instead (`generator.site.ledger`): a page whose inputs and file are as the last
build left them is neither rendered nor written. No file is written with the bytes it holds.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from functools import partial
from itertools import zip_longest
from pathlib import Path
from typing import Callable

from generator import gcpolicy
from generator.model.kim import Kim
from generator.site.core import Shell, Site
from generator.site.ledger import Ledger
from generator.site.memo import Memo
from generator.site.pages import Deferred, DeferredFile, Page
from generator.site.writing import write_file, write_if_changed

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


class Output:
    """Where a build's files go. Each is written only if the site folder does not hold these
    bytes already, through the serve memo when there is one; `produced` lists them all, so
    that what the build did not produce can be removed (`remove_others`). Into a folder that
    was `fresh` (empty) when the build began, files are written without looking first."""

    def __init__(self, site_dir: Path, memo: Memo | None = None, ledger: Ledger | None = None,
                 fresh: bool = False) -> None:
        self.site_dir, self.memo, self.ledger = str(site_dir), memo, ledger
        self.produced: list[str] = []
        self.sizes: dict[str, int] = {}  # in bytes, by path: the data page gives them
        self._put = write_file if fresh else write_if_changed

    def write(self, path: str, data: bytes | list[bytes] | DeferredFile) -> os.stat_result | None:
        """Write `data`: bytes, or parts to write one after the other (data/kims.json, as large
        as all the records it is made of: 150 MB at 50,000 KIMs), joined only for the memo;
        or a file made only if the ledger does not say it is there already. The file's status,
        unless the serve memo wrote it."""
        if isinstance(data, DeferredFile):
            if self.ledger is not None:
                self.write_noted(path, data.key(), lambda: (data.make(), None))
                return None
            data = data.make()
        self.produced.append(path)
        self.sizes[path] = len(data) if isinstance(data, bytes) else sum(map(len, data))
        if self.memo is not None:
            write_changed(self.memo, self.site_dir, path, data if isinstance(data, bytes) else b"".join(data))
            return None
        return self._put(os.path.join(self.site_dir, path), data)

    def write_noted(self, path: str, key: tuple, make: Callable[[], tuple[bytes, dt.date | None]]) -> dt.date | None:
        """Write the bytes `make` makes unless the ledger says the file is what they would be:
        it holds what a file with this `key` was made of (see `ledger`). The file's date."""
        digest = self.ledger.digest(key)
        row = self.ledger.unchanged(self.site_dir, path, digest)
        if row is not None:
            self.produced.append(path)
            self.ledger.rows[path] = row
            return row[1]
        data, lastmod = make()
        self.ledger.note(path, digest, lastmod, self.write(path, data))
        return lastmod

    def write_over(self, path: str, data: bytes) -> None:
        """Write a file that another writer may have replaced since the last build (MkDocs'
        sitemap): compared with what the folder holds, not with the memo."""
        self.produced.append(path)
        write_if_changed(os.path.join(self.site_dir, path), data)


class PageWriter:
    """Writes the per-KIM output. Started as soon as the shells exist, so the workers render
    while the main process goes on with the rest of the build; `finish` waits for them."""

    def __init__(self, site: Site, shells: dict[str, Shell], site_dir: Path,
                 memo: Memo | None = None, workers: int | None = None, ledger: Ledger | None = None,
                 fresh: bool = False) -> None:
        self.site, self.shells, self.out = site, shells, Output(site_dir, memo, ledger, fresh)
        self.units = _units(site, shells)
        self.workers = workers or os.cpu_count() or 1
        self.pool = None
        if memo is None and self.workers > 1 and 2 * len(self.units) >= PARALLEL_FROM:
            self.pool, self.results = _start(site, self.units, shells, self.out, self.workers)
            # The workers have their copies; the records they send back need the room (the
            # pages to make are several objects each, 150 MB at 50,000 KIMs).
            self.units = []

    def close(self) -> None:
        """Stop the workers of a build that failed."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None

    def finish(self) -> list[Entry]:
        site, out = self.site, self.out
        if self.pool is None:
            done = [_write_task((site, self.units, self.shells, out), task)
                    for task in _tasks(len(self.units), len(site.kims))]
        else:
            with self.pool:
                done = self.results.get()
        entries, records = _merged(done, out)
        out.write(*site.collection_file(records))
        return entries


def _units(site: Site, shells: dict[str, Shell]) -> list[list[tuple[str, Page | Deferred]]]:
    """Each page in every language, side by side: the renderings of one profile share work
    (its Markdown, rendered once and cached), so a worker takes them together."""
    per_lang = [[(lang, item) for item in site.shell_pages(lang)] for lang in shells]
    return [[page for page in unit if page is not None] for unit in zip_longest(*per_lang)]


def _write_data(site: Site, kim: Kim, out: Output) -> bytes:
    """Write the KIM's own data files; its record for data/kims.json."""
    memo = out.memo
    if memo is None:
        files, record = site.kim_data(kim)
    else:
        key = site.data_key(kim)
        if key not in memo.data:
            memo.data[key] = site.kim_data(kim)
        files, record = memo.data[key]
    for path, data in files:
        out.write(path, data)
    return record


def _write_one(lang: str, item, shell: Shell, out: Output) -> Entry:
    if not isinstance(item, Deferred):
        out.write(item.url + "index.html", shell.fill(item).encode())
        return item.url, item.lastmod
    path = item.url + "index.html"
    if out.memo is not None:
        key = (item.key(), lang)
        kept = out.memo.pages.get(key)  # hashed once: a region page's key holds its every KIM
        if kept is None:
            kept = out.memo.pages[key] = _filled(item, shell)
        out.write(path, kept[0])
        return item.url, kept[1]
    if out.ledger is None:
        data, lastmod = _filled(item, shell)
        out.write(path, data)
        return item.url, lastmod
    return item.url, out.write_noted(path, (item.key(), lang), partial(_filled, item, shell))


def _filled(item: Deferred, shell: Shell) -> tuple[bytes, "dt.date | None"]:
    page = item.make()
    return shell.fill(page).encode(), page.lastmod


# Set just before forking, read by the workers: fork shares it without pickling.
_JOB: tuple = ()

# Units (or KIMs) per task. The workers take tasks as they finish the last: a worker slowed
# by the main process's work ends no later than one task after the other (with one share
# each, fixed in advance, one finished 2.4 s after the other at 50,000 KIMs).
CHUNK = 128

Task = tuple[bool, int, int]  # (pages, not KIMs' data files; first; after the last)
TaskResult = tuple[list[Entry], list[bytes], list[str], dict]  # entries, records, produced, ledger rows


def _tasks(units: int, kims: int) -> list[Task]:
    # the data files last: their records are what the main process keeps until the end
    return ([(True, start, min(start + CHUNK, units)) for start in range(0, units, CHUNK)]
            + [(False, start, min(start + CHUNK, kims)) for start in range(0, kims, CHUNK)])


def _work(task: Task) -> TaskResult:
    return _write_task(_JOB, task)


def _write_task(job: tuple, task: Task) -> TaskResult:
    """Write the pages (or the KIMs' data files) of `task`: their sitemap entries and
    records, and what `job`'s output wrote and noted meanwhile, handed over."""
    site, units, shells, out = job
    pages, first, after = task
    if pages:
        entries = [_write_one(lang, item, shells[lang], out) for unit in units[first:after] for lang, item in unit]
        records = []
    else:
        entries, records = [], [_write_data(site, kim, out) for kim in site.kims[first:after]]
    produced, out.produced = out.produced, []
    rows = {}
    if out.ledger is not None:
        rows, out.ledger.rows = out.ledger.rows, {}
    return entries, records, produced, rows


def _start(site: Site, units, shells, out: Output, workers: int):
    # The workers inherit the catalogue, frozen by the plugin (gcpolicy.share_with_workers):
    # their garbage collector leaves it alone and never copies its memory.
    global _JOB
    _JOB = (site, units, shells, out)
    try:  # the workers fork here
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=gcpolicy.worker_started)
    finally:
        _JOB = ()
    return pool, pool.map_async(_work, _tasks(len(units), len(site.kims)), chunksize=1)


def _merged(done: list[TaskResult], out: Output) -> tuple[list[Entry], list[bytes]]:
    """The tasks' pages and records, in the order of the tasks; what they wrote and noted
    joins `out`."""
    entries, records = [], []
    for chunk, data, produced, rows in done:
        entries += chunk
        records += data
        out.produced += produced
        if out.ledger is not None:
            out.ledger.rows.update(rows)
    return entries, records


def remove_others(site_dir: Path, keep: set[str]) -> int:
    """Delete every file of `site_dir` not in `keep` (paths relative to it), then the folders
    left empty: the folder then holds what a build into an empty one would. Like MkDocs'
    cleaning, hidden entries at the top (a `.git` of a deployment) stay. The number deleted."""
    removed, emptied = 0, []
    for folder, dirs, names in os.walk(site_dir):
        if folder == str(site_dir):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            names = [n for n in names if not n.startswith(".")]
        relative = os.path.relpath(folder, site_dir)
        gone = [n for n in names if (n if relative == "." else f"{relative}/{n}") not in keep]
        for name in gone:
            os.unlink(os.path.join(folder, name))
        removed += len(gone)
        if len(gone) == len(names) and relative != ".":
            emptied.append(folder)
    for folder in reversed(emptied):  # a folder's subfolders come after it in the walk
        try:
            os.rmdir(folder)
        except OSError:  # it still has a subfolder
            pass
    return removed
