"""Serve latency: how long an edited KIM file takes to show up in `make serve`.

The data set is copied to a scratch folder first (the cached data is never edited), the
server is started as `make serve` starts it (`mkdocs serve --dirty --no-strict`) on a free local port,
and once it answers a profile page one KIM file's `nama` is changed to a marker. The
profile URL is polled every 50 ms; the figure is the time from the file write to the
first response that contains the marker: end to end as a user sees it, including
MkDocs' file watcher (it polls the watched folders and waits for a short quiet period
before rebuilding) and the rebuild itself. HTML requests made during a rebuild are held
by MkDocs until it is done.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

POLL_S = 0.05
SERVE_FLAGS = ("--dirty", "--no-strict")  # what `make serve` passes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


class ServeProcess:
    """`make serve`'s command in its own process group, its log kept with timestamps."""

    def __init__(self, mkdocs: Path, config: Path, port: int, cwd: Path) -> None:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.proc = subprocess.Popen(
            [str(mkdocs), "serve", *SERVE_FLAGS, "-f", str(config), "-a", f"127.0.0.1:{port}"],
            cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, start_new_session=True)
        self.log: list[tuple[float, str]] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.log.append((time.perf_counter(), line.rstrip()))

    def tail(self, n: int = 8) -> str:
        return "\n".join(line for _, line in self.log[-n:])

    def stop(self) -> None:
        """Ctrl+C to the process group (MkDocs then removes its temporary site), then harder."""
        if self.proc.poll() is None:
            for sig, wait in ((signal.SIGINT, 30), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.reader.join(5)


def _pick(files: list[Path], k: int) -> list[Path]:
    """k files spread evenly over the sorted list (deterministic, all different)."""
    n = len(files)
    return [files[(i + 1) * n // (k + 1)] for i in range(k)] if n >= k else files


class _Stopped(RuntimeError):
    pass


def _session(server: ServeProcess, base: str, files: list[Path], start_timeout: float,
             edit_timeout: float, result: dict) -> None:
    start = time.perf_counter()
    first = f"{base}kim/{files[0].stem}/"
    while fetch(first, 5) is None:
        if server.proc.poll() is not None:
            raise _Stopped(server.tail())
        if time.perf_counter() - start > start_timeout:
            raise RuntimeError(f"mkdocs serve did not answer within {start_timeout:.0f} s:\n{server.tail()}")
        time.sleep(0.2)
    result["start_s"] = round(time.perf_counter() - start, 2)
    time.sleep(1)  # let the watcher take its first look at the folders
    for i, path in enumerate(files):
        marker = f"KIM Penanda Bench {os.getpid()} {i}"
        text = path.read_text(encoding="utf-8")
        edited, count = re.subn(r"(?m)^nama: .*$", f"nama: {marker}", text, count=1)
        if not count:
            raise RuntimeError(f"no top-level nama in {path}")
        url = f"{base}kim/{path.stem}/"
        t0 = time.perf_counter()
        path.write_text(edited, encoding="utf-8")
        seen = None
        while time.perf_counter() - t0 < edit_timeout:
            body = fetch(url, edit_timeout)
            if body is not None and marker in body:
                seen = time.perf_counter() - t0
                break
            time.sleep(POLL_S)
        result["edits"].append({"file": path.name, "seconds": None if seen is None else round(seen, 3)})
        if seen is None:
            result["error"] = (f"the edit of {path.name} did not show within {edit_timeout:.0f} s "
                               "(is the data folder watched by mkdocs serve?)")
            return
        time.sleep(1)  # a quiet gap, so the next edit starts a fresh rebuild


def serve_latency(data: Path, scratch: Path, config_for: Callable[[Path, str], Path], mkdocs: Path,
                  cwd: Path, edits: int = 3, start_timeout: float = 1200,
                  edit_timeout: float = 30) -> dict:
    """Median and max seconds from a KIM file write to the marker in the served page.

    `config_for(data_dir, name)` writes a mkdocs.yml for the project's site on `data_dir`.
    The server runs as `make serve` runs it: `mkdocs serve --dirty --no-strict`.
    """
    if scratch.exists():
        shutil.rmtree(scratch)
    copy = scratch / "kims"
    shutil.copytree(data, copy)
    if (data.parent / "mitra").is_dir():  # the partner files beside them, as the build has them
        shutil.copytree(data.parent / "mitra", scratch / "mitra")
    config = config_for(copy, scratch.name)
    files = _pick(sorted(copy.rglob("*.yml")), edits)
    result: dict = {"n": len(list(copy.rglob("*.yml"))), "edits": [], "command": " ".join(["mkdocs serve", *SERVE_FLAGS])}
    try:
        port = free_port()
        server = ServeProcess(mkdocs, config, port, cwd)
        try:
            _session(server, f"http://127.0.0.1:{port}/", files, start_timeout, edit_timeout, result)
        except _Stopped as stopped:
            raise RuntimeError(f"`{result['command']}` stopped before serving: {stopped}") from None
        finally:
            server.stop()
            result["server_log_tail"] = server.tail(4)
            watching = [line for _, line in server.log if "Watching paths for changes" in line]
            if watching:
                result["watching"] = watching[0].split("changes:", 1)[1].strip()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    times = [e["seconds"] for e in result["edits"] if e["seconds"] is not None]
    ok = bool(times) and "error" not in result
    result["median_s"] = round(statistics.median(times), 3) if ok else None
    result["max_s"] = round(max(times), 3) if ok else None
    return result
