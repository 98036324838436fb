"""View models of the pages that list regions and KIMs: the home page's counts and lists, the
directory's list by region, a region page's regions and its KIMs by regency or district.

Pure functions, as views.py (which holds the profile's); every address through `routes`,
relative to the site root, for the template to write after the page's `root`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from generator.model.kim import Kim
from generator.site.i18n import Text
from generator.site.regionstats import RegionStats
from generator.site.routes import (
    contribution_url,
    directory_url,
    profile_url,
    region_url,
)
from generator.site.worklist import Entry

NEWEST = 8  # KIMs and open requests the home page lists


@dataclass(frozen=True)
class RegionRow:
    """A province or regency in a list of regions: its page, its counts."""

    url: str
    name: str
    kims: int
    stale: int
    villages_covered: int
    villages_total: int
    left_out: int = 0  # its sample KIMs its figures leave out (`RegionStats.left_out`), said beside them


def region_row(s: RegionStats, lang: str, url: str | None = None) -> RegionRow:
    """`url`: the page's, where it is not the region's own page (the whole country's)."""
    return RegionRow(url or region_url(s.code, lang), s.name, len(s.counted), len(s.stale), s.villages_covered,
                     s.villages_total, s.left_out)


def region_sample_note(s: RegionStats, t: Text) -> str:
    """What a region's page and embed say of its sample KIMs, from its own numbers: how many
    of its KIMs are samples and whether its figures count them; "" without samples."""
    n = s.listed_samples
    if not n:
        return ""
    return f"{t('region_sample', n=t.number(n), total=t.number(len(s.kims)))} {figures_note(s, t)}"


def figures_note(s: RegionStats, t: Text) -> str:
    """Whether the figures of a region with samples count them; "" without samples."""
    if s.samples:
        return t("region_sample_figures", name=s.name)
    return t("region_sample_left_out", name=s.name, real=t.number(len(s.counted))) if s.left_out else ""


@dataclass(frozen=True)
class ProvinceLinks:
    """A province of the directory's list by region, with its regencies that have KIMs."""

    code: str
    row: RegionRow
    regencies: tuple[RegionRow, ...]


def directory_provinces(provinces: Iterable[RegionStats], regencies_of: Callable[[str], list[RegionStats]],
                        lang: str) -> tuple[ProvinceLinks, ...]:
    """The provinces with KIMs, each with its regencies with KIMs, each counting the KIMs the
    directory lists, samples too, as its filters count them."""
    def listed(s: RegionStats) -> RegionRow:
        return replace(region_row(s, lang), kims=len(s.kims))

    return tuple(ProvinceLinks(p.code, listed(p), tuple(listed(r) for r in regencies_of(p.code) if r.kims))
                 for p in provinces if p.kims)


@dataclass(frozen=True)
class KimGroup:
    """A heading over a region page's list of KIMs: its regencies ("kab") on a province's
    page, its districts ("kec") on a regency's, each anchored by its level and code; `kims`
    as the list shows them."""

    anchor: str
    heading: str
    kims: tuple[Entry, ...]


def region_group(level: str, code: str, heading: str, kims: Iterable[Entry]) -> KimGroup:
    return KimGroup(f"{level}-{code}", heading, tuple(kims))


@dataclass(frozen=True)
class Request:
    """An open request of a KIM, linked to its profile's partnership part."""

    url: str
    judul: str
    kim: str
    regency: str
    contoh: bool


def in_regency(entry: Entry, kim: Kim) -> Entry:
    """A KIM as a list across regencies shows it: its village and district, as a region page
    lists it, then its regency, as the directory's results name it. Two KIMs of one name in
    two regencies ("KIM Sinar") read alike otherwise."""
    return replace(entry, place=f"{entry.place}, {kim.place.regency}")


@dataclass(frozen=True)
class HomeView:
    # the whole country's figures, as /statistik/ counts them (`model.counting`)
    kims: int
    provinces: int
    regencies: int
    villages: int
    newest: tuple[Entry, ...]  # the last updated KIMs, each with its regency (`in_regency`)
    requests: tuple[Request, ...]  # the open requests of the last updated KIMs
    directory: str
    contribute: str


def home_view(nation: RegionStats, today: dt.date, lang: str, listed: Callable[[Kim], Entry]) -> HomeView:
    """The home page of the whole country (`RegionTable.nation`): its figures count what the
    region pages count, its real KIMs once it holds one; its lists show every KIM, samples
    marked. `listed`: a KIM as the lists of KIMs show it (`Worklists.listed`)."""
    def newest_first(kim: Kim) -> tuple:
        return kim.diperbarui, kim.slug

    kims, counted = nation.kims, nation.counted
    newest = sorted(kims, key=newest_first, reverse=True)[:NEWEST]
    requests = sorted(((k, n) for k in kims for n in k.dicari if k.item_open(n, today)),
                      key=lambda kn: newest_first(kn[0]), reverse=True)[:NEWEST]
    return HomeView(
        kims=len(counted),
        provinces=len({k.place.province_code for k in counted}),
        regencies=len({k.place.regency_code for k in counted}),
        villages=nation.villages_covered,  # the coverage of the region pages
        newest=tuple(in_regency(listed(k), k) for k in newest),
        requests=tuple(Request(profile_url(k.slug, lang) + "#peluang", n.judul, k.nama, k.place.regency, k.contoh)
                       for k, n in requests),
        directory=directory_url(lang),
        contribute=contribution_url(lang),
    )
