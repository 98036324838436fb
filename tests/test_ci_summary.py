"""The Indonesian job summary of a pull request check."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from generator.github import ci_summary

ROOT = Path(__file__).resolve().parent.parent

PROBLEMS = [
    {"path": "kims/18/18.07/b.yml", "line": 3, "column": 1, "severity": "warning", "code": "http-url",
     "field": "media[0].url", "message": "pakai https:// bukan http://"},
    {"path": "kims/18/18.07/a.yml", "line": 12, "column": 5, "severity": "error", "code": "consent-missing",
     "field": "kontak[1]", "message": "kontak pribadi perlu `izin_publikasi`"},
    {"path": "kims/18/18.07/a.yml", "line": 2, "column": 7, "severity": "error", "code": "unknown-key",
     "field": "", "message": "kunci `nma` tidak dikenal | maksud Anda `nama`?"},
]

EXPECTED = """\
## Hasil pemeriksaan berkas KIM

**2** galat dan **1** peringatan dalam **2** berkas.

❌ Ada galat: perbaiki dulu sebelum PR ini dapat digabungkan.

### `kims/18/18.07/a.yml`

| Baris | Kolom | Jenis | Kode | Pesan |
|---:|---:|---|---|---|
| 2 | 7 | ❌ galat | unknown-key | kunci `nma` tidak dikenal \\| maksud Anda `nama`? |
| 12 | 5 | ❌ galat | consent-missing | kontak\\[1\\]: kontak pribadi perlu `izin_publikasi` |

<details>
<summary>1 berkas hanya dengan peringatan</summary>

### `kims/18/18.07/b.yml`

| Baris | Kolom | Jenis | Kode | Pesan |
|---:|---:|---|---|---|
| 3 | 1 | ⚠️ peringatan | http-url | media\\[0\\].url: pakai https:// bukan http:// |

</details>

Masalah pada berkas yang diubah juga ditandai pada barisnya di tab *Files changed*. \
Jalankan `kim validate` di komputer Anda untuk melihat daftar yang sama.
"""


def test_exact_markdown_for_a_small_input():
    assert ci_summary.render(PROBLEMS) == EXPECTED


def test_no_problems():
    assert ci_summary.render([]) == (
        "## Hasil pemeriksaan berkas KIM\n\n"
        "✅ Semua berkas KIM lolos pemeriksaan: tidak ada galat maupun peringatan.\n"
    )


def test_warnings_only_do_not_block():
    text = ci_summary.render(PROBLEMS[:1])
    assert "**0** galat dan **1** peringatan dalam **1** berkas." in text
    assert "✅ Tidak ada galat" in text


def test_contributor_text_cannot_inject_markdown_or_html():
    hostile = [{"path": "kims/x`y.yml", "line": 1, "column": 1, "severity": "error", "code": "x",
                "field": "", "message": "nilai ![img](https://jahat/p.png) <script>x</script> `a`b` [t](u)\n| sel"}]
    text = ci_summary.render(hostile)
    row = [line for line in text.splitlines() if line.startswith("| 1 |")][0]
    assert "<script>" not in text and "![img](" not in text and "[t](u)" not in text
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # five cells, no extra one
    assert "### \\`kims/x\\`y.yml\\`\n" in text  # an odd number of backticks: all shown as text


def test_rows_are_capped():
    many = [dict(PROBLEMS[1], line=i) for i in range(30)]
    text = ci_summary.render(many, max_rows=10)
    assert text.count("| ❌ galat |") == 10
    assert "… dan 20 masalah lain" in text


def test_main_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(PROBLEMS)))
    assert ci_summary.main() == 0
    assert capsys.readouterr().out == EXPECTED
    monkeypatch.setattr(sys, "stdin", io.StringIO("not json"))
    assert ci_summary.main() == 2
    assert "tidak dapat dibaca" in capsys.readouterr().out


def test_module_runs_on_real_validator_output(tmp_path):
    bad = tmp_path / "kims" / "18" / "18.07"
    bad.mkdir(parents=True)
    (bad / "rusak.yml").write_text("versi: 1\nslug: rusak\n", encoding="utf-8")
    kim = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())"]
    out = subprocess.run(kim + ["validate", "--format", "json", "--today", "2026-11-27", str(tmp_path / "kims")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    summary = subprocess.run([sys.executable, "-m", "generator.github.ci_summary"], input=out.stdout,
                             capture_output=True, text=True, cwd=ROOT)
    assert summary.returncode == 0
    assert summary.stdout.startswith("## Hasil pemeriksaan berkas KIM\n")
    assert "rusak.yml`" in summary.stdout and "| ❌ galat |" in summary.stdout
