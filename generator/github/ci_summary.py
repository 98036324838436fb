"""The job summary of a pull request check, in Indonesian Markdown.

Reads the output of `kim validate --format json` on standard input and prints
Markdown for `$GITHUB_STEP_SUMMARY`: the counts, then one table per file with
line, column, kind, code and message; files with errors first, files with only
warnings folded away below them.

    kim validate --format json > hasil.json
    python -m generator.github.ci_summary < hasil.json >> "$GITHUB_STEP_SUMMARY"

Everything shown comes from the contributor's files (paths, and values quoted in
messages), so it is escaped: no Markdown link, image or HTML can come through.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

TITLE = "## Hasil pemeriksaan berkas KIM"
MAX_ROWS = 500  # GitHub accepts at most 1 MiB of summary per step
SEVERITY = {"error": "❌ galat", "warning": "⚠️ peringatan"}
# What could start emphasis, code, a link, an image, HTML, maths or a new cell.
_MARKDOWN = set("\\`*_[]|~$")


def escape(text: Any) -> str:
    """Plain text for a Markdown table cell: special characters escaped, one line."""
    return _escape_chars(_one_line(text))


def _escape_chars(text: str) -> str:
    out = []
    for char in text:
        if char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == "&":
            out.append("&amp;")
        elif char in _MARKDOWN:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def rich(text: Any) -> str:
    """Like `escape`, but text between pairs of backticks stays a code span.

    Splitting at every backtick means no code span can hold one, so none can end
    early; the text between the spans is escaped as usual.
    """
    parts = _one_line(text).split("`")
    if len(parts) % 2 == 0:  # an odd number of backticks: show them all as text
        return escape(text)
    return "".join(_escape_chars(part) if i % 2 == 0 else _code(part) for i, part in enumerate(parts))


def _code(text: str) -> str:
    # Inside a code span only a pipe needs care: GitHub would end the table cell.
    return "`" + text.replace("|", "\\|") + "`" if text.strip() else _escape_chars(text)


def render(problems: list[dict[str, Any]], max_rows: int = MAX_ROWS) -> str:
    """Counts, then the files with errors, then (folded) the files with only warnings."""
    errors = sum(1 for p in problems if p.get("severity") == "error")
    warnings = len(problems) - errors
    files: dict[str, list[dict[str, Any]]] = {}
    for problem in problems:
        files.setdefault(str(problem.get("path", "")), []).append(problem)

    lines = [TITLE, ""]
    if not problems:
        lines += ["✅ Semua berkas KIM lolos pemeriksaan: tidak ada galat maupun peringatan.", ""]
        return "\n".join(lines)
    verdict = ("❌ Ada galat: perbaiki dulu sebelum PR ini dapat digabungkan."
               if errors else "✅ Tidak ada galat; peringatan boleh ditinjau, tetapi tidak menghalangi.")
    lines += [f"**{errors}** galat dan **{warnings}** peringatan dalam **{len(files)}** berkas.", "",
              verdict, ""]
    with_errors = [(path, items) for path, items in sorted(files.items())
                   if any(p.get("severity") == "error" for p in items)]
    warnings_only = [(path, items) for path, items in sorted(files.items()) if (path, items) not in with_errors]
    budget = [max_rows]
    lines += _tables(with_errors, budget)
    if warnings_only and budget[0] > 0:
        lines += ["<details>", f"<summary>{len(warnings_only)} berkas hanya dengan peringatan</summary>", ""]
        lines += _tables(warnings_only, budget)
        lines += ["</details>", ""]
    shown = max_rows - budget[0]
    if shown < len(problems):
        lines += [f"… dan {len(problems) - shown} masalah lain: lihat log langkah validasi.", ""]
    lines += ["Masalah pada berkas yang diubah juga ditandai pada barisnya di tab *Files changed*. "
              "Jalankan `kim validate` di komputer Anda untuk melihat daftar yang sama.", ""]
    return "\n".join(lines)


def _tables(files: list[tuple[str, list[dict[str, Any]]]], budget: list[int]) -> list[str]:
    """One table per file; `budget` holds the rows still allowed and is spent here."""
    lines: list[str] = []
    for path, items in files:
        if budget[0] <= 0:
            break
        lines += [f"### {rich('`' + path + '`')}", "", "| Baris | Kolom | Jenis | Kode | Pesan |",
                  "|---:|---:|---|---|---|"]
        for p in sorted(items, key=lambda p: (_int(p.get("line")), _int(p.get("column")), str(p.get("code")))):
            if budget[0] <= 0:
                break
            field = escape(p["field"]) + ": " if p.get("field") else ""
            lines.append(
                f"| {_int(p.get('line'))} | {_int(p.get('column'))} "
                f"| {SEVERITY.get(p.get('severity'), escape(p.get('severity', '')))} "
                f"| {escape(p.get('code', ''))} | {field}{rich(p.get('message', ''))} |"
            )
            budget[0] -= 1
        lines.append("")
    return lines


def _one_line(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def main(argv: list[str] | None = None) -> int:
    raw = sys.stdin.read()
    try:
        problems = json.loads(raw)
        if not isinstance(problems, list) or not all(isinstance(p, dict) for p in problems):
            raise ValueError("not a list of objects")
    except ValueError:
        sys.stdout.write(f"{TITLE}\n\n❌ Keluaran `kim validate` tidak dapat dibaca: lihat log langkah validasi.\n")
        return 2
    sys.stdout.write(render(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
