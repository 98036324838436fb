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


def _said() -> list[str]:
    return [s for p in TEXTS for s in sentences(p.read_text(encoding="utf-8"))]


def test_what_an_act_says_is_said_in_its_words():
    """A tester found the Acts paraphrased where the texts quote or cite them: UU 6/2014 Pasal 1
    angka 1 without "dan desa adat", UU 14/2008 Pasal 4's "setiap orang" as "setiap warga", and
    UU 27/2022 Pasal 24's duty put on "pihak yang memproses" instead of the controller."""
    said = _said()
    village = [s for s in said if "Pasal 1 angka 1" in s]
    assert village and all('"desa dan desa adat atau yang disebut dengan nama lain"' in s for s in village)
    information = [s for s in said if re.search(r"\bPasal 4\b", s) and re.search(r"14 Tahun 2008|14/2008", s)]
    assert len(information) >= 3 and all("setiap orang" in s for s in information)
    proof = [s for s in said if "(Pasal 24)" in s]
    assert proof and all("Pengendali Data Pribadi" in s for s in proof)


def test_a_cited_article_is_not_cut_short():
    """UU 14/2008 Pasal 37 sends a dispute to the Komisi Informasi with authority over it, the
    central one included: naming only the provincial and regency ones misled."""
    disputes = [s for s in _said() if "(Pasal 37)" in s]
    assert disputes and all("Komisi Informasi yang berwenang" in s for s in disputes)


def test_a_licence_is_said_plainly_without_a_citation_that_could_not_be_checked():
    """Community radio needs a broadcasting licence and a frequency permit: said in plain words,
    with the Diskominfo as the place to ask where to apply, and no article it could not check."""
    radio = next(s for s in _said() if "Radio komunitas memerlukan" in s)
    assert "izin penyelenggaraan penyiaran" in radio and "frekuensi radio" in radio
