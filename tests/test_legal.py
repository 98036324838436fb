"""What the site says a law says, it says where: every sentence of a guide, a template's notes,
an issue form, the contribution page or the interface texts that names an Indonesian law (UU)
cites its article, or the claim is left out. A decree draft's "Mengingat" list names its laws
as decrees do, without articles."""

from __future__ import annotations

import re

import pytest

from .sitebuild import ROOT

LAW = re.compile(r"\bUU (No\.|Nomor|\d+/\d{4})|\bUndang-Undang (No\.|Nomor)")
CITED = re.compile(r"\bPasal \d+|\bArticle \d+")
TEXTS = (sorted((ROOT / "content").rglob("*.md")) + sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))
         + [ROOT / "theme" / "kim" / "kontribusi.html", ROOT / "generator" / "data" / "antarmuka.yml"])


def sentences(text: str):
    """The sentences of `text`, roughly: its wrapped lines joined, then split at a full stop (but
    not that of "No." or of a number) and at a line that starts a list item, a heading, a quote,
    a YAML key or a new paragraph."""
    joined = re.sub(r"\n(?!\s*(?:[-*>#]|\d+\.|\n|[a-z_]+:))\s*", " ", text)
    return re.split(r"(?<!\bNo)(?<![0-9])\.\s+|\n", joined)


def uncited(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.stem == "sk-kepala-desa":
        text = re.sub(r"\*\*Mengingat:\*\*.*?\*\*MEMUTUSKAN", "", text, flags=re.S)
    # a lead-in ("Yang perlu diketahui dari UU 14/2008:") claims nothing; what follows does
    return [s.strip() for s in sentences(text)
            if LAW.search(s) and not CITED.search(s) and not s.rstrip().endswith(":")]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_law_is_named_with_the_article_that_says_so(path):
    assert uncited(path) == []


def test_the_check_reads_the_sentences_that_name_a_law():
    """Not a check that passes for finding nothing: the texts name laws, with their articles."""
    named = [s for p in TEXTS for s in sentences(p.read_text(encoding="utf-8")) if LAW.search(s)]
    assert len(named) >= 10
    assert any("Pasal 20 ayat (2) huruf a" in s for s in named)
