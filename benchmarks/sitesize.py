"""Output size of a built site: total bytes and files, and the size of its profile pages."""

from __future__ import annotations

import gzip
import os
import statistics
from pathlib import Path


def gz(data: bytes) -> int:
    """Bytes after gzip at level 6, what a typical web server sends."""
    return len(gzip.compress(data, 6, mtime=0))


def site_size(site: Path) -> dict:
    """Total bytes and file count of everything under `site`."""
    total = files = 0
    for folder, _, names in os.walk(site):
        for name in names:
            total += os.path.getsize(os.path.join(folder, name))
            files += 1
    return {"bytes": total, "files": files}


def profile_pages(site: Path) -> list[Path]:
    """The profile pages in both languages, kim/<slug>/index.html and en/kim/<slug>/index.html."""
    found = []
    for kim in (site / "kim", site / "en" / "kim"):
        if kim.is_dir():
            found += (p / "index.html" for p in kim.iterdir() if (p / "index.html").is_file())
    return sorted(found)


def profile_sizes(site: Path) -> dict:
    """Raw and gzip size of every profile page's HTML: median, max, and the largest page's slug.

    `largest_with_map` is the slug of the largest page that shows a map (the worst case for the
    browser measurement of everything a profile loads).
    """
    rows = []
    for path in profile_pages(site):
        data = path.read_bytes()
        rows.append((len(data), gz(data), path.parent.name, b'id="kim-map"' in data))
    if not rows:
        return {"count": 0}
    rows.sort()
    raw = [r[0] for r in rows]
    comp = sorted(r[1] for r in rows)
    with_map = [r for r in rows if r[3]]
    return {
        "count": len(rows),
        "raw_median": int(statistics.median(raw)), "raw_max": raw[-1],
        "raw_p90": raw[int(0.9 * (len(raw) - 1))],
        "raw_over_15kb": sum(size >= 15_000 for size in raw),
        "gzip_median": int(statistics.median(comp)), "gzip_max": comp[-1],
        "largest": rows[-1][2],
        "largest_with_map": (with_map or rows)[-1][2],
    }
