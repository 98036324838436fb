"""The budgets of DESIGN.md section 5 (the scale issue), checked against one run's figures."""

from __future__ import annotations

from itertools import pairwise

KB = 1000  # "KB" in the budgets: kilobytes of 1,000 bytes
MIB = 1024 * 1024
FLAT = 1.25  # cost per KIM counts as flat if the marginal cost grows by at most this factor


def _at(rows: list[dict], n: int) -> dict | None:
    return next((r for r in rows or [] if r.get("n") == n), None)


def marginal_costs(rows: list[dict]) -> list[dict]:
    """ms per extra KIM between successive sizes: (T(N2) - T(N1)) / (N2 - N1)."""
    rows = sorted(rows or [], key=lambda r: r["n"])
    return [{"from": a["n"], "to": b["n"], "ms": round(1000 * (b["wall_s"] - a["wall_s"]) / (b["n"] - a["n"]), 3)}
            for a, b in pairwise(rows)]


def _row(budget: str, limit: str, measured: str | None, met: bool | None, note: str = "") -> dict:
    return {"budget": budget, "limit": limit, "measured": measured or "not measured",
            "met": "not measured" if met is None or not measured else ("yes" if met else "no"),
            "note": note}


def _rebuild_rows(first: dict | None, rebuild: list[dict]) -> list[dict]:
    """`make site` again: with nothing changed no slower than a first build; after a few edits
    much faster, taken as at most half of a first build."""
    same = next((r for r in rebuild if r["task"].endswith("nothing changed")), None)
    edited = next((r for r in rebuild if "changed" in r["task"] and r is not same), None)
    ok = first is not None and first.get("n") == 10_000
    rows = [_row("`make site` again, nothing changed, 10,000 KIMs", "≤ a first build",
                 same and ok and f"{same['wall_s']:.2f} s (first build {first['wall_s']:.2f} s)",
                 same and ok and same["wall_s"] <= first["wall_s"])]
    rows.append(_row("`make site` again, a few KIMs changed, 10,000 KIMs", "≤ ½ a first build",
                     edited and ok and f"{edited['wall_s']:.2f} s ({edited['task'].split(', ')[1]})",
                     edited and ok and edited["wall_s"] <= first["wall_s"] / 2))
    return rows


def check(results: dict) -> list[dict]:
    """One row per budget: budget, limit, measured, met (yes / no / not measured)."""
    validate, build, naive = results.get("validate"), results.get("build"), results.get("naive")
    rows = []

    v = _at(validate, 10_000)
    rows.append(_row("`kim validate`, 10,000 KIMs", "< 5 s",
                     v and f"{v['wall_s']:.2f} s", v and v["wall_s"] < 5))
    b = _at(build, 10_000)
    rows.append(_row("Site build, 10,000 KIMs", "< 15 s", b and f"{b['wall_s']:.2f} s", b and b["wall_s"] < 15))
    nb = _at(naive, 10_000)
    ratio = b and nb and nb["wall_s"] / b["wall_s"]
    rows.append(_row("Speed-up over the naive layout, 10,000 KIMs (same run)", "≥ 5×",
                     ratio and f"{ratio:.2f}× ({nb['wall_s']:.1f} s / {b['wall_s']:.1f} s)",
                     ratio and ratio >= 5))
    b50 = _at(build, 50_000)
    rows.append(_row("Site build, 50,000 KIMs", "≤ 60 s", b50 and f"{b50['wall_s']:.2f} s",
                     b50 and b50["wall_s"] <= 60))
    rows.append(_row("Peak memory, build of 50,000 KIMs", "≤ 1 GiB (1,024 MiB)",
                     b50 and f"{b50['peak_mb']:.0f} MiB", b50 and b50["peak_mb"] <= 1024,
                     "largest single process"))
    rows += _rebuild_rows(b, results.get("rebuild") or [])
    marginal = marginal_costs(build)
    flat = None
    if len(marginal) >= 2 and marginal[0]["ms"] > 0:
        growth = marginal[-1]["ms"] / marginal[0]["ms"]
        flat = (f"{marginal[0]['ms']:.2f} → {marginal[-1]['ms']:.2f} ms per extra KIM "
                f"({marginal[0]['from']:,}–{marginal[0]['to']:,} vs {marginal[-1]['from']:,}–{marginal[-1]['to']:,}: "
                f"{growth:.2f}×)")
    rows.append(_row("Build cost per KIM flat from 1,000 to 50,000", f"marginal cost grows ≤ {FLAT}×",
                     flat, flat and growth <= FLAT, "see the cost-per-KIM table"))

    serve = results.get("serve") or {}
    s_ok = serve.get("n") == 10_000 and serve.get("max_s") is not None
    measured = None
    if serve.get("n") == 10_000:
        measured = (f"max {serve['max_s']:.2f} s, median {serve['median_s']:.2f} s" if s_ok
                    else serve.get("error") or "failed")
    rows.append(_row("Edited KIM visible in `mkdocs serve`, 10,000 KIMs", "< 3 s", measured,
                     (serve["max_s"] < 3) if s_ok else (False if measured else None)))

    browser = results.get("browser") or {}
    at10k = browser.get("n") == 10_000 and "error" not in browser
    d = (browser.get("directory") or {}) if at10k else {}
    first = d.get("first_results")
    rows.append(_row("Directory: transferred until first results (gzip), 10,000 KIMs", "< 250 KB",
                     first and f"{first['gzip'] / KB:.1f} KB", first and first["gzip"] < 250 * KB))
    facet = d.get("json_after_facet_click")
    rows.append(_row("Directory: facet data (gzip), 10,000 KIMs", "< 150 KB",
                     facet and f"{facet['gzip'] / KB:.1f} KB", facet and facet["gzip"] < 150 * KB,
                     "kim/*.json fetched until first results and during a facet click"))
    upd = d.get("updates")
    rows.append(_row("Directory: each keystroke or facet click, 10,000 KIMs", "< 100 ms",
                     upd and f"max {upd['max_ms']:.1f} ms, median {upd['median_ms']:.1f} ms ({upd['count']} updates)",
                     upd and upd["max_ms"] < 100,
                     "" if upd or not at10k else "directory.js has no kim:update measures yet"))
    sizes = b and b.get("profiles")
    rows.append(_row("Profile page HTML (raw), 10,000 KIMs", "< 15 KB",
                     sizes and sizes.get("count") and
                     f"max {sizes['raw_max'] / KB:.1f} KB, p90 {sizes.get('raw_p90', 0) / KB:.1f} KB, "
                     f"median {sizes['raw_median'] / KB:.1f} KB; {sizes.get('raw_over_15kb', 0):,} of {sizes['count']:,} "
                     f"at 15 KB or more (gzip max {sizes['gzip_max'] / KB:.1f} KB)",
                     sizes and sizes.get("count") and sizes["raw_max"] < 15 * KB, "all profile pages, both languages"))
    p = (browser.get("profile") or {}) if at10k else {}
    w = (browser.get("worker") or {}) if at10k else {}
    rows.append(_row("Profile page, everything it loads but map tiles (gzip)", "< 150 KB",
                     p.get("total_gzip") and f"{p['total_gzip'] / KB:.1f} KB ({p['total_requests']} files)",
                     p.get("total_gzip") and p["total_gzip"] < 150 * KB,
                     p.get("slug") and f"largest profile with a map: {p['slug']}; the page's own load, service"
                                       " worker blocked" + (f" (its first-visit precache adds {w['added_gzip'] / KB:.1f} KB"
                                                            " after `load`)" if w.get("installed") else "") or ""))
    return rows + _lighthouse_rows(results.get("lighthouse") or {})


LIGHTHOUSE_PAGES = {"home": "home page", "directory": "directory", "profile": "profile"}


def _lighthouse_rows(found: dict) -> list[dict]:
    """Lighthouse 12 mobile performance ≥ 95 on home, directory and a profile (issue 19)."""
    at10k = found.get("n") == 10_000
    rows = []
    for key, name in LIGHTHOUSE_PAGES.items():
        page = (found.get("pages") or {}).get(key) if at10k else None
        measured = page and (f"{page['score']} (runs {', '.join(map(str, page['scores']))}; LCP {page['lcp_ms'] / 1000:.1f} s,"
                             f" TBT {page['tbt_ms']:.0f} ms, CLS {page['cls']:.2f}; CPU index {page['benchmark_index']})")
        if at10k and found.get("error"):
            measured = found["error"]
        rows.append(_row(f"Lighthouse mobile performance, {name}, 10,000 KIMs", "≥ 95", measured,
                         (page["score"] >= 95) if page else (False if measured else None),
                         "median of the runs; see the Lighthouse section"))
    return rows + _quality_rows(found if at10k else {})


QUALITY_NAMES = {"accessibility": "accessibility", "best-practices": "best practices", "seo": "SEO"}


def _quality_rows(found: dict) -> list[dict]:
    """Lighthouse 12 mobile accessibility, best practices and SEO ≥ 95 on the same pages
    (DESIGN.md section 5): one row per category, the three pages' scores in it."""
    pages = {key: p["quality"] for key, p in (found.get("pages") or {}).items() if p.get("quality")}
    rows = []
    for category, name in QUALITY_NAMES.items():
        scores = {key: q[category] for key, q in pages.items()}
        measured = ", ".join(f"{LIGHTHOUSE_PAGES[key]} {score}" for key, score in scores.items()) or None
        rows.append(_row(f"Lighthouse mobile {name}, {', '.join(LIGHTHOUSE_PAGES.values())}, 10,000 KIMs",
                         "≥ 95", measured, min(scores.values()) >= 95 if scores else None,
                         "one run each; failed audits in the Lighthouse section"))
    return rows
