"""Example folders: each case is a small kims/ tree with its exact expected report.

tests/examples/invalid/<case>/kims/...   the files of the case
tests/examples/invalid/<case>/expected.txt   `kim validate kims` in Indonesian
tests/examples/invalid/<case>/expected.en.txt   (optional) the same with --lang en
"""

from pathlib import Path

import pytest

from generator import catalogue, report

from .conftest import TODAY
from .golden import check_golden

EXAMPLES = Path(__file__).parent / "examples"
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())


def run_case(case: Path, monkeypatch, lang: str = "id") -> tuple[str, catalogue.Catalogue]:
    monkeypatch.chdir(case)
    result = catalogue.load(["kims"], TODAY, workers=1)
    return report.render(result.problems, "text", lang), result


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
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
    assert len(result.kims) == result.files
    check_golden(EXAMPLES / "valid" / "expected.txt", output, update_golden)
