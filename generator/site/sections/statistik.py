"""Statistics of the catalogue: `/statistik/`, `/en/statistik/` and `data/statistik.json`.

`compute` is a pure function from the KIMs and the official region list to numbers: SK
levels add up to the KIMs with an SK, years founded (plus "unknown") to all KIMs. Each
region's figures (the nation's too) count the KIMs `model.counting` says, its real ones once
the country holds one: regencies sum to their province, and provinces to the nation. `StatisticsSection`
turns them into pages (charts drawn at build time by `charts`, each with a table of
the same numbers) and the JSON file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Iterator, Mapping

from generator.model.kim import DISCUSSED, FULFILLED, Kim
from generator.model.mitra import Wilayah
from generator.model.regions import Regions
from generator.site.charts import BAR_ALT, Datum, bar_chart, column_chart, share_chart
from generator.site.core import Site
from generator.site.files.opendata import LICENCE, REGION_SOURCE
from generator.site.i18n import LANGS, Text
from generator.site.jsonout import json_bytes
from generator.site.kelembagaan import lapsed
from generator.site.listings import figures_note
from generator.site.pages import Page, ThemePage, root_for, unsized
from generator.site.regionstats import RegionStats, RegionTable
from generator.site.routes import (
    STATISTICS_JSON,
    other_language,
    region_url,
    source,
    statistics_url,
)
from generator.site.targets import Target, rollup, target_json

SECRETARIAT = "sekretariat-tetap"
# The highest SK, by rank (model.SK_RANK), with the tiers each rank joins: the same
# grouping as the directory's "highest SK" facet.
SK_LEVELS = (
    ("desa-kelurahan", ("desa", "kelurahan")),
    ("kecamatan", ("kecamatan",)),
    ("kabupaten-kota", ("kabupaten", "kota")),
    ("provinsi", ("provinsi",)),
)
NO_SK = "belum-ada"
MAX_COLUMNS = 30  # years in the growth charts; earlier years share the first column


@dataclass(frozen=True)
class RegionRow:
    """A province that has KIMs, or one of its regencies, KIMs or not; `regencies` only for a province."""

    code: str
    name: str
    kims: int
    active: int
    stale: int
    villages_covered: int
    villages_total: int
    regencies: tuple["RegionRow", ...] = ()
    samples: int = 0  # sample KIMs counted in its figures: all its KIMs are samples
    left_out: int = 0  # sample KIMs left out of its figures, as it holds real ones


@dataclass(frozen=True)
class YearRow:
    year: int
    founded: int
    cumulative: int


@dataclass(frozen=True)
class Statistics:
    today: dt.date
    kims: int
    active: int
    stale: int
    with_sk: int
    sk_levels: tuple[tuple[str, int], ...]  # (level, KIMs whose highest SK is at it), in SK_LEVELS order
    secretariat: int
    partnerships: int
    growth: tuple[YearRow, ...]  # every year from the first founding to the last, gaps as 0
    founded_unknown: int
    provinces: tuple[RegionRow, ...]  # only those with KIMs, in code order, each with all its regencies
    provinces_total: int
    regencies_total: int
    villages_covered: int
    villages_total: int
    samples: int = 0  # sample KIMs (`contoh: true`) counted in every number above: all are samples
    samples_left_out: int = 0  # sample KIMs left out of every number above, as real ones are listed
    needs: tuple[tuple[str, int], ...] = ()  # (lifecycle status, needs at it): the track record
    verified: int = 0  # KIMs whose data, as it stands, a coaching office verified (`Kim.verified`)
    # KIMs with an SK whose term is over and not renewed: counted in `with_sk` too (they have
    # one), while the worklists and the signals ask for its renewal
    sk_lapsed: int = 0
    # Targets (`target_kim` of `_wilayah.yml`): the nation's roll-up, and each province's that
    # has a regency with one (KIMs or not), in code order; they add up to the nation's.
    target: Target | None = None
    target_provinces: tuple[tuple[str, str, Target], ...] = ()

    @property
    def needs_fulfilled(self) -> int:
        return dict(self.needs).get(FULFILLED, 0)

    @property
    def needs_open(self) -> int:
        return dict(self.needs).get("terbuka", 0)

    @property
    def needs_discussed(self) -> int:
        return dict(self.needs).get(DISCUSSED, 0)

    @property
    def inactive(self) -> int:
        return self.kims - self.active

    @property
    def without_sk(self) -> int:
        return self.kims - self.with_sk

    @property
    def provinces_with_kims(self) -> int:
        """Provinces with a KIM the national figures count, of `provinces`."""
        return sum(1 for p in self.provinces if p.kims)

    @property
    def regencies_with_kims(self) -> int:
        return sum(1 for p in self.provinces for r in p.regencies if r.kims)

    @property
    def national(self) -> RegionRow:
        return RegionRow("", "Indonesia", self.kims, self.active, self.stale, self.villages_covered,
                         self.villages_total, self.provinces, self.samples, self.samples_left_out)

    @property
    def other_provinces_villages(self) -> int:
        """Villages of the provinces without any KIM (all of them uncovered)."""
        return self.villages_total - sum(p.villages_total for p in self.provinces)


# Pure functions


def highest_sk_level(kim: Kim) -> str | None:
    """The SK_LEVELS key of the KIM's highest SK, or None without one."""
    rank = kim.sk_rank
    return SK_LEVELS[rank - 1][0] if rank else None


def sk_levels(kims: list[Kim]) -> tuple[tuple[str, int], ...]:
    counts = dict.fromkeys((key for key, _ in SK_LEVELS), 0)
    for kim in kims:
        level = highest_sk_level(kim)
        if level:
            counts[level] += 1
    return tuple(counts.items())


def growth(kims: list[Kim]) -> tuple[tuple[YearRow, ...], int]:
    """KIMs founded per year and in total so far, and how many gave no founding year."""
    per_year: dict[int, int] = {}
    unknown = 0
    for kim in kims:
        year = kim.founded_year
        if year is None:
            unknown += 1
        else:
            per_year[year] = per_year.get(year, 0) + 1
    rows, total = [], 0
    if per_year:
        for year in range(min(per_year), max(per_year) + 1):
            founded = per_year.get(year, 0)
            total += founded
            rows.append(YearRow(year, founded, total))
    return tuple(rows), unknown


def _row(s: RegionStats, regencies: tuple[RegionRow, ...] = ()) -> RegionRow:
    return RegionRow(s.code, s.name, len(s.counted), s.active, len(s.stale), s.villages_covered,
                     s.villages_total, regencies, len(s.counted) if s.samples else 0, s.left_out)


def region_rows(table: RegionTable) -> tuple[RegionRow, ...]:
    """Provinces with KIMs, each with all its regencies, in code order: a regency without a KIM
    is listed with its zeros, as its province's total counts its villages (the tester's Mesuji)."""
    return tuple(
        _row(p, tuple(_row(r) for r in table.regencies_of(p.code)))
        for p in table.provinces() if p.kims
    )


def compute(kims: list[Kim], regions: Regions, today: dt.date, table: RegionTable | None = None,
            wilayah: Mapping[str, Wilayah] | None = None, partners: Mapping[str, bool] | None = None) -> Statistics:
    """Every number of the statistics page; `table` saves recounting when the site has one;
    `wilayah`: the regencies' settings, for their targets; `partners`: each partner file's
    `contoh`, by slug."""
    table = table or RegionTable(kims, regions, today)
    wilayah = wilayah or {}
    nation = table.nation
    kims = nation.counted
    targets = tuple((p.code, p.name, target) for p in table.provinces()
                    if (target := rollup(table.regencies_of(p.code), wilayah, nation.samples)))
    rows, unknown = growth(kims)
    levels = sk_levels(kims)
    provinces = region_rows(table)
    return Statistics(
        today=today,
        kims=len(kims),
        active=sum(k.active for k in kims),
        stale=len(nation.stale),
        with_sk=sum(n for _, n in levels),
        sk_lapsed=sum(1 for k in kims if k.sk and lapsed(k, today)),
        sk_levels=levels,
        secretariat=sum(1 for k in kims if SECRETARIAT in k.fasilitas),
        partnerships=sum(1 for k in kims if k.partners),
        growth=rows,
        founded_unknown=unknown,
        provinces=provinces,
        provinces_total=len(regions.provinces),
        regencies_total=len(regions.regencies),
        villages_covered=nation.villages_covered,
        villages_total=nation.villages_total,
        samples=len(kims) if nation.samples else 0,
        samples_left_out=nation.left_out,
        needs=need_statuses(kims, today, partners or {}),
        verified=sum(1 for k in kims if k.verified),
        target=rollup((r for p in table.provinces() for r in table.regencies_of(p.code)), wilayah, nation.samples),
        target_provinces=targets,
    )


def need_statuses(kims: list[Kim], today: dt.date, partners: Mapping[str, bool]) -> tuple[tuple[str, int], ...]:
    """The KIMs' needs by lifecycle status, in the vocabulary's order: open and under
    discussion count while on the board (not past `hingga`, the KIM active), fulfilled ones
    unless by a partner file across the sample line (`partners`: each one's `contoh`), which
    is no result of either kind (`model.counting`)."""
    def counts_as_met(k: Kim, n) -> bool:
        return partners.get(n.dipenuhi_oleh or "", k.contoh) == k.contoh
    counts = Counter(n.status for k in kims for n in k.dicari
                     if (n.fulfilled and counts_as_met(k, n)) or k.item_open(n, today))
    return tuple((status, counts[status]) for status in ("terbuka", DISCUSSED, FULFILLED))


def _region_json(r: RegionRow) -> dict:
    data = {"kode": r.code, "nama": r.name, "kim": r.kims, "aktif": r.active, "perlu_diperbarui": r.stale,
            "desa_ber_kim_aktif": r.villages_covered, "desa_total": r.villages_total,
            "contoh": r.samples, "contoh_tidak_dihitung": r.left_out}
    if r.regencies:
        data["kabupaten_kota"] = [_region_json(c) for c in r.regencies]
    return data


def statistics_json(s: Statistics) -> bytes:
    """The numbers of the page as open data: sorted keys, same input, same bytes."""
    document = {
        # 2: desa_ber_kim_aktif (villages with an active KIM) in place of desa_ber_kim; 3: a
        # region's figures leave its samples out once it holds a real KIM (contoh_tidak_dihitung);
        # 4: once the country holds one, so that a region of samples only counts 0
        "versi": 4,
        "lisensi": LICENCE,
        "tanggal": s.today.isoformat(),
        "sumber_wilayah": REGION_SOURCE,  # the regions' names are the official list's
        "nasional": {
            "kim": s.kims, "aktif": s.active, "tidak_aktif": s.inactive, "perlu_diperbarui": s.stale,
            "punya_sk": s.with_sk, "sk_habis": s.sk_lapsed, "sekretariat_tetap": s.secretariat,
            "bermitra": s.partnerships,
            "desa_ber_kim_aktif": s.villages_covered, "desa_total": s.villages_total,
            "provinsi_ber_kim": s.provinces_with_kims, "provinsi_total": s.provinces_total,
            "kabupaten_kota_ber_kim": s.regencies_with_kims, "kabupaten_kota_total": s.regencies_total,
            "contoh": s.samples, "contoh_tidak_dihitung": s.samples_left_out, "terverifikasi": s.verified,
        },
        "sk_tertinggi": {NO_SK: s.without_sk, **dict(s.sk_levels)},
        "kebutuhan_kemitraan": dict(s.needs),
        "berdiri_per_tahun": [{"tahun": y.year, "berdiri": y.founded, "kumulatif": y.cumulative} for y in s.growth],
        "berdiri_tidak_diketahui": s.founded_unknown,
        "provinsi": [_region_json(p) for p in s.provinces],
    }
    if s.target:
        document["target"] = {"nasional": target_json(s.target),
                              "provinsi": [{"kode": code, "nama": name, **target_json(target)}
                                           for code, name, target in s.target_provinces]}
    return json_bytes(document, indent=1, newline=True)  # a file people read


# Views


def chart_years(rows: tuple[YearRow, ...], limit: int = MAX_COLUMNS) -> list[tuple[str, YearRow]]:
    """(axis label, row) for the growth charts: at most `limit` columns, the earliest
    years joined in a first "≤ year" column (the table keeps every year)."""
    if len(rows) <= limit:
        return [(str(r.year), r) for r in rows]
    cut = len(rows) - limit + 1
    head = rows[cut - 1]
    first = YearRow(head.year, sum(r.founded for r in rows[:cut]), head.cumulative)
    return [(f"≤ {head.year}", first)] + [(str(r.year), r) for r in rows[cut:]]


def level_label(t: Text, key: str) -> str:
    if key == NO_SK:
        return t("sk_level_none")
    tiers = dict(SK_LEVELS)[key]
    return "/".join(t.label("sk_tingkat", tier) for tier in tiers)


class StatisticsSection:
    """The statistics pages (Section protocol of `site`)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.stats = compute(site.kims, site.regions, site.today, site.table, site.wilayah,
                             {m.slug: m.contoh for m in site.mitra})

    def theme_pages(self) -> list[ThemePage]:
        return [
            ThemePage(source(statistics_url(lang)), lang, "statistics_title",
                      unsized(partial(self.body, lang)), in_nav=lang == "id", shows_data=True)
            for lang in LANGS
        ]

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield STATISTICS_JSON, statistics_json(self.stats)

    def body(self, lang: str, url: str) -> str:
        t = self.site.text[lang]
        s = self.stats
        return self.site.render(
            "statistik.html", t=t, s=s, root=root_for(url), regions=self.region_urls(lang), data=STATISTICS_JSON,
            region_source=REGION_SOURCE,
            other_url=other_language(url, lang),
            charts=self.charts(t), years=s.growth,
            shares=self.shares(t), levels=self.levels(t), note=self.note(t),
        )

    def note(self, t: Text) -> str:
        """The catalogue's sample note, and whether the national figures count the samples."""
        return " ".join(n for n in (self.site.sample_note(t), figures_note(self.site.table.nation, t)) if n)

    def region_urls(self, lang: str) -> dict[str, str]:
        """The page of each province and regency the tables list, by code."""
        s = self.stats
        codes = [r.code for p in s.provinces for r in (p, *p.regencies)] + [code for code, _, _ in s.target_provinces]
        return {code: region_url(code, lang) for code in codes}

    def shares(self, t: Text) -> list[tuple[str, int]]:
        s = self.stats
        return [
            (t.label("status", "aktif"), s.active),
            (t.label("status", "tidak-aktif"), s.inactive),
            (t("stat_has_sk"), s.with_sk),
            (t("stat_sk_lapsed"), s.sk_lapsed),
            (t("secretariat"), s.secretariat),
            (t("stat_partnered"), s.partnerships),
            (t("verified"), s.verified),
            (t("stale"), s.stale),
        ]

    def levels(self, t: Text) -> list[tuple[str, int]]:
        s = self.stats
        return [(level_label(t, key), n) for key, n in ((NO_SK, s.without_sk),) + s.sk_levels]

    def charts(self, t: Text) -> dict:
        s = self.stats
        num = t.number

        def by_count(rows):
            return [Datum(r.name, r.kims, num(r.kims)) for r in sorted(rows, key=lambda r: (-r.kims, r.code))]

        charts = {
            "provinces": bar_chart("provinsi", t("stat_by_province"), t("stat_by_province_desc"),
                                   by_count(s.provinces)),
            "regencies": {
                p.code: bar_chart(f"kabupaten-{p.code}", t("stat_by_regency_in", name=p.name),
                                  t("stat_by_regency_desc", name=p.name), by_count(p.regencies))
                for p in s.provinces
            },
            "shares": share_chart("kelembagaan", t("stat_institution"), t("stat_institution_desc", n=num(s.kims)),
                                  [Datum(label, n / s.kims if s.kims else 0, t.percent(n, s.kims))
                                   for label, n in self.shares(t)]),
            "levels": bar_chart("sk", t("stat_sk_title"), t("stat_sk_desc"),
                                [Datum(label, n, num(n)) for label, n in self.levels(t)]),
            "coverage": share_chart("cakupan", t("coverage"), t("stat_coverage_desc"),
                                    [Datum(t("stat_national"), _ratio(s.villages_covered, s.villages_total),
                                           t.percent(s.villages_covered, s.villages_total))]
                                    + [Datum(p.name, _ratio(p.villages_covered, p.villages_total),
                                             t.percent(p.villages_covered, p.villages_total))
                                       for p in s.provinces]),
        }
        years = chart_years(s.growth)
        if years:
            span = {"first": s.growth[0].year, "last": s.growth[-1].year}
            charts["founded"] = column_chart("berdiri", t("stat_founded_title"), t("stat_founded_desc", **span),
                                             [Datum(label, r.founded, num(r.founded)) for label, r in years])
            charts["cumulative"] = column_chart("kumulatif", t("stat_cumulative_title"),
                                                t("stat_cumulative_desc", **span),
                                                [Datum(label, r.cumulative, num(r.cumulative)) for label, r in years],
                                                colour=BAR_ALT)
        else:
            charts["founded"] = charts["cumulative"] = None
        return charts


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
