"""`make serve`: the plugin instance lives across rebuilds (`mkdocs serve --dirty`), so an
edited KIM file shows up after a rebuild that rewrites only what the edit changed."""

from __future__ import annotations

import shutil

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .sitebuild import FIXTURE_KIMS, ROOT, TODAY


@pytest.mark.build
def test_a_rebuild_shows_the_edit_and_rewrites_only_what_changed(tmp_path):
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(FIXTURE_KIMS, tmp_path / "kims")
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.strict = False  # as `make serve`: MkDocs always warns about dirty builds
    plugin = config.plugins["kim"]
    plugin.config.today = TODAY
    plugin.on_startup(command="serve", dirty=True)
    try:
        rebuild_after_an_edit(config, tmp_path)
    finally:
        # MkDocs keeps a plugin with on_startup for the whole process: later builds are no serve.
        plugin.on_startup(command="build", dirty=False)


def rebuild_after_an_edit(config, tmp_path):
    build(config, dirty=True)
    site = tmp_path / "site"
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    edited = sorted((tmp_path / "kims").rglob("*.yml"))[0]
    other = sorted((tmp_path / "kims").rglob("*.yml"))[1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("\nnama: ", "\nnama: Suntingan ", 1),
                      encoding="utf-8")
    build(config, dirty=True)

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
    build(config, dirty=False)
    assert (site / "kim" / other.stem / "index.html").is_file()
    assert (site / "data" / "kim" / f"{other.stem}.json").is_file()
    assert (site / "data" / "kims.json").is_file()


def test_an_edited_data_file_asks_for_a_rebuild_and_reading_one_does_not(tmp_path):
    import time

    from mkdocs.livereload import LiveReloadServer

    from generator.mkdocs_plugin.watch import watch_folder

    data = tmp_path / "kims" / "18"
    data.mkdir(parents=True)
    kim = data / "kim-a.yml"
    kim.write_text("nama: A\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    observer = watch_folder(server, str(tmp_path / "kims"))
    try:
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
        kim.read_text(encoding="utf-8")  # as every build does
        assert not wants_rebuild_within(0.5)
        kim.write_text("nama: B\n", encoding="utf-8")
        assert wants_rebuild_within(2)
        (data / "kim-b.yml").write_text("nama: C\n", encoding="utf-8")
        assert wants_rebuild_within(2)
    finally:
        observer.stop()
        observer.join(5)
        server.server_close()
