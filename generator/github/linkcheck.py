"""The weekly report: dead media links and stale profiles, per regency.

Run by `.github/workflows/weekly.yml`. Pure functions collect the links of the
catalogue, check them through an injected `fetch` (tests serve pages on
127.0.0.1), group the results per regency and render the report in Indonesian;
`main()` writes it and keeps it in ONE standing issue, found by its label.

A check asks HEAD first and falls back to GET (many sites answer HEAD badly),
follows at most `MAX_REDIRECTS` redirects itself, never to a scheme other than
http(s), with a timeout per request and at most `WORKERS` requests at once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from generator.github.client import GitHubAPI
from generator.model.kim import Kim

WORKERS = 8
TIMEOUT = 15.0  # seconds per request
MAX_REDIRECTS = 5
LABEL = "laporan-mingguan"
MARKER = "<!-- direktori-kim:laporan-mingguan -->"
MAX_BODY = 60_000  # GitHub refuses issue bodies over 65,536 characters
USER_AGENT = "DirektoriKIM-linkcheck/1.0 (+https://kim.example.org/)"

# Sites that refuse robots often answer these: the link may well be alive.
UNCERTAIN_STATUS = {401, 403, 429}

ALIVE, DEAD, UNCERTAIN = "hidup", "mati", "tidak-pasti"


@dataclass(frozen=True)
class Response:
    """What one request without following redirects returned."""

    status: int
    location: str | None = None


# fetch(method, url, timeout) -> Response; raises OSError (socket.timeout, URLError...) on failure.
Fetch = Callable[[str, str, float], Response]


@dataclass(frozen=True)
class Link:
    url: str
    jenis: str
    slug: str
    nama: str
    source: str
    regency_code: str
    regency: str
    province: str


@dataclass(frozen=True)
class Result:
    url: str
    state: str  # ALIVE, DEAD or UNCERTAIN
    status: int | None = None  # the last HTTP status, if any
    reason: str = ""  # Indonesian, for the report


@dataclass
class RegencyReport:
    code: str
    name: str
    province: str
    dead: list[tuple[Link, Result]] = field(default_factory=list)
    stale: list[Kim] = field(default_factory=list)


# ---------------------------------------------------------------- collecting


def collect_links(kims: Iterable[Kim]) -> list[Link]:
    """Every media URL of every KIM, in catalogue order."""
    links = []
    for kim in kims:
        for media in kim.media:
            if media.url:
                links.append(Link(media.url, media.jenis, kim.slug, kim.nama, kim.source,
                                  kim.place.regency_code, kim.place.regency, kim.place.province))
    return links


def stale_profiles(kims: Iterable[Kim], today: dt.date) -> list[Kim]:
    return [k for k in kims if k.is_stale(today)]


# ---------------------------------------------------------------- checking


def check_url(url: str, fetch: Fetch, timeout: float = TIMEOUT) -> Result:
    """HEAD, then GET when HEAD fails for a reason other than a timeout."""
    head = _follow("HEAD", url, fetch, timeout)
    if head.state == ALIVE or head.reason == _TIMEOUT_TEXT or head.reason.startswith(_SCHEME_TEXT):
        return head
    return _follow("GET", url, fetch, timeout)


_TIMEOUT_TEXT = "tidak merespons (batas waktu habis)"
_SCHEME_TEXT = "dialihkan ke alamat bukan http(s)"


def _follow(method: str, url: str, fetch: Fetch, timeout: float) -> Result:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if urllib.parse.urlsplit(current).scheme.lower() not in ("http", "https"):
            return Result(url, DEAD, None, f"{_SCHEME_TEXT}: {_short(current)}")
        try:
            response = fetch(method, current, timeout)
        except (socket.timeout, TimeoutError):
            return Result(url, DEAD, None, _TIMEOUT_TEXT)
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (socket.timeout, TimeoutError)):
                return Result(url, DEAD, None, _TIMEOUT_TEXT)
            return Result(url, DEAD, None, f"tidak dapat dihubungi ({_reason(exc.reason)})")
        except (OSError, http.client.HTTPException, ValueError) as exc:
            return Result(url, DEAD, None, f"tidak dapat dihubungi ({_reason(exc)})")
        status = response.status
        if 300 <= status < 400 and status != 304:
            if not response.location:
                return Result(url, DEAD, status, f"HTTP {status} tanpa alamat tujuan")
            current = urllib.parse.urljoin(current, response.location.strip())
            continue
        if status < 400:
            return Result(url, ALIVE, status)
        if status in UNCERTAIN_STATUS:
            return Result(url, UNCERTAIN, status, f"HTTP {status} (situs menolak pemeriksaan otomatis)")
        return Result(url, DEAD, status, f"HTTP {status}")
    return Result(url, DEAD, None, f"terlalu banyak pengalihan (lebih dari {MAX_REDIRECTS})")


def check_all(urls: Iterable[str], fetch: Fetch, timeout: float = TIMEOUT,
              workers: int = WORKERS) -> dict[str, Result]:
    """Each distinct URL checked once, at most `workers` at a time."""
    unique = list(dict.fromkeys(urls))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = pool.map(lambda u: check_url(u, fetch, timeout), unique)
        return dict(zip(unique, results))


def _reason(reason: object) -> str:
    text = str(reason) or type(reason).__name__
    return _short(text, 80)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401
        return None  # hand the 3xx back: _follow decides where to go


_OPENER = urllib.request.build_opener(_NoRedirect())


def urllib_fetch(method: str, url: str, timeout: float) -> Response:
    """One request with urllib, redirects not followed, no body read."""
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(req, timeout=timeout) as response:  # noqa: S310 (scheme checked by _follow)
            return Response(response.status, response.headers.get("Location"))
    except urllib.error.HTTPError as exc:  # 3xx (not followed), 4xx and 5xx
        with exc:
            return Response(exc.code, exc.headers.get("Location") if exc.headers else None)


# ---------------------------------------------------------------- grouping and rendering


def group_by_regency(kims: Sequence[Kim], links: Sequence[Link], results: dict[str, Result],
                     today: dt.date) -> list[RegencyReport]:
    """Regencies with dead links or stale profiles, by region code."""
    groups: dict[str, RegencyReport] = {}

    def group(code: str, name: str, province: str) -> RegencyReport:
        if code not in groups:
            groups[code] = RegencyReport(code, name, province)
        return groups[code]

    for link in links:
        result = results.get(link.url)
        if result is not None and result.state == DEAD:
            group(link.regency_code, link.regency, link.province).dead.append((link, result))
    for kim in stale_profiles(kims, today):
        group(kim.place.regency_code, kim.place.regency, kim.place.province).stale.append(kim)
    for report in groups.values():
        report.dead.sort(key=lambda pair: (pair[0].slug, pair[0].url))
        report.stale.sort(key=lambda k: (k.diperbarui, k.slug))
    return [groups[code] for code in sorted(groups)]


def render_report(groups: Sequence[RegencyReport], today: dt.date, *, checked: int, uncertain: int,
                  profiles: int, max_chars: int = MAX_BODY) -> str:
    """The issue body: counts, then one section per regency."""
    dead = sum(len(g.dead) for g in groups)
    stale = sum(len(g.stale) for g in groups)
    head = [
        MARKER,
        f"# Laporan mingguan Direktori KIM: {today.isoformat()}",
        "",
        f"Diperiksa **{checked}** tautan media dari **{profiles}** profil KIM.",
        "",
        f"- Tautan mati: **{dead}**",
        f"- Profil kedaluwarsa (`diperbarui` lebih dari 12 bulan lalu): **{stale}**",
        f"- Tautan yang tidak dapat dipastikan (situs menolak pemeriksaan otomatis): **{uncertain}**",
        "",
        "Laporan ini diperbarui otomatis setiap minggu; isinya ditimpa, jadi tanggapi lewat komentar "
        "atau perbaiki berkas KIM lewat pull request. Pembina di setiap kabupaten/kota dapat menindaklanjuti "
        "bagiannya di bawah ini.",
        "",
    ]
    if not groups:
        head += ["✅ Tidak ada tautan mati dan tidak ada profil kedaluwarsa.", ""]
        return "\n".join(head)
    body: list[str] = []
    for g in groups:
        section = [f"## {_md(g.name)} ({g.code}), {_md(g.province)}", ""]
        if g.dead:
            section += [f"**Tautan mati ({len(g.dead)})**", ""]
            for link, result in g.dead:
                section.append(f"- {_code(link.nama)} ({_code(link.source)}): {_md(link.jenis)} "
                               f"{_code(link.url)}: {_code(result.reason)}")
            section.append("")
        if g.stale:
            section += [f"**Profil kedaluwarsa ({len(g.stale)})**", ""]
            for kim in g.stale:
                section.append(f"- {_code(kim.nama)} ({_code(kim.source)}): terakhir diperbarui "
                               f"{kim.diperbarui.isoformat()}")
            section.append("")
        body.append("\n".join(section))
    text = "\n".join(head)
    for i, section in enumerate(body):
        if len(text) + len(section) + 200 > max_chars:
            rest = len(body) - i
            text += f"\n… dan {rest} kabupaten/kota lainnya tidak muat di sini: lihat ringkasan alur kerja (job summary).\n"
            break
        text += "\n" + section
    return text


_MD_SPECIAL = set("\\`*_[]<>|~$&#")


def _md(text: str) -> str:
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in " ".join(str(text).split()))


def _code(text: str) -> str:
    """One line of text as an inline code span, for what comes from KIM files or the network
    (names, paths, URLs, a server's answers): GitHub links, mentions (@someone) and
    references (#1) nothing inside one, and formats nothing."""
    text = " ".join(str(text).split())
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)  # longer than any run inside
    pad = " " if text.startswith("`") or text.endswith("`") else ""  # CommonMark strips one each side
    return f"{fence}{pad}{text}{pad}{fence}" if text else ""


# ---------------------------------------------------------------- GitHub edge


def update_issue(report: str, *, token: str, repo: str, api: str = "https://api.github.com",
                 label: str = LABEL, title: str = "Laporan mingguan: tautan mati dan profil kedaluwarsa") -> str:
    """Replace the body of the open issue with `label`, or open one; returns its URL."""
    github = GitHubAPI(token, repo, api)
    query = urllib.parse.urlencode({"labels": label, "state": "open", "per_page": 100, "sort": "created",
                                    "direction": "asc"})
    found = [i for i in github.request("GET", f"/issues?{query}") or () if "pull_request" not in i]
    if found:
        issue = github.request("PATCH", f"/issues/{found[0]['number']}", {"body": report})
    else:
        issue = github.request("POST", "/issues", {"title": title, "body": report, "labels": [label]})
    return issue["html_url"]


def main(argv: list[str] | None = None) -> int:
    from generator.format import catalogue
    from generator.format.dates import NotADate, reference_date

    parser = argparse.ArgumentParser(prog="python -m generator.github.linkcheck",
                                     description="Periksa tautan media KIM dan laporkan per kabupaten/kota.")
    parser.add_argument("paths", nargs="*", default=["kims"])
    parser.add_argument("--today", help="tanggal acuan YYYY-MM-DD (bawaan: hari ini)")
    parser.add_argument("--output", help="tulis laporan Markdown ke berkas ini")
    parser.add_argument("--issue", action="store_true",
                        help=f"perbarui isu berlabel {LABEL} (perlu $GITHUB_TOKEN dan $GITHUB_REPOSITORY)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    parser.add_argument("--workers", type=int, default=WORKERS)
    args = parser.parse_args(argv)
    try:
        today = reference_date(args.today, "--today")
    except NotADate as exc:
        parser.error(str(exc))

    result = catalogue.load(args.paths, today)
    links = collect_links(result.kims)
    results = check_all([link.url for link in links], urllib_fetch, args.timeout, args.workers)
    groups = group_by_regency(result.kims, links, results, today)
    counts = {"checked": len(results), "profiles": len(result.kims),
              "uncertain": sum(r.state == UNCERTAIN for r in results.values())}
    report = render_report(groups, today, **counts)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(report)
    if os.environ.get("GITHUB_STEP_SUMMARY"):  # the whole report, up to GitHub's 1 MiB
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
            fh.write(render_report(groups, today, **counts, max_chars=900_000))
    if args.issue:
        token, repo = os.environ.get("GITHUB_TOKEN"), os.environ.get("GITHUB_REPOSITORY")
        if not token or not repo:
            parser.error("--issue memerlukan $GITHUB_TOKEN dan $GITHUB_REPOSITORY")
        print(update_issue(report, token=token, repo=repo,
                           api=os.environ.get("GITHUB_API_URL", "https://api.github.com")))
    elif not args.output:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
