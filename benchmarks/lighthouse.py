"""Lighthouse mobile scores of a built site: the home page, the directory and a profile.

    python -m benchmarks.lighthouse SITE_DIR [--slug SLUG] [--runs 3]   # prints one JSON object

Builds nothing: SITE_DIR is served from 127.0.0.1 as a static host serves it (text files
gzip-compressed when the browser accepts it; no cache headers). Lighthouse 12 (the pinned
devDependency in package.json, `make test-deps`) drives Debian's Chromium headless with its
defaults for mobile: a Moto G Power screen, simulated throttling (slow 4G, CPU 4× slower),
performance category alone in the timed runs. Nothing leaves the machine: any host but
127.0.0.1 fails to resolve, so the profile's map tiles are not fetched.

Each page is run --runs times and the run with the median performance score is reported:
score (0-100), LCP, TBT, CLS, FCP, Speed Index and the bytes transferred, with the CPU
benchmark index Lighthouse measured (it scales TBT: a busy machine scores lower). Then one
more run of the other categories the brief asks 95 of (accessibility, best practices, SEO):
their scores and the audits that failed, which do not depend on the machine's speed.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from .sitesize import profile_sizes

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                "--disable-component-update --host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"")
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest")
# Audits of the server's cache headers: the local server's, not the real host's.
HOST_HEADERS = {"cache-insight", "uses-long-cache-ttl"}
QUALITY = ("accessibility", "best-practices", "seo")
METRICS = {"fcp_ms": "first-contentful-paint", "lcp_ms": "largest-contentful-paint",
           "tbt_ms": "total-blocking-time", "cls": "cumulative-layout-shift", "si_ms": "speed-index"}


class GzipHandler(SimpleHTTPRequestHandler):
    """A static host: text files gzip-compressed (level 6) for a browser that accepts it."""

    packed: dict[str, bytes] = {}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not (
                path.endswith(COMPRESSED) and os.path.isfile(path)):
            return super().send_head()  # as it is, or a redirect to the folder's address
        if path not in self.packed:
            self.packed[path] = gzip.compress(Path(path).read_bytes(), 6, mtime=0)
        body = self.packed[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


def _summary(report: dict) -> dict:
    audits = report["audits"]
    out = {"score": round(100 * (report["categories"]["performance"]["score"] or 0))}
    for key, audit in METRICS.items():
        value = audits[audit].get("numericValue")
        out[key] = None if value is None else round(value, 3 if key == "cls" else 0)
    out["bytes"] = round(audits["total-byte-weight"].get("numericValue") or 0)
    out["requests"] = len((audits.get("network-requests", {}).get("details") or {}).get("items") or [])
    out["benchmark_index"] = round(report.get("environment", {}).get("benchmarkIndex") or 0)
    # What Lighthouse says would help most: opportunities with an estimated gain, largest first.
    gains = []
    for name, audit in audits.items():
        if name in HOST_HEADERS:
            continue
        savings = audit.get("metricSavings") or {}
        score = audit.get("score")
        if score is not None and score < 0.9 and any(savings.values()):
            gains.append((-max(savings.values()), name, audit.get("displayValue") or ""))
    out["advice"] = [f"{name}: {shown}".rstrip(": ") for _, name, shown in sorted(gains)[:5]]
    if report.get("runtimeError"):
        out["error"] = report["runtimeError"].get("message")
    return out


def _quality(report: dict) -> dict:
    """The scores of the categories of QUALITY, and the audits of theirs that failed."""
    categories = report["categories"]
    out = {name: round(100 * (categories[name]["score"] or 0)) for name in QUALITY}
    failed = {ref["id"] for name in QUALITY for ref in categories[name]["auditRefs"]
              if report["audits"][ref["id"]].get("score") not in (None, 1)}
    out["failed"] = sorted(failed)
    return out


def lighthouse(url: str, chromium: str, scratch: Path, categories: tuple[str, ...] = ("performance",)) -> dict:
    """One Lighthouse run (mobile defaults) of `url` in `categories`: the report."""
    out = scratch / "report.json"
    done = subprocess.run(
        [str(LIGHTHOUSE), url, f"--only-categories={','.join(categories)}", "--output=json", f"--output-path={out}",
         f"--chrome-flags={CHROME_FLAGS}", "--quiet", "--max-wait-for-load=60000"],
        env=dict(os.environ, CHROME_PATH=chromium, TMPDIR=str(scratch)),
        capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"lighthouse failed on {url}: {(done.stderr.strip().splitlines() or ['?'])[-1][-300:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def measure(site: Path, slug: str | None = None, runs: int = 3) -> dict:
    """Lighthouse on home, directory and a profile (default: the largest one with a map)."""
    from tests.browser import Server, chromium_path

    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `make test-deps`")
    try:
        chromium = chromium_path()
    except BaseException as missing:  # pytest.skip / pytest.fail outside pytest
        raise SystemExit(f"chromium is not available: {missing}") from None
    slug = slug or profile_sizes(site).get("largest_with_map")
    pages = {"home": "", "directory": "kim/", **({"profile": f"kim/{slug}/"} if slug else {})}
    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    result: dict = {"lighthouse": version, "runs": runs, "slug": slug, "pages": {}}
    server = Server(handler=functools.partial(type("Gz", (GzipHandler,), {"packed": {}}), directory=str(site)))
    scratch = Path(tempfile.mkdtemp(prefix="kim-lighthouse-"))
    try:
        for name, path in pages.items():
            found = [_summary(lighthouse(server.url + path, chromium, scratch)) for _ in range(runs)]
            found.sort(key=lambda r: r["score"])
            median = found[(len(found) - 1) // 2]
            quality = _quality(lighthouse(server.url + path, chromium, scratch, QUALITY))
            result["pages"][name] = {"path": "/" + path, **median, "scores": [r["score"] for r in found],
                                     "quality": quality}
    finally:
        server.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.lighthouse", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--slug", help="the profile to run (default: the largest page with a map)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median score's run is reported")
    args = parser.parse_args(argv)
    json.dump(measure(args.site.resolve(), args.slug, args.runs), sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
