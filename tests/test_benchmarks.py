"""A smoke run of the benchmark at N = 200 keeps its code working (the real run is `make bench`)."""

import json

import pytest

from benchmarks import budgets, report, run
from benchmarks.naive import to_markdown
from benchmarks.synth import generate, generate_partners
from generator.format import catalogue

from .conftest import TODAY


@pytest.mark.slow  # generates and validates 240 KIMs
def test_generated_data_is_valid_and_deterministic(tmp_path):
    first = generate(tmp_path / "a", 120, seed=3)
    second = generate(tmp_path / "b", 120, seed=3)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    partners = generate_partners(tmp_path / "mitra-a", 120, seed=3)
    assert [p.read_bytes() for p in partners] == [p.read_bytes() for p in generate_partners(tmp_path / "mitra-b", 120, seed=3)]
    assert len({p.stem for p in partners}) == len(partners) >= len({p.parent.name for p in first})  # one per regency at least
    # every partner a fulfilled need names has a file
    result = catalogue.load([str(tmp_path / "a")], TODAY, partners={p.stem for p in partners})
    assert not result.errors and len(result.kims) == 120
    assert any(n.fulfilled for k in result.kims for n in k.dicari)


def _browser_available() -> bool:
    from .browser import chromium_path

    try:
        chromium_path()  # fails in CI without Chromium: the browser figures must run there
    except pytest.skip.Exception:
        return False
    return True


@pytest.mark.build
@pytest.mark.browser
def test_benchmark_smoke_run(tmp_path, monkeypatch):
    """validate, our build, the naive build, site size and the browser figures at N = 200.

    The serve latency is left out: MkDocs' initial build and file watcher make it too slow
    for `make test`.
    """
    monkeypatch.setattr(run, "WORK", tmp_path)  # data, configs and sites go to a temporary folder
    browser = _browser_available()
    out = tmp_path / "results.md"
    results = run.main(["--sizes", "200", "--naive-sizes", "200", "--serve-size", "0",
                        "--browser-size", "200" if browser else "0", "--rebuild-size", "200",
                        "--lighthouse-size", "0",  # a minute of Lighthouse runs: `make bench` only
                        "--repeat", "1", "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    for row in ("| kim validate | 200 |", "| site build | 200 |", "| naive build | 200 |"):
        assert row in text
    assert "## Budgets" in text and "| Site build, 10,000 KIMs | < 15 s | not measured |" in text
    assert results["data_style"] == "varied" and "seed 1, **varied** style (`--style varied`)" in text
    assert json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["command"] == results["command"]

    ours, naive = results["build"][0], results["naive"][0]
    assert ours["site"]["files"] > 200 and ours["profiles"]["count"] == 2 * 200  # both languages
    assert 0 < ours["profiles"]["gzip_max"] < ours["profiles"]["raw_max"]
    assert naive["site"]["files"] > 200 and naive["search_index_bytes"] > 0
    assert results["speedup"][0]["ratio"] > 0
    again, edited = results["rebuild"]
    assert again["wall_s"] > 0 and "| make site again, nothing changed | 200 |" in text
    assert edited["task"] == "make site again, 10 KIMs changed" and edited["wall_s"] > 0
    assert not [p for p in run.dataset(200).rglob("*.yml") if b"Diubah" in p.read_bytes()]  # restored
    assert not (tmp_path / "trash").exists()  # the sites set aside are gone

    if browser:
        b = results["browser"]
        assert "error" not in b, b.get("error")
        d, p = b["directory"], b["profile"]
        assert 0 < d["json_first_results"]["gzip"] <= d["first_results"]["gzip"]
        assert "/kim/" in d["first_results_files"]
        assert 0 < p["html_gzip"] < p["html_raw"] and p["total_gzip"] > p["html_gzip"]
        # the page's own load, without the offline worker's precache, which is measured apart
        worker = b["worker"]
        assert "/kim/indeks.json" not in p["files"] and "/sw.js" not in p["files"]
        assert worker["installed"] and {"/sw.js", "/offline/"} <= set(worker["added_files"])
        # a first visit to one profile: not the directory's index, nor the other language's pages
        assert not [f for f in worker["added_files"] if f.startswith(("/en/", "/kim/indeks.json", "/kim/wilayah"))]
        assert worker["first_visit_gzip"] == p["total_gzip"] + worker["added_gzip"] > p["total_gzip"]
        assert not b["failed_requests"]
        assert "## Browser" in text and "Not measured" not in text.split("## Browser", 1)[1].split("## Lighthouse")[0]
        assert text.rstrip().endswith("## Lighthouse\n\nNot measured in this run.")


def test_each_style_has_its_own_data_set(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "WORK", tmp_path)
    monkeypatch.setattr(run, "STYLE", "plain")
    plain = run.dataset(40)
    monkeypatch.setattr(run, "STYLE", "varied")
    varied = run.dataset(40)
    assert plain.parent.name == f"data-40-seed1-plain-v{run.DATA_VERSION}" and varied.parent.name == f"data-40-seed1-varied-v{run.DATA_VERSION}"
    assert {p.name for p in plain.rglob("*.yml")}.isdisjoint(p.name for p in varied.rglob("*.yml"))
    assert run.partners_of(varied).is_dir()


def test_a_site_is_set_aside_whole_and_deleted_with_the_trash(tmp_path, monkeypatch):
    """Not deleted before a timed build (see `run.set_aside`): moved, contents and all."""
    monkeypatch.setattr(run, "WORK", tmp_path)
    site = tmp_path / "site-200"
    (site / "kim" / "a").mkdir(parents=True)
    (site / "kim" / "a" / "index.html").write_text("a", encoding="utf-8")
    run.set_aside(site)
    run.set_aside(site)  # nothing there any more: nothing to do
    assert not site.exists()
    [kept] = (tmp_path / "trash").iterdir()
    assert kept.name.startswith("site-200.") and (kept / "kim" / "a" / "index.html").read_text() == "a"
    run.empty_trash()
    assert not (tmp_path / "trash").exists()


def test_naive_page_is_plain_markdown():
    page = to_markdown({"versi": 1, "slug": "kim-a", "nama": "KIM A", "deskripsi": "Tentang KIM A.\n",
                        "bidang": ["umkm"], "pengurus": [{"jabatan": "ketua", "nama": "Ani"}],
                        "koordinat": {"lintang": -5.1, "bujur": 105.2}})
    assert page.startswith("# KIM A\n\nTentang KIM A.\n")
    assert "## Bidang\n\n- umkm\n" in page and "## Pengurus\n\n- ketua, Ani\n" in page
    assert "## Koordinat\n\n- lintang: -5.1\n- bujur: 105.2\n" in page


def _figures(build_10k: float, naive_10k: float, build_50k: float, peak_50k: float) -> dict:
    def row(n, wall, peak=200.0):
        return {"n": n, "runs": 1, "wall_s": wall, "cpu_s": wall, "peak_mb": peak, "per_kim_ms": 1000 * wall / n}

    profiles = {"count": 10_000, "raw_median": 9_000, "raw_max": 14_000, "gzip_median": 3_000,
                "gzip_max": 4_000, "largest": "a", "largest_with_map": "a"}
    build = [row(1_000, 2.0), row(10_000, build_10k), row(50_000, build_50k, peak_50k)]
    build[1].update(site={"bytes": 10**9, "files": 30_000}, profiles=profiles)
    size = {"gzip": 100_000, "raw": 400_000, "requests": 9}
    return {
        "date": "2026-11-27", "command": "python -m benchmarks.run", "machine": "test", "repeat": 3,
        "repeat_large": 1, "validate": [row(1_000, 0.5), row(10_000, 3.0), row(50_000, 15.0)],
        "build": build, "naive": [row(10_000, naive_10k)],
        "speedup": [{"n": 10_000, "naive_s": naive_10k, "ours_s": build_10k, "ratio": naive_10k / build_10k}],
        "serve": {"n": 10_000, "edits": [{"file": "a.yml", "seconds": 1.2}], "median_s": 1.2, "max_s": 1.2,
                  "command": "mkdocs serve --dirty", "start_s": 20.0},
        "browser": {"n": 10_000, "tile_requests_stubbed": 4, "failed_requests": [],
                    "directory": {"ready_signal": "mark", "first_results_ms": 300.0, "first_results": size,
                                  "first_results_files": ["/kim/"], "json_first_results": size,
                                  "json_typing": size, "json_facet_click": size, "json_after_facet_click": size,
                                  "json_session": size, "typed": ["sinar"], "interactions": 8,
                                  "updates": {"count": 8, "median_ms": 5.0, "max_ms": 40.0}},
                    "profile": {"slug": "a", "map": True, "total_gzip": 120_000, "total_raw": 400_000,
                                "total_requests": 9, "files": ["/kim/a/"], "html_raw": 14_000,
                                "html_gzip": 4_000}},
        "lighthouse": {"n": 10_000, "lighthouse": "12.8.2", "runs": 3, "slug": "a", "pages": {
            name: {"path": path, "score": 97, "scores": [96, 97, 99], "lcp_ms": 1500.0, "tbt_ms": 120.0, "cls": 0.01,
                   "fcp_ms": 1200.0, "si_ms": 1800.0, "bytes": 70_000, "requests": 11, "benchmark_index": 1500,
                   "advice": ["render-blocking-resources: Est savings of 300\xa0ms"],
                   "quality": {"accessibility": 100, "best-practices": 100, "seo": 100, "failed": []}}
            for name, path in (("home", "/"), ("directory", "/kim/"), ("profile", "/kim/a/"))}},
        "rebuild": [{**row(10_000, build_10k * 0.9), "task": "make site again, nothing changed"},
                    {**row(10_000, build_10k * 0.3), "task": "make site again, 10 KIMs changed"}],
    }


def test_budgets_are_checked_against_the_figures():
    met = {b["budget"]: b["met"] for b in budgets.check(_figures(10.0, 70.0, 45.0, 900.0))}
    assert set(met.values()) == {"yes"}, met
    missed = {b["budget"]: b["met"] for b in budgets.check(_figures(20.0, 70.0, 150.0, 2000.0))}
    assert missed["Site build, 10,000 KIMs"] == "no"
    assert missed["Speed-up over the naive layout, 10,000 KIMs (same run)"] == "no"
    assert missed["Peak memory, build of 50,000 KIMs"] == "no"
    assert missed["Build cost per KIM flat from 1,000 to 50,000"] == "no"
    slow = _figures(10.0, 70.0, 45.0, 900.0)
    slow["rebuild"][0]["wall_s"], slow["rebuild"][1]["wall_s"] = 10.5, 6.0
    slower = {b["budget"]: b["met"] for b in budgets.check(slow)}
    assert slower["`make site` again, nothing changed, 10,000 KIMs"] == "no"
    assert slower["`make site` again, a few KIMs changed, 10,000 KIMs"] == "no"
    slow["lighthouse"]["pages"]["directory"]["score"] = 94
    slow["lighthouse"]["pages"]["profile"]["quality"].update(seo=66, failed=["is-crawlable"])
    slower = {b["budget"]: b for b in budgets.check(slow)}
    assert slower["Lighthouse mobile performance, directory, 10,000 KIMs"]["met"] == "no"
    seo = slower["Lighthouse mobile SEO, home page, directory, profile, 10,000 KIMs"]
    assert (seo["met"], seo["measured"]) == ("no", "home page 100, directory 100, profile 66")
    text = report.render(_figures(10.0, 70.0, 45.0, 900.0))
    assert "| Lighthouse mobile performance, profile, 10,000 KIMs | ≥ 95 | 97 (runs 96, 97, 99;" in text
    assert "| home `/` | 97 (96, 97, 99) | 1.50 | 120 | 0.010 |" in text.split("## Lighthouse", 1)[1]
    assert "| profile | 100 | 100 | 100 | none |" in text.split("## Lighthouse", 1)[1]
    assert ("| Lighthouse mobile accessibility, home page, directory, profile, 10,000 KIMs | ≥ 95 |"
            " home page 100, directory 100, profile 100 | yes |") in text
    assert "| Site build, 10,000 KIMs | < 15 s | 10.00 s | yes |" in text
    assert "Total size of the site at 10,000 KIMs: 1000.0 MB in 30,000 files." in text
    assert "seed 1, **plain** style" in text  # figures recorded before there were styles


def test_lighthouse_is_served_gzip_as_a_static_host_serves_it(tmp_path):
    import functools
    import gzip
    import urllib.request

    from benchmarks.lighthouse import GzipHandler

    from .browser import Server

    (tmp_path / "kim").mkdir()
    page = "<!doctype html><title>KIM</title>" + "<p>KIM Sinar Harapan</p>" * 200
    (tmp_path / "kim" / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "tile.png").write_bytes(b"\x89PNG" + bytes(300))
    server = Server(handler=functools.partial(GzipHandler, directory=str(tmp_path)))
    try:
        def get(path, encoding="gzip"):
            request = urllib.request.Request(server.url + path, headers={"Accept-Encoding": encoding})
            with urllib.request.urlopen(request) as response:
                return response.headers.get("Content-Encoding"), response.read()

        coding, body = get("kim/")
        assert coding == "gzip" and gzip.decompress(body).decode() == page and len(body) < len(page) / 5
        assert get("kim/", "identity") == (None, page.encode())
        assert get("tile.png") == (None, (tmp_path / "tile.png").read_bytes())  # images as they are
        assert get("kim")[1] == get("kim/")[1]  # the folder's address without "/" redirects
    finally:
        server.close()


def test_lighthouse_summary_takes_the_metrics_and_the_largest_gains():
    from benchmarks.lighthouse import _summary

    def audit(value=None, score=None, savings=None, shown=""):
        return {"numericValue": value, "score": score, "metricSavings": savings, "displayValue": shown}

    report_json = {"categories": {"performance": {"score": 0.934}}, "environment": {"benchmarkIndex": 1234.6},
                   "audits": {"first-contentful-paint": audit(1200.4), "largest-contentful-paint": audit(1800.0),
                              "total-blocking-time": audit(250.2), "cumulative-layout-shift": audit(0.0123),
                              "speed-index": audit(2000.0), "total-byte-weight": audit(72_000),
                              "network-requests": {"details": {"items": [{}, {}, {}]}},
                              "bootup-time": audit(score=0.5, savings={"TBT": 200}, shown="1.0 s"),
                              "render-blocking-resources": audit(score=0, savings={"FCP": 600, "LCP": 600},
                                                                 shown="Est savings of 600 ms"),
                              "cache-insight": audit(score=0, savings={"LCP": 900}, shown="62 KiB"),
                              "dom-size": audit(score=0.5, savings={"TBT": 0}),
                              "unused-css-rules": audit(score=1, savings={"FCP": 100})}}
    found = _summary(report_json)
    assert found == {"score": 93, "fcp_ms": 1200.0, "lcp_ms": 1800.0, "tbt_ms": 250.0, "cls": 0.012,
                     "si_ms": 2000.0, "bytes": 72_000, "requests": 3, "benchmark_index": 1235,
                     "advice": ["render-blocking-resources: Est savings of 600 ms", "bootup-time: 1.0 s"]}


def test_lighthouse_quality_takes_the_scores_and_the_audits_that_did_not_pass():
    from benchmarks.lighthouse import _quality

    refs = lambda *ids: {"auditRefs": [{"id": i} for i in ids]}  # noqa: E731
    report_json = {"categories": {"accessibility": {"score": 1, **refs("color-contrast", "bypass")},
                                  "best-practices": {"score": 0.96, **refs("errors-in-console")},
                                  "seo": {"score": 0.655, **refs("is-crawlable", "canonical", "hreflang")}},
                   "audits": {"color-contrast": {"score": 1}, "bypass": {"score": None},
                              "errors-in-console": {"score": 0}, "is-crawlable": {"score": 0},
                              "canonical": {"score": 1}, "hreflang": {"score": None}}}
    assert _quality(report_json) == {"accessibility": 100, "best-practices": 96, "seo": 66,
                                     "failed": ["errors-in-console", "is-crawlable"]}
