"""The Bimtek planner of each regency: `/wilayah/<code>/bimtek/` (and `/en/...`).

For the regency's coaching office: its KIMs grouped by the gap a technical-guidance session
(Bimtek) would address: no SK, no activity in 12 months, no media, never coached, a stale
profile (the signals of data/kelembagaan.yml, read as on every profile), each group with its
guide and an attendance sheet (daftar hadir) to print. The page prints on A4 without the
site's menus (assets/kim/cetak.css); a regency without KIMs has no planner.
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
    bimtek_url,
    guide_url,
    lang_prefix,
    other_language,
    profile_url,
)

# The signals whose gaps make the groups, in the planner's order.
GAPS = ("sk", "kegiatan", "media", "pembinaan", "diperbarui")
ROWS_PER_KIM = 2  # attendance lines with the KIM's name: a board member and one more
BLANK_ROWS = 5  # and lines for anyone else who comes


@dataclass(frozen=True)
class Member:
    name: str
    url: str  # relative to the site root
    village: str
    district: str
    contoh: bool


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    guide_url: str
    guide_title: str
    kims: tuple[Member, ...]

    @property
    def attendance(self) -> tuple[str, ...]:
        """The KIM column of the attendance sheet, one entry a line ("" for a blank line)."""
        return tuple(m.name for m in self.kims for _ in range(ROWS_PER_KIM)) + ("",) * BLANK_ROWS


def plan(kims: list[Kim], criteria: Criteria, today: dt.date, t: Text) -> tuple[Group, ...]:
    """The regency's KIMs by gap, in name order within each group; a KIM with several gaps is
    in several groups."""
    signals = {c.id: (c, texts) for c, texts in zip(criteria.signals, criteria.texts(t.lang))}
    ordered = sorted(kims, key=lambda k: (k.nama.lower(), k.slug))
    groups = []
    for gap in GAPS:
        if gap not in signals:  # a signal the maintainers removed
            continue
        criterion, (_label, title, guide_title) = signals[gap]
        members = tuple(Member(k.nama, profile_url(k.slug, t.lang), k.place.name, k.place.district, k.contoh)
                        for k in ordered if not is_present(k, today, criterion))
        groups.append(Group(gap, title, guide_url(criterion.guide), guide_title, members))
    return tuple(groups)


class BimtekSection:
    """The planners as shell pages (see `pages.Section`)."""

    def __init__(self, site: Site) -> None:
        self.site = site

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
        t = site.text[lang]
        url = bimtek_url(regency.code, lang)
        groups = plan(regency.kims, site.worklists.criteria, site.today, t)
        body = site.render("bimtek.html", t=t, s=regency, parent=province, groups=groups, root=root_for(url),
                           prefix=lang_prefix(lang), other_url=other_language(url, lang),
                           note=site.sample_note(t))
        title = t("bimtek_title", name=regency.name)
        return Page(url, title, title, body)
