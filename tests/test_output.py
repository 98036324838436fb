"""The per-KIM output: the parallel path writes exactly what the serial one writes, and
`serve`'s memo writes again only what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from generator.format import catalogue  # noqa: F401  (registers the site's sections)
from generator.mkdocs_plugin import output
from generator.site import writing
from generator.site.core import Shell, Site
from generator.site.memo import Memo

from .sitebuild import ROOT, all_files, site_model

TODAY = dt.date(2026, 11, 27)
SHELL = ("<!doctype html><html><head><title>KIMSHELLTITLE</title>"
         '<meta name="description" content="KIMSHELLDESCRIPTION"><link rel="canonical" href="/kim/_shell/">'
         "</head><body>KIMSHELLBODY</body></html>")


@pytest.fixture(scope="module")
def site() -> Site:
    kims = catalogue.load([str(ROOT / "kims")], TODAY, workers=1).kims
    return site_model(kims, TODAY, None)


def shells() -> dict[str, Shell]:
    return {lang: Shell(SHELL, "/kim/_shell/", lambda image: "") for lang in ("id", "en")}


def write(site: Site, folder: Path, **options) -> list:
    return output.PageWriter(site, shells(), folder, **options).finish()


@pytest.mark.slow  # every bundled page, twice
def test_parallel_workers_write_the_same_files_as_one_process(site, tmp_path, monkeypatch):
    serial = write(site, tmp_path / "serial", workers=1)
    monkeypatch.setattr(output, "PARALLEL_FROM", 0)
    parallel = write(site, tmp_path / "parallel", workers=2)
    assert parallel == serial
    first, second = all_files(tmp_path / "serial"), all_files(tmp_path / "parallel")
    assert len(first) > 2 * len(site.kims)
    assert first == second
    assert "data/kims.json" in first and f"data/kim/{site.kims[0].slug}.json" in first


def test_memo_writes_again_only_what_changed(site, tmp_path):
    memo = Memo()
    write(site, tmp_path, memo=memo)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    kim = site.kims[0]
    edited = dataclasses.replace(kim, nama=kim.nama + " Baru")
    changed = site_model([edited, *site.kims[1:]], TODAY, None)
    write(changed, tmp_path, memo=memo)
    rewritten = {str(p.relative_to(tmp_path)) for p, mtime in before.items() if p.stat().st_mtime_ns != mtime}
    assert f"kim/{kim.slug}/index.html" in rewritten
    assert f"en/kim/{kim.slug}/index.html" in rewritten
    assert f"data/kim/{kim.slug}.json" in rewritten
    assert f"kim/{site.kims[1].slug}/index.html" not in rewritten
    assert len(rewritten) < len(before) / 4


def test_shells_lose_indentation_but_never_preformatted_text():
    from generator.mkdocs_plugin.postprocess import collapse_whitespace

    assert collapse_whitespace("<div>\n    <p>x</p>\n\n  </div>\n") == "<div>\n<p>x</p>\n</div>\n"
    for text in ("<pre>\n  code\n</pre>", "<textarea>\n  a\n</textarea>"):
        assert collapse_whitespace(text) == text


def test_shells_drop_the_theme_strings_their_pages_never_use():
    from generator.mkdocs_plugin.postprocess import slim_shell

    page = ('<main>\n  <p>x</p>\n</main>\n<script id="__config" type="application/json">'
            '{"base": "../..", "translations": {"search.result.none": "Tidak ada"}, '
            '"features": ["navigation.top"]}</script>\n')
    assert slim_shell(page) == ('<main><p>x</p></main><script id="__config" type="application/json">'
                                '{"base":"../..","features":["navigation.top"],"translations":{}}</script>\n')


def test_shells_join_tags_but_keep_scripts_and_text_whole():
    from generator.mkdocs_plugin.postprocess import slim_shell

    page = ('<head>\n<meta charset="utf-8">\n<meta name="generator" content="mkdocs-1.6.1">\n'
            '<script>if (a >\n<b) {}</script>\n</head>\n<a href="/">\nBeranda\n</a>\n')
    assert slim_shell(page) == ('<head><meta charset="utf-8"><script>if (a >\n<b) {}</script></head>'
                                '<a href="/">\nBeranda\n</a>\n')


def test_write_file_makes_missing_folders_and_writes_every_byte(tmp_path, monkeypatch):
    data = bytes(range(256)) * 200
    writing.write_file(tmp_path / "a" / "b" / "index.html", data)  # two missing folders
    writing.write_file(tmp_path / "a" / "c" / "index.html", data)  # one missing folder
    writing.write_file(tmp_path / "a" / "c" / "index.html", b"shorter")  # replaced, not appended
    real_write = writing.os.write
    monkeypatch.setattr(writing.os, "write", lambda fd, chunk: real_write(fd, chunk[:1000]))
    writing.write_file(tmp_path / "short.bin", data)  # short writes are continued
    assert (tmp_path / "a" / "b" / "index.html").read_bytes() == data
    assert (tmp_path / "a" / "c" / "index.html").read_bytes() == b"shorter"
    assert (tmp_path / "short.bin").read_bytes() == data


def test_a_file_written_in_parts_is_their_bytes_and_left_alone_when_unchanged(tmp_path):
    path = str(tmp_path / "data" / "kims.json")
    parts = [b'{"kim":[', b'{"a":1},{"b":2}', b',{"c":3}', b"]}"]
    writing.write_if_changed(path, parts)
    assert Path(path).read_bytes() == b"".join(parts)
    before = Path(path).stat().st_mtime_ns
    writing.write_if_changed(path, list(parts))  # the same bytes: not written again
    assert Path(path).stat().st_mtime_ns == before
    changed = [*parts[:2], b',{"c":4}', parts[3]]  # same length, one byte differs
    writing.write_if_changed(path, changed)
    assert Path(path).read_bytes() == b"".join(changed)


def test_writing_returns_the_status_the_ledger_keeps(tmp_path):
    path = tmp_path / "kim" / "a" / "index.html"
    for write, data in ((writing.write_file, b"<p>a</p>"), (writing.write_if_changed, b"<p>a</p>"),
                        (writing.write_if_changed, [b"<p>", b"b</p>"])):
        status, now = write(str(path), data), path.stat()
        assert (status.st_size, status.st_mtime_ns) == (now.st_size, now.st_mtime_ns)
    assert writing.read_file(path) == b"<p>b</p>"


def test_only_an_output_into_an_empty_folder_writes_without_looking(tmp_path):
    (tmp_path / "a.json").write_bytes(b"{}")
    old = (tmp_path / "a.json").stat().st_mtime_ns - 10**9
    os.utime(tmp_path / "a.json", ns=(old, old))
    output.Output(tmp_path).write("a.json", b"{}")  # the same bytes: left alone
    assert (tmp_path / "a.json").stat().st_mtime_ns == old
    output.Output(tmp_path, fresh=True).write("a.json", b"{}")
    assert (tmp_path / "a.json").stat().st_mtime_ns != old


def test_kims_json_in_parts_is_the_whole_collection_dumped_at_once():
    from generator.site.files import opendata
    from generator.site.jsonout import json_bytes

    kims = [{"slug": f"kim-{i}", "n": i, "nama": f"KIM {i} \u00e9"} for i in range(2 * opendata.JOINED + 3)]
    records = [opendata.record_json(kim) for kim in kims]
    today = dt.date(2026, 11, 27)
    for count in (0, 1, opendata.JOINED, opendata.JOINED + 1, len(records)):
        whole = {"jumlah": count, "kim": kims[:count], "lisensi": opendata.LICENCE,
                 "sumber_wilayah": opendata.REGION_SOURCE, "tanggal": today.isoformat()}
        assert b"".join(opendata.kims_json(records[:count], today)) == json_bytes(whole)
    assert len(opendata.kims_json(records, today)) == 5  # the head, three parts of records, the tail
