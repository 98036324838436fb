"""Example folders: each case is a small kims/ (and mitra/) tree with its exact expected report.

tests/examples/invalid/<case>/kims/...   the files of the case (KIM files, `_wilayah.yml`)
tests/examples/invalid/<case>/mitra/...   partner files of the case, if any
tests/examples/invalid/<case>/expected.txt   `kim validate` in Indonesian
tests/examples/invalid/<case>/expected.en.txt   (optional) the same with --lang en
"""

from pathlib import Path

import pytest

from generator.format import catalogue, report

from .conftest import TODAY
from .golden import check_golden

EXAMPLES = Path(__file__).parent / "examples"
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())
# Their "did you mean" compares the code with every region code: seconds each.
# The bundled KIM files of one regency (beside them, its settings: `_wilayah.yml`).
KIM_FILES = sorted(p for p in (EXAMPLES.parent.parent / "kims" / "18" / "18.07").glob("*.yml") if p.name != "_wilayah.yml")
SLOW_CASES = {"region-unknown-district", "region-unknown-province"}


def folders(case: Path) -> list[str]:
    """What `kim validate` without arguments checks in the case's folder."""
    return [name for name in ("kims", "mitra") if (case / name).exists()]


def run_case(case: Path, monkeypatch, lang: str = "id") -> tuple[str, catalogue.Catalogue]:
    monkeypatch.chdir(case)
    result = catalogue.load(folders(case), TODAY, workers=1)
    return report.render(result.problems, "text", lang), result


def _case(path: Path):
    return pytest.param(path, marks=[pytest.mark.slow] if path.name in SLOW_CASES else [], id=path.name)


@pytest.mark.parametrize("case", [_case(p) for p in INVALID])
def test_invalid_case(case, monkeypatch, update_golden):
    output, result = run_case(case, monkeypatch)
    assert result.errors, "an invalid example must produce at least one error"
    check_golden(case / "expected.txt", output, update_golden)
    if (case / "expected.en.txt").exists():
        output_en, _ = run_case(case, monkeypatch, "en")
        check_golden(case / "expected.en.txt", output_en, update_golden)


def test_enough_invalid_cases():
    assert len(INVALID) >= 60


def test_valid_examples_have_no_errors(monkeypatch, update_golden):
    output, result = run_case(EXAMPLES / "valid", monkeypatch)
    assert not result.errors, output
    assert len(result.kims) + len(result.wilayah) + len(result.mitra) == result.files
    assert {m.slug for m in result.mitra} == {"contoh-lembaga-nasional", "contoh-kampus-lampung", "contoh-bumn-energi",
                                            "contoh-dinas-bengkulu"}
    check_golden(EXAMPLES / "valid" / "expected.txt", output, update_golden)


@pytest.mark.slow  # every case again
def test_validation_without_models_reports_the_same(monkeypatch):
    """`kim validate` leaves the models out: the report must not change. (Across workers:
    the far-coordinates test below.)"""
    for case in INVALID:
        monkeypatch.chdir(case)
        light = catalogue.load(folders(case), TODAY, workers=1, models=False)
        assert report.render(light.problems, "text", "id") == (case / "expected.txt").read_text(encoding="utf-8")
        assert light.kims == [] and light.wilayah == {} and light.mitra == []


@pytest.mark.parametrize("workers", [1, 2])
def test_coordinates_far_from_the_regency_are_a_warning(tmp_path, monkeypatch, workers):
    regency = EXAMPLES.parent.parent / "kims" / "18" / "18.07"
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    files = sorted(regency.glob("*.yml"))
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
    moved = next(p for p in files if "koordinat: {" in p.read_text(encoding="utf-8"))
    text = moved.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.split("\n"), 1) if row.startswith("koordinat:"))
    (folder / moved.name).write_text(
        "\n".join("koordinat: {lintang: -3.0, bujur: 104.0}" if n == line else row
                  for n, row in enumerate(text.split("\n"), 1)), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(catalogue, "PARALLEL_FROM", 0)
    for models in (True, False):
        result = catalogue.load(["kims"], TODAY, workers=workers, models=models)
        far = [p for p in result.problems if p.code == "coordinates-far"]
        assert [(p.path, p.line, p.col) for p in far] == [(f"kims/18/18.07/{moved.name}", line, 12)]
        assert not result.errors


def test_serve_memo_sees_every_edit_and_skips_reading_settled_files(tmp_path, monkeypatch):
    import os

    source = KIM_FILES[0]
    path = tmp_path / "kims" / "18" / "18.07" / source.name
    path.parent.mkdir(parents=True)
    text = source.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    memo: dict = {}
    name = str(path)
    first = catalogue.check_file(name, TODAY, memo)
    # Just written: an edit of the same size at once is read again, not taken from the memo.
    at = text.index("\nnama: ") + len("\nnama: ")
    same_size = text[:at] + "X" + text[at + 1:]
    path.write_text(same_size, encoding="utf-8")
    assert catalogue.check_file(name, TODAY, memo).kim.nama.startswith("X")
    # Settled (older than two seconds): known by its status, the file is not read again.
    old = path.stat().st_mtime_ns - 10 * catalogue.SETTLED_NS
    os.utime(path, ns=(old, old))
    settled = catalogue.check_file(name, TODAY, memo)
    monkeypatch.setattr("builtins.open", None)  # reading would now fail
    assert catalogue.check_file(name, TODAY, memo) is settled
    assert first.kim.nama != settled.kim.nama


def test_a_file_that_grew_after_its_size_was_taken_is_read_whole(tmp_path, monkeypatch):
    """A file is read at the size fstat gave; if it grew since, it is read on up to the limit."""
    from types import SimpleNamespace

    from generator.format import source as source_text

    source = KIM_FILES[0]
    whole = catalogue.check_file(str(source), TODAY)
    huge = tmp_path / "besar.yml"
    huge.write_bytes(b"# " + b"x" * source_text.MAX_BYTES + b"\n")
    monkeypatch.setattr(catalogue.os, "fstat", lambda fd: SimpleNamespace(st_size=10))
    grown = catalogue.check_file(str(source), TODAY)
    assert grown.problems == whole.problems and grown.kim == whole.kim is not None
    assert [p.code for p in catalogue.check_file(str(huge), TODAY).problems] == ["file-too-large"]


def test_serve_first_load_in_parallel_remembers_what_a_serial_one_does(tmp_path, monkeypatch):
    """`mkdocs serve` starts with an empty memo; read in parallel, the files are then
    remembered as a serial first load remembers them, and the next load reads none."""
    import os
    import shutil
    import time

    shutil.copytree(EXAMPLES.parent.parent / "kims", tmp_path / "kims")
    settled = time.time_ns() - 10 * catalogue.SETTLED_NS  # known by their status next time
    for path in (tmp_path / "kims").rglob("*.yml"):
        os.utime(path, ns=(settled, settled))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(catalogue, "PARALLEL_FROM", 0)
    serial: dict = {}
    parallel: dict = {}
    one = catalogue.load(["kims"], TODAY, workers=1, memo=serial)
    two = catalogue.load(["kims"], TODAY, workers=2, memo=parallel)
    assert two.problems == one.problems and two.kims == one.kims and two.kims
    assert parallel.keys() == serial.keys() and len(parallel) == 2 * one.files  # content, status
    monkeypatch.setattr("builtins.open", None)  # reading a file would now fail
    assert catalogue.load(["kims"], TODAY, workers=2, memo=parallel).kims == two.kims
