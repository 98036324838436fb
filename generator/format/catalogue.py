"""Read and validate data files: one file at a time, then across all of them.

KIM files, regency settings (`_wilayah.yml`) and partner files (`mitra/`), each checked
as its kind (`kinds.kind_of`, by path). This is the only module that touches the file
system for that data. Every problem of every file is collected; the caller decides how
to report them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection

from generator import gcpolicy
from generator.format import kinds, source, yamlnode
from generator.format.acrossfiles import MET, NEED, PARTNERSHIP, FileResult, across_files, excluded, stem
from generator.format.checker import Checker, describe_node
from generator.format.names import names_in_text
from generator.format.problems import Collector, Problem
from generator.format.rules import apply
from generator.format.spec import FULFILLED
from generator.model.kim import Kim, build_kim, identity
from generator.model.mitra import Mitra, Wilayah, build_mitra, build_wilayah
from generator.model.regions import Regions, load_regions
from generator.model.vocab import Vocab, load_vocab

ALLOWED_EXTRAS = {"README.md", ".gitkeep"}
PARALLEL_FROM = 2000  # files; below this, starting workers costs more than it saves


@dataclass
class Catalogue:
    kims: list[Kim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    wilayah: dict[str, Wilayah] = field(default_factory=dict)  # regency settings by regency code
    mitra: list[Mitra] = field(default_factory=list)  # partners, by file path

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def check_bytes(data: bytes, path: str, today: dt.date, regions: Regions | None = None,
                vocab: Vocab | None = None, size: int | None = None, model: bool = True) -> FileResult:
    """Validate one file's content; `path` places it (its kind, folder and slug rules).
    Without `model`, a valid file's result holds no model (what `kim validate` needs)."""
    out = Collector(path)
    text = source.decode(data, out, size)
    root = yamlnode.read(text, out) if text is not None else None
    if root is None:
        return FileResult(path, out.problems)
    if isinstance(root, yamlnode.Scalar) and root.plain and not root.text:
        out.error(root.pos, "empty-file")
        return FileResult(path, out.problems)
    if not isinstance(root, yamlnode.Map):
        out.error(root.pos, "root-not-mapping", got=describe_node(root))
        return FileResult(path, out.problems)
    kind = kinds.kind_of(path)
    regions = regions or load_regions()
    checker = Checker(vocab or load_vocab(), out, today, text, kind.in_text, regions.provinces)
    value = checker.check(root, kind.record, "", root.pos)
    checker.comments()
    if kind.name == "wilayah":
        code = kinds.settings_regency(value, path, regions, checker)
        settings = build_wilayah(value, code, path) if model and code and not out.has_errors else None
        return FileResult(path, out.problems, kind=kind.name, wilayah=settings, contoh=value.get("contoh", False))
    if kind.name == "mitra":
        kinds.partner_rules(value, path, regions, checker)
        partner = build_mitra(value, path) if model and not out.has_errors else None
        anchors = {"slug": checker.where["slug"]} if "slug" in checker.where else {}
        return FileResult(path, out.problems, anchors=anchors, former=_former(value, checker), kind=kind.name,
                          mitra=partner, contoh=value.get("contoh", False), jenis=value.get("jenis"))
    place = apply(value, path, regions, checker)
    names_in_text(value, checker)
    kim = point = None
    if not out.has_errors and place is not None:
        kim = build_kim(value, place, path, hashlib.sha1(data).digest()) if model else None
        coords = value.get("koordinat")
        if coords:
            point = (place.regency_code, place.regency, (coords["lintang"], coords["bujur"]))
    anchors = {k: checker.where[k] for k in ("slug", "nama", "wilayah", "koordinat") if k in checker.where}
    nama = value.get("nama")
    same = (place.code, identity(nama)) if place is not None and isinstance(nama, str) else None
    return FileResult(path, out.problems, kim, anchors, point, _named_partners(value, checker.where),
                      _former(value, checker),
                      same=same, contoh=value.get("contoh", False), types=_partnership_types(value, checker.where))


def _former(value: dict, checker: Checker) -> tuple[tuple[str, str, int, int], ...]:
    """(field path, slug, line, col) of each former address a file lists (`slug_lama`)."""
    return tuple((key, slug, *checker.where[key]) for i, slug in enumerate(value.get("slug_lama", ()))
                 for key in (checker.item_path("slug_lama", i),))


def _named_partners(value: dict, where: dict) -> tuple[tuple[str, str, int, int, str], ...]:
    named = []
    for i, need in enumerate(value.get("peluang", {}).get("dicari", ())):
        if "dipenuhi_oleh" in need:
            key = f"peluang.dicari[{i}].dipenuhi_oleh"
            named.append((key, need["dipenuhi_oleh"], *where[key], MET if need.get("status") == FULFILLED else NEED))
    for i, partnership in enumerate(value.get("kemitraan", ())):
        if "slug_mitra" in partnership:
            key = f"kemitraan[{i}].slug_mitra"
            named.append((key, partnership["slug_mitra"], *where[key], PARTNERSHIP))
    return tuple(named)


def _partnership_types(value: dict, where: dict) -> tuple[tuple[str, str, str, int, int], ...]:
    return tuple((key, partnership["slug_mitra"], partnership["jenis"], *where[key])
                 for i, partnership in enumerate(value.get("kemitraan", ()))
                 if "slug_mitra" in partnership and "jenis" in partnership
                 for key in (f"kemitraan[{i}].jenis",))


def check_file(path: str, today: dt.date, memo: dict | None = None, model: bool = True) -> FileResult:
    if memo is not None:
        try:
            stat = os.stat(path)
        except OSError:
            stat = None
        seen = memo.get((path, today, _signature(stat))) if stat else None
        if seen is not None:
            return seen
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            # Sized to the file: read(MAX_BYTES + 1) alone would allocate (and map) 256 KB for
            # every 2 KB file, three times the cost of reading it.
            data = fh.read(min(size, source.MAX_BYTES) + 1)
            if len(data) > size:  # it grew since fstat: read on up to the limit
                data += fh.read(source.MAX_BYTES + 1 - len(data))
                size = len(data)
    except OSError as exc:
        out = Collector(path)
        out.error((1, 1), "unreadable", reason=exc.strerror or type(exc).__name__)
        return FileResult(path, out.problems)
    if memo is None:
        return check_bytes(data, path, today, size=size, model=model)
    key = (path, today, size, hashlib.sha1(data).digest())
    if key not in memo:
        memo[key] = check_bytes(data, path, today, size=size)
    # A file unchanged for a while is known by its status next time, without reading it (a
    # tenth of a serve rebuild at 10,000 KIMs). A fresh one may change again within the
    # file system's timestamp resolution (as git's "racy" files): it is read again.
    if stat and stat.st_mtime_ns < time.time_ns() - SETTLED_NS:
        memo[(path, today, _signature(stat))] = memo[key]
    return memo[key]


SETTLED_NS = 2_000_000_000


def _signature(stat: os.stat_result) -> tuple:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino


def discover(paths: list[str]) -> tuple[list[str], list[Problem]]:
    """The data files under `paths`, and the stray entries found beside them.

    Symbolic links are reported and never followed, wherever they point.
    """
    files, problems = [], []
    for top in paths:
        if os.path.islink(top):
            problems.append(_file_problem(top, "symlink"))
        elif os.path.isdir(top):
            partners = os.path.basename(os.path.normpath(top)) == kinds.PARTNER_FOLDER
            _walk(top, files, problems, partners)
        else:
            files.append(top)
    # one file named twice ("x.yml ./x.yml", "kims//18/...") is one file, not two with one slug
    unique = {os.path.normpath(os.path.abspath(f)): f for f in sorted(files, reverse=True)}
    return sorted(unique.values()), problems


def _walk(folder: str, files: list[str], problems: list[Problem], partners: bool = False) -> None:
    """`partners`: `folder` is the partner folder, which holds its files and no folder. A file's
    kind is its folder's name (`kinds.kind_of`): a KIM file in a folder under mitra/ would be
    published as a KIM outside kims/, and a folder named mitra/ among the KIM files would make
    partners of them. Neither folder is read."""
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            path = os.path.join(folder, entry.name)
            if entry.is_symlink():
                problems.append(_file_problem(path, "symlink"))
            elif entry.is_dir() and partners:
                problems.append(_file_problem(path, "folder-in-partners"))
            elif entry.is_dir() and entry.name == kinds.PARTNER_FOLDER:
                problems.append(_file_problem(path, "partners-among-kims"))
            elif entry.is_dir():
                _walk(path, files, problems)
            elif entry.name.endswith(".yml"):
                files.append(path)
            elif entry.name.endswith(".yaml"):
                problems.append(_file_problem(path, "wrong-extension"))
            elif entry.name not in ALLOWED_EXTRAS:
                problems.append(_file_problem(path, "stray-file"))


def _file_problem(path: str, code: str) -> Problem:
    return Problem(path, 1, 1, "error", code)


def load(paths: list[str], today: dt.date, workers: int | None = None, memo: dict | None = None,
         models: bool = True, partners: Collection[str] | None = None) -> Catalogue:
    """Validate every data file under `paths`; models only for files without errors.

    `memo`, kept between calls, skips files whose content has not changed (`mkdocs serve`).
    Without `models` (`kim validate`), the catalogue holds the problems only. The partners
    fulfilled needs name (`dipenuhi_oleh`) are checked against `partners` (slugs), or else
    against the partner files of the load when it holds a partner folder (`mitra/`).
    """
    files, problems = discover(paths)
    if memo is not None:
        results = _check_remembering(files, today, workers, memo)
    else:
        results = _check_all(files, today, workers, models)
    catalogue = Catalogue(files=len(files), problems=problems)
    for result in results:
        catalogue.problems.extend(result.problems)
    if partners is None and _holds_partners(paths, results):
        partners = _stems(r.path for r in results if r.kind == "mitra")
    across = across_files(results, partners)
    catalogue.problems.extend(across)
    catalogue.wilayah = {r.wilayah.kode: r.wilayah for r in results if r.wilayah is not None}
    kims = [r.kim for r in results if r.kim is not None]
    duplicated = excluded(across)
    catalogue.kims = [k for k in kims if k.source not in duplicated]
    catalogue.mitra = [r.mitra for r in results if r.mitra is not None and r.path not in duplicated]
    catalogue.problems.sort(key=Problem.sort_key)
    return catalogue


@dataclass
class Given(Catalogue):
    """What `kim validate PATH...` reports: the problems of the files given, and the problems
    across files that involve them."""
    outside: list[str] = field(default_factory=list)  # paths in no data tree: no check across files
    partners_unknown: bool = False  # a KIM names a partner, and no partner folder is there to look in


def load_given(paths: list[str], today: dt.date, workers: int | None = None, every: bool = False) -> Given:
    """Validate the files under `paths` (no models), the rest of their data tree as context.

    A file inside `kims/` or `mitra/` belongs to the tree around them: its slug must be unique
    among all the tree's files, its partners must have files in its `mitra/`, and its point lie
    near its regency's other KIMs, as a check of the whole tree finds. Of the rest of the tree
    only what those checks need is read: the other files of the given KIMs' regencies, files
    whose name is a given file's, and the partner files given KIMs name (whether a sample or
    real partner, of which type); every other file counts by its name alone.
    The files given are the files being changed (`edited` in `across_files`), but with `every`
    (`kim validate` without arguments, the deploy's check of the whole tree).
    """
    files, problems = discover(paths)
    given = {os.path.abspath(f) for f in files}
    trees = {p: tree_of(p) for p in paths}
    context_folders = sorted({f for tree in trees.values() if tree for f in tree} - {os.path.abspath(p) for p in paths})
    # named as `kim validate` names files, relative to the working folder
    context = [f for f in discover([os.path.relpath(f) for f in context_folders])[0] if os.path.abspath(f) not in given]
    results = _check_all(files, today, workers, False)
    regencies = {os.path.dirname(os.path.abspath(r.path)) for r in results if r.kind == "kim"}
    names = {stem(f).lower() for f in files} | {slug.lower() for r in results for _, slug, *_ in r.partners}
    needed = [f for f in context if os.path.dirname(os.path.abspath(f)) in regencies or stem(f).lower() in names
              or _lists_former(f)]
    unread = set(context) - set(needed)
    around = _check_all(needed, today, workers, False) + [FileResult(f, [], kind=kinds.kind_of(f).name)
                                                           for f in sorted(unread)]
    everything = results + around
    partner_files = [r.path for r in everything if r.kind == "mitra"]
    holds = (_holds_partners(paths, results)
             or any(os.path.basename(f) == kinds.PARTNER_FOLDER for f in context_folders))
    asked = set(files)
    catalogue = Given(files=len(files), problems=problems,
                      outside=[p for p, tree in trees.items() if tree is None],
                      partners_unknown=not holds and any(r.partners for r in results))
    for result in results:
        catalogue.problems.extend(result.problems)
    # of two files with one slug, the one being worked on is told to choose another
    edited = () if every else asked
    catalogue.problems.extend(p for p in across_files(everything, _stems(partner_files) if holds else None, edited)
                              if p.path in asked)
    catalogue.problems.sort(key=Problem.sort_key)
    return catalogue


def _lists_former(path: str) -> bool:
    """Whether a KIM or partner file names former addresses (`slug_lama`), which the checks of
    every other file of its kind need (and of KIM files naming a partner by one): its bytes are
    searched, far cheaper than checking it."""
    if kinds.kind_of(path).name not in ("kim", "mitra"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"slug_lama" in fh.read(source.MAX_BYTES + 1)
    except OSError:
        return False


def former_slugs(node: yamlnode.Node) -> tuple[str, ...]:
    """The former addresses (`slug_lama`) a KIM file's root node lists, lowercased."""
    listed = node.values.get("slug_lama") if isinstance(node, yamlnode.Map) else None
    items = listed.items if isinstance(listed, yamlnode.Seq) else ()
    return tuple(item.text.lower() for item in items if isinstance(item, yamlnode.Scalar))


def taken_slugs(root: str | os.PathLike, files: str = "*/*/*.yml") -> dict[str, str]:
    """The slugs a new file under `root` (a `kims/` folder, or `mitra/` with `files` "*.yml")
    may not take, lowercased, with the file that holds each: the files' names, and the former
    addresses they list, which lead to those files' pages (a KIM's printed QR codes among them)."""
    paths = sorted(str(p) for p in Path(root).glob(files))
    taken = {stem(p).lower(): p for p in paths}
    for path in filter(_lists_former, paths):
        with open(path, "rb") as fh:
            text = source.decode(fh.read(source.MAX_BYTES + 1), Collector(path))
        for slug in former_slugs(yamlnode.read(text, Collector(path)) if text is not None else None):
            taken.setdefault(slug, path)
    return taken


def tree_of(path: str) -> tuple[str, ...] | None:
    """The data folders (absolute) of the tree `path` lies in: the nearest `kims/` or `mitra/`
    folder at or above it, and its sibling of the other name when there is one; None outside."""
    here = os.path.abspath(path)
    while os.path.basename(here) not in (kinds.KIM_FOLDER, kinds.PARTNER_FOLDER):
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent
    root = os.path.dirname(here)
    folders = (os.path.join(root, kinds.KIM_FOLDER), os.path.join(root, kinds.PARTNER_FOLDER))
    return tuple(f for f in folders if f == here or (os.path.isdir(f) and not os.path.islink(f)))


def _stems(paths) -> set[str]:
    return {stem(p) for p in paths}


def _check_all(files: list[str], today: dt.date, workers: int | None, models: bool) -> list[FileResult]:
    workers = _workers(files, workers)
    if workers < 2:
        return [check_file(f, today, model=models) for f in files]
    return _in_workers(check_file, [(f, today, None, models) for f in files], workers)


def _check_remembering(files: list[str], today: dt.date, workers: int | None, memo: dict) -> list[FileResult]:
    """`check_file` with the memo. The first time (`mkdocs serve` starting), when nothing is
    remembered yet, the files are read in parallel and the memo filled from the workers'."""
    workers = _workers(files, workers)
    if memo or workers < 2:
        return [check_file(f, today, memo) for f in files]
    results = []
    for result, remembered in _in_workers(_remember, [(f, today) for f in files], workers):
        memo.update(remembered)
        results.append(result)
    return results


def _remember(path: str, today: dt.date) -> tuple[FileResult, dict]:
    memo: dict = {}
    return check_file(path, today, memo), memo


def _workers(files: list[str], workers: int | None) -> int:
    """How many processes should check `files`: 1 when starting workers costs more than it saves."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    return workers if len(files) >= PARALLEL_FROM else 1


def _in_workers(function, arguments: list[tuple], workers: int) -> list:
    import multiprocessing

    load_regions(), load_vocab()  # loaded once, inherited by the forked workers
    context = multiprocessing.get_context("fork")
    with gcpolicy.forking(), context.Pool(workers) as pool:
        chunk = max(1, len(arguments) // (workers * 8))
        return pool.starmap(function, arguments, chunksize=chunk)


def _holds_partners(paths: list[str], results: list[FileResult]) -> bool:
    """Whether the load covers the partner files: a partner folder (even an empty one) or a
    partner file among its paths. A load of KIM files alone cannot tell which partners exist."""
    return (any(os.path.basename(os.path.normpath(p)) == kinds.PARTNER_FOLDER for p in paths)
            or any(r.kind == "mitra" for r in results))


