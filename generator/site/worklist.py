"""The coach's view of a region: which KIMs need support, which villages have no active KIM.

For a Diskominfo coach (DESIGN §2): on each regency page, the KIMs whose profile is
stale, without an SK in force, without a secretariat, without activity in the last 12 months
(the lists named in data/kelembagaan.yml `daftar_kerja`), the KIMs with open partnership
requests, and the villages of the official list without an active KIM (those whose only
KIMs are inactive marked: their KIM is to be revived, not a new one formed); each list with
the guide that addresses it, and the whole worklist as a CSV file. Province pages get a
table of the counts per regency.

Who is on which list is computed once per build (`Worklists`), independent of language;
the view models below are cheap per page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterator

from markupsafe import Markup, escape

from generator.model.cells import spreadsheet_csv
from generator.model.counting import counted, holds_real
from generator.model.kim import SK, Kim
from generator.model.regionmatch import fold
from generator.model.regions import Regions
from generator.model.worklistfile import CSV_FIELDS, REQUESTS, RESERVED_TITLES, SK_ENDING, VILLAGES
from generator.site.i18n import Text
from generator.site.kelembagaan import Criteria, is_present, unrenewed
from generator.site.regionstats import RegionStats
from generator.site.routes import (
    GuideLink,
    bimtek_url,
    guide_url,
    profile_url,
    region_url,
    worklist_csv,
    worklist_xlsx,
)

SK_ENDING_DAYS = 90
SK_GUIDE = "sk-pengukuhan"
REQUESTS_GUIDE = "kemitraan"
VILLAGES_GUIDE = "membentuk-kim"


class Worklists:
    """Who is on which worklist, per regency, for one build."""

    def __init__(self, kims: list[Kim], regions: Regions, today: dt.date, criteria: Criteria,
                 kept: dict | None = None) -> None:
        # `kept`: the regency files of earlier builds of a `mkdocs serve` session (site.memo),
        # by kind, regency and site URL; emptied whenever the fingerprint of the sources
        # changes. None in a build, which has no next build to keep them for.
        self.kept = kept
        self.regions = regions
        self.today = today
        self.criteria = criteria
        self.categories = tuple(w.id for w in criteria.worklist) + (SK_ENDING, REQUESTS)
        signals = {w.id: criteria.signal(w.signal) for w in criteria.worklist}
        self.lists: dict[str, dict[str, list[Kim]]] = defaultdict(lambda: {c: [] for c in self.categories})
        self.members: dict[str, list[Kim]] = defaultdict(list)  # regency -> all its KIMs
        for kim in sorted(kims, key=_place_order):
            self.members[kim.place.regency_code].append(kim)
        # a regency's figures count its real KIMs once the country has one (`model.counting`),
        # and so do its lists: coaching a sample KIM is no work once real ones are listed; then
        # a village whose only KIMs are samples has no KIM, and no sample is one to revive
        real = holds_real(kims)
        self.counted = {code: counted(members, real).kims for code, members in self.members.items()}
        for kim in (kim for members in self.counted.values() for kim in members):
            lists = self.lists[kim.place.regency_code]
            for category, signal in signals.items():
                if not is_present(kim, today, signal):
                    lists[category].append(kim)
            if ending_sks(kim, today):
                lists[SK_ENDING].append(kim)
            if any(kim.item_open(n, today) for n in kim.dicari):
                lists[REQUESTS].append(kim)
        counting = [kim for members in self.counted.values() for kim in members]
        covered = {kim.place.code for kim in counting if kim.active}
        # the villages without an active KIM that have an inactive one, and the first of those
        # KIMs by slug: to revive, not to form a new one
        self.inactive: dict[str, Kim] = {}
        for kim in sorted((k for k in counting if k.place.code not in covered), key=lambda k: k.slug):
            self.inactive.setdefault(kim.place.code, kim)
        self.uncovered: dict[str, list[str]] = defaultdict(list)  # regency -> village codes
        self._districts: dict[str, tuple[District, ...]] = {}
        self.villages_in: dict[str, int] = defaultdict(int)  # district -> its villages
        self.districts_of: dict[str, list[tuple[str, str]]] = defaultdict(list)  # regency -> (code, name)
        for code, (name, parent) in sorted(regions.districts.items()):
            self.districts_of[parent].append((code, name))
        self._summaries: dict[str, tuple[DistrictRow, ...]] = {}
        self._listed: dict[tuple[str, str], Entry] = {}  # (language, slug) -> Entry
        for code in sorted(regions.villages):
            self.villages_in[code[:8]] += 1
            if code not in covered:
                self.uncovered[code[:5]].append(code)

    def districts(self, regency_code: str) -> tuple["District", ...]:
        """The villages without an active KIM, by district, those with an inactive one apart;
        the same in every language, so made once."""
        if regency_code not in self._districts:
            by_district: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
            for code in self.uncovered.get(regency_code, ()):
                name, district = self.regions.villages[code]
                by_district[district][code in self.inactive].append(name)
            self._districts[regency_code] = tuple(
                District(code, self.regions.districts[code][0], len(none) + len(inactive),
                         escape(", ".join(none)), escape(", ".join(inactive)))
                for code, (none, inactive) in sorted(by_district.items()))
        return self._districts[regency_code]

    def revivable(self, regency_code: str) -> int:
        """The regency's villages without an active KIM that have an inactive one."""
        return sum(code in self.inactive for code in self.uncovered.get(regency_code, ()))

    def listed(self, kim: Kim, t: Text) -> "Entry":
        """The KIM as the region pages, their worklists and planners list it: made once per
        language, as a KIM is listed on several pages and several times on its regency's."""
        key = (t.lang, kim.slug)
        entry = self._listed.get(key)
        if entry is None:
            place = f"{kim.place.name}, {t.district(kim.place.district, kim.place.code)}"
            entry = self._listed[key] = Entry(kim.nama, profile_url(kim.slug, t.lang), place, contoh=kim.contoh)
        return entry

    def district_summary(self, regency_code: str) -> tuple["DistrictRow", ...]:
        """Every district of the regency (the official list's, KIMs or not), with a last row
        of the totals, which are the regency page's own figures (of the KIMs it counts). The
        same in every language."""
        if regency_code in self._summaries:
            return self._summaries[regency_code]
        kims: dict[str, list[Kim]] = defaultdict(list)
        for kim in self.counted.get(regency_code, ()):
            kims[kim.place.district_code].append(kim)
        # without an SK in force: the worklist's list of the SK signal, a lapsed SK included
        lists = self.of(regency_code)
        no_sk = {k.slug for w in self.criteria.worklist if w.signal == "sk" for k in lists[w.id]}
        rows = tuple(
            DistrictRow(code, name, self.villages_in[code], len(kims[code]),
                        len({k.place.code for k in kims[code] if k.active}),
                        sum(k.is_stale(self.today) for k in kims[code]), sum(k.slug in no_sk for k in kims[code]))
            for code, name in self.districts_of.get(regency_code, ()))
        total = DistrictRow("", "", *(sum(getattr(r, f) for r in rows) for f in DistrictRow.COUNTS))
        self._summaries[regency_code] = rows + (total,)
        return self._summaries[regency_code]

    def of(self, regency_code: str) -> dict[str, list[Kim]]:
        return self.lists.get(regency_code) or {c: [] for c in self.categories}

    def counts(self, regency_code: str) -> tuple[int, ...]:
        lists = self.of(regency_code)
        return tuple(len(lists[c]) for c in self.categories) + (len(self.uncovered.get(regency_code, ())),)

    def csv(self, regency_code: str, site_url: str, rows: Callable[[], list] | None = None) -> bytes:
        """One row per KIM on each list, then one per village without an active KIM; a stable order.
        `rows`: gives the regency's `rows`, made once for the CSV and the XLSX."""
        return self.kept_file("csv", regency_code, site_url,
                              lambda: _csv(self.rows(regency_code, site_url) if rows is None else rows()))

    def kept_file(self, kind: str, regency_code: str, site_url: str, make: Callable[[], bytes]) -> bytes:
        """A regency's file of this `kind`, as `make` makes it. Kept between the rebuilds of
        `mkdocs serve`: a regency whose KIMs are equal to last time's does not make it again.
        Equal, not merely the same objects (the catalogue reuses unchanged files): a KIM whose
        needs a partner fulfilled is made anew by every build (`with_partner_links`)."""
        if self.kept is None:
            return make()
        key = (kind, regency_code, site_url, self.today)
        kims = self.members.get(regency_code, [])
        kept = self.kept.get(key)
        if kept and len(kept[0]) == len(kims) and all(a is b or a == b for a, b in zip(kept[0], kims)):
            return kept[1]
        data = make()
        self.kept[key] = (tuple(kims), data)
        return data

    def rows(self, regency_code: str, site_url: str) -> Iterator[tuple[str, ...]]:
        """The worklist's rows (CSV_FIELDS), as text: one per KIM on each list, then one per
        village without an active KIM, in a stable order."""
        for category, kims in self.of(regency_code).items():
            for kim in kims:
                ends = min(s.berlaku_hingga for s in ending_sks(kim, self.today)).isoformat() \
                    if category == SK_ENDING else ""
                yield _kim_row(category, kim, site_url, ends)
        url = site_url + guide_url(VILLAGES_GUIDE)
        for code in self.uncovered.get(regency_code, ()):
            if code in self.inactive:  # its KIM and profile, to revive it: not the guide to form one
                yield _kim_row(VILLAGES, self.inactive[code], site_url)
            else:
                name, district = self.regions.villages[code]
                yield (VILLAGES, code, name, self.regions.districts[district][0], name, "", url, "", "", "")


def _kim_row(category: str, kim: Kim, site_url: str, ends: str = "") -> tuple[str, ...]:
    p = kim.place
    return (category, p.code, kim.nama, p.district, p.name, kim.diperbarui.isoformat(),
            site_url + profile_url(kim.slug, "id"), "ya" if kim.contoh else "tidak", ends, kim.status)


def _csv(rows) -> bytes:
    # As the site's data/kims.csv (commas, LF), which LibreOffice and Google Sheets read as they
    # open it; the page offers the .xlsx for Excel.
    return spreadsheet_csv([CSV_FIELDS, *rows], delimiter=",", lineterminator="\n")


def ending_sks(kim: Kim, today: dt.date) -> list[SK]:
    """The KIM's SKs that expired or end within SK_ENDING_DAYS, not renewed."""
    return unrenewed(kim, today, SK_ENDING_DAYS)


def _place_order(kim: Kim) -> tuple:
    return (kim.place.code, kim.nama.lower(), kim.slug)


# View models


@dataclass(frozen=True)
class Entry:
    name: str
    url: str  # relative to the site root
    place: str
    detail: str = ""
    contoh: bool = False  # a sample KIM, labelled as such


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    guide: GuideLink
    guide_title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class District:
    code: str
    name: str
    count: int
    villages: Markup  # the names of those without any KIM, comma-separated and escaped
    inactive: Markup  # of those whose only KIMs are inactive


@dataclass(frozen=True)
class DistrictRow:
    """A district's line of a regency page's summary (code "" for the totals)."""

    code: str
    name: str
    villages: int
    kims: int
    covered: int  # villages with an active KIM
    stale: int
    without_sk: int
    COUNTS = ("villages", "kims", "covered", "stale", "without_sk")


@dataclass(frozen=True)
class RegencyWorklist:
    categories: tuple[Category, ...]
    villages_without: int  # without an active KIM
    villages_inactive: int  # of those, the ones with an inactive KIM
    villages_total: int
    districts: tuple[District, ...]  # the villages without an active KIM, by district
    villages_guide: GuideLink
    villages_guide_title: str
    csv_url: str
    xlsx_url: str  # "" for a regency without KIMs: its CSV lists its villages
    bimtek_url: str  # the planner, "" without KIMs
    # the files' name when saved: every regency's is worklist.csv at its own address, and a
    # coach who saves several needs to tell them apart ("daftar-kerja-18.07-kabupaten-lampung-timur")
    file_name: str = ""
    bimtek_idle: bool = False  # no active KIM: the planner says why it plans nothing
    kind: str = "regency"


@dataclass(frozen=True)
class SummaryRow:
    code: str
    name: str
    url: str
    counts: tuple[str, ...]  # written in the page's language


@dataclass(frozen=True)
class ProvinceWorklist:
    columns: tuple[str, ...]
    rows: tuple[SummaryRow, ...]
    totals: tuple[str, ...]
    kind: str = "province"


def summary_cells(rows: tuple[DistrictRow, ...], t: Text) -> list[tuple[DistrictRow, tuple[str, ...]]]:
    """A regency page's district summary with its figures written in the page's language:
    some 80,000 figures at 10,000 KIMs, cheaper here than through Jinja's calls."""
    number = t.number
    return [(r, (number(r.villages), number(r.kims), t.percent(r.covered, r.villages), number(r.stale),
                 number(r.without_sk))) for r in rows]


def _titles(criteria: Criteria, t: Text) -> dict[str, str]:
    titles = {w.id: w.title.get(t.lang) or w.title["id"] for w in criteria.worklist}
    return titles | {category: t(key) for category, key in RESERVED_TITLES.items()}


def _entry(kim: Kim, category: str, dated: bool, w: Worklists, t: Text) -> Entry:
    listed = w.listed(kim, t)
    place = listed.place
    if kim.status != "aktif":
        place += f" · {t.label('status', kim.status)}"
    detail = ""
    if category == SK_ENDING:
        detail = "; ".join(t("sk_expired_level" if s.expired(w.today) else "worklist_sk_ends",
                             level=t.sk_level(s.tingkat, kim.place.code), date=t.date(s.berlaku_hingga))
                           for s in ending_sks(kim, w.today))
    elif category == REQUESTS:
        # the needs' titles are the KIM's words: marked as such on an English page (`Text.own`)
        titles = Markup("; ").join(t.own(n.judul) for n in kim.dicari if kim.item_open(n, w.today))
        detail = escape(t("worklist_open_requests", titles="{titles}")).format(titles=titles)
    elif dated:
        detail = t("kel_checked", date=t.date(kim.diperbarui))
    return Entry(listed.name, listed.url, place, detail, listed.contoh)


def regency_worklist(w: Worklists, stats: RegionStats, t: Text) -> RegencyWorklist:
    titles = _titles(w.criteria, t)
    guides = {c.id: w.criteria.signal(c.signal).guide for c in w.criteria.worklist}
    guides[SK_ENDING] = SK_GUIDE
    guides[REQUESTS] = REQUESTS_GUIDE
    dated = {c.id for c in w.criteria.worklist if w.criteria.signal(c.signal).rule == "diperbarui"}
    categories = []
    for category, kims in w.of(stats.code).items():
        categories.append(Category(
            category, titles[category], t.guide(guides[category]),
            w.criteria.guide_title(guides[category], t.lang),
            tuple(_entry(kim, category, category in dated, w, t) for kim in kims),
        ))
    return RegencyWorklist(
        categories=tuple(categories),
        villages_without=len(w.uncovered.get(stats.code, ())),
        villages_inactive=w.revivable(stats.code),
        villages_total=stats.villages_total,
        districts=w.districts(stats.code),
        villages_guide=t.guide(VILLAGES_GUIDE),
        villages_guide_title=w.criteria.guide_title(VILLAGES_GUIDE, t.lang),
        csv_url=worklist_csv(stats.code),
        xlsx_url=worklist_xlsx(stats.code) if stats.kims else "",
        bimtek_url=bimtek_url(stats.code, t.lang) if stats.kims else "",
        file_name="-".join(["daftar-kerja", stats.code, *fold(stats.name).split()]),
        bimtek_idle=bool(stats.kims) and not stats.active,
    )


def province_worklist(w: Worklists, regencies: list[RegionStats], t: Text) -> ProvinceWorklist:
    titles = _titles(w.criteria, t)
    columns = tuple(titles[c] for c in w.categories) + (titles[VILLAGES],)
    counts = [w.counts(r.code) for r in regencies]
    totals = tuple(sum(col) for col in zip(*counts)) if counts else (0,) * len(columns)
    rows = tuple(SummaryRow(r.code, r.name, region_url(r.code, t.lang), tuple(map(t.number, n)))
                 for r, n in zip(regencies, counts))
    return ProvinceWorklist(columns, rows, tuple(map(t.number, totals)))


def region_worklist(w: Worklists, table, stats, parent, t: Text) -> RegencyWorklist | ProvinceWorklist:
    """The worklist of a region page: a regency's lists, or a province's table of counts."""
    if parent is None:
        return province_worklist(w, table.regencies_of(stats.code), t)
    return regency_worklist(w, stats, t)
