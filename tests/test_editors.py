"""The validator agrees with editors, which read KIM files as YAML 1.2 (VS Code's YAML
extension uses the `yaml` npm package), while our reader, libyaml, reads YAML 1.1.
The messages themselves are checked by the example folders; these tests pin the rules."""

import pytest

from generator.format import yamlnode
from generator.format.catalogue import check_bytes

from .conftest import TODAY

PATH = "kims/18/18.07/sinar-harapan-pekalongan.yml"
HEAD = 'versi: 1\nslug: sinar-harapan-pekalongan\nnama: KIM Sinar Harapan\nstatus: aktif\nwilayah: "18.07.04.2001"\n'
TAIL = "diperbarui: 2026-10-02\n"
YAML_1_2_CODES = ("comment-space", "flow-indent", "quote-indent")


def check(body: str):
    return check_bytes((HEAD + body + TAIL).encode(), PATH, TODAY)


@pytest.mark.parametrize("text, yaml11, yaml12", [
    ("081234567890", "str", "int"), ("018", "str", "int"), ("0123", "int", "int"), ("0o17", "str", "int"),
    ("0x1F", "int", "int"), ("+0x1F", "int", "str"), ("1e3", "str", "float"), ("1.5e3", "str", "float"),
    ("-.5E-2", "str", "float"), (".5", "float", "float"), ("1.", "float", "float"), ("-.Inf", "float", "float"),
    (".NaN", "float", "float"), ("-.nan", "str", "str"), ("1_000", "int", "str"), ("12:30", "int", "str"),
    ("yes", "bool", "str"), ("True", "bool", "bool"), ("tRue", "str", "str"), ("~", "null", "null"),
    ("2026-10-02", "timestamp", "str"), ("e3", "str", "str"), ("0o", "str", "str"), ("KIM 1", "str", "str"),
])
def test_plain_scalars_are_typed_as_yaml_1_1_and_1_2_read_them(text, yaml11, yaml12):
    scalar = yamlnode.Scalar(text, "", (1, 1))
    assert (scalar.kind, scalar.core_kind) == (yaml11, yaml12)
    assert yamlnode.Scalar(text, '"', (1, 1)).core_kind == "str"


@pytest.mark.parametrize("body, text", [
    ("deskripsi: |\n  Jadwal:\n  \tSenin\n", "Jadwal:\n\tSenin"),
    ("deskripsi: |2\n  Jadwal\n  \tSenin\n", "Jadwal\n\tSenin"),
    ("deskripsi: >-\n  Jadwal\n\n  \t- Senin\n  \n  \t\n", "Jadwal\n\n\t- Senin"),
    ("kegiatan:\n  - tanggal: 2026-08-14\n    judul: Rapat\n    uraian: |\n      Acara:\n      \tpukul 19.00\n", None),
])
def test_a_tab_inside_block_text_is_content(body, text):
    result = check(body)
    assert result.problems == []
    if text is not None:
        assert result.kim.deskripsi == text


@pytest.mark.parametrize("body, where", [
    ("deskripsi: |\n\tJadwal\n", (7, 1)),  # before the text's indentation
    ("deskripsi: |\n  \tJadwal\n", (7, 3)),  # right after the first line's spaces: libyaml refuses it
    ("deskripsi: |\n    Jadwal\n  \tSenin\n", (8, 3)),  # less indented than the first line
    ("deskripsi: |\n  Jadwal\n\tanggota: 18\n", (8, 1)),  # the text has ended: indentation
    ("deskripsi: x |\n\tJadwal\n", (7, 1)),  # not block text
])
def test_a_tab_that_indents_is_refused(body, where):
    problems = check(body).problems
    assert [(p.code, p.line, p.col) for p in problems] == [("tab-indent", *where)]


PROSE = "harga < Rp 10.000, nilai <5, peserta > 20, 3<4 & 5>2, Kopi & Teh, R&D, <= 5"


def test_comparison_signs_and_ampersands_are_prose_and_render_escaped():
    from generator.site.richtext import render_markdown

    result = check(f"alamat: {PROSE}\ndeskripsi: |\n  {PROSE}\n")
    assert result.problems == []
    html = render_markdown(result.kim.deskripsi)
    assert "&lt; Rp" in html and "&lt;5" in html and "Kopi &amp; Teh" in html and "<5" not in html


@pytest.mark.parametrize("text", ["<b>x</b>", "x</p>", "<!-- x -->", "<script", "<a href=x>", "<?php", "&amp;",
                                  "&#60;", "&#x3C;", "&lt;"])
def test_tags_and_entities_are_html(text):
    assert [p.code for p in check(f"alamat: 'Jl. Raya {text}'\n").problems] == ["html"]


def test_every_form_of_syntax_message_has_an_example():
    from pathlib import Path

    from generator.format.syntax import SYNTAX

    examples = Path(__file__).parent / "examples" / "invalid"
    outputs = "".join(p.read_text(encoding="utf-8") for p in examples.glob("*/expected.en.txt"))
    for form, (_, english) in SYNTAX.items():
        assert english.split("{char}")[0].split("{tag}")[0] in outputs, form


def test_a_character_libyaml_refuses_is_reported_where_it_stands():
    from generator.format.problems import Collector

    out = Collector(PATH)
    assert yamlnode.read("nama: KIM Maju\nalamat: Jl. Pahlawan é\ufffe\n", out) is None
    assert [(p.code, p.line, p.col, p.args) for p in out.problems] == [("control-char", 2, 23, {"char": "U+FFFE"})]


# What VS Code's YAML extension (the `yaml` npm package, 2.9.1, YAML 1.2) refuses and libyaml
# reads: a comment glued to what it follows, and brackets or quoted text going on to lines that
# are not indented past their key. Each case was read by both; the yaml package reported the
# same places (for quoted text it points at the line of the opening quote).
@pytest.mark.parametrize("body, expected", [
    ('alamat: "Balai Desa"# kantor\n', [("comment-space", 6, 21)]),
    ("alamat: 'Balai Desa'#kantor\n", [("comment-space", 6, 21)]),
    ('alamat: "Balai Desa" # kantor\n', []),
    ("alamat: Balai#Desa\n", []),
    ("bidang: [pertanian]#utama\n", [("comment-space", 6, 20)]),
    ("koordinat: {lintang: -5.0921, bujur: 105.3802}#titik\n", [("comment-space", 6, 47)]),
    ("deskripsi: |#ringkas\n  Teks.\n", [("comment-space", 6, 13)]),
    ("deskripsi: >-2#ringkas\n  Teks.\n", [("comment-space", 6, 15)]),
    ("deskripsi: | # ringkas\n  Teks.\n", []),
    ("bidang: [pertanian,\numkm]\n", [("flow-indent", 7, 1)]),
    ("bidang: [pertanian,\n umkm]\n", []),
    ("bidang: [\n  pertanian,\n]\n", []),
    ("bidang: [pertanian,\n# komentar\n\n umkm]\n", []),
    ("bidang:\n  [pertanian,\n  umkm]\n", []),
    ("peluang:\n  ditawarkan:\n    - judul: Pelatihan\n      bidang: [\n        pertanian,\n      ]\n", []),
    ("peluang:\n  ditawarkan:\n    - judul: Pelatihan\n      bidang: [pertanian,\n      umkm]\n",
     [("flow-indent", 10, 7)]),
    ("peluang:\n  ditawarkan:\n    - judul: Pelatihan\n      bidang: [\n        pertanian,\n     ]\n",
     [("flow-indent", 11, 6)]),
    ("pengurus:\n  - {jabatan: ketua, nama: Ahmad,\n    izin_publikasi: 2026-10-01}\n", []),
    ("pengurus:\n  - {jabatan: ketua, nama: Ahmad,\n  izin_publikasi: 2026-10-01}\n", [("flow-indent", 8, 3)]),
    ('alamat: "Balai\n  Desa"\n', []),
    ('alamat: "Balai\n\n  Desa"\n', []),
    ('alamat: "Balai\nDesa"\n', [("quote-indent", 7, 1)]),
    ('bidang: ["pertanian\numkm"]\n', [("flow-indent", 7, 1)]),
])
def test_what_yaml_1_2_readers_refuse_is_refused(body, expected):
    problems = check(body).problems
    assert [(p.code, p.line, p.col) for p in problems if p.code in YAML_1_2_CODES] == expected
