"""How often the texts of a synthetic data set repeat: `python -m benchmarks.synth --stats DIR`.

A site build caches rendered Markdown by its text, so repeated texts make a build look
faster than it would be on real data. For each kind of text (KIM names, descriptions,
activity titles and descriptions, offers, needs, partner names and texts) this counts the
texts, how many of them are distinct, and how often the most common one occurs; the
"Markdown texts" row is every text the site renders as Markdown, together.

DIR is a data set of `benchmarks.run` (its `kims/` and `mitra/`), a folder of KIM files,
or a folder of partner files.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# (label, where the texts are in a file, rendered as Markdown by the site)
KIM_FIELDS = (
    ("KIM name", ("nama",), False),
    ("KIM description", ("deskripsi",), True),
    ("activity title", ("kegiatan", "judul"), False),
    ("activity description", ("kegiatan", "uraian"), True),
    ("partnership (partner name)", ("kemitraan", "mitra"), False),
    ("partnership (form)", ("kemitraan", "bentuk"), False),
    ("offer title", ("peluang", "ditawarkan", "judul"), False),
    ("offer description", ("peluang", "ditawarkan", "uraian"), True),
    ("need title", ("peluang", "dicari", "judul"), False),
    ("need description", ("peluang", "dicari", "uraian"), True),
    ("coaching", ("pembinaan", "kegiatan"), False),
)
MITRA_FIELDS = (
    ("partner name", ("nama",), False),
    ("partner description", ("deskripsi",), True),
    ("programme title", ("program", "judul"), False),
    ("programme description", ("program", "uraian"), True),
    ("programme requirements", ("program", "syarat"), True),
)


def _values(node, path: tuple[str, ...]) -> list[str]:
    """Every text at `path` in a loaded file; lists on the way are walked through."""
    if isinstance(node, list):
        return [v for item in node for v in _values(item, path)]
    if not path:
        return [node] if isinstance(node, str) else []
    return _values(node.get(path[0]), path[1:]) if isinstance(node, dict) else []


def _load(files: list[Path]) -> list[dict]:
    return [yaml.load(p.read_text(encoding="utf-8"), Loader=_LOADER) for p in files]


def _folders(root: Path) -> tuple[list[Path], list[Path]]:
    """(KIM files, partner files) of a data set, a KIM folder or a partner folder."""
    root = Path(root)
    if (root / "kims").is_dir() or (root / "mitra").is_dir():
        return sorted((root / "kims").rglob("*.yml")), sorted((root / "mitra").glob("*.yml"))
    files = sorted(p for p in root.rglob("*.yml") if not p.name.startswith("_"))
    if files and all(p.parent == root for p in files):  # partner files lie directly in their folder
        return [], files
    return files, []


def _row(label: str, texts: list[str], markdown: bool) -> dict:
    counts = Counter(texts)
    top = counts.most_common(1)[0][1] if counts else 0
    return {"text": label, "markdown": markdown, "count": len(texts), "distinct": len(counts),
            "share_distinct": round(len(counts) / len(texts), 4) if texts else None, "most_common": top}


def repetition(root: Path) -> dict:
    """Per kind of text: count, distinct, share distinct, count of the most common one."""
    kims, partners = _folders(root)
    rows, markdown = [], []
    for files, fields in ((kims, KIM_FIELDS), (partners, MITRA_FIELDS)):
        docs = _load(files)
        for label, path, is_md in fields:
            texts = [v for doc in docs for v in _values(doc, path)]
            rows.append(_row(label, texts, is_md))
            markdown += texts if is_md else []
    rows.append(_row("Markdown texts (all of the above marked md)", markdown, True))
    lines = sum(p.read_text(encoding="utf-8").count("\n") for p in kims)
    return {"kims": len(kims), "partners": len(partners),
            "kim_lines_mean": round(lines / len(kims), 1) if kims else None, "rows": rows}


def render(stats: dict) -> str:
    out = [f"{stats['kims']:,} KIM files ({stats['kim_lines_mean']} lines on average), "
           f"{stats['partners']:,} partner files", "",
           "| text | md | count | distinct | share distinct | most common |", "|---|---|---:|---:|---:|---:|"]
    for r in stats["rows"]:
        share = "-" if r["share_distinct"] is None else f"{100 * r['share_distinct']:.1f} %"
        out.append(f"| {r['text']} | {'md' if r['markdown'] else ''} | {r['count']:,} | {r['distinct']:,} "
                   f"| {share} | {r['most_common']:,} |")
    return "\n".join(out) + "\n"
