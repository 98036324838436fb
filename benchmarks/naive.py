"""The naive baseline: one Markdown page per KIM, built by plain MkDocs + Material.

This is the layout the scale issue measured as naive: each KIM file becomes
`docs/kim/<slug>.md` (plain Markdown written from the YAML: a heading, the description,
then one section per field as headings and lists), kept out of the navigation with
`not_in_nav`, built by MkDocs with the Material theme (`font: false`) and Material's
built-in search plugin, and no custom plugin.

Writing the Markdown is setup and is cached in the work folder; only `mkdocs build` is
timed (by benchmarks.run).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

# PyYAML's safe loader (the libyaml one when available: the files are only setup).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SKIP = {"versi", "slug", "nama", "deskripsi"}
FORMAT = 2  # part of the cached folder's name: bump it when the Markdown changes


def _text(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return " ".join(str(value).split())


def _items(value, depth: int) -> list[str]:
    """Markdown list lines for a value (nested lists indented by 4 spaces)."""
    pad = "    " * depth
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                lines.append(f"{pad}- {key}:")
                lines += _items(item, depth + 1)
            else:
                lines.append(f"{pad}- {key}: {_text(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                flat = [_text(v) for v in item.values() if not isinstance(v, (dict, list))]
                lines.append(f"{pad}- " + (", ".join(flat) or "-"))
                for key, sub in item.items():
                    if isinstance(sub, (dict, list)):
                        lines.append(f"{pad}    - {key}:")
                        lines += _items(sub, depth + 2)
            elif isinstance(item, list):
                lines += _items(item, depth + 1)
            else:
                lines.append(f"{pad}- {_text(item)}")
    else:
        lines.append(f"{pad}{_text(value)}")
    return lines


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def to_markdown(data: dict) -> str:
    """Plain Markdown for one KIM.

    The name as the title, the description, the simple fields as one list under
    "Profil", then one section (heading and list) per field that holds a list or a map.
    """
    lines = [f"# {_text(data.get('nama') or data.get('slug', 'KIM'))}", ""]
    if data.get("deskripsi"):
        lines += [str(data["deskripsi"]).strip(), ""]
    fields = [(k, v) for k, v in data.items() if k not in _SKIP]
    simple = [(k, v) for k, v in fields if not isinstance(v, (dict, list))]
    if simple:
        lines += ["## Profil", ""] + [f"- {_label(k)}: {_text(v)}" for k, v in simple] + [""]
    for key, value in fields:
        if isinstance(value, (dict, list)):
            lines += [f"## {_label(key)}", ""] + _items(value, 0) + [""]
    return "\n".join(lines)


def write_docs(data: Path, folder: Path) -> int:
    """Write docs/index.md and docs/kim/<slug>.md for every KIM file under `data`.

    Cached: a `.complete` marker next to `folder` says it is done. Returns the page count.
    """
    marker = folder.with_name(folder.name + ".complete")
    if marker.exists():
        return int(marker.read_text().split()[0])
    if folder.exists():
        shutil.rmtree(folder)
    pages = folder / "kim"
    pages.mkdir(parents=True)
    count = 0
    for path in sorted(data.rglob("*.yml")):
        record = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        slug = record.get("slug") or path.stem
        (pages / f"{slug}.md").write_text(to_markdown(record), encoding="utf-8")
        count += 1
    (folder / "index.md").write_text(
        "# Direktori KIM\n\nProfil KIM ada di bawah `kim/`, satu halaman per KIM.\n", encoding="utf-8")
    marker.write_text(f"{count} pages\n")
    return count


def config(docs: Path, site: Path, where: Path) -> Path:
    """The naive mkdocs.yml: Material, no fonts, built-in search, KIM pages not in the nav."""
    path = where / f"mkdocs-{site.name}.yml"
    path.write_text(
        "site_name: Direktori KIM (naive)\n"
        "site_url: https://kim.example.org/\n"
        f"docs_dir: {docs}\n"
        f"site_dir: {site}\n"
        "theme:\n  name: material\n  font: false\n"
        "plugins:\n  - search\n"
        "nav:\n  - index.md\n"
        "not_in_nav: |\n  /kim/\n",
        encoding="utf-8",
    )
    return path
