"""The weekly link check and report, against a local server on 127.0.0.1 only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator.github import linkcheck
from generator.github.linkcheck import (
    ALIVE,
    DEAD,
    UNCERTAIN,
    Response,
    check_all,
    check_url,
    urllib_fetch,
)
from generator.model.kim import Kim, Media
from generator.model.regions import load_regions

from .browser import Server

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 27)
TIMEOUT = 0.5


class _Site(BaseHTTPRequestHandler):
    """Pages with known answers; `seen` records (method, path)."""

    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str]] = []
    release = threading.Event()

    def log_message(self, *args):
        pass

    def _answer(self, method: str) -> None:
        self.seen.append((method, self.path))
        routes = {
            "/ok": (200, None),
            "/missing": (404, None),
            "/gone": (410, None),
            "/forbidden": (403, None),
            "/broken": (500, None),
            "/moved": (301, "/ok"),
            "/moved-relative": (302, "ok"),
            "/moved-twice": (307, "/moved"),
            "/moved-to-missing": (308, "/missing"),
            "/loop": (302, "/loop"),
            "/to-ftp": (302, "ftp://127.0.0.1/file"),
            "/to-javascript": (302, "javascript:alert(1)"),
            "/to-nowhere": (302, None),
        }
        if self.path == "/slow":
            self.release.wait(10)  # longer than any timeout; released at teardown
            status, location = 200, None
        elif self.path == "/no-head":
            status, location = (405, None) if method == "HEAD" else (200, None)
        else:
            status, location = routes.get(self.path, (404, None))
        try:
            self.send_response(status)
            if location is not None:
                self.send_header("Location", location)
            body = b"" if method == "HEAD" else b"halo"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_HEAD(self):  # noqa: N802
        self._answer("HEAD")

    def do_GET(self):  # noqa: N802
        self._answer("GET")


@pytest.fixture
def site():
    _Site.seen = []
    _Site.release = threading.Event()
    server = Server(handler=_Site)
    try:
        yield server.url.rstrip("/")
    finally:
        _Site.release.set()
        server.close()


@pytest.mark.parametrize("path, state, status", [
    ("/ok", ALIVE, 200),
    ("/moved", ALIVE, 200),
    ("/moved-relative", ALIVE, 200),
    ("/moved-twice", ALIVE, 200),
    ("/no-head", ALIVE, 200),
    ("/missing", DEAD, 404),
    ("/gone", DEAD, 410),
    ("/broken", DEAD, 500),
    ("/moved-to-missing", DEAD, 404),
    ("/forbidden", UNCERTAIN, 403),
])
def test_statuses_and_redirects(site, path, state, status):
    result = check_url(site + path, urllib_fetch, TIMEOUT)
    assert (result.state, result.status) == (state, status)
    assert result.url == site + path


def test_head_first_then_get_when_head_fails(site):
    check_url(site + "/ok", urllib_fetch, TIMEOUT)
    check_url(site + "/no-head", urllib_fetch, TIMEOUT)
    assert _Site.seen == [("HEAD", "/ok"), ("HEAD", "/no-head"), ("GET", "/no-head")]


def test_redirect_loops_stop(site):
    result = check_url(site + "/loop", urllib_fetch, TIMEOUT)
    assert result.state == DEAD
    assert "terlalu banyak pengalihan" in result.reason
    assert len(_Site.seen) <= 2 * (linkcheck.MAX_REDIRECTS + 1)


@pytest.mark.parametrize("path", ["/to-ftp", "/to-javascript"])
def test_redirects_to_other_schemes_are_never_followed(site, path):
    result = check_url(site + path, urllib_fetch, TIMEOUT)
    assert result.state == DEAD
    assert "bukan http(s)" in result.reason
    assert _Site.seen == [("HEAD", path)]  # no GET retry either


def test_redirect_without_location_is_dead(site):
    result = check_url(site + "/to-nowhere", urllib_fetch, TIMEOUT)
    assert result.state == DEAD and result.status == 302


def test_slow_server_times_out_within_the_bound_without_a_get_retry(site):
    started = time.monotonic()
    result = check_url(site + "/slow", urllib_fetch, TIMEOUT)
    elapsed = time.monotonic() - started
    assert result.state == DEAD
    assert "batas waktu" in result.reason
    assert elapsed < TIMEOUT * 4
    assert _Site.seen == [("HEAD", "/slow")]


def test_refused_connection_is_dead():
    with socket.socket() as s:  # a port nobody listens on any more
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = check_url(f"http://127.0.0.1:{port}/", urllib_fetch, TIMEOUT)
    assert result.state == DEAD
    assert "tidak dapat dihubungi" in result.reason


def test_non_http_urls_are_never_fetched():
    calls = []

    def fetch(method, url, timeout):
        calls.append(url)
        return Response(200)

    for url in ("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/"):
        assert check_url(url, fetch).state == DEAD
    assert calls == []


def test_check_all_dedupes_and_bounds_concurrency():
    lock = threading.Lock()
    running = peak = 0
    calls: list[str] = []

    def fetch(method, url, timeout):
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
            calls.append(url)
        time.sleep(0.02)
        with lock:
            running -= 1
        return Response(200)

    urls = [f"https://contoh.example/{i}" for i in range(40)] * 2
    results = check_all(urls, fetch, workers=8)
    assert len(results) == 40
    assert len(calls) == 40
    assert 1 < peak <= 8
    assert all(r.state == ALIVE for r in results.values())


def test_check_all_against_the_local_server(site):
    urls = [site + p for p in ("/ok", "/missing", "/slow", "/moved", "/forbidden")]
    started = time.monotonic()
    results = check_all(urls, urllib_fetch, timeout=TIMEOUT, workers=8)
    assert time.monotonic() - started < TIMEOUT * 4  # the slow page runs beside the others
    assert [results[u].state for u in urls] == [ALIVE, DEAD, DEAD, ALIVE, UNCERTAIN]


# ---------------------------------------------------------------- grouping and the report


def _kim(slug: str, village: str, diperbarui: dt.date, *urls: str, nama: str | None = None) -> Kim:
    place = load_regions().place(village)
    assert place is not None
    return Kim(slug=slug, nama=nama or f"KIM {slug}", status="aktif", place=place, diperbarui=diperbarui,
               source=f"kims/{place.province_code}/{place.regency_code}/{slug}.yml",
               media=tuple(Media("situs-web", url) for url in urls) + (Media("radio-komunitas", nama="Radio"),))


@pytest.fixture
def catalogue_kims():
    return [
        _kim("kim-segar", "18.07.04.2001", dt.date(2026, 10, 1), "https://a.example/ok", "https://a.example/mati"),
        _kim("kim-lama", "18.07.04.2001", dt.date(2025, 1, 5), "https://a.example/ok"),
        _kim("kim-selatan", "18.01.13.2001", dt.date(2026, 9, 1), "https://b.example/hilang"),
        _kim("kim-tenang", "18.02.08.2004", dt.date(2026, 9, 1), "https://a.example/ok"),
    ]


RESULTS = {
    "https://a.example/ok": linkcheck.Result("https://a.example/ok", ALIVE, 200),
    "https://a.example/mati": linkcheck.Result("https://a.example/mati", DEAD, 404, "HTTP 404"),
    "https://b.example/hilang": linkcheck.Result("https://b.example/hilang", DEAD, None,
                                                 "tidak merespons (batas waktu habis)"),
}


def test_collect_links_only_takes_urls(catalogue_kims):
    links = linkcheck.collect_links(catalogue_kims)
    assert [(link.slug, link.url) for link in links] == [
        ("kim-segar", "https://a.example/ok"), ("kim-segar", "https://a.example/mati"),
        ("kim-lama", "https://a.example/ok"), ("kim-selatan", "https://b.example/hilang"),
        ("kim-tenang", "https://a.example/ok"),
    ]
    assert links[0].regency_code == "18.07"


def test_group_by_regency(catalogue_kims):
    links = linkcheck.collect_links(catalogue_kims)
    groups = linkcheck.group_by_regency(catalogue_kims, links, RESULTS, TODAY)
    assert [g.code for g in groups] == ["18.01", "18.07"]  # 18.02 has nothing to report
    south, east = groups
    assert [(link.slug, r.status) for link, r in south.dead] == [("kim-selatan", None)]
    assert south.stale == []
    assert [(link.slug, link.url) for link, _ in east.dead] == [("kim-segar", "https://a.example/mati")]
    assert [k.slug for k in east.stale] == ["kim-lama"]
    assert east.name == catalogue_kims[0].place.regency


def test_render_report(catalogue_kims):
    links = linkcheck.collect_links(catalogue_kims)
    groups = linkcheck.group_by_regency(catalogue_kims, links, RESULTS, TODAY)
    text = linkcheck.render_report(groups, TODAY, checked=3, uncertain=0, profiles=4)
    place = catalogue_kims[0].place
    assert text.startswith(linkcheck.MARKER + "\n# Laporan mingguan Direktori KIM: 2026-11-27\n")
    assert "- Tautan mati: **2**" in text
    assert "- Profil kedaluwarsa (`diperbarui` lebih dari 12 bulan lalu): **1**" in text
    assert f"## {place.regency} (18.07), {place.province}" in text
    assert ("- `KIM kim-segar` (`kims/18/18.07/kim-segar.yml`): situs-web `https://a.example/mati`: `HTTP 404`"
            in text)
    assert "- `KIM kim-lama` (`kims/18/18.07/kim-lama.yml`): terakhir diperbarui 2025-01-05" in text
    assert text.index("(18.01)") < text.index("(18.07)")


def _as_github_reads_it(report: str) -> tuple[list[str], set[str], list[str]]:
    """The report's plain text (where GitHub links URLs and turns @someone into a mention),
    every kind of inline element, and its raw HTML blocks (CommonMark, as GitHub parses it)."""
    blocks = MarkdownIt("commonmark").parse(report)
    inline = [child for block in blocks if block.type == "inline" for child in block.children]
    return ([c.content for c in inline if c.type == "text"], {c.type for c in inline},
            [b.content for b in blocks if b.type == "html_block"])


HOSTILE_NAMES = ["KIM @someone https://evil.example", "KIM <b>[x](https://jahat)</b> #12 www.evil.example",
                 "`KIM` ``@dua``", "KIM `tiga` @x_y@evil.example"]


def test_render_report_shows_kim_data_inert():
    kims = [_kim(f"kim-{i:03d}", "18.07.04.2001", dt.date(2020, 1, 1), "https://a.example/mati", nama=name)
            for i, name in enumerate(HOSTILE_NAMES)]
    links = linkcheck.collect_links(kims)
    answer = linkcheck.Result("https://a.example/mati", DEAD, 302, "dialihkan ke alamat bukan http(s): "
                                                                   "ftp://@attacker/https://evil.example")
    groups = linkcheck.group_by_regency(kims, links, {"https://a.example/mati": answer}, TODAY)
    text = linkcheck.render_report(groups, TODAY, checked=1, uncertain=0, profiles=len(kims))
    plain, kinds, html = _as_github_reads_it(text)
    assert html == [linkcheck.MARKER + "\n"]
    assert kinds <= {"text", "code_inline", "softbreak", "strong_open", "strong_close"}
    assert not [t for t in plain if re.search(r"@|https?:|www\.|evil|jahat|#1", t)], plain
    codes = [c.content for block in MarkdownIt("commonmark").parse(text) if block.type == "inline"
             for c in block.children if c.type == "code_inline"]
    for name in HOSTILE_NAMES:  # each name shown whole, as written
        assert codes.count(name) == 2  # once with its dead link, once as a stale profile
    assert codes.count(answer.reason) == len(kims)


def test_render_report_fits_an_issue():
    kims = [_kim(f"kim-{i:03d}", "18.07.04.2001", dt.date(2020, 1, 1)) for i in range(2)]
    groups = linkcheck.group_by_regency(kims, [], {}, TODAY)
    # many regencies: the issue body stays under GitHub's limit and says what it left out
    many = [dataclasses.replace(groups[0], code=f"18.{i:02d}") for i in range(1, 80)]
    for g in many:
        g.stale = g.stale * 40
    text = linkcheck.render_report(many, TODAY, checked=0, uncertain=0, profiles=0, max_chars=20_000)
    assert len(text) <= 20_000
    assert "kabupaten/kota lainnya tidak muat" in text


def test_empty_report():
    text = linkcheck.render_report([], TODAY, checked=5, uncertain=1, profiles=3)
    assert "✅ Tidak ada tautan mati dan tidak ada profil kedaluwarsa." in text


# ---------------------------------------------------------------- the standing issue and main()


class _Issues(BaseHTTPRequestHandler):
    existing: list[dict] = []
    calls: list[tuple[str, str, object]] = []

    def log_message(self, *args):
        pass

    def _reply(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self):
        return json.loads(self.rfile.read(int(self.headers["Content-Length"])))

    def do_GET(self):  # noqa: N802
        self.calls.append(("GET", self.path, None))
        self._reply(self.existing)

    def do_PATCH(self):  # noqa: N802
        body = self._body()
        self.calls.append(("PATCH", self.path, body))
        self._reply({"html_url": "https://github.test/issue/" + self.path.rsplit("/", 1)[1]})

    def do_POST(self):  # noqa: N802
        body = self._body()
        self.calls.append(("POST", self.path, body))
        self._reply({"html_url": "https://github.test/issue/new"})


@pytest.fixture
def issues_api():
    _Issues.calls = []
    server = Server(handler=_Issues)
    yield server.url.rstrip("/")
    server.close()


def test_update_issue_updates_the_open_labelled_issue(issues_api):
    _Issues.existing = [{"number": 3, "pull_request": {}}, {"number": 5}, {"number": 9}]
    url = linkcheck.update_issue("isi", token="t", repo="o/r", api=issues_api)
    assert url == "https://github.test/issue/5"
    method, path, _ = _Issues.calls[0]
    assert method == "GET" and path.startswith("/repos/o/r/issues?labels=laporan-mingguan&state=open")
    assert _Issues.calls[1] == ("PATCH", "/repos/o/r/issues/5", {"body": "isi"})


def test_update_issue_opens_one_when_none_is_open(issues_api):
    _Issues.existing = []
    assert linkcheck.update_issue("isi", token="t", repo="o/r", api=issues_api) == "https://github.test/issue/new"
    method, path, body = _Issues.calls[1]
    assert (method, path) == ("POST", "/repos/o/r/issues")
    assert body["labels"] == ["laporan-mingguan"] and body["body"] == "isi"


def test_main_checks_the_catalogue_and_updates_the_issue(issues_api, tmp_path, monkeypatch):
    src = ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
    dest = tmp_path / "kims" / "18" / "18.07" / src.name
    dest.parent.mkdir(parents=True)
    shutil.copy(src, dest)
    checked = []

    def fake_fetch(method, url, timeout):  # no network: every link answers 404
        checked.append(url)
        return Response(404)

    monkeypatch.setattr(linkcheck, "urllib_fetch", fake_fetch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_TOKEN", "t")
    monkeypatch.setenv("GITHUB_REPOSITORY", "o/r")
    monkeypatch.setenv("GITHUB_API_URL", issues_api)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    _Issues.existing = []
    assert linkcheck.main(["kims", "--issue", "--today", "2028-01-01", "--output", "laporan.md"]) == 0
    report = (tmp_path / "laporan.md").read_text(encoding="utf-8")
    assert checked and all(u.startswith("https://") for u in checked)
    assert "(18.07)" in report and "terakhir diperbarui" in report and "HTTP 404" in report
    assert _Issues.calls[-1][2]["body"] == report
    assert (tmp_path / "summary.md").read_text(encoding="utf-8") == report


def test_a_bad_date_is_a_usage_error_not_a_traceback(capsys):
    with pytest.raises(SystemExit) as exit_:
        linkcheck.main(["kims", "--today", "2026-13-01"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.endswith(
        "error: --today: '2026-13-01' bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date\n")
