"""docs/format.md is generated from the spec: it must be current, and it must cover every key."""

from pathlib import Path

from generator.format import spec
from generator.format.docs import _records, format_doc

from .golden import check_golden

DOC = Path(__file__).parent.parent / "docs" / "format.md"


def test_format_doc_is_current(update_golden):
    check_golden(DOC, format_doc(), update_golden)


def test_every_record_and_key_is_documented():
    text = format_doc()
    for path, record in _records(spec.KIM, ""):
        assert (f"## `{path}`" if path else "## Top level") in text
        for name in record.fields:
            assert f"| `{name}` |" in text
    for file, record in (("_wilayah.yml", spec.WILAYAH), ("mitra/<slug>.yml", spec.MITRA)):
        for path, inner in _records(record, ""):
            assert f"### `{file}`: {f'`{path}`' if path else 'top level'}" in text
            for name in inner.fields:
                assert f"| `{name}` |" in text
    for kind in spec.KINDS.values():
        assert f"| `{kind.where}` | {kind.title} | [`schema/{kind.schema}`]" in text
    assert "At least one of `email` or `whatsapp` is required." in text
    assert "`target_tahun` needs `target_kim`." in text
    assert "Refused, with a message saying why: `nama`, `peran`, `izin_publikasi`." in text
    assert "| `bentuk` | yes | one of [`bentuk_program`](#bentuk_program) |" in text
    assert "| `pertanian` | Pertanian | Agriculture |" in text
