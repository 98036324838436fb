"""The Bimtek planner of each regency: `/wilayah/<code>/bimtek/` (and `/en/...`).

For the regency's coaching office: its KIMs grouped by the gap a technical-guidance session
(Bimtek) would address: no SK, no activity in 12 months, no media, never coached, a stale
profile (the signals of data/kelembagaan.yml, read as on every profile), each group with its
guide and an attendance sheet (daftar hadir) to print. Only active KIMs are planned for: an
inactive one holds no session (the worklist lists it to revive it); the page says how many
it left out. The page prints on A4 without the site's menus (assets/kim/cetak.css); a
regency without KIMs has no planner, and one whose KIMs are all inactive has a page saying
why there is nothing to plan, linking the worklist that lists them to revive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import Iterator

from generator.model.kim import Kim
from generator.site.core import Site
from generator.site.i18n import Text
from generator.site.kelembagaan import Criteria, is_present
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.routes import (
    GuideLink,
    bimtek_url,
    guide_link,
    other_language,
    profile_url,
    region_url,
    regions_url,
)
from generator.site.views import Link

# The signals whose gaps make the groups, in the planner's order.
GAPS = ("sk", "kegiatan", "media", "pembinaan", "diperbarui")
ROWS_PER_KIM = 2  # attendance lines with the KIM's name: a board member and one more
BLANK_ROWS = 5  # and lines for anyone else who comes


@dataclass(frozen=True)
class Member:
    no: str  # its line's number in its group's table
    name: str
    url: str  # relative to the site root
    village: str
    district: str
    contoh: bool


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    guide: GuideLink  # the Indonesian guide, on both languages' planners
    guide_title: str
    kims: tuple[Member, ...]

    @property
    def attendance(self) -> tuple[tuple[str, str, bool], ...]:
        """The attendance sheet's numbered lines, each with the KIM column's entry ("" for a
        blank line) and whether it is a sample, marked as in the group's table; numbered here,
        not with Jinja's `loop.index`, which costs a loop object and an escaped number on each
        of some 100,000 lines at 10,000 KIMs."""
        names = [(m.name, m.contoh) for m in self.kims for _ in range(ROWS_PER_KIM)] + [("", False)] * BLANK_ROWS
        return tuple((str(no), name, contoh) for no, (name, contoh) in enumerate(names, 1))


def gaps(kims: list[Kim], criteria: Criteria, today: dt.date) -> dict[str, tuple[Kim, ...]]:
    """The regency's active KIMs by gap (of GAPS, the signals the maintainers kept), in name
    order: the same in every language, so found once for both planners."""
    signals = {c.id: c for c in criteria.signals}
    ordered = sorted((k for k in kims if k.active), key=lambda k: (k.nama.lower(), k.slug))
    return {gap: tuple(k for k in ordered if not is_present(k, today, signals[gap])) for gap in GAPS if gap in signals}


def plan(kims: list[Kim], criteria: Criteria, today: dt.date, t: Text,
         found: dict[str, tuple[Kim, ...]] | None = None) -> tuple[Group, ...]:
    """The regency's active KIMs by gap, in name order within each group; a KIM with several
    gaps is in several groups. `found`: the regency's `gaps`, when already known."""
    signals = {c.id: (c, texts) for c, texts in zip(criteria.signals, criteria.texts(t.lang))}
    groups = []
    for gap, members in (gaps(kims, criteria, today) if found is None else found).items():
        criterion, (_label, gap_text, guide_title) = signals[gap]
        title = criteria.gap_title(gap, gap_text, t.lang)
        rows = tuple(Member(str(no), k.nama, profile_url(k.slug, t.lang), k.place.name, k.place.district, k.contoh)
                     for no, k in enumerate(members, 1))
        groups.append(Group(gap, title, guide_link(criterion.guide, t.lang), guide_title, rows))
    return tuple(groups)


class BimtekSection:
    """The planners as shell pages (see `pages.Section`)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.gaps: dict[str, dict[str, tuple[Kim, ...]]] = {}  # regency -> its `gaps`

    def theme_pages(self) -> list[ThemePage]:
        return []

    def files(self) -> Iterator[tuple[str, bytes]]:
        return iter(())

    def shell_pages(self, lang: str) -> Iterator[Page | Deferred]:
        table = self.site.table
        for province in table.provinces():
            for regency in table.regencies_of(province.code):
                if regency.kims:
                    yield Deferred(bimtek_url(regency.code, lang),
                                   partial(tuple, ("bimtek", lang, regency.code, tuple(regency.kims), self.site.samples)),
                                   partial(self.page, regency, province, lang))

    def page(self, regency, province, lang: str) -> Page:
        site = self.site
        t = site.text[lang].placed(regency.code)
        url = bimtek_url(regency.code, lang)
        criteria = site.worklists.criteria
        if regency.code not in self.gaps:  # its counted KIMs, as its worklist (worklist.Worklists)
            self.gaps[regency.code] = gaps(regency.counted, criteria, site.today)
        groups = plan(regency.counted, criteria, site.today, t, self.gaps[regency.code]) if regency.active else ()
        breadcrumb = (Link(regions_url(lang), t("regions")), Link(region_url(province.code, lang), province.name),
                      Link(region_url(regency.code, lang), regency.name))
        body = site.render("bimtek.html", t=t, name=regency.name, breadcrumb=breadcrumb, groups=groups,
                           idle=not regency.active, district=t.district_word(regency.code),
                           root=root_for(url), other_url=other_language(url, lang),
                           note=site.sample_note(t), inactive=len(regency.counted) - regency.active,
                           worklist_url=region_url(regency.code, lang) + "#daftar-kerja")
        title = t("bimtek_title", name=regency.name)
        return Page(url, title, title, body)
