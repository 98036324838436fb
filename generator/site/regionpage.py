"""View models of a region page's lists of KIMs and of its jump links.

A province's page (or the country's) groups its KIMs and its stale profiles by its regencies
(or provinces): two villages of the same name in different regencies read alike in one list
sorted by name. A regency's page groups its KIMs by district. Pure functions of the region
table's figures (`regionstats`); a KIM as the lists show it comes from `listed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from generator.model.kim import Kim
from generator.site.i18n import Text
from generator.site.listings import KimGroup, region_group
from generator.site.regionstats import RegionStats
from generator.site.worklist import Entry

KIM_LIST_LIMIT = 300  # a province lists its KIMs (and stale profiles) itself only up to this many
WORKLIST = "daftar-kerja"
# A region page's sections by the anchor of their heading, in the page's order, with the text
# key of the heading. The jump links name them so, the coach's worklist first.
SECTIONS = {"belum-ada-kim": "residents_title", "provinsi": "provinces_in", "kabupaten": "regencies_in",
            "kecamatan": "district_summary", "kim": "kims_in", "perlu-diperbarui": "stale_profiles",
            WORKLIST: "worklist"}

Listed = Callable[[Kim], Entry]


@dataclass(frozen=True)
class Jump:
    anchor: str
    label: str


def jumps(anchors: Iterable[str], t: Text) -> tuple[Jump, ...]:
    """The links at the top of a region page to its sections `anchors`: on a phone the
    worklist of a large province sat some 25 screens down, below its lists."""
    order = list(SECTIONS)
    ranked = sorted(anchors, key=lambda a: (a != WORKLIST, order.index(a)))
    return tuple(Jump(a, t(SECTIONS[a])) for a in ranked)


def by_child(kims: Sequence[Kim], children: Sequence[RegionStats], listed: Listed, anchor: str = "") -> list[KimGroup]:
    """`kims` under a heading per child region (a regency, or a province of the country) that
    has some, in the children's order; `kims`' own order within each. `anchor`: what the
    headings' anchors start with, for two lists on one page."""
    level = "kab" if children and "." in children[0].code else "prov"
    of: dict[str, list[Kim]] = {}
    for kim in kims:
        code = kim.place.regency_code if level == "kab" else kim.place.province_code
        of.setdefault(code, []).append(kim)
    return [region_group(anchor + level, c.code, c.name, map(listed, of[c.code])) for c in children if c.code in of]


def stale_groups(s: RegionStats, children: Sequence[RegionStats], listed: Listed) -> list[KimGroup] | None:
    """The stale profiles a province's page (or the country's) lists: None when more than
    KIM_LIST_LIMIT, or on a regency's page (no children), whose worklist lists them."""
    if not children or len(s.stale) > KIM_LIST_LIMIT:
        return None
    return by_child(s.stale, children, listed, "perlu-")


def kim_groups(s: RegionStats, children: Sequence[RegionStats], district_name: Callable[[str], str],
               listed: Listed) -> list[KimGroup] | None:
    """A province's KIMs by regency (None when too many to list), a regency's by district."""
    if children:
        return by_child(s.kims, children, listed) if len(s.kims) <= KIM_LIST_LIMIT else None
    of: dict[str, list[Kim]] = {}
    for kim in s.kims:
        of.setdefault(kim.place.district_code, []).append(kim)
    return [region_group("kec", code, district_name(code), map(listed, kims)) for code, kims in sorted(of.items())]
