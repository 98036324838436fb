"""A refused character is reported and the checks go on (the examples `every-problem-after-*`
show the reports); the text given back stays as written, since `kim impor` edits and writes
back what `source.decode` gives it."""

from generator.format import source, yamlnode
from generator.format.problems import Collector

TEXT = 'nama: "KIM\u200bMaju\u0085"\nalamat: Jl.\x1b Desa\u2028Baru\nstatus: aktif\n'


def test_the_text_stays_as_written_and_the_reader_reads_on():
    out = Collector("kims/18/18.07/kim-maju.yml")
    text = source.decode(TEXT.encode(), out)
    assert text == TEXT
    assert [(p.code, p.line, p.col) for p in out.problems] == [
        ("invisible-char", 1, 11), ("control-char", 1, 16), ("control-char", 2, 12), ("line-separator", 2, 18)]
    root = yamlnode.read(text, out)
    assert root.values["status"].pos == (3, 9)  # no line break read where U+0085 or U+2028 stands
    assert [p.field for p in out.problems] == ["nama", "nama", "alamat", "alamat"]  # each once, named


def test_a_flood_of_one_kind_of_character_shows_only_its_first_few():
    """A red-team file of 250,000 control characters took 22 s to report, each placed by
    counting the lines before it; the first ones say what to fix."""
    out = Collector("kims/18/18.07/kim-maju.yml")
    flood = "status: aktif\n# " + "\x01" * 5000 + "\u200b" * 5000 + "\n\tx: 1\n" * 5000
    text = source.decode(flood.encode(), out)
    codes = [p.code for p in out.problems]
    limit = source.SAME_KIND_SHOWN
    assert (codes.count("control-char"), codes.count("invisible-char"), codes.count("tab-indent")) == (limit,) * 3
    yamlnode.read(text, out)  # stops at the first character it was not told of, once
    assert [p.code for p in out.problems].count("control-char") == limit + 1
