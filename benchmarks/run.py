"""The benchmark: generate N realistic KIMs, time the work on them, record the figures.

    python -m benchmarks.run                      # N = 1,000 and 10,000
    python -m benchmarks.run --sizes 200 --out -  # a smoke run, results to stdout

Generated data is cached in benchmarks/work/ (ignored by git). Results go to
benchmarks/results.md with a description of the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from .synth import TODAY, generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"  # generated data, configs and sites (ignored by git)
BIN = Path(sys.executable).parent


def dataset(n: int, seed: int = 1) -> Path:
    folder = WORK / f"kims-{n}-seed{seed}"
    marker = folder.with_name(folder.name + ".complete")
    if not marker.exists():
        generate(folder, n, seed=seed)
        marker.write_text("ok\n")
    return folder


def measure(command: list[str]) -> dict:
    done = subprocess.run([sys.executable, str(HERE / "measure.py"), *command],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def bench_validate(n: int, repeat: int) -> dict:
    folder = dataset(n)
    runs = [measure([str(BIN / "kim"), "validate", str(folder), "--today", TODAY.isoformat()])
            for _ in range(repeat)]
    best = min(runs, key=lambda r: r["wall_s"])
    if best["returncode"] != 0:
        raise SystemExit(f"kim validate failed on the generated data: {best['stderr_tail']}")
    return {"task": "kim validate", "n": n, **{k: best[k] for k in ("wall_s", "cpu_s", "peak_mb")},
            "per_kim_ms": round(1000 * best["wall_s"] / n, 3)}


def site_config(data: Path, name: str) -> Path:
    """A mkdocs.yml that builds the project's site from `data` into benchmarks/work/."""
    work = WORK
    work.mkdir(parents=True, exist_ok=True)
    config = work / f"mkdocs-{name}.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'content'}\n"
        f"site_dir: {work / ('site-' + name)}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'theme'}\n"
        f"plugins:\n  - kim:\n      data_dir: {data}\n      templates_dir: {ROOT / 'theme' / 'kim'}\n"
        f"      today: '{TODAY.isoformat()}'\n",
        encoding="utf-8",
    )
    return config


def bench_site(n: int, repeat: int) -> dict:
    config = site_config(dataset(n), str(n))
    runs = [measure([str(BIN / "mkdocs"), "build", "-q", "-f", str(config)]) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["wall_s"])
    if best["returncode"] != 0:
        raise SystemExit(f"the site build failed: {best['stderr_tail']}")
    return {"task": "site build", "n": n, **{k: best[k] for k in ("wall_s", "cpu_s", "peak_mb")},
            "per_kim_ms": round(1000 * best["wall_s"] / n, 3)}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        mem_kb = 0
    import yaml

    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"PyYAML {yaml.__version__} (libyaml: {yaml.__with_libyaml__})")


def report(rows: list[dict]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Recorded {dt.date.today().isoformat()} with `python -m benchmarks.run`.",
        "",
        f"Machine: {machine()}.",
        "",
        "Data: `benchmarks/synth.py`, seed 1: realistic profiles (about 53 lines on average) on real",
        "village codes spread over all 38 provinces. Best of the repeated runs; CPU is user + system",
        "time of all processes; peak memory is the largest single process.",
        "",
        "| task | N | wall (s) | CPU (s) | peak memory (MB) | wall per KIM (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {r['task']} | {r['n']:,} | {r['wall_s']:.2f} | {r['cpu_s']:.2f} | {r['peak_mb']:.0f} | {r['per_kim_ms']:.3f} |"
              for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated N values")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=str(HERE / "results.md"), help="results file, or - for stdout")
    args = parser.parse_args(argv)
    rows = []
    for n in (int(n) for n in args.sizes.split(",")):
        rows.append(bench_validate(n, args.repeat))
        rows.append(bench_site(n, args.repeat))
    text = report(rows)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(text)


if __name__ == "__main__":
    main()
