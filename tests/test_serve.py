"""`make serve`: the plugin instance lives across rebuilds (`mkdocs serve --dirty`), so an
edited KIM file shows up after a rebuild that rewrites only what the edit changed; an
edited template, data file of the generator or setting shows up too, as a fresh build
would show it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.model import datafiles

from .sitebuild import FIXTURE_KIMS, ROOT, TODAY, all_files


def copy_sources(folder: Path, monkeypatch) -> None:
    """The site's sources, the test KIMs and partners and the generator's data files
    ($KIM_DATA_DIR), copied into `folder` to be edited there."""
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(FIXTURE_KIMS, folder / "kims")
    shutil.copytree(FIXTURE_KIMS.parent / "mitra", folder / "mitra")
    shutil.copytree(datafiles.PACKAGE, folder / "data")
    monkeypatch.setenv(datafiles.ENV, str(folder / "data"))
    monkeypatch.setenv("KIM_TODAY", TODAY)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class ServeSession:
    """`mkdocs serve --dirty --no-strict` in this process, as MkDocs' server runs it: the
    plugin started once, mkdocs.yml read again for every build, on the sources in `folder`."""

    def __init__(self, folder: Path, monkeypatch) -> None:
        copy_sources(folder, monkeypatch)
        self.folder, self.site = folder, folder / "site"
        self.plugin = self.config().plugins["kim"]
        self.plugin.on_startup(command="serve", dirty=True)

    def config(self):
        return load_config(str(self.folder / "mkdocs.yml"), site_dir=str(self.site), strict=False)

    def build(self, dirty: bool = True) -> None:
        config = self.config()
        assert config.plugins["kim"] is self.plugin  # MkDocs keeps the instance
        build(config, dirty=dirty)

    def close(self) -> None:
        # MkDocs keeps a plugin with on_startup for the whole process: later builds are no serve.
        self.plugin.on_startup(command="build", dirty=False)

    def fresh_build(self, site: Path) -> None:
        """`mkdocs build` of the same sources, in a process of its own: nothing cached."""
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(self.folder / "mkdocs.yml"),
                        "-d", str(site)], check=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


@pytest.fixture
def session(tmp_path, monkeypatch):
    session = ServeSession(tmp_path / "src", monkeypatch)
    yield session
    session.close()


@pytest.mark.build
def test_a_rebuild_shows_the_edit_and_rewrites_only_what_changed(session):
    session.build()
    site = session.site
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    edited, other = sorted(p for p in (session.folder / "kims").rglob("*.yml") if p.name != "_wilayah.yml")[:2]
    bodies = dict(session.plugin.memo.bodies)
    edit(edited, "\nnama: ", "\nnama: Suntingan ")
    session.build()
    # no partner changed: the partner list's body is the one made before, in both languages
    partners = [key for key in bodies if key[0].startswith(("mitra/", "en/mitra/"))]
    assert len(partners) == 2 and all(session.plugin.memo.bodies[key][1] is bodies[key][1] for key in partners)

    profile = (site / "kim" / edited.stem / "index.html").read_text(encoding="utf-8")
    assert "Suntingan" in profile
    guide = (site / "panduan" / "organisasi" / "index.html").read_text(encoding="utf-8")
    assert ">\nNone\n<" not in guide + profile and "Membentuk KIM" in guide
    rewritten = {str(p.relative_to(site)) for p, mtime in before.items()
                 if p.exists() and p.stat().st_mtime_ns != mtime}
    # The Markdown pages are read again: the home page shows counts and the newest profiles,
    # and an unread page would be named "None" in the navigation of the pages rendered again.
    assert "index.html" in rewritten
    assert f"kim/{edited.stem}/index.html" in rewritten
    assert f"data/kim/{edited.stem}.json" in rewritten
    assert f"kim/{other.stem}/index.html" not in rewritten
    assert f"data/kim/{other.stem}.json" not in rewritten
    assert "<url><loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")  # ours, not MkDocs' own

    # `mkdocs serve` without --dirty empties the site folder before each build: the pages
    # the memo holds must then be written again, not taken as already there.
    session.build(dirty=False)
    assert (site / "kim" / other.stem / "index.html").is_file()
    assert (site / "data" / "kim" / f"{other.stem}.json").is_file()
    assert (site / "data" / "kims.json").is_file()


PROFILE = "kim/sinar-harapan-pekalongan/index.html"
EN_PROFILE = "en/" + PROFILE
# One edit of each kind of source: (file, old text, new text, a page that shows it, what it shows).
EDITS = {
    "kim": ("kims/18/18.07/sinar-harapan-pekalongan.yml", "\nnama: ", "\nnama: Suntingan ",
            PROFILE, "Suntingan"),
    "template": ("theme/kim/profile.html", '<div class="kim-profile">',
                 '<div class="kim-profile"><p>Templat suntingan</p>', EN_PROFILE, "Templat suntingan"),
    "vocabulary": ("data/kosakata.yml", "pertanian: {id: Pertanian, en: Agriculture}",
                   "pertanian: {id: Pertanian pangan, en: Food farming}", EN_PROFILE, "Food farming"),
    "interface text": ("data/antarmuka.yml", "about: {id: Tentang KIM ini, en: About this KIM}",
                       "about: {id: Tentang kelompok ini, en: About this group}", PROFILE, "Tentang kelompok ini"),
    "criteria": ("data/kelembagaan.yml", "celah: {id: SK belum tercatat, en: No SK recorded}",
                 "celah: {id: Belum ada SK, en: Without an SK}", "en/kim/kim-sidodadi/index.html", "Without an SK"),
    "partner": ("mitra/contoh-kampus-lampung.yml", "judul: Magang mahasiswa di KIM",
                "judul: Magang mahasiswa suntingan", "kemitraan/perguruan-tinggi/index.html", "Magang mahasiswa suntingan"),
    "configuration": ("mkdocs.yml", "      data_dir: kims\n",
                      "      data_dir: kims\n      edit_base: https://sunting.example.org/\n",
                      PROFILE, "https://sunting.example.org/kims/"),
}


@pytest.mark.parametrize("kind", EDITS)
@pytest.mark.build
def test_a_rebuild_after_an_edit_writes_what_a_fresh_build_writes(session, kind, tmp_path):
    path, old, new, page, shown = EDITS[kind]
    session.build()
    assert shown not in (session.site / page).read_text(encoding="utf-8")
    edit(session.folder / path, old, new)
    session.build()
    assert shown in (session.site / page).read_text(encoding="utf-8")
    session.fresh_build(tmp_path / "fresh")
    served, fresh = all_files(session.site), all_files(tmp_path / "fresh")
    assert sorted(served) == sorted(fresh)
    assert [name for name in fresh if served[name] != fresh[name]] == []


@pytest.mark.build
def test_make_serve_shows_an_edited_template_data_file_and_setting(tmp_path, monkeypatch):
    """The real `mkdocs serve --dirty --no-strict` over HTTP: each edit is seen by a watcher,
    rebuilt, and served."""
    from benchmarks.serve import SERVE_FLAGS, ServeProcess, fetch, free_port

    copy_sources(tmp_path, monkeypatch)
    port = free_port()
    server = ServeProcess(Path(sys.executable).with_name("mkdocs"), tmp_path / "mkdocs.yml", port, tmp_path)
    assert SERVE_FLAGS == ("--dirty", "--no-strict")  # what `make serve` passes

    def shows(page: str, text: str, seconds: float) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            body = fetch(f"http://127.0.0.1:{port}/{page.removesuffix('index.html')}", 10)
            if body is not None and text in body:
                return True
            time.sleep(0.1)
        return False

    try:
        assert shows(PROFILE, "Sinar Harapan", 120), server.tail()
        for kind in ("template", "vocabulary", "configuration"):
            path, old, new, page, shown = EDITS[kind]
            time.sleep(1)  # a quiet gap: MkDocs rebuilds once edits have settled
            edit(tmp_path / path, old, new)
            assert shows(page, shown, 30), f"the {kind} edit did not show:\n{server.tail()}"
    finally:
        server.stop()


def test_an_edited_watched_file_asks_for_a_rebuild_and_reading_one_does_not(tmp_path):
    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.watch import watch_folders

    data = tmp_path / "kims" / "18"
    files = [data / "kim-a.yml", tmp_path / "theme" / "kim" / "profile.html", tmp_path / "data" / "kosakata.yml"]
    for file in files:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("A\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    # as the plugin asks: the templates' folder inside the theme's, watched once
    folders = [tmp_path / "kims", tmp_path / "theme" / "kim", tmp_path / "data", tmp_path / "theme"]
    observer = watch_folders(server, folders)
    try:
        assert sorted(server._watch_refs) == sorted(str(tmp_path / name) for name in ("kims", "theme", "data"))

        def wants_rebuild_within(seconds: float) -> bool:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                with server._rebuild_cond:
                    if server._want_rebuild:
                        server._want_rebuild = False
                        return True
                time.sleep(0.01)
            return False

        time.sleep(0.2)  # the observer is watching
        for file in files:
            file.read_text(encoding="utf-8")  # as every build does
        assert not wants_rebuild_within(0.5)
        for file in files:
            file.write_text("B\n", encoding="utf-8")
            assert wants_rebuild_within(2), file
            time.sleep(0.3)  # the write's other events (modified, closed) ask again: forgotten
            with server._rebuild_cond:
                server._want_rebuild = False
        (data / "kim-b.yml").write_text("nama: C\n", encoding="utf-8")
        assert wants_rebuild_within(2)
    finally:
        observer.stop()
        observer.join(5)
        server.server_close()
