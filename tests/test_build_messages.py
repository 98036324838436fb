"""What the build says when it stops: in Indonesian, then English, and never a traceback."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config.base import ValidationError

from generator.format.problems import Problem
from generator.mkdocs_plugin import messages
from generator.mkdocs_plugin.config import KimConfig, PrivacyConfig
from generator.mkdocs_plugin.plugin import KimPlugin
from generator.model.urls import unreachable_host

ROOT = Path(__file__).parent.parent
BLANK = "." * 24


def failed_build(tmp_path: Path, edits: dict[str, tuple[str, str]] | None = None, **env: str) -> str:
    """What `mkdocs build` of the project's sources, with no KIM, printed on stderr; `edits`
    replaces, in a file under content/ (or mkdocs.yml, named so), a text by another."""
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for name, (old, new) in (edits or {}).items():
        path = tmp_path / ("" if name == "mkdocs.yml" else "content") / name
        assert old in path.read_text(encoding="utf-8")
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    (tmp_path / "kims").mkdir()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "KIM_TODAY": "2026-11-27", **env})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "site" / "index.html").exists()
    return done.stderr


@pytest.mark.build
def test_a_reference_date_that_is_no_date_stops_the_build_in_both_languages(tmp_path):
    err = failed_build(tmp_path, KIM_TODAY="2026-13-01")
    assert "ERROR   -  $KIM_TODAY: '2026-13-01' bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date\n" in err


@pytest.mark.build
def test_a_site_without_site_url_is_not_built(tmp_path):
    """The tester's case: without site_url the build passed --strict, and every page's share card
    read `Nonekartu/...`, the posters' QR codes a relative address no phone can open."""
    err = failed_build(tmp_path, {"mkdocs.yml": ("site_url: https://kim.example.org/\n", "")})
    assert f"ERROR   -  {messages.both('site-url-missing')}\n" in err
    assert err.index("site_url belum diisi di mkdocs.yml") < err.index("site_url is missing from mkdocs.yml")


@pytest.mark.build
def test_a_build_of_a_real_kim_on_the_example_address_says_so(tmp_path):
    """The tester's case, built: the bundled mkdocs.yml's https://kim.example.org/ with one real KIM."""
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "kims" / "18" / "18.07").mkdir(parents=True)
    shutil.copy(ROOT / "tests/examples/valid/kims/18/18.07/kim-adirejo-maju.yml", tmp_path / "kims" / "18" / "18.07")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "KIM_TODAY": "2026-11-27"})
    assert done.returncode == 0, done.stderr  # a log line, not a warning: --strict still deploys
    said = messages.both("site-url-example", url="https://kim.example.org/", host="kim.example.org", n=1)
    assert f"INFO    -  {said}\n" in done.stderr


@pytest.mark.build
def test_a_template_with_a_blank_line_more_stops_the_build_naming_it(tmp_path):
    err = failed_build(tmp_path, {"panduan/templat/proposal.md": ("**Sasaran.**", f"{BLANK}\n\n**Sasaran.**")})
    assert (
        "ERROR   -  Berkas sumber situs tidak dapat dipakai; situs tidak dibangun / "
        "A source file of the site cannot be used; nothing is built:\n"
        f"content/panduan/templat/proposal.md: bagian 1 memuat 20 baris isian ({BLANK}), padahal "
        "sections/dokumen.py mengisi 19: samakan jumlahnya, atau perbarui DRAFTS di sana / part 1 has 20 "
        f"blank lines ({BLANK}), sections/dokumen.py fills 19: make them the same, or update DRAFTS there\n"
    ) in err


@pytest.mark.build
@pytest.mark.parametrize("name, text, message", [
    ("kelembagaan.yml", "sinyal: [\n",
     "kelembagaan.yml:2:1: bukan YAML yang sah / not valid YAML (did not find expected node content)"),
    ("kelembagaan.yml", "panduan: {a: {id: x, en: y}}\nsinyal: 3\n",
     "kelembagaan.yml: sinyal: harus berupa daftar yang tidak kosong / must be a non-empty list"),
], ids=["not-yaml", "criteria"])
def test_a_broken_data_file_of_the_generator_stops_the_build_naming_it(tmp_path, name, text, message):
    """Left alone at the last stop: a maintainer's broken kelembagaan.yml ended the build in a
    traceback, in English only."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "generator" / "data", data)
    (data / name).write_text(text, encoding="utf-8")
    err = failed_build(tmp_path / "site-src", KIM_DATA_DIR=str(data))
    assert ("ERROR   -  Berkas sumber situs tidak dapat dipakai; situs tidak dibangun / "
            "A source file of the site cannot be used; nothing is built:\n") in err
    assert message in err


def test_data_errors_are_reported_in_indonesian_then_english():
    problems = [Problem("kims/18/18.07/a.yml", 3, 7, "error", "single-line", "nama"),
                Problem("kims/18/18.07/b.yml", 7, 29, "warning", "url-http", "situs", {"https": "https://x.id/"})]
    assert messages.data_errors(problems, 2) == (
        "Data KIM memuat galat; situs tidak dibangun / KIM data has errors; nothing is built:\n"
        "kims/18/18.07/a.yml:3:7: error[single-line] nama: harus satu baris saja; hapus pindah barisnya\n"
        "kims/18/18.07/b.yml:7:29: warning[url-http] situs: tautan memakai http:// yang tidak aman; "
        "gunakan https://x.id/ bila situsnya mendukung\n"
        "1 galat dan 1 peringatan dalam 2 berkas data\n"
        "kims/18/18.07/a.yml:3:7: error[single-line] nama: must be a single line; remove the line break\n"
        "kims/18/18.07/b.yml:7:29: warning[url-http] situs: the link uses insecure http://; "
        "use https://x.id/ if the site supports it\n"
        "1 error and 1 warning in 2 data files\n")
    assert messages.data_warnings(problems[1:], 2) == (
        "0 galat dan 1 peringatan dalam 2 berkas data (jalankan `kim validate`) / "
        "0 errors and 1 warning in 2 data files (run `kim validate`)")


@pytest.mark.parametrize("n, english", [(1, "Removed 1 file that"), (2, "Removed 2 files that")])
def test_the_files_a_rebuild_removed_are_counted_in_both_languages(n, english):
    """The log of a rebuild said "Removed 1 files", in English only."""
    assert messages.both("removed-files", n=n) == (
        f"Dihapus {n} berkas yang tidak lagi dibuat build ini / {english} this build no longer makes")


def test_the_builds_log_quotes_no_contact_in_full():
    """The deploy's log is public: a contact a problem quotes is masked there too."""
    problems = [Problem("kims/18/18.07/a.yml", 6, 22, "error", "phone-in-text", "deskripsi", {"value": "0812-3456-7890"}),
                Problem("kims/18/18.07/a.yml", 7, 29, "warning", "url-http", "media[0].url",
                        {"https": "https://wa.me/6281234567890"})]
    log = messages.data_errors(problems, 1)
    assert "0812-3456-7890" not in log and "6281234567890" not in log
    assert "a.yml:6:22: error[phone-in-text] deskripsi: `0812…90`" in log and "https://wa.me/62812…90" in log


# MkDocs leads into these with its own English ("Plugin 'kim' option 'privasi': Sub-option
# 'email': "), which tests/test_privasi.py checks with the English that goes on from it.
@pytest.mark.parametrize("option, value, message", [
    ("pengendali", " ", "missing: the privacy notice (/privasi/) needs the data controller's name (pengendali). "
     "Give it under the kim plugin in mkdocs.yml, e.g. "
     "privasi: {pengendali: Pengelola Direktori KIM, email: privasi@example.org} / "
     "belum diisi: pemberitahuan privasi (/privasi/) memerlukan nama pengendali data (pengendali). "
     "Tulis di bawah plugin kim di mkdocs.yml, mis. "
     "privasi: {pengendali: Pengelola Direktori KIM, email: privasi@example.org}"),
    ("pengendali", "a\nb", "the data controller's name (pengendali) must be one line, not 'a\\nb' / "
     "nama pengendali data (pengendali) harus satu baris, bukan 'a\\nb'"),
    ("email", "privasi-example.org", "'privasi-example.org' is not an e-mail address (name@domain.tld): people "
     "write to it to withdraw consent / 'privasi-example.org' bukan alamat e-mail (nama@domain.tld): orang "
     "menulis ke alamat ini untuk mencabut izinnya"),
], ids=["missing", "lines", "email"])
def test_the_privacy_settings_errors_say_both(option, value, message):
    with pytest.raises(ValidationError) as exc:
        getattr(PrivacyConfig, option).run_validation(value)
    assert str(exc.value) == message


def test_a_partner_folder_named_otherwise_is_refused_in_both_languages():
    """The tester's case: with `mitra_dir: partners` every partner file was reported as a
    broken KIM file, as a file's kind is its folder's name (here and in `kim validate`)."""
    with pytest.raises(ValidationError) as exc:
        KimConfig.mitra_dir.run_validation("partners")
    assert str(exc.value) == (
        "the folder of the partner files must be named mitra (e.g. mitra or data/mitra), not 'partners': a file's "
        "kind follows from its folder's name, in `kim validate` too, so the files of another folder are read as KIM "
        "files / folder berkas mitra harus bernama mitra (mis. mitra atau data/mitra), bukan 'partners': jenis berkas "
        "ditentukan oleh nama foldernya, juga oleh `kim validate`, sehingga berkas di folder lain dibaca sebagai "
        "berkas KIM")
    assert [KimConfig.mitra_dir.run_validation(v) for v in ("mitra", "data/mitra/")] == ["mitra", "data/mitra/"]


@pytest.mark.parametrize("url, host", [
    ("https://kim.example.org/", "kim.example.org"), ("https://example.com/kim/", "example.com"),
    ("https://kim.example.co.id/", "kim.example.co.id"), ("https://kim.test/", "kim.test"),
    ("https://kim.invalid/", "kim.invalid"), ("http://localhost:8000/", "localhost"),
    ("http://127.0.0.1:8000/", "127.0.0.1"), ("https://kim.lampungtimurkab.go.id/", None),
    ("https://direktori-kim.github.io/direktori-kim/", None), ("https://contoh-example.id/", None),
])
def test_the_hosts_no_scanned_poster_can_open(url, host):
    assert unreachable_host(url) == host


def _reach_log(caplog, site_url: str, contoh: list[bool], serving: bool = False) -> list[str]:
    plugin = KimPlugin()
    plugin.site_url, plugin.serving = site_url, serving
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.kim"):
        plugin._check_reach([SimpleNamespace(contoh=c) for c in contoh])
    return [r.getMessage() for r in caplog.records]


def test_real_kims_on_an_example_address_are_told_in_both_languages(caplog):
    """The tester's case: a real KIM built with the bundled https://kim.example.org/ printed a
    poster whose QR code leads nowhere, and the build said nothing."""
    assert _reach_log(caplog, "https://kim.example.org/", [True, False, False]) == [
        "site_url di mkdocs.yml (https://kim.example.org/) memakai nama contoh kim.example.org, yang tidak dapat "
        "dibuka siapa pun, padahal situs memuat 2 KIM nyata: kode QR dan alamat pada posternya, tautan kanonik dan "
        "berbagi, peta situs serta data terbuka mengarah ke alamat mati. Ganti site_url dengan alamat situs yang "
        "sebenarnya (di GitHub Pages: https://<akun>.github.io/<repositori>/) sebelum poster dicetak / "
        "site_url in mkdocs.yml (https://kim.example.org/) uses the example name kim.example.org, which no one can "
        "open, while the site holds 2 real KIMs: the QR codes and addresses on their posters, canonical and share "
        "links, the sitemap and the open data lead to a dead address. Set site_url to the site's real address (on "
        "GitHub Pages: https://<account>.github.io/<repository>/) before posters are printed"]


@pytest.mark.parametrize("site_url, contoh, serving", [
    ("https://kim.example.org/", [True, True], False),  # the bundled samples
    ("https://kim.lampungtimurkab.go.id/", [False], False),
    ("http://127.0.0.1:8000/", [False], True),  # `mkdocs serve`'s own address
], ids=["samples", "real-address", "serve"])
def test_nothing_is_said_of_samples_a_real_address_or_a_preview(caplog, site_url, contoh, serving):
    assert _reach_log(caplog, site_url, contoh, serving) == []


@pytest.mark.build
def test_the_data_pages_written_after_the_files_are_not_said_to_be_skipped(tmp_path):
    """MkDocs notes a page whose output is empty as skipped: the data pages' is, as the plugin
    writes them once the files whose sizes they give are written."""
    from generator.mkdocs_plugin.plugin import WRITTEN_AFTER_FILES

    from .sitebuild import build_site

    seen: list[str] = []

    class Seen(logging.Handler):
        def emit(self, record):
            if WRITTEN_AFTER_FILES.filter(record):
                seen.append(record.getMessage())

    builder = logging.getLogger("mkdocs.commands.build")
    handler = Seen(logging.INFO)
    builder.addHandler(handler)
    level, builder.level = builder.level, logging.INFO
    try:
        site = build_site(tmp_path)
    finally:
        builder.removeHandler(handler)
        builder.level = level
    assert (site / "data" / "index.html").stat().st_size and (site / "en" / "data" / "index.html").stat().st_size
    assert not [m for m in seen if m.startswith("Page skipped")], seen
