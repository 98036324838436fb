"""The synthetic data of the benchmark: the varied style is as varied as real data and valid;
the plain style still writes exactly what the first generator wrote."""

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import synth, synth_stats
from generator.format import catalogue

from .conftest import TODAY

# sha256 of the plain style's files at N = 60, seed 1 (relative path, NUL, bytes; in path
# order), recorded from the generator before the varied style was added, then again when
# private points went from 4 to 3 decimals (error point-too-precise): the only change.
PLAIN_60_SEED_1 = "9e414073bf5e21b628c7ae3435ad2ea2e690fd3482c9009bcb7c63204c4594e5"


def _digest(root: Path, paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _write(root: Path, n: int, style: str) -> tuple[list[Path], list[Path]]:
    return (synth.generate(root / "kims", n, seed=1, style=style),
            synth.generate_partners(root / "mitra", n, seed=1, style=style))


def test_plain_style_is_byte_identical_to_the_first_generator(tmp_path):
    kims, partners = _write(tmp_path, 60, "plain")
    assert _digest(tmp_path, kims + partners) == PLAIN_60_SEED_1


def test_the_command_line_writes_the_style_asked_for(tmp_path, capsys):
    assert synth.main([str(tmp_path / "kims"), "60", "--style", "plain", "--mitra", str(tmp_path / "mitra")]) == 0
    files = list(tmp_path.rglob("*.yml"))
    assert _digest(tmp_path, files) == PLAIN_60_SEED_1
    capsys.readouterr()
    assert synth.main(["--stats", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("60 KIM files") and "| need description | md |" in out
    with pytest.raises(ValueError, match="style"):
        synth.generate(tmp_path / "x", 1, style="fancy")


@pytest.fixture(scope="module")
def varied(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("varied")
    _write(root, 300, "varied")
    return root


def _share(stats: dict, text: str) -> float:
    return next(r["share_distinct"] for r in stats["rows"] if r["text"] == text)


def test_varied_texts_rarely_repeat(varied, tmp_path):
    stats = synth_stats.repetition(varied)
    assert stats["kims"] == 300 and stats["partners"] > 30
    for text in ("KIM name", "KIM description", "activity description", "partner name", "partner description"):
        assert _share(stats, text) >= 0.95, (text, stats)
    assert _share(stats, "Markdown texts (all of the above marked md)") >= 0.95
    _write(tmp_path, 300, "plain")  # the measure tells the styles apart
    plain = synth_stats.repetition(tmp_path)
    assert _share(plain, "KIM name") < 0.9 and _share(plain, "need description") < 0.1


def test_varied_files_are_valid_without_warnings(varied):
    result = catalogue.load([str(varied / "kims"), str(varied / "mitra")], TODAY)
    # but that some programmes have ended: true records, as in the sample partners
    problems = [p for p in result.problems if p.code != "programme-ended"]
    assert not problems, [str(p) for p in problems[:5]]
    assert any(p.code == "programme-ended" for p in result.problems)
    assert len(result.kims) == 300 and len(result.mitra) > 30
    assert any(n.fulfilled for k in result.kims for n in k.dicari)  # they name generated partners


def test_varied_keeps_the_length_of_plain(varied, tmp_path):
    plain, _ = _write(tmp_path, 300, "plain")
    lines = lambda paths: sum(p.read_text(encoding="utf-8").count("\n") for p in paths) / len(paths)
    mean = lines(sorted((varied / "kims").rglob("*.yml")))
    assert abs(mean - lines(plain)) < 0.1 * lines(plain)


def test_varied_partners_follow_the_sample_partners(varied):
    partners = catalogue.load([str(varied / "mitra")], TODAY).mitra
    kinds = Counter(m.jenis for m in partners)
    assert set(kinds) <= set(_sample_partner_kinds()) and len(kinds) >= 6
    programmes = [p for m in partners for p in m.program]
    assert 1.2 <= len(programmes) / len(partners) <= 1.6  # the samples: 11 programmes, 8 partners
    closed = sum(not p.is_open(TODAY) for p in programmes) / len(programmes)
    upcoming = sum(p.mulai > TODAY for p in programmes) / len(programmes)
    assert 0.02 <= closed <= 0.2 and 0.5 <= upcoming <= 0.8  # samples: 1 and 7 of 11


def _sample_partner_kinds() -> tuple[str, ...]:
    """The types of the sample partner files in mitra/."""
    return tuple(m.jenis for m in catalogue.load([str(Path(__file__).parent.parent / "mitra")], TODAY).mitra)
