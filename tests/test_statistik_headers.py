"""The statistics page's columns say what their figures count: "KIM aktif" (Active KIMs) and
"Aktif" count KIMs, "Desa/kelurahan dengan KIM aktif" villages. The fixture sets the readings
apart: two active KIMs in one village, an inactive one in another, a target over them."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from generator.model.kim import build_kim
from generator.model.mitra import Wilayah
from generator.model.regions import load_regions
from generator.site.sections.statistik import StatisticsSection

from .conftest import TODAY
from .sitebuild import site_model

URL = {"id": "statistik/", "en": "en/statistik/"}
# (village, active) of each KIM, in Kabupaten Lampung Timur
KIMS = [("18.07.04.2001", True), ("18.07.04.2001", True), ("18.07.04.2002", False)]
COLUMNS = {"id": ("KIM aktif", "Aktif", "Desa/kelurahan dengan KIM aktif"),
           "en": ("Active KIMs", "Active", "Villages with an active KIM")}


class Tables(HTMLParser):
    """Each table's caption, with its footer's cells by their column's header."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, dict[str, str]] = {}
        self._caption = self._cell = None
        self._heads: list[str] = []
        self._foot: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._heads, self._foot = [], None
        elif tag == "tfoot":
            self._foot = []
        elif tag in ("caption", "th", "td"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "caption":
            self._caption = self._cell
        elif tag in ("th", "td") and self._foot is not None:
            self._foot.append(self._cell)
        elif tag == "th":
            self._heads.append(self._cell)
        elif tag == "tfoot":
            self.tables[self._caption] = dict(zip(self._heads, self._foot))
        if tag in ("caption", "th", "td"):
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def kim(n: int, village: str, active: bool, sample: bool):
    data = {"slug": f"kim-{n}", "nama": f"KIM Uji {n}", "status": "aktif" if active else "tidak_aktif",
            "wilayah": village, "diperbarui": TODAY, "contoh": sample}
    return build_kim(data, load_regions().place(village), f"kims/18/18.07/kim-{n}.yml")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("sample", [False, True], ids=["real", "samples"])
def test_each_active_column_counts_what_its_header_names(lang, sample):
    kims = [kim(n, village, active, sample) for n, (village, active) in enumerate(KIMS)]
    wilayah = {"18.07": Wilayah("18.07", "kims/18/18.07/_wilayah.yml", contoh=sample, target_kim=10)}
    site = site_model(kims, TODAY, None, sections=(StatisticsSection,), wilayah=wilayah)
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    parser = Tables()
    parser.feed(section.body(lang, URL[lang]))
    target_kims, active, villages = COLUMNS[lang]
    target = parser.tables[{"id": "Target jumlah KIM", "en": "Target number of KIMs"}[lang]]
    assert target[target_kims] == "2"  # KIMs, not the one village they share
    provinces = parser.tables[{"id": "KIM menurut provinsi", "en": "KIMs by province"}[lang]]
    coverage = parser.tables[{"id": "Cakupan desa/kelurahan", "en": "Village coverage"}[lang]]
    assert (provinces[active], coverage[villages]) == ("2", "1")
    lampung = parser.tables[{"id": "KIM menurut kabupaten/kota di Lampung", "en": "KIMs by regency and city in Lampung"}[lang]]
    assert (lampung[active], lampung[villages]) == ("2", "1")
