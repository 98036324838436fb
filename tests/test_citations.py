"""A regulation below a law (a minister's, a commission's, a government regulation) is named
in the texts with its title, as the templates' "Mengingat" names it, never by its number
alone: a number alone is a citation no reader can check. Laws (UU) and their articles are
tests/test_legal.py's."""

from __future__ import annotations

import re

import pytest

from .sitebuild import ROOT
from .test_legal import TEXTS

REGULATION = re.compile(r"\b(?:Permen\w*|Peraturan (?:Menteri|Komisi Informasi|Pemerintah)[A-Za-z ]*?)"
                        r" (?:No\.|Nomor) ([\w./-]+(?: Tahun \d{4})?)(?P<rest>.{0,9})")


def untitled(text: str) -> list[str]:
    return [m[0] for m in REGULATION.finditer(text) if not m["rest"].lstrip(" ,").startswith("tentang")]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_regulation_is_named_with_its_title(path):
    assert untitled(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_regulation_named_by_number_alone():
    """A coach found "Permenkominfo No. 4 Tahun 2024" cited by number for where KIMs sit."""
    assert untitled("Ini sejalan dengan Permenkominfo No. 4 Tahun 2024 yang menempatkan KIM di desa.")
    assert not untitled("Permenkominfo No. 08/PER/M.KOMINFO/6/2010 tentang Pedoman Pengembangan")
    named = [m[0] for p in TEXTS for m in REGULATION.finditer(p.read_text(encoding="utf-8"))]
    assert len(named) >= 2  # the guides and templates do name regulations: the check reads them
