"""The statistics page: numbers that add up to the data, accessible build-time SVG charts,
escaped text, and `data/statistik.json` as a golden file built from the fixture site."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.format import catalogue
from generator.mkdocs_plugin import plugin
from generator.model.counting import counted, holds_real
from generator.model.kim import SK, build_kim
from generator.model.mitra import Mitra
from generator.model.regions import Regions, load_regions
from generator.site import charts
from generator.site.charts import (
    LABEL_SIZE,
    Datum,
    bar_chart,
    chart_id,
    column_chart,
    share_chart,
)
from generator.site.i18n import Text
from generator.site.regionstats import RegionTable
from generator.site.routes import statistics_section, statistics_url
from generator.site.sections.kontribusi import ContributionSection
from generator.site.sections.mitra.section import PartnerSection
from generator.site.sections.privasi import PrivacySection
from generator.site.sections.statistik import (
    NO_SK,
    SK_LEVELS,
    StatisticsSection,
    YearRow,
    chart_years,
    compute,
    growth,
    highest_sk_level,
    level_label,
    statistics_json,
)

from .conftest import TODAY, site_fixture
from .golden import check_golden
from .sitebuild import ASSET, FIXTURE_KIMS, ROOT, site_model

GOLDEN = Path(__file__).parent / "golden"
BUNDLED_KIMS = ROOT / "kims"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & "quotes"'


def load(folder: Path):
    result = catalogue.load([str(folder)], TODAY)
    assert not result.errors
    return result.kims


@pytest.fixture(scope="module")
def fixture_kims():
    return load(FIXTURE_KIMS)


@pytest.fixture(scope="module", params=["fixture", "bundled"])
def any_kims(request, fixture_kims):
    return fixture_kims if request.param == "fixture" else load(BUNDLED_KIMS)


@pytest.fixture(scope="module")
def only_statistics():
    """Builds hand the statistics section alone to the Site while this module runs (other
    sections are tested by their own modules), with the privacy notice, the contribution page and
    the partners' list, which the guides link (a strict build checks that the pages exist)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plugin, "SECTIONS", (StatisticsSection, PrivacySection, ContributionSection, PartnerSection))
        yield


def build_with_statistics(where: Path, kims: Path = FIXTURE_KIMS) -> Path:
    """tests.sitebuild.build_site with only the statistics section, its page in the nav
    even if mkdocs.yml lacks it yet."""
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, where / name, dirs_exist_ok=True)
    config_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if "statistik/index.md" not in config_text:
        config_text = config_text.replace("  - Data: data/index.md",
                                          "  - Statistik: statistik/index.md\n  - Data: data/index.md")
    (where / "mkdocs.yml").write_text(config_text, encoding="utf-8")
    shutil.copytree(kims, where / "kims", dirs_exist_ok=True)
    config = load_config(str(where / "mkdocs.yml"), site_dir=str(where / "site"))
    config.plugins["kim"].config.today = TODAY.isoformat()
    # Only this section is loaded: the nav may name pages of sections left out.
    config.validation.nav.not_found = config.validation.nav.omitted_files = logging.INFO
    build(config)
    return where / "site"


@site_fixture
def site(tmp_path_factory, only_statistics) -> Path:
    return build_with_statistics(tmp_path_factory.mktemp("statistik"))


def as_real(kims: list) -> list:
    """`kims`, none a sample: all counted, as in a catalogue of real KIMs."""
    return [dataclasses.replace(k, contoh=False) for k in kims]


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, re.S)]


def assert_accessible_svg(svg: ET.Element) -> None:
    assert svg.tag == SVG + "svg"
    assert svg.get("role") == "img"
    assert re.fullmatch(r"0 0 \d+(\.\d+)? \d+(\.\d+)?", svg.get("viewBox"))
    title, desc = svg.find(SVG + "title"), svg.find(SVG + "desc")
    assert title is not None and title.text and desc is not None and desc.text
    assert list(svg)[:2] == [title, desc]  # first children, as the SVG spec asks
    assert svg.get("aria-labelledby") == title.get("id") == svg.get("id") + "-title"
    assert svg.get("aria-describedby") == desc.get("id") == svg.get("id") + "-desc"


# The numbers add up


def test_numbers_add_up(any_kims):
    # the KIMs the national figures count: the real ones, once the country holds one
    kims = counted(any_kims, holds_real(any_kims)).kims
    regions = load_regions()
    s = compute(any_kims, regions, TODAY)
    assert s.kims == len(kims) > 0
    # regions: regencies sum to their province, provinces to the nation
    assert sum(p.kims for p in s.provinces) == s.kims
    assert sum(p.active for p in s.provinces) == s.active
    assert sum(p.stale for p in s.provinces) == s.stale
    assert sum(p.villages_covered for p in s.provinces) == s.villages_covered
    for p in s.provinces:
        assert p.kims > 0 and p.regencies
        for field in ("kims", "active", "stale", "villages_covered", "villages_total"):
            assert sum(getattr(r, field) for r in p.regencies) == getattr(p, field), (p.code, field)
        # every regency, KIMs or not: the province's total counts all their villages
        assert [r.code for r in p.regencies] == [c for c, (_, parent) in regions.regencies.items() if parent == p.code]
    assert [p.code for p in s.provinces] == sorted(p.code for p in s.provinces)
    assert len(s.provinces) == len({k.place.province_code for k in kims})
    assert s.regencies_with_kims == len({k.place.regency_code for k in kims}) == sum(
        1 for p in s.provinces for r in p.regencies if r.kims)
    # villages
    assert s.villages_covered == len({k.place.code for k in kims if k.status == "aktif"})
    assert s.villages_total == len(regions.villages) == 83762
    assert s.other_provinces_villages + sum(p.villages_total for p in s.provinces) == s.villages_total
    assert (s.provinces_total, s.regencies_total) == (38, 514)
    # status, staleness, signals
    assert s.active + s.inactive == s.kims
    assert s.active == sum(k.status == "aktif" for k in kims)
    assert s.stale == sum(k.is_stale(TODAY) for k in kims)
    assert s.secretariat == sum("sekretariat-tetap" in k.fasilitas for k in kims)
    assert s.partnerships == sum(bool(k.kemitraan) for k in kims)
    # SK levels sum to the KIMs with an SK
    assert [key for key, _ in s.sk_levels] == [key for key, _ in SK_LEVELS]
    assert sum(n for _, n in s.sk_levels) == s.with_sk == sum(bool(k.sk) for k in kims)
    assert s.with_sk + s.without_sk == s.kims
    # growth: every year in order, cumulative = running sum, plus unknown = all
    years = [y.year for y in s.growth]
    assert years == list(range(years[0], years[-1] + 1))
    running = 0
    for y in s.growth:
        running += y.founded
        assert y.cumulative == running
    assert s.growth[-1].cumulative + s.founded_unknown == s.kims
    assert s.founded_unknown == sum(k.founded_year is None for k in kims)


def test_the_site_table_gives_the_same_numbers(fixture_kims):
    regions = load_regions()
    table = RegionTable(fixture_kims, regions, TODAY)
    assert compute(fixture_kims, regions, TODAY, table) == compute(fixture_kims, regions, TODAY)


def test_fixture_numbers(fixture_kims):
    # Lampung Timur holds real KIMs beside its two samples: every figure leaves these out
    s = compute(fixture_kims, load_regions(), TODAY)
    assert (s.kims, s.active, s.stale, s.with_sk, s.secretariat, s.partnerships) == (5, 5, 0, 3, 0, 1)
    assert (s.samples, s.samples_left_out) == (0, 2)
    assert dict(s.sk_levels) == {"desa-kelurahan": 1, "kecamatan": 0, "kabupaten-kota": 2, "provinsi": 0}
    assert [(p.code, p.kims, p.left_out, [(r.code, r.kims, r.left_out) for r in p.regencies if r.kims])
            for p in s.provinces] == [("18", 5, 2, [("18.07", 3, 2), ("18.71", 2, 0)])]
    assert [(y.year, y.founded, y.cumulative) for y in s.growth] == [
        (2016, 1, 1), (2017, 0, 1), (2018, 1, 2), (2019, 2, 4)]
    assert s.founded_unknown == 1
    # the same KIMs, all real, are all counted
    s = compute(as_real(fixture_kims), load_regions(), TODAY)
    assert (s.kims, s.active, s.stale, s.with_sk, s.secretariat, s.partnerships) == (7, 6, 1, 4, 1, 2)
    assert (s.samples, s.samples_left_out) == (0, 0)


def test_a_regency_without_kims_is_listed_with_its_zeros(fixture_kims, only_statistics):
    """The tester's case: with no KIM in Mesuji, /wilayah/18/ listed it at 0 while /statistik/
    and statistik.json left it out, their "Jumlah Lampung" still counting its villages."""
    regions = load_regions()
    s = compute(fixture_kims, regions, TODAY)
    mesuji = next(r for r in s.provinces[0].regencies if r.code == "18.11")
    assert (mesuji.name, mesuji.kims, mesuji.villages_covered) == ("Kabupaten Mesuji", 0, 0)
    assert mesuji.villages_total > 0
    assert len(s.provinces[0].regencies) == 15 and s.regencies_with_kims == 2
    data = json.loads(statistics_json(s))
    assert data["nasional"]["kabupaten_kota_ber_kim"] == 2
    rows = {r["kode"]: r for r in data["provinsi"][0]["kabupaten_kota"]}
    assert len(rows) == 15 and rows["18.11"]["kim"] == rows["18.11"]["desa_ber_kim_aktif"] == 0
    site = site_model(fixture_kims, TODAY, None, sections=(StatisticsSection,))
    section = next(x for x in site.sections if isinstance(x, StatisticsSection))
    table = section.body("id", "statistik/").split('id="kabupaten-18"')[1].split("</table>")[0]
    assert '<a href="../wilayah/18.11/">Kabupaten Mesuji</a></th><td>0</td><td>0</td><td>0</td><td>0</td><td>0,0%</td>' \
        in table


def test_a_link_to_a_province_s_regencies_aims_inside_their_fold(fixture_kims, only_statistics):
    """The tester's case: /wilayah/18/'s link to Lampung's regencies, and the page's own, landed
    on a heading above their closed fold. A fragment's target inside a <details> opens it."""
    site = site_model(fixture_kims, TODAY, None, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    for lang in ("id", "en"):
        body = section.body(lang, statistics_url(lang))
        fragment = statistics_section("18", lang).split("#")[1]
        assert f'<a href="#{fragment}">' in body and body.count(f'id="{fragment}"') == 1
        folds = re.findall(r"<details>.*?</details>", body, re.S)
        assert [f'id="{fragment}"' in fold for fold in folds] == [True]
        assert 'id="judul-kabupaten-18">Lampung</h3>' in body and 'aria-labelledby="judul-kabupaten-18"' in body


def stated(body: str) -> list[tuple[str, str]]:
    """(row, column) of every figure in the body rows of the page's tables: a table's total row
    sums its own rows (each breakdown of the KIMs ends in all of them), so it is left out."""
    figures = []
    for table in re.findall(r'<table class="kim-table">.*?</table>', body, re.S):
        columns = re.findall(r'<th scope="col">(.*?)</th>', table)[1:]
        rows = re.findall(r'<tr><th scope="row">(.*?)</th>', table.split("<tbody>")[1].split("</tbody>")[0])
        names = [re.sub(r"<small>.*?</small>|<[^>]+>", "", row).strip() for row in rows]
        figures += [(name, column) for name in names for column in columns]
    return figures


def test_the_page_states_each_region_s_figure_once(fixture_kims, only_statistics):
    """The tester's case: the coverage table repeated the province table's villages with an
    active KIM and coverage, figure for figure; the province table now leaves them to it."""
    site = site_model(fixture_kims, TODAY, None, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    for lang in ("id", "en"):
        figures = stated(section.body(lang, statistics_url(lang)))
        assert sorted({f for f in figures if figures.count(f) > 1}) == []
        coverage = site.text[lang]("coverage")
        assert ("Lampung", coverage) in figures and ("Kabupaten Lampung Timur", coverage) in figures


def test_a_village_whose_only_kim_is_inactive_is_not_covered(fixture_kims):
    """The tester's case: Jawa Tengah read "1.004 dari 8.563 desa/kelurahan memiliki KIM" while
    only 904 had an active one. KIM Sidodadi, inactive, is alone in its village."""
    kims = as_real(fixture_kims)  # Sidodadi is a sample: a real one, counted
    sidodadi = next(k for k in kims if k.slug == "kim-sidodadi")
    assert sidodadi.status == "tidak-aktif"
    assert sum(k.place.code == sidodadi.place.code for k in kims) == 1
    s = compute(kims, load_regions(), TODAY)
    lampung_timur = next(r for r in s.provinces[0].regencies if r.code == "18.07")
    assert (lampung_timur.kims, lampung_timur.active, lampung_timur.villages_covered) == (5, 4, 4)
    assert (s.villages_covered, s.provinces[0].villages_covered) == (6, 6)
    assert json.loads(statistics_json(s))["nasional"]["desa_ber_kim_aktif"] == 6


def test_json_matches_the_numbers(any_kims):
    s = compute(any_kims, load_regions(), TODAY)
    data = json.loads(statistics_json(s))
    n = data["nasional"]
    assert n["kim"] == s.kims == n["aktif"] + n["tidak_aktif"]
    assert n["punya_sk"] == sum(v for k, v in data["sk_tertinggi"].items() if k != NO_SK)
    assert n["kim"] == sum(data["sk_tertinggi"].values())
    assert n["kim"] == sum(p["kim"] for p in data["provinsi"])
    for p in data["provinsi"]:
        assert p["kim"] == sum(r["kim"] for r in p["kabupaten_kota"])
    assert n["kim"] == data["berdiri_tidak_diketahui"] + sum(y["berdiri"] for y in data["berdiri_per_tahun"])
    assert statistics_json(s) == statistics_json(compute(any_kims, load_regions(), TODAY))  # deterministic


def test_highest_sk_level(fixture_kims):
    kim = fixture_kims[0]
    day = TODAY
    assert highest_sk_level(dataclasses.replace(kim, sk=())) is None
    for tiers, expected in (
        (("desa",), "desa-kelurahan"), (("kelurahan",), "desa-kelurahan"),
        (("desa", "kecamatan"), "kecamatan"), (("kota", "kelurahan"), "kabupaten-kota"),
        (("kabupaten",), "kabupaten-kota"), (("provinsi", "desa", "kabupaten"), "provinsi"),
    ):
        assert highest_sk_level(dataclasses.replace(kim, sk=tuple(SK(t, day) for t in tiers))) == expected


def test_an_expired_sk_is_had_but_counted_as_lapsed(fixture_kims, only_statistics):
    """The worklist and the signals ask to renew an SK past its term; the statistics say how
    many have one and how many of those lapsed, in the page and the JSON alike."""
    kim = fixture_kims[0]
    old = SK("desa", TODAY.replace(year=2019), berlaku_hingga=TODAY.replace(year=2024))
    renewed = SK("desa", TODAY.replace(year=2024), berlaku_hingga=TODAY.replace(year=2029))
    kims = [dataclasses.replace(kim, slug=f"kim-uji-{i}", source=f"kims/kim-uji-{i}.yml", sk=sks)
            for i, sks in enumerate([(old,), (old, renewed), (), (SK("kabupaten", TODAY),)])]
    s = compute(kims, load_regions(), TODAY)
    assert (s.with_sk, s.sk_lapsed) == (3, 1)
    assert json.loads(statistics_json(s))["nasional"]["sk_habis"] == 1

    def sk_summary(kims: list, lang: str) -> str:
        site = site_model(kims, TODAY, None, sections=(StatisticsSection,))
        section = next(x for x in site.sections if isinstance(x, StatisticsSection))
        body = section.body(lang, "statistik/" if lang == "id" else "en/statistik/")
        return body.split('id="sk"', 1)[1].split("</p>", 1)[0]

    assert sk_summary(kims, "id").endswith("punya SK pengukuhan. SK 1 KIM di antaranya sudah kedaluwarsa dan belum diperbarui.")
    assert sk_summary(kims, "en").endswith("For 1 of them the SK is past its term and not renewed.")
    assert sk_summary(kims[2:], "id").endswith("punya SK pengukuhan.")


def test_growth_fills_gaps_and_counts_unknown(fixture_kims):
    kim = fixture_kims[0]
    kims = [dataclasses.replace(kim, berdiri=b) for b in (2010, 2013, 2013, None, TODAY.replace(year=2012))]
    rows, unknown = growth(kims)
    assert [(r.year, r.founded, r.cumulative) for r in rows] == [
        (2010, 1, 1), (2011, 0, 1), (2012, 1, 2), (2013, 2, 4)]
    assert unknown == 1
    assert growth([]) == ((), 0)


def test_chart_years_join_the_earliest_years():
    rows, total = [], 0
    for year in range(1950, 2026):
        total += year % 3
        rows.append(YearRow(year, year % 3, total))
    columns = chart_years(tuple(rows), 30)
    assert len(columns) == 30
    assert columns[0][0] == "≤ 1996" and [label for label, _ in columns[1:]] == [str(y) for y in range(1997, 2026)]
    assert sum(r.founded for _, r in columns) == total
    assert columns[0][1].cumulative == sum(r.founded for r in rows if r.year <= 1996)
    assert columns[-1][1].cumulative == total
    short = tuple(rows[:5])
    assert [r for _, r in chart_years(short, 30)] == list(short)


def test_small_shares_never_read_as_zero_or_all():
    t_id, t_en = Text("id"), Text("en")
    assert t_id.percent(7, 83762) == "< 0,1%"
    assert t_en.percent(83761, 83762) == "> 99.9%"
    assert t_id.percent(0, 83762) == "0,0%" and t_id.percent(5, 5) == "100,0%"
    assert t_id.percent(1, 3) == "33,3%" and t_id.percent(0, 0) == "0,0%"
    assert t_id.percent(2, 24) == "8,3%" and t_id.percent(30, 24) == "125,0%"


# Charts


def test_charts_are_accessible_svg():
    data = [Datum("Lampung", 7, "7"), Datum("Kota Metro", 0, "0"), Datum("Jawa Barat", 1234, "1.234")]
    years = [Datum(str(y), y % 4, str(y % 4)) for y in range(1990, 2026)]
    made = [
        bar_chart("provinsi", "KIM menurut provinsi", "Diagram batang", data),
        share_chart("kelembagaan", "Ciri", "Diagram persentase",
                    [Datum("Aktif", .5, "50,0%"), Datum("x", 1.2, "120%")]),
        column_chart("berdiri", "Berdiri", "Diagram kolom", years),
        column_chart("kumulatif", "Kumulatif", "Diagram kolom", years[:4], colour=charts.BAR_ALT),
    ]
    for chart in made:
        svg = ET.fromstring(str(chart))
        assert_accessible_svg(svg)
        for rect in svg.iter(SVG + "rect"):  # nothing drawn outside the viewBox
            x, w = float(rect.get("x")), float(rect.get("width"))
            assert 0 <= x and x + w <= charts.WIDTH
        for text in svg.iter(SVG + "text"):
            assert float(text.get("x")) <= charts.WIDTH and float(text.get("y")) <= float(svg.get("height"))
    assert chart_id("kabupaten-18") == "kim-chart-kabupaten-18"
    assert bar_chart("a", "t", "d", []) is None and column_chart("a", "t", "d", []) is None
    # the same input gives the same bytes; ids come from the key
    assert bar_chart("provinsi", "t", "d", data) == bar_chart("provinsi", "t", "d", data)
    assert 'id="kim-chart-provinsi"' in bar_chart("provinsi", "t", "d", data)


def test_column_chart_labels_never_crowd():
    years = [Datum(str(y), 1000 + y, f"{1000 + y:,}") for y in range(1946, 2026)]
    svg = ET.fromstring(str(column_chart("berdiri", "t", "d", years)))
    labels = [t for t in svg.iter(SVG + "text") if t.get("y") == str(220 - 26 + 16)]
    xs = sorted(float(t.get("x")) for t in labels)
    assert labels[-1].text == "2025"  # the last year is always labelled
    assert all(b - a >= 4 * charts.SMALL_SIZE * charts.CHAR_WIDTH for a, b in zip(xs, xs[1:]))


def test_a_long_chart_label_goes_on_to_a_second_line():
    """Testers' case: the English SK-level chart read "Village (desa)/Urban village (kelura…"
    (its table has it in full, but a chart's label must say it too)."""
    label = level_label(Text("en"), SK_LEVELS[0][0])
    for chart in (bar_chart("sk", "t", "d", [Datum(label, 3, "3"), Datum("District", 1, "1")]),
                  share_chart("sk", "t", "d", [Datum(label, .75, "75.0%"), Datum("District", .25, "25.0%")])):
        svg = ET.fromstring(str(chart))
        first, second = svg.iter(SVG + "g")
        lines = [t for t in first.iter(SVG + "text") if t.get("text-anchor") == "start"]
        assert [t.text for t in lines] == ["Village (desa)/", "Urban village (kelurahan)"]
        # the bar comes under the second line, the next row under the bar, all in the chart
        bars = [float(r.get("y")) for r in first.iter(SVG + "rect")]
        assert min(bars) > float(lines[1].get("y")) + 2
        assert float(next(second.iter(SVG + "text")).get("y")) - LABEL_SIZE > max(bars) + 12
        assert float(list(second.iter(SVG + "rect"))[-1].get("y")) + 12 <= float(svg.get("height"))


def test_chart_text_is_escaped():
    chart = bar_chart('"><script>', HOSTILE, HOSTILE, [Datum(HOSTILE, 3, "<b>3</b>")])
    assert "<script" not in chart and "<b>" not in chart
    svg = ET.fromstring(str(chart))  # still well-formed XML
    assert_accessible_svg(svg)
    assert svg.get("id") == "kim-chart-script"
    assert svg.find(SVG + "title").text == HOSTILE
    texts = [t.text for t in svg.iter(SVG + "text")]
    assert "<b>3</b>" in texts and any(t.startswith('<script>alert("x")') for t in texts)


def test_hostile_region_and_kim_names_render_escaped(fixture_kims, only_statistics):
    regions = Regions()  # a private copy: the cached one stays clean
    regions.provinces["18"] = HOSTILE
    regions.regencies["18.07"] = ("<img src=x onerror=alert(1)>", "18")
    kims = [dataclasses.replace(k, nama="<script>alert(2)</script>") for k in fixture_kims]
    site = site_model(kims, TODAY, None, regions=regions, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    for lang, url in (("id", "statistik/"), ("en", "en/statistik/")):
        body = section.body(lang, url)
        assert "<script" not in body and "<img" not in body
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
        assert "&lt;img src=x onerror=alert(1)&gt;" in body
        for svg in svgs(body):
            assert_accessible_svg(svg)
    data = json.loads(dict(section.files())["data/statistik.json"])
    assert data["provinsi"][0]["nama"] == HOSTILE  # JSON carries the text as data, unchanged


def test_an_empty_catalogue_says_so(only_statistics):
    site = site_model([], TODAY, None, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    body = section.body("id", "statistik/")
    assert "Belum ada KIM yang terdaftar." in body and "<svg" not in body
    data = json.loads(dict(section.files())["data/statistik.json"])
    assert data["nasional"]["kim"] == 0 and data["provinsi"] == [] and data["berdiri_per_tahun"] == []
    assert data["nasional"]["desa_total"] == 83762


# The built site


def test_statistics_json_matches_golden(site, update_golden):
    text = (site / "data" / "statistik.json").read_text(encoding="utf-8")
    check_golden(GOLDEN / "data__statistik.json", text, update_golden)


@pytest.mark.parametrize("url,lang", [("statistik", "id"), ("en/statistik", "en")])
def test_statistics_pages(site, url, lang):
    page = (site / url / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in page and page.count("<h1") == 1
    root = "../" * (url.count("/") + 1)
    assert f'<link rel="stylesheet" href="{root}{ASSET("statistik.css")}">' in page
    assert (site / "assets" / "kim" / "statistik.css").exists()
    assert f'href="{root}data/statistik.json"' in page
    body = page.split('<div class="kim-statistik">')[1].split("</article>")[0]
    found = svgs(body)
    ids = [svg.get("id") for svg in found]
    assert len(ids) == len(set(ids)) == 7  # provinces, 1 province's regencies, 2 growth, shares, SK, coverage
    for svg in found:
        assert_accessible_svg(svg)
    # every chart is followed by a table of its numbers; the targets have a table of their own
    assert page.count("<table class=\"kim-table\">") == page.count("<caption>") == 6 + ('id="target"' in page)
    assert '<th scope="col">' in page and '<th scope="row">' in page
    assert "<script" not in body
    # Lampung Timur's two sample KIMs are left out of every figure, and the page says so
    if lang == "id":
        assert "3 dari 5 KIM (60,0%) punya SK pengukuhan." in page
        assert "5 dari 83.762 desa/kelurahan (&lt; 0,1%) memiliki KIM aktif." in page
        assert "Angka Indonesia hanya menghitung 5 KIM yang nyata: KIM contoh ditampilkan" in page
        assert ('href="../wilayah/18.07/">Kabupaten Lampung Timur</a> <small>(2 KIM contoh tidak dihitung)</small>'
                '</th><td>3</td>') in page
    else:
        assert "3 of 5 KIMs (60.0%) have a decree (SK)." in page
        assert "The figures of Indonesia count its 5 real KIMs only" in page
        assert ('href="../../en/wilayah/18.07/">Kabupaten Lampung Timur</a> <small>(2 sample KIMs not counted)'
                '</small></th><td>3</td>') in page


def test_statistics_page_is_in_the_nav(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="statistik/"' in home


def test_statistics_are_reproducible(site, tmp_path):
    again = build_with_statistics(tmp_path)
    for name in ("statistik/index.html", "en/statistik/index.html", "data/statistik.json"):
        assert (site / name).read_bytes() == (again / name).read_bytes(), name


@pytest.mark.parametrize("n, noun", [(1, "need"), (2, "needs")])
def test_the_fulfilled_needs_line_says_its_plural_in_english(n, noun):
    line = Text("en")("stat_needs_fulfilled", n=n, open="3", discussed="1")
    assert line == f"KIM partnership {noun} fulfilled by partners (3 more still open, 1 under discussion)"


def test_the_fulfilled_needs_line_tells_open_from_discussed(fixture_kims, only_statistics):
    """The tester's case: statistik.json said 14 open, 1 under discussion, 1 fulfilled, and
    the page "15 still open"; it names both numbers as the file does."""
    site = site_model(fixture_kims, TODAY, None, sections=(StatisticsSection,))
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    section.stats = dataclasses.replace(section.stats, needs=(("terbuka", 14), ("dibahas", 1), ("terpenuhi", 1)))
    data = json.loads(statistics_json(section.stats))
    assert data["kebutuhan_kemitraan"] == {"terbuka": 14, "dibahas": 1, "terpenuhi": 1}
    assert ("<strong>1</strong> kebutuhan kemitraan KIM sudah terpenuhi oleh mitra "
            "(14 lainnya masih terbuka, 1 sedang dibahas)") in section.body("id", "statistik/")
    assert ("<strong>1</strong> KIM partnership need fulfilled by partners "
            "(14 more still open, 1 under discussion)") in section.body("en", "en/statistik/")


@pytest.mark.parametrize("contoh, fulfilled", [(True, 0), (False, 1)])
def test_a_need_met_across_the_sample_line_is_no_real_result(contoh, fulfilled):
    """The tester's case: a real KIM's need fulfilled by the sample partner counted among the
    real figures' fulfilled needs ("terpenuhi": 3)."""
    met = {"judul": "Pelatihan", "status": "terpenuhi", "dipenuhi_oleh": "univ", "tanggal_terpenuhi": TODAY}
    kim = build_kim({"slug": "kim-uji", "nama": "KIM Uji", "status": "aktif", "wilayah": "18.07.04.2001",
                     "diperbarui": TODAY, "peluang": {"dicari": [met]}},
                    load_regions().place("18.07.04.2001"), "kims/18/18.07/kim-uji.yml")
    univ = Mitra(slug="univ", nama="Universitas", jenis="perguruan-tinggi", diperbarui=TODAY,
                 source="mitra/univ.yml", contoh=contoh)
    site = site_model([kim], TODAY, None, sections=(StatisticsSection,), mitra=[univ])
    section = next(s for s in site.sections if isinstance(s, StatisticsSection))
    assert json.loads(statistics_json(section.stats))["kebutuhan_kemitraan"]["terpenuhi"] == fulfilled
    assert ("sudah terpenuhi oleh mitra" in section.body("id", "statistik/")) == bool(fulfilled)
