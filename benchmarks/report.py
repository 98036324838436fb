"""The results file: machine, method, budgets and tables, rendered from one run's figures."""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path

from .budgets import FLAT, KB, check, marginal_costs

MB = 1000 * 1000


def machine() -> str:
    cpu = "unknown CPU"
    mem_kb = 0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        pass
    import yaml

    try:
        import material
        import mkdocs

        tools = f", MkDocs {mkdocs.__version__}, Material {material.__version__}"
    except (ImportError, AttributeError):
        tools = ""
    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"PyYAML {yaml.__version__} (libyaml: {yaml.__with_libyaml__}){tools}")


def cpu_reference() -> float:
    """Seconds for a fixed pure-Python loop: this virtual machine's speed varies over the day
    (up to twice as slow), so each run records it to make runs comparable."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return round(time.perf_counter() - start, 2)


def _table(head: list[str], rows: list[list], align: str | None = None) -> list[str]:
    align = align or "-" + "r" * (len(head) - 1)
    marks = ["---:" if a == "r" else "---" for a in align]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(marks) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def _kb(n: int | None) -> str:
    return "–" if n is None else f"{n / KB:.1f}"


def _chart(series: dict[str, list[tuple[int, float]]], width: int = 40) -> list[str]:
    """A text bar chart of ms per KIM against N, one block per series."""
    top = max((v for points in series.values() for _, v in points), default=0) or 1
    out = ["```"]
    for name, points in series.items():
        if not points:
            continue
        out.append(f"{name} (ms per KIM)")
        for n, v in points:
            out.append(f"  {n:>7,} | {'█' * max(1, round(width * v / top)):<{width}} {v:.3f}")
        out.append("")
    if out[-1] == "":
        out.pop()
    return out + ["```"]


def _timing_rows(results: dict) -> list[list]:
    rows = []
    for key, task in (("validate", "kim validate"), ("build", "site build"), ("naive", "naive build")):
        for r in results.get(key) or []:
            rows.append([task, f"{r['n']:,}", r["runs"], f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}",
                         f"{r['peak_mb']:.0f}", f"{r['per_kim_ms']:.3f}"])
    for r in results.get("rebuild") or []:
        rows.append([r["task"], f"{r['n']:,}", r["runs"], f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}",
                     f"{r['peak_mb']:.0f}", f"{r['per_kim_ms']:.3f}"])
    return rows


# What each style of synthetic texts (`--style`) is; figures from `python -m benchmarks.synth --stats`.
DATA_STYLES = {
    "varied": "texts composed for each KIM from its own places, numbers and dates (at 10,000 KIMs 96.5 %"
              " of the Markdown texts and 97.9 % of the names are distinct)",
    "plain": "the first generator's texts, which repeat (at 10,000 KIMs 53 % of the Markdown texts and"
             " 47 % of the names are distinct)",
}


def _data_line(style: str) -> list[str]:
    return [f"- Data: `benchmarks/synth.py`, seed 1, **{style}** style (`--style {style}`): realistic profiles",
            "  (about 53 lines on average) on real village codes spread over all 38 provinces, generated once",
            f"  and cached in `benchmarks/work/`; {DATA_STYLES.get(style, 'texts of an unknown style')}."]


def render(results: dict) -> str:
    repeat, large = results["repeat"], results["repeat_large"]
    lines = [
        "# Benchmark results",
        "",
        f"Recorded {results['date']} with `{results['command']}`.",
        "",
        f"Machine: {results['machine']}.",
        "",
        f"CPU reference (a fixed 10-million-step Python loop, lower is faster): {results.get('cpu_reference', '?')} s"
        f" before the run, {results.get('cpu_reference_after', '?')} s after. This machine's speed varies"
        " over the day; compare runs with it.",
        "",
        "## Method",
        "",
        *_data_line(results.get("data_style", "plain")),
        f"- Each timed command runs {repeat}× for N ≤ 10,000 and {large}× above (the naive build"
        f" {results.get('repeat_naive', repeat)}×); the tables show",
        "  the fastest run. Wall is elapsed time; CPU is user + system time of the command and every",
        "  process it started; peak memory is the largest single process (`ru_maxrss` of",
        "  `RUSAGE_CHILDREN` in a measuring child process), so worker processes of a parallel build are",
        "  not added up.",
        "- Fresh builds: before every timed build (ours and the naive one) its site folder, and our",
        "  plugin's cache folder (kept share cards, the ledger of pages), are moved",
        "  aside, so each build starts from empty folders, like `make site` on a fresh clone: every",
        "  card is drawn. The old folders are deleted at the end of the run, so neither",
        "  build runs within minutes of a mass delete: on a file system without a journal, as here,",
        "  files created then cost the kernel far more (ext4 steps over every recently deleted inode).",
        "  Each timed build also starts after `sync` (not timed), so the kernel is not writing an",
        "  earlier build's pages back to disk during it.",
        "- `make site` again (`mkdocs build --strict --dirty`, the Makefile's command): on the site and",
        "  cache folders the last timed build left, once with nothing changed and once after a few",
        "  KIM files had their name changed (restored afterwards).",
        "- Naive baseline (`benchmarks/naive.py`): every KIM as a plain Markdown page `kim/<slug>.md`",
        "  (written from the YAML with PyYAML's safe loader; writing them is setup, not timed), kept out",
        "  of the navigation with `not_in_nav`, built by plain MkDocs + Material (`font: false`) with",
        "  Material's built-in search plugin and no custom plugin. Speed-up = naive wall / our wall.",
        "- Serve (`benchmarks/serve.py`): `mkdocs serve --dirty` (what `make serve` runs) on a copy of",
        "  the data; seconds from writing an edited KIM file (`nama` changed to a marker) to the first",
        "  response of its profile URL that shows the marker, polled every 50 ms. End to end as a user",
        "  sees it: the file watcher (inotify) waits for a short quiet period before MkDocs rebuilds,",
        "  and MkDocs holds page requests until the rebuild is done.",
        "- Browser (`benchmarks/browser.py`): Debian's Chromium via Playwright, a fresh context (empty",
        "  cache) per page, the built site served from 127.0.0.1. Every response body is counted as if",
        "  gzip-compressed at level 6 (headers not counted). Map tiles are answered by a local stub and",
        "  not counted; no request leaves the machine. First results: the page's",
        "  `performance.mark(\"kim:first-results\")`; bytes counted are every response requested until",
        "  then. Facet data: the `kim/**.json` files fetched until first results plus those fetched by",
        "  a facet click. Keystroke and click times: the page's `performance.measure(\"kim:update\")`",
        "  entries while a query is typed letter by letter, two facet boxes clicked and a province chosen.",
        "  Profile: every file the largest profile page with a map loads (its map scrolled into view)",
        "  until the network is idle. The service worker of offline reading is blocked for these",
        "  figures (what the page itself loads); its install on a first visit, which keeps the page",
        "  and the offline page of its language in the background after the page's `load` event",
        "  (the directory's index waits until the visitor uses the directory), is measured apart,",
        "  in a fresh context that allows it, as what it adds to the profile's load.",
        "- Lighthouse (`benchmarks/lighthouse.py`): Lighthouse 12 (pinned in package.json) with its mobile",
        "  defaults (Moto G Power screen, simulated slow 4G and a 4× slower CPU), performance alone, on",
        "  the home page, the directory and the largest profile with a map, each run several times (the",
        "  median score's run is shown). The site is served from 127.0.0.1 gzip-compressed, as a static",
        "  host serves it. Simulated throttling scales the CPU time it observes, so TBT, and the score,",
        "  depend on this shared machine's load: each run records Lighthouse's CPU benchmark index",
        "  (below 1,000 Lighthouse warns that the host is slower than it expects). Then one more run",
        "  per page of accessibility, best practices and SEO, whose audits do not depend on the speed.",
        "",
        "## Budgets",
        "",
        "DESIGN.md section 5, as the budgets issue tightened them. KB = 1,000 bytes.",
        "",
    ]
    lines += _table(["budget", "limit", "measured", "met", "note"],
                    [[b["budget"], b["limit"], b["measured"], b["met"], b["note"]] for b in check(results)],
                    "-----")
    lines += ["", "## Timings", ""]
    lines += _table(["task", "N", "runs", "wall (s)", "CPU (s)", "peak memory (MiB)", "wall per KIM (ms)"],
                    _timing_rows(results))

    speed = results.get("speedup") or []
    lines += ["", "## Speed-up over the naive layout", ""]
    if speed:
        lines += _table(["N", "naive build (s)", "our build (s)", "speed-up"],
                        [[f"{s['n']:,}", f"{s['naive_s']:.2f}", f"{s['ours_s']:.2f}", f"{s['ratio']:.2f}×"]
                         for s in speed])
    else:
        lines.append("Not measured in this run (no size in `--naive-sizes` was also built).")

    lines += ["", "## Cost per KIM", "",
              "Wall time per KIM at each N (the fixed start-up cost weighs more at small N), and the",
              "marginal cost per extra KIM between sizes; cost per KIM is flat if the marginal cost grows by",
              f"at most {FLAT}× from the first interval to the last.", ""]
    by_n: dict[int, dict] = {}
    for key in ("validate", "build", "naive"):
        for r in results.get(key) or []:
            by_n.setdefault(r["n"], {})[key] = r["per_kim_ms"]
    lines += _table(["N", "validate (ms/KIM)", "build (ms/KIM)", "naive build (ms/KIM)"],
                    [[f"{n:,}", *(f"{c[k]:.3f}" if k in c else "–" for k in ("validate", "build", "naive"))]
                     for n, c in sorted(by_n.items())])
    marg = {key: marginal_costs(results.get(key)) for key in ("validate", "build")}
    if marg["build"]:
        lines += [""]
        lines += _table(["interval", "validate (ms per extra KIM)", "build (ms per extra KIM)"],
                        [[f"{b['from']:,} → {b['to']:,}", f"{v['ms']:.3f}", f"{b['ms']:.3f}"]
                         for v, b in zip(marg["validate"], marg["build"])])
    lines += [""]
    lines += _chart({"site build": [(r["n"], r["per_kim_ms"]) for r in results.get("build") or []],
                     "kim validate": [(r["n"], r["per_kim_ms"]) for r in results.get("validate") or []],
                     "naive build": [(r["n"], r["per_kim_ms"]) for r in results.get("naive") or []]})

    lines += ["", "## Output size", "",
              "The whole site folder, and every profile page in both languages, `kim/<slug>/index.html`",
              "and `en/kim/<slug>/index.html` (raw and gzip).", ""]
    rows = []
    for r in results.get("build") or []:
        s, p = r.get("site") or {}, r.get("profiles") or {}
        rows.append([f"{r['n']:,}", "our site", f"{s.get('files', 0):,}", f"{s.get('bytes', 0) / MB:.1f}",
                     f"{p.get('count', 0):,}", f"{_kb(p.get('raw_median'))} / {_kb(p.get('raw_max'))}",
                     f"{_kb(p.get('gzip_median'))} / {_kb(p.get('gzip_max'))}"])
    for r in results.get("naive") or []:
        s = r.get("site") or {}
        rows.append([f"{r['n']:,}", f"naive (search index {r.get('search_index_bytes', 0) / MB:.1f} MB)",
                     f"{s.get('files', 0):,}", f"{s.get('bytes', 0) / MB:.1f}", "–", "–", "–"])
    lines += _table(["N", "site", "files", "total (MB)", "profile pages", "profile HTML KB median / max",
                     "profile gzip KB median / max"], rows, "--rrrrr")
    largest = max((r for r in results.get("build") or [] if r.get("site")), key=lambda r: r["n"], default=None)
    if largest:
        lines += ["", f"Total size of the site at {largest['n']:,} KIMs: "
                      f"{largest['site']['bytes'] / MB:.1f} MB in {largest['site']['files']:,} files."]

    lines += ["", "## Serve", ""]
    serve = results.get("serve")
    if not serve:
        lines.append("Not measured in this run.")
    else:
        lines.append(f"N = {serve['n']:,}, `{serve['command']}`"
                     + (f", first answer after {serve['start_s']:.1f} s (initial build)" if serve.get("start_s") else "")
                     + ".")
        if serve.get("watching"):
            lines += ["", f"Paths watched by MkDocs: {serve['watching']}."]
        lines += [""]
        lines += _table(["edited file", "seconds to visible"],
                        [[e["file"], "not shown" if e["seconds"] is None else f"{e['seconds']:.2f}"]
                         for e in serve.get("edits", [])], "-r")
        if serve.get("error"):
            lines += ["", f"**Not met:** {serve['error']}."]
        else:
            lines += ["", f"Median {serve['median_s']:.2f} s, max {serve['max_s']:.2f} s."]

    lines += ["", "## Browser", ""]
    browser = results.get("browser")
    if not browser:
        lines.append("Not measured in this run.")
    elif browser.get("error"):
        lines.append(f"Not measured: {browser['error']}")
    else:
        d, p = browser.get("directory") or {}, browser.get("profile") or {}
        first = d.get("first_results") or {}
        upd = d.get("updates")
        lines += [f"N = {browser['n']:,}. Directory `kim/`, first results signalled by: {d.get('ready_signal')}.", ""]
        lines += _table(["figure", "value"], [
            ["transferred until first results (gzip / raw)",
             f"{_kb(first.get('gzip'))} KB / {_kb(first.get('raw'))} KB in {first.get('requests', 0)} files"],
            ["time to first results (`kim:first-results` mark)",
             "not measured (no mark)" if d.get("first_results_ms") is None else f"{d['first_results_ms']:.0f} ms"],
            ["facet data before first results (gzip / raw)",
             f"{_kb(d['json_first_results']['gzip'])} KB / {_kb(d['json_first_results']['raw'])} KB"],
            ["data fetched by the first facet click (gzip)", f"{_kb(d['json_facet_click']['gzip'])} KB "
                                                              f"in {d['json_facet_click']['requests']} files"],
            ["facet data: before first results + first facet click (gzip)",
             f"{_kb(d['json_after_facet_click']['gzip'])} KB"],
            ["search data fetched while typing (gzip)",
             f"{_kb(d['json_typing']['gzip'])} KB in {d['json_typing']['requests']} files"],
            ["all `kim/**.json` over the session (gzip / raw)",
             f"{_kb(d['json_session']['gzip'])} KB / {_kb(d['json_session']['raw'])} KB in "
             f"{d['json_session']['requests']} files"],
            ["keystroke / facet click (`kim:update`), max / median",
             "not measured (directory.js has no kim:update measures)" if not upd else
             f"{upd['max_ms']:.1f} ms / {upd['median_ms']:.1f} ms over {upd['count']} updates"],
            ["interactions", f"typed {', '.join(repr(t) for t in d.get('typed', []))} letter by letter (150 ms apart), "
                             "cleared twice, two facet boxes, one province"],
            ["files until first results", ", ".join(f"`{f}`" for f in d.get("first_results_files", []))],
        ], "--")
        if p:
            lines += ["", f"Profile `kim/{p['slug']}/` (the largest profile page with a map; map: {p.get('map')}):", ""]
            lines += _table(["figure", "value"], [
                ["HTML raw / gzip", f"{_kb(p.get('html_raw'))} KB / {_kb(p.get('html_gzip'))} KB"],
                ["everything but map tiles, gzip / raw",
                 f"{_kb(p['total_gzip'])} KB / {_kb(p['total_raw'])} KB in {p['total_requests']} files"],
                ["map tile requests (stubbed, not counted)", str(browser.get("tile_requests_stubbed", 0))],
                ["files", ", ".join(f"`{f}`" for f in p.get("files", []))],
                *_worker_rows(browser.get("worker")),
            ], "--")
        if browser.get("failed_requests"):
            lines += ["", "Failed requests: " + ", ".join(browser["failed_requests"])]
    return "\n".join(lines + _lighthouse(results.get("lighthouse"))) + "\n"


def _worker_rows(w: dict | None) -> list[list[str]]:
    """The first visit with the offline worker allowed: what its install adds to the page's load."""
    if not w:
        return []
    if not w.get("installed"):
        return [["first visit with the service worker", "the worker did not install"]]
    return [["first visit with the service worker: added by its precache after `load` (gzip)",
             f"{_kb(w['added_gzip'])} KB in {w['added_requests']} requests; "
             f"{_kb(w['first_visit_gzip'])} KB in all"],
            ["files the worker adds", ", ".join(f"`{f}`" for f in w.get("added_files", []))]]


def _lighthouse(found: dict | None) -> list[str]:
    """The Lighthouse section: one row per page, and what Lighthouse says would help."""
    lines = ["", "## Lighthouse", ""]
    if not found:
        return lines + ["Not measured in this run."]
    if found.get("error"):
        return lines + [f"Not measured: {found['error']}"]
    pages = found.get("pages") or {}
    lines += [f"N = {found['n']:,}, Lighthouse {found.get('lighthouse', '?')}, mobile, {found.get('runs')} runs"
              " per page (the median score's run shown).", ""]
    lines += _table(["page", "score (runs)", "LCP (s)", "TBT (ms)", "CLS", "FCP (s)", "Speed Index (s)",
                     "transferred (KB)", "requests", "CPU index"],
                    [[f"{name} `{p['path']}`", f"{p['score']} ({', '.join(map(str, p['scores']))})",
                      f"{p['lcp_ms'] / 1000:.2f}", f"{p['tbt_ms']:.0f}", f"{p['cls']:.3f}", f"{p['fcp_ms'] / 1000:.2f}",
                      f"{p['si_ms'] / 1000:.2f}", _kb(p["bytes"]), p["requests"], p["benchmark_index"]]
                     for name, p in pages.items()], "-rrrrrrrrr")
    quality = {name: p["quality"] for name, p in pages.items() if p.get("quality")}
    if quality:
        lines += ["", "Accessibility, best practices and SEO (one run per page, all categories but "
                      "performance; audits that did not pass):", ""]
        lines += _table(["page", "accessibility", "best practices", "SEO", "audits not passed"],
                        [[name, q["accessibility"], q["best-practices"], q["seo"], ", ".join(q["failed"]) or "none"]
                         for name, q in quality.items()], "-rrr-")
    for name, p in pages.items():
        if p.get("advice"):
            lines += ["", f"Lighthouse's largest estimated gains on the {name} page: "
                          + "; ".join(a.replace("\xa0", " ") for a in p["advice"]) + "."]
    return lines
