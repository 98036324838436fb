"""The English pages in English: no interface text of the Indonesian pages on them, but where
marked as Indonesian (lang="id": a KIM's or a partner's own words, a link to an Indonesian page)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import yaml
from markupsafe import escape

from generator.format import catalogue
from generator.model.regions import load_regions

from .conftest import TODAY
from .sitebuild import ROOT

STRINGS = yaml.safe_load((ROOT / "generator" / "data" / "antarmuka.yml").read_text(encoding="utf-8"))


def _indonesian() -> set[str]:
    """The Indonesian interface texts an English page has its own words for: not those the
    English pages use too, nor an abbreviation ("KIM", the column of a table), nor the name of a
    place ("Sumber", a district); those with a placeholder are filled in, so are not found whole."""
    english = {" ".join(s["en"].split()) for s in STRINGS.values()}
    regions = load_regions()
    places = {name for table in (regions.regencies, regions.districts) for name, _ in table.values()}
    said = {" ".join(s["id"].split()) for s in STRINGS.values() if "{" not in s["id"] and not s["id"].isupper()}
    return said - english - places


INDONESIAN = _indonesian()
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
READ = ("title", "aria-label", "placeholder", "alt")


class _Unmarked(HTMLParser):
    """A page's texts that are read in the page's language: its text, its title and the
    attributes read aloud or shown, but those inside an element marked with another language."""

    def __init__(self) -> None:
        super().__init__()
        self.langs: list[tuple[str, str]] = []  # the open elements and the language of each
        self.texts: list[str] = []

    def lang(self) -> str:
        return self.langs[-1][1] if self.langs else "en"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # code (a data file's field names and values) is in no language
        lang = "code" if tag in ("script", "style", "code", "pre") else attrs.get("lang") or self.lang()
        if lang == "en":
            self.texts += [attrs[name] for name in READ if attrs.get(name)]
        if tag not in VOID:
            self.langs.append((tag, lang))

    def handle_endtag(self, tag):
        while self.langs and self.langs.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.lang() == "en" and data.strip():
            self.texts.append(data)

    @classmethod
    def of(cls, html: str) -> set[str]:
        parser = cls()
        parser.feed(html)
        return {" ".join(text.split()) for text in parser.texts}


def test_no_english_page_says_an_indonesian_interface_text(bundled_site):
    """A tester reading English only found "Direktori KIM" as the site's name in every English
    page's header, menu and title, and partners' names on a profile read as English words."""
    found, read = {}, 0
    for page in (bundled_site / "en").rglob("*.html"):
        said = _Unmarked.of(page.read_text(encoding="utf-8"))
        read += 1
        for text in said & INDONESIAN:
            found.setdefault(text, page.parent.relative_to(bundled_site).as_posix())
    assert found == {} and read > 100


def test_a_profile_marks_the_institutions_its_kim_names_as_indonesian(bundled_site):
    """The tester: an English profile's "Partners" listed "Dinas Komunikasi dan Informatika",
    and its coaching "Diskominfo Kota", unmarked amid English, read by a screen reader as English
    words; the partner lists mark a partner's name."""
    kims = [kim for kim in catalogue.load([str(ROOT / "kims")], TODAY).kims if kim.kemitraan or kim.pembinaan]
    assert kims
    for kim in kims:
        english = (bundled_site / "en" / "kim" / kim.slug / "index.html").read_text(encoding="utf-8")
        indonesian = (bundled_site / "kim" / kim.slug / "index.html").read_text(encoding="utf-8")
        for partner in kim.kemitraan:
            name = re.escape(str(escape(partner.mitra)))
            assert re.search(rf'<b>(<a [^>]*>)?<span lang="id">{name}</span>', english), (kim.slug, partner.mitra)
            assert re.search(rf'<b>(<a [^>]*>)?{name}(</a>)?</b>', indonesian), (kim.slug, partner.mitra)
        for coaching in (p for p in kim.pembinaan if p.penyelenggara):
            name = re.escape(str(escape(coaching.penyelenggara)))
            assert re.search(rf' · <span lang="id">{name}</span></small>', english), (kim.slug, coaching.penyelenggara)
            assert re.search(rf' · {name}</small>', indonesian), (kim.slug, coaching.penyelenggara)


def test_a_home_page_s_title_names_the_site_once(bundled_site):
    """The English home page was titled "KIM Directory (sample data) - Direktori KIM"."""
    for home, name in (("", "Direktori KIM"), ("en/", "KIM Directory")):
        title = re.search(r"<title>([^<]*)</title>", (bundled_site / home / "index.html").read_text(encoding="utf-8"))
        assert title[1].startswith(name) and title[1].count("KIM") == 1, title[1]


def test_an_english_link_to_indonesian_words_says_so(bundled_site):
    """The tester: /en/kontribusi/ linked GitHub's "Tambah KIM" form, in Indonesian, marked
    for the browser (hreflang) but not for the reader, as the partner form's link was. Every
    English link to Indonesian words but the language link says "in Indonesian", in its text or
    right after it."""
    link = re.compile(r'<a [^>]*hreflang="id"[^>]*>(.*?)</a>([^<]{0,32})', re.S)
    unsaid = {(page.parent.name, re.sub(r"<[^>]+>", "", text)) for page in (bundled_site / "en").rglob("*.html")
              for text, after in link.findall(page.read_text(encoding="utf-8"))
              if "in Indonesian" not in text + after and text != "Bahasa Indonesia"}
    assert unsaid == set()


def test_the_contribute_page_leads_an_institution_to_its_listing(bundled_site):
    """The tester, for an NGO: the Contribute page spoke to KIMs only; how an institution lists
    its programme was on the partners page, which it did not link."""
    for lang, page in (("id", "kontribusi"), ("en", "en/kontribusi")):
        html = (bundled_site / page / "index.html").read_text(encoding="utf-8")
        partners = "../mitra/#cantumkan" if lang == "id" else "../../en/mitra/#cantumkan"
        assert f'<a href="{partners}">' in html, lang
