"""Finding a name `pengurus` holds in a text: the quick pass over texts without its words must
never miss one the pattern finds."""

import re

import pytest

from generator.format.names import Name, ascii_lowered, name_pattern


def _name(*words: str) -> Name:
    plain = tuple(word.lower() for word in words if word.isascii())
    return Name("pengurus[0].nama", name_pattern(list(words)), "listed", plain)


@pytest.mark.parametrize("words, text", [
    (("Budi", "Santoso"), "Dipandu BUDI   santoso dari desa"),  # case and spaces, ASCII
    (("Budi", "Santoso"), "Dipandu Budi\nSantoso."),
    (("Budi", "Santoso"), "Dipandu Budi ſantoso – ketua"),  # re.I reads the long s as an s
    (("Karto", "Wibowo"), "Dipandu \u212aarto Wibowo"),  # and the Kelvin sign as a K
    (("Ni", "Ketut", "Sri"), "oleh ni ketut sri"),
])
def test_a_name_is_found_however_it_is_written(words, text):
    name = _name(*words)
    assert name.search(text, ascii_lowered(text))
    assert re.search(name.pattern, text, re.I)


@pytest.mark.parametrize("text", ["Budi daya ikan", "Budisantoso", "Santoso Budi", "budi santosobudi"])
def test_other_words_are_no_name(text):
    assert _name("Budi", "Santoso").search(text, ascii_lowered(text)) is None
