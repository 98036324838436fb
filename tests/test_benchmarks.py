"""A smoke run of the benchmark at N = 200 keeps its code working (the real run is `make bench`)."""

from benchmarks import run
from benchmarks.synth import generate

from generator import catalogue

from .conftest import TODAY


def test_generated_data_is_valid_and_deterministic(tmp_path):
    first = generate(tmp_path / "a", 120, seed=3)
    second = generate(tmp_path / "b", 120, seed=3)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    result = catalogue.load([str(tmp_path / "a")], TODAY)
    assert not result.errors and len(result.kims) == 120


def test_benchmark_smoke_run(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "WORK", tmp_path)  # data, configs and sites go to a temporary folder
    out = tmp_path / "results.md"
    run.main(["--sizes", "200", "--repeat", "1", "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "| kim validate | 200 |" in text and "| site build | 200 |" in text
