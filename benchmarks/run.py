"""The benchmark: generate N realistic KIMs, time the work on them, record the figures.

    python -m benchmarks.run                      # the full run (make bench): N = 1,000, 10,000, 50,000
    python -m benchmarks.run --sizes 200 --naive-sizes 200 --serve-size 0 --browser-size 200 --lighthouse-size 200 --out -

For each N: `kim validate` and our site build (timed, fresh output folder each time), the
site's size and its profile pages; the naive baseline at each of --naive-sizes; the serve
latency at --serve-size; the browser figures at --browser-size; Lighthouse mobile at
--lighthouse-size. Generated data is cached in benchmarks/work/ (ignored by git). Results go
to benchmarks/results.md (with the machine described and each budget met or not) and
benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import naive, report, serve, sitesize
from .browser import kim_options
from .synth import STYLES, TODAY, generate, generate_partners

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"  # generated data, configs and sites (ignored by git)
BIN = Path(sys.executable).parent
LARGE = 10_000  # above this N, --repeat-large applies


# Part of the data sets' folder names: a change of what synth.py writes makes new ones.
DATA_VERSION = 3  # 2: partner files, and needs with a lifecycle; 3: private points to 3 decimals
STYLE = "varied"  # of the synthetic texts (synth.STYLES); --style sets it


def dataset(n: int, seed: int = 1) -> Path:
    """The KIM files of N in the run's style, generated once (`data-N-seedS-STYLE-vV/kims/`);
    their partner files beside them (`partners_of`)."""
    folder = WORK / f"data-{n}-seed{seed}-{STYLE}-v{DATA_VERSION}" / "kims"
    marker = folder.with_name("complete")
    if not marker.exists():
        generate(folder, n, seed=seed, style=STYLE)
        generate_partners(partners_of(folder), n, seed=seed, style=STYLE)
        marker.write_text("ok\n")
    return folder.resolve()


def partners_of(data: Path) -> Path:
    """The partner files of a data set: `mitra/` beside its `kims/` (a partner file is known
    by its folder's name)."""
    return data.with_name("mitra")


def measure(command: list[str]) -> dict:
    done = subprocess.run([sys.executable, str(HERE / "measure.py"), *command],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def _best(task: str, n: int, runs: list[dict]) -> dict:
    best = min(runs, key=lambda r: r["wall_s"])
    failed = next((r for r in runs if r["returncode"] != 0), None)
    if failed:
        raise SystemExit(f"{task} failed at N={n}: {failed['stderr_tail']}")
    return {"task": task, "n": n, "runs": len(runs), **{k: best[k] for k in ("wall_s", "cpu_s", "peak_mb")},
            "per_kim_ms": round(1000 * best["wall_s"] / n, 3) if n else 0.0,
            "all_wall_s": [r["wall_s"] for r in runs]}


def set_aside(folder: Path) -> None:
    """Move `folder` into the trash, which `empty_trash` deletes once nothing is timed any more.

    Not deleted now: on a file system without a journal (this VM's ext4), every file created
    within a minute of a mass delete (six, while the inode table is not yet written back) makes
    the kernel step over the deleted inodes one by one (ext4's `recently_deleted`). Writing the
    32,000 files of the 10,000-KIM site right after deleting the previous copy took 14 to 22 s
    instead of 2.8 s. That cost belongs to the delete, which the timer leaves out; `make site`
    no longer deletes its last build (`bench_rebuild`).
    """
    if folder.exists():
        trash = WORK / "trash"
        trash.mkdir(parents=True, exist_ok=True)
        folder.rename(trash / f"{folder.name}.{time.time_ns()}")


def empty_trash() -> None:
    shutil.rmtree(WORK / "trash", ignore_errors=True)


def build(config: Path) -> dict:
    """One measured `mkdocs build` with `config`."""
    return measure([str(BIN / "mkdocs"), "build", "-q", "-f", str(config)])


def timed_build(config: Path, site: Path, repeat: int, cache: Path | None = None) -> list[dict]:
    """`mkdocs build` `repeat` times, each into an empty site folder and with an empty cache
    folder (the last ones set aside), as on a fresh clone: the share cards and QR codes are
    drawn, none is read back. Each after what earlier builds wrote has reached the disk (`sync`,
    not timed): otherwise the kernel writes the last build's pages back during the next one,
    on the same two cores."""
    runs = []
    for _ in range(repeat):
        set_aside(site)
        if cache is not None:
            set_aside(cache)
        os.sync()
        runs.append(build(config))
    return runs


MAKE_SITE = ["build", "-q", "--strict", "--dirty"]  # the Makefile's `make site`, quiet
EDITED = 10  # KIM files changed for the rebuild after a few edits


def bench_rebuild(n: int) -> list[dict]:
    """`make site` run again on the site and cache folder the last build of N left: once with
    nothing changed, once after EDITED KIM files changed (restored afterwards, not rebuilt).
    No mass delete precedes either (the set-aside folders are deleted at the end of the run)."""
    config, site = site_config(dataset(n), str(n)), site_dir(str(n))
    if not site.exists():
        timed_build(config, site, 1, cache_dir(str(n)))
    os.sync()
    rows = [_best("make site again, nothing changed", n, [measure([str(BIN / "mkdocs"), *MAKE_SITE, "-f", str(config)])])]
    files = sorted(p for p in dataset(n).rglob("*.yml") if p.name != "_wilayah.yml")[::max(1, n // EDITED)][:EDITED]
    originals = {path: path.read_bytes() for path in files}
    try:
        for path, data in originals.items():
            path.write_bytes(data.replace(b"\nnama: ", b"\nnama: Diubah ", 1))
        os.sync()
        rows.append(_best(f"make site again, {len(files)} KIMs changed", n,
                          [measure([str(BIN / "mkdocs"), *MAKE_SITE, "-f", str(config)])]))
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    return rows


def bench_validate(n: int, repeat: int) -> dict:
    folder = dataset(n)
    runs = [measure([str(BIN / "kim"), "validate", str(folder), "--today", TODAY.isoformat()])
            for _ in range(repeat)]
    return _best("kim validate", n, runs)


def site_dir(name: str) -> Path:
    return WORK / ("site-" + name)


def cache_dir(name: str) -> Path:
    """The plugin's cache folder of our build of `name` (kept cards and QR codes, the ledger)."""
    return WORK / ("cache-" + name)


def site_config(data: Path, name: str) -> Path:
    """A mkdocs.yml that builds the project's site from `data` into benchmarks/work/."""
    work = WORK
    work.mkdir(parents=True, exist_ok=True)
    config = work / f"mkdocs-{name}.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'content'}\n"
        f"site_dir: {site_dir(name)}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'theme'}\n"
        f"plugins:\n  - kim:\n      data_dir: {data}\n      mitra_dir: {partners_of(data)}\n"
        f"      templates_dir: {ROOT / 'theme' / 'kim'}\n"
        f"      today: '{TODAY.isoformat()}'\n"
        f"      cache_dir: {cache_dir(name)}\n"
        # the plugin list replaces the inherited one whole: the required controller comes along
        f"      privasi: {json.dumps(kim_options().get('privasi'))}\n",
        encoding="utf-8",
    )
    return config


def bench_site(n: int, repeat: int) -> dict:
    config = site_config(dataset(n), str(n))
    site = site_dir(str(n))
    row = _best("site build", n, timed_build(config, site, repeat, cache_dir(str(n))))
    row["site"] = sitesize.site_size(site)
    row["profiles"] = sitesize.profile_sizes(site)
    return row


def bench_naive(n: int, repeat: int) -> dict:
    docs = WORK / f"naive-docs-v{naive.FORMAT}-{dataset(n).parent.name}"  # the data set's own
    naive.write_docs(dataset(n), docs)  # setup, not timed
    site = WORK / f"naive-site-{n}"
    config = naive.config(docs, site, WORK)
    row = _best("naive build", n, timed_build(config, site, repeat))
    row["site"] = sitesize.site_size(site)
    index = site / "search" / "search_index.json"
    row["search_index_bytes"] = index.stat().st_size if index.exists() else 0
    return row


def bench_serve(n: int) -> dict:
    try:
        return serve.serve_latency(dataset(n), WORK / f"serve-{n}", site_config, BIN / "mkdocs", ROOT)
    except (RuntimeError, OSError) as failed:
        return {"n": n, "edits": [], "error": str(failed), "median_s": None, "max_s": None}


def in_browser(module: str, n: int, built: dict[int, dict]) -> dict:
    """`python -m benchmarks.<module>` (browser or lighthouse) on our site at N (built now,
    untimed, unless this run built it), on the largest profile page with a map."""
    site = site_dir(str(n))
    if n not in built:
        timed_build(site_config(dataset(n), str(n)), site, 1)
        built[n] = {"n": n, "profiles": sitesize.profile_sizes(site)}  # the next module's too
    slug = (built.get(n, {}).get("profiles") or {}).get("largest_with_map")
    done = subprocess.run([sys.executable, "-m", f"benchmarks.{module}", str(site), *(["--slug", slug] if slug else [])],
                          capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        return {"n": n, "error": (done.stderr.strip().splitlines() or ["failed"])[-1][-400:]}
    return {"n": n, **json.loads(done.stdout)}


def _sizes(text: str) -> list[int]:
    return [int(s.replace("_", "")) for s in text.split(",") if s.strip() and int(s.replace("_", "")) > 0]


def run(args: argparse.Namespace, command: str) -> dict:
    global WORK, STYLE
    if args.work:
        WORK = Path(args.work).resolve()
    STYLE = args.style
    sizes, naive_sizes = _sizes(args.sizes), _sizes(args.naive_sizes)
    repeat = lambda n: args.repeat if n <= LARGE else args.repeat_large
    results: dict = {"date": dt.date.today().isoformat(), "command": command, "machine": report.machine(),
                     "data_style": STYLE,
                     "cpu_reference": report.cpu_reference(),
                     "repeat": args.repeat, "repeat_large": args.repeat_large, "repeat_naive": args.repeat_naive,
                     "validate": [], "build": [], "naive": [], "speedup": []}
    for n in sizes:
        print(f"N={n:,}: kim validate", file=sys.stderr, flush=True)
        results["validate"].append(bench_validate(n, repeat(n)))
        print(f"N={n:,}: site build", file=sys.stderr, flush=True)
        results["build"].append(bench_site(n, repeat(n)))
    for n in naive_sizes:
        print(f"N={n:,}: naive build", file=sys.stderr, flush=True)
        results["naive"].append(bench_naive(n, min(repeat(n), args.repeat_naive)))
    ours = {r["n"]: r for r in results["build"]}
    for r in results["naive"]:
        if r["n"] in ours:
            results["speedup"].append({"n": r["n"], "naive_s": r["wall_s"], "ours_s": ours[r["n"]]["wall_s"],
                                       "ratio": round(r["wall_s"] / ours[r["n"]]["wall_s"], 2)})
    if args.browser_size:
        print(f"N={args.browser_size:,}: browser", file=sys.stderr, flush=True)
        results["browser"] = in_browser("browser", args.browser_size, ours)
    if args.lighthouse_size:
        print(f"N={args.lighthouse_size:,}: lighthouse", file=sys.stderr, flush=True)
        results["lighthouse"] = in_browser("lighthouse", args.lighthouse_size, ours)
    if args.serve_size:
        print(f"N={args.serve_size:,}: mkdocs serve", file=sys.stderr, flush=True)
        results["serve"] = bench_serve(args.serve_size)
    from .budgets import check

    if args.rebuild_size:
        print(f"N={args.rebuild_size:,}: make site again", file=sys.stderr, flush=True)
        results["rebuild"] = bench_rebuild(args.rebuild_size)
    results["cpu_reference_after"] = report.cpu_reference()
    results["budgets"] = check(results)
    return results


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="N values for validate and our build")
    parser.add_argument("--naive-sizes", default="1000,10000",
                        help="N values for the naive baseline ('' for none; 50000 takes many minutes)")
    parser.add_argument("--serve-size", type=int, default=10_000, help="N for the serve latency (0: skip)")
    parser.add_argument("--browser-size", type=int, default=10_000, help="N for the browser figures (0: skip)")
    parser.add_argument("--lighthouse-size", type=int, default=10_000,
                        help="N for Lighthouse mobile on home, directory and a profile (0: skip)")
    parser.add_argument("--rebuild-size", type=int, default=10_000,
                        help="N for `make site` run again: nothing changed, then a few KIMs changed (0: skip)")
    parser.add_argument("--repeat", type=int, default=3, help=f"runs per timed command for N ≤ {LARGE:,}")
    parser.add_argument("--repeat-large", type=int, default=1, help=f"runs per timed command for N > {LARGE:,}")
    parser.add_argument("--repeat-naive", type=int, default=1,
                        help="runs of the naive build (minutes each at 10,000; its spread matters less)")
    parser.add_argument("--style", choices=STYLES, default="varied",
                        help="texts of the synthetic data: varied (default) or plain (the first generator's, "
                             "which repeat)")
    parser.add_argument("--work", help="folder for data, configs and sites (default benchmarks/work)")
    parser.add_argument("--out", default=str(HERE / "results.md"), help="results file, or - for stdout")
    parser.add_argument("--json", help="raw figures (default: results.json next to --out; none with --out -)")
    args = parser.parse_args(argv)
    command = " ".join(["python -m benchmarks.run", *map(shlex.quote, sys.argv[1:] if argv is None else argv)])
    try:
        results = run(args, command)
    finally:
        empty_trash()
    text = report.render(results)
    json_path = args.json or (None if args.out == "-" else str(Path(args.out).with_suffix(".json")))
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(text)
    return results


if __name__ == "__main__":
    main()
