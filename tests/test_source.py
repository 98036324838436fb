"""The characters a KIM file may not hold (generator/format/source.py)."""

from __future__ import annotations

import unicodedata

from generator.format import source
from generator.format.problems import Collector

# From Unicode's PropList.txt (these properties are not in Python's unicodedata).
OTHER_DEFAULT_IGNORABLE = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x2065, 0x2065),
                           (0x3164, 0x3164), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0xE0000, 0xE0000),
                           (0xE0002, 0xE001F), (0xE0080, 0xE00FF), (0xE01F0, 0xE0FFF))
VARIATION_SELECTORS = ((0x180B, 0x180D), (0x180F, 0x180F), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
EMOJI_PRESENTATION = {"\ufe0e", "\ufe0f"}


def refused(char: str) -> bool:
    """The rule of source.py, from Unicode's categories and properties."""
    code = ord(char)
    if char in "\t\n\r" or char in EMOJI_PRESENTATION:
        return False
    return (unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char == "\u2800"
            or any(a <= code <= b for a, b in OTHER_DEFAULT_IGNORABLE + VARIATION_SELECTORS))


def test_the_character_class_is_the_rule_for_every_code_point():
    assert unicodedata.unidata_version == "14.0.0", "Python's Unicode changed: write _BAD_CHAR out again"
    wrong = [f"U+{code:04X}" for code in range(0x110000)
             if bool(source._BAD_CHAR.fullmatch(chr(code))) != refused(chr(code))]
    assert wrong == []


def _codes(text: str) -> list[tuple[str, str]]:
    out = Collector("kims/18/18.07/x.yml")
    source.decode(text.encode(), out)
    return [(p.code, p.args["char"]) for p in out.problems]


def test_format_characters_and_blank_fillers_are_refused_as_invisible():
    for char in "\u180e\u206a\u206f\ufff9\ufffb\u3164\u115f\u1160\uffa0\u2800\u034f\ufe00\U000e0100\u2065":
        assert _codes(f"nama: KIM{char}Maju\n") == [("invisible-char", f"U+{ord(char):04X}")], hex(ord(char))
    assert _codes("nama: KIM\x85Maju\n") == [("control-char", "U+0085")]


def test_spaces_line_breaks_and_emoji_stay_allowed():
    text = "nama: KIM\u00a0Maju ☎\ufe0f 🎉\r\ndeskripsi: |\r\n  satu\u3000dua\u2009tiga ✔\ufe0e\r\n"
    assert _codes(text) == []
