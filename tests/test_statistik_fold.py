"""The statistics page on a phone: each province's regencies folded under a line saying what
the fold holds (the tester's case: at 10,000 KIMs the page spelt out every regency of every
province, dozens of screens on a phone), the national and per-province figures in view; on
paper, every fold open."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from generator.model.kim import build_kim
from generator.model.regions import load_regions
from generator.site.sections.statistik import StatisticsSection

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS, site_model
from .test_statistik import load

SUMMARY = {"id": "{n} kabupaten/kota di {name}: diagram dan tabel",
           "en": "The {n} regencies and cities of {name}: chart and table"}
URL = {"id": "statistik/", "en": "en/statistik/"}
REGENCY = re.compile(r"wilayah/\d\d\.\d\d/$")


class Rows(HTMLParser):
    """The body rows of a page's tables, each as (the summary of the <details> it is in, or
    None, the link of its first cell); and each <details>' summary, with whether it is open."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str | None, str | None]] = []
        self.folds: list[tuple[str, bool]] = []
        self._fold: list[str] = []  # the summaries of the <details> we are in
        self._summary: str | None = None
        self._body = False

    def handle_starttag(self, tag, attrs):
        if tag == "details":
            self._fold.append("")
            self.folds.append(("", "open" in dict(attrs)))
        elif tag == "summary":
            self._summary = ""
        elif tag == "tbody":
            self._body = True
        elif tag == "tr" and self._body:
            self.rows.append((self._fold[-1] if self._fold else None, None))
        elif tag == "a" and self._body and self.rows and self.rows[-1][1] is None:
            self.rows[-1] = (self.rows[-1][0], dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == "details":
            self._fold.pop()
        elif tag == "summary":
            self._fold[-1] = self._summary
            self.folds[-1] = (self._summary, self.folds[-1][1])
            self._summary = None
        elif tag == "tbody":
            self._body = False

    def handle_data(self, data):
        if self._summary is not None:
            self._summary += data


def rows_of(html: str) -> Rows:
    parser = Rows()
    parser.feed(html)
    return parser


def statistics_page(kims, lang: str) -> str:
    site = site_model(kims, TODAY, None, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    return section.body(lang, URL[lang])


def jakarta_kim():
    """A KIM in DKI Jakarta, a province of six regencies and cities: fewer than the region
    pages' fold needs, folded here all the same."""
    data = {"slug": "kim-gambir", "nama": "KIM Gambir", "status": "aktif", "wilayah": "31.71.01.1001",
            "diperbarui": TODAY}
    return build_kim(data, load_regions().place("31.71.01.1001"), "kims/31/31.71/kim-gambir.yml")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_province_folds_its_regencies_under_a_line_saying_what_is_inside(lang):
    page = rows_of(statistics_page([*load(FIXTURE_KIMS), jakarta_kim()], lang))
    lampung, jakarta = (SUMMARY[lang].format(n=n, name=name) for n, name in ((15, "Lampung"), (6, "Daerah Khusus Ibukota Jakarta")))
    assert page.folds == [(lampung, False), (jakarta, False)]  # in code order, closed
    regencies = [(fold, href) for fold, href in page.rows if href and REGENCY.search(href)]
    assert [fold for fold, _ in regencies] == [lampung] * 15 + [jakarta] * 6
    assert all(fold is None for fold, href in page.rows if href and re.search(r"wilayah/\d\d/$", href))


# In Chromium at a phone's width

PHONE = {"width": 360, "height": 740}
# The bundled site's page, Lampung's 15 regencies folded, is some 6,100 px high in either
# language; spelt out, 7,800 and 7,900 (75,000 px at 10,000 KIMs in 38 provinces).
TALLEST = 7_000
SHOWN_REGENCIES = """() => [...document.querySelectorAll('article tbody tr')].filter((tr) =>
  /wilayah\\/\\d\\d\\.\\d\\d\\/$/.test(tr.querySelector('a')?.getAttribute('href') || '') && tr.checkVisibility()).length"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_on_a_phone_the_page_is_short_and_a_province_opens_on_its_regencies(browser, server, lang):
    page = browser.new_page(viewport=PHONE)
    try:
        page.goto(server.url + URL[lang])
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= TALLEST and page.evaluate(SHOWN_REGENCIES) == 0
        # the contents' jump to the province opens its fold, its line in view
        page.locator("nav.kim-toc").get_by_role("link", name="Lampung", exact=True).click()
        summary = page.get_by_text(SUMMARY[lang].format(n=15, name="Lampung"), exact=True)
        assert page.evaluate("location.hash") == "#kabupaten-18"
        page.wait_for_function(f"({SHOWN_REGENCIES})() === 15")
        assert 0 <= summary.bounding_box()["y"] and summary.bounding_box()["y"] + 40 <= PHONE["height"]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        page.close()


def test_on_paper_every_fold_prints_open(browser, server):
    page = browser.new_page(viewport=PHONE)
    try:
        page.goto(server.url + URL["id"])
        page.emulate_media(media="print")
        assert page.evaluate(SHOWN_REGENCIES) == 15
    finally:
        page.close()
