"""`make site` run again: it builds into the folder of the last build (`mkdocs build --strict
--dirty`), renders and writes only what changed, removes what is no longer made, and leaves
exactly the files of a clean build, byte for byte, after any kind of edit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.mkdocs_plugin import messages, output
from generator.site import ledger

from .sitebuild import all_files
from .test_serve import EDITS, copy_sources, edit

pytestmark = pytest.mark.build

PROFILE = "kim/sinar-harapan-pekalongan/index.html"


def make_site(folder: Path, site: Path, *options: str) -> str:
    """`make site`'s command (or another build with `options`) on the sources in `folder`, in
    a process of its own started there as `make` starts it; what it logged. (The pages' keys
    hold the KIM files' paths from there: a copy of `folder` keeps using the ledger.)"""
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *options,
                           "-f", str(folder / "mkdocs.yml"), "-d", str(site)],
                          capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), cwd=folder)
    assert done.returncode == 0, done.stderr
    return done.stderr


def makefile_command() -> list[str]:
    text = (Path(__file__).parent.parent / "Makefile").read_text(encoding="utf-8")
    recipe = text.split("\nsite: $(STAMP)\n\t", 1)[1].splitlines()[0]
    return recipe.split()


def tree(site: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every file with its bytes, and every folder (an emptied one must go too)."""
    return all_files(site), sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_dir())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The sources with a first `make site` done: each test edits a copy."""
    where = tmp_path_factory.mktemp("rebuild") / "src"
    with pytest.MonkeyPatch.context() as patch:
        copy_sources(where, patch)
        make_site(where, where / "site", "--dirty")
    return where


@pytest.fixture
def sources(built, tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "src"
    shutil.copytree(built, folder, symlinks=True)
    monkeypatch.setenv("KIM_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("KIM_TODAY", os.environ.get("KIM_TODAY") or "2026-11-27")
    return folder


def rebuild_equals_clean_build(folder: Path, tmp_path: Path) -> str:
    log = make_site(folder, folder / "site", "--dirty")
    make_site(folder, tmp_path / "clean")
    rebuilt, clean = tree(folder / "site"), tree(tmp_path / "clean")
    assert rebuilt[1] == clean[1]
    assert sorted(rebuilt[0]) == sorted(clean[0])
    assert [name for name in clean[0] if rebuilt[0][name] != clean[0][name]] == []
    return log


def test_make_site_builds_into_the_last_build_without_warnings():
    assert makefile_command()[1:] == ["build", "--strict", "--dirty"]


@pytest.mark.parametrize("kind", EDITS)
def test_a_rebuild_after_an_edit_equals_a_clean_build(sources, kind, tmp_path):
    path, old, new, page, shown = EDITS[kind]
    edit(sources / path, old, new)
    log = rebuild_equals_clean_build(sources, tmp_path)
    assert shown in (sources / "site" / page).read_text(encoding="utf-8")
    assert "dirty" not in log and "stale" not in log


def test_a_rebuild_removes_what_is_no_longer_made_and_makes_a_page_changed_by_hand(sources, tmp_path):
    (sources / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").unlink()
    (sources / "site" / "stray.html").write_text("left by hand")
    other = sources / "site" / "kim" / "kim-adirejo-maju" / "index.html"
    other.write_bytes(other.read_bytes().replace(b"<main", b"<main data-hand", 1))
    rebuild_equals_clean_build(sources, tmp_path)
    assert not (sources / "site" / PROFILE).exists()
    assert not (sources / "site" / "kim" / "sinar-harapan-pekalongan").exists()


def test_a_rebuild_with_nothing_changed_writes_no_page_of_ours(sources):
    site = sources / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    (site / "stray.html").write_text("left by hand")
    log = make_site(sources, site, "--dirty")
    # the one file removed is counted as one, in both languages (it said "Removed 1 files")
    assert messages.both("removed-files", n=1) in log and "1 file that" in log
    rewritten = {str(p.relative_to(site)) for p, mtime in before.items() if p.stat().st_mtime_ns != mtime}
    # MkDocs writes the Markdown pages and its sitemap on every build; everything else stays.
    assert PROFILE not in rewritten and "data/kims.json" not in rewritten
    kept = [name for name in (str(p.relative_to(site)) for p in before) if name not in rewritten]
    assert len(kept) > 0.8 * len(before)


def test_the_ledger_is_not_used_after_the_code_or_the_packages_change(tmp_path, monkeypatch):
    first = ledger.code_fingerprint()
    assert ledger.code_fingerprint() == first
    code = tmp_path / "generator"
    shutil.copytree(ledger.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(ledger, "CODE", code)
    assert ledger.code_fingerprint() == first
    (code / "site" / "views.py").write_text("# changed\n", encoding="utf-8")
    assert ledger.code_fingerprint() != first

    file, rows = tmp_path / "ledger", {"kim/a/index.html": (b"k", None, 1, 2)}
    ledger.save(file, b"sources", rows)
    assert ledger.load(file, b"sources").kept == rows
    assert ledger.load(file, b"other sources").kept == {}
    file.write_bytes(b"not a ledger")
    assert ledger.load(file, b"sources").kept == {}


@dataclass(frozen=True)
class _Record:
    name: str
    items: tuple = ()
    cached: int = field(default=0, compare=False)


@dataclass(frozen=True)
class _Read:
    source: str
    value: str
    digest: bytes = b""


def test_key_digests_follow_values_not_objects():
    digest = ledger.KeyDigests()
    key = ("kim", "id", _Record("a", (_Record("b"), 2.5, None)), {"x": [1, "y"]})
    same = ("kim", "id", _Record("a", (_Record("b"), 2.5, None), cached=7), {"x": [1, "y"]})
    assert digest(key) == digest(same) == ledger.KeyDigests()(same)
    assert digest(key) != digest(("kim", "id", _Record("a", (_Record("c"), 2.5, None)), {"x": [1, "y"]}))
    assert digest(("kim", "id")) != digest(("kim", "en"))
    # a model read from a file stands for itself by the file's digest (its value follows from it)
    assert digest((_Read("a.yml", "v", b"1"),)) == digest((_Read("a.yml", "w", b"1"),))
    assert digest((_Read("a.yml", "v", b"1"),)) != digest((_Read("a.yml", "v", b"2"),))
    assert digest((_Read("a.yml", "v"),)) != digest((_Read("a.yml", "w"),))  # not read: by value


def test_key_digests_are_the_same_in_another_process():
    """The workers and the next build compute them in other processes, with other string hashes."""
    code = ("from dataclasses import make_dataclass; from generator.site.ledger import KeyDigests; "
            "R = make_dataclass('R', ['name', 'items']); "
            "print(KeyDigests()(('wilayah', R('a', ('b', 1)), {'k': 'v'})).hex())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and len(runs.pop().strip()) == 32


def test_a_rebuild_renders_only_the_pages_whose_inputs_changed(sources, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.site.core import Site
    from generator.site.sections.worklists import WorklistSection

    monkeypatch.setattr(output, "PARALLEL_FROM", 10**9)  # one process: the calls are counted here
    rendered = []
    render = Site._profile_page
    monkeypatch.setattr(Site, "_profile_page", lambda site, kim, lang: rendered.append(kim.slug) or render(site, kim, lang))
    made = []
    for kind in ("_csv", "_xlsx"):
        make = getattr(WorklistSection, kind)
        monkeypatch.setattr(WorklistSection, kind, lambda s, code, make=make, kind=kind: made.append((kind, code))
                            or make(s, code))
    edit(sources / EDITS["kim"][0], "\nnama: ", "\nnama: Suntingan ")
    monkeypatch.chdir(sources)
    config = load_config(str(sources / "mkdocs.yml"), site_dir=str(sources / "site"))
    config.plugins["kim"].on_startup(command="build", dirty=True)
    build(config, dirty=True)
    assert rendered == ["sinar-harapan-pekalongan", "sinar-harapan-pekalongan"]  # in both languages
    assert made == [("_csv", "18.07"), ("_xlsx", "18.07")]  # the worklists of its regency alone
    assert "Suntingan" in (sources / "site" / PROFILE).read_text(encoding="utf-8")
