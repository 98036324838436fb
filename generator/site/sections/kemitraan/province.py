"""View models of a province's page of the board (/kemitraan/<province>/) and, where a
province holds too many open items for one page, of its regencies' pages
(/kemitraan/<province>/<regency>/).

A CSR officer opens these on a phone, often on a weak connection, and a visitor without
JavaScript must reach every open item through them. A province with at most `ONE_PAGE` items
lists them all, by regency: one page to read or filter. A larger one lists, per regency, its
counts and its newest `PER_REGENCY` items, and a regency with more has a page of its own with
all of them: the province's page then grows with its number of regencies, not of items, and
a regency's page with its own items only."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.site.i18n import Text
from generator.site.routes import board_filtered, board_province_url, board_regency_url, board_url
from generator.site.sections.kemitraan.items import OFFERS, SEEKS, OpenItem
from generator.site.sections.kemitraan.views import RegionGroup, card
from generator.site.views import Link

ONE_PAGE = 60  # open items a province's page lists in full (a card is about 1 KB)
PER_REGENCY = 2  # else, the newest items per regency it lists


@dataclass(frozen=True)
class ProvinceView:
    """A province's page, or a regency's (`up`: its province's page)."""

    code: str
    name: str
    url: str
    title: str
    total: int
    seeks: int
    offers: int
    kims: int
    regencies: tuple[RegionGroup, ...]  # children: Card
    lastmod: dt.date | None
    board: str  # the board filtered by the province or regency
    contoh: bool = False  # its counts include sample KIMs
    shown: int = 0  # on a province's page listing only some items: the newest shown per regency
    up: Link | None = None  # on a regency's page: its province's page


def by_regency(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """`items` (of `open_items`, newest first) per regency code, in code order."""
    groups: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        groups[o.kim.place.regency_code].append(o)
    return dict(sorted(groups.items()))


def regency_pages(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """The regencies of a province (`items`: its open items) whose items its page does not
    all list, with their items: each has a page of its own."""
    if len(items) <= ONE_PAGE:
        return {}
    return {code: regs for code, regs in by_regency(items).items() if len(regs) > PER_REGENCY}


def province_view(code: str, items: list[OpenItem], t: Text, today: dt.date, name: str = "") -> ProvinceView:
    """A province's open items (`items`: its part of `open_items`, maybe none), by regency:
    all of them, or the newest `PER_REGENCY` of a regency with a page of its own
    (`regency_pages`). `name`: the province's, for a page without items."""
    own = regency_pages(items)
    groups = tuple(_group(reg, regs, t, today, board_regency_url(reg, t.lang) if reg in own else "")
                   for reg, regs in by_regency(items).items())
    name = items[0].kim.place.province if items else name or code
    return _view(code, name, board_province_url(code, t.lang), items, groups, t,
                 shown=PER_REGENCY if own else 0)


def regency_view(code: str, items: list[OpenItem], t: Text, today: dt.date) -> ProvinceView:
    """Every open item of a regency with a page of its own (`regency_pages`)."""
    place = items[0].kim.place
    return _view(code, place.regency, board_regency_url(code, t.lang), items, (_group(code, items, t, today),), t,
                 up=Link(board_province_url(code[:2], t.lang), t("kem_prov_title", name=place.province)))


def _group(code: str, items: list[OpenItem], t: Text, today: dt.date, href: str = "") -> RegionGroup:
    """A regency's items as cards: all of them, or the newest `PER_REGENCY` where it has its
    own page (`href`)."""
    kinds = Counter(o.kind for o in items)
    return RegionGroup(code, items[0].kim.place.regency,
                       tuple(card(o, t, today) for o in (items[:PER_REGENCY] if href else items)), len(items),
                       href, kinds[SEEKS], kinds[OFFERS])


def _view(code: str, name: str, url: str, items: list[OpenItem], groups: tuple[RegionGroup, ...], t: Text,
          **where: Link | int) -> ProvinceView:
    kinds = Counter(o.kind for o in items)
    return ProvinceView(
        code=code,
        name=name,
        url=url,
        title=t("kem_prov_title", name=name),
        total=len(items),
        seeks=kinds[SEEKS],
        offers=kinds[OFFERS],
        kims=len({o.kim.slug for o in items}),
        regencies=groups,
        lastmod=max((o.kim.diperbarui for o in items), default=None),
        board=board_filtered(board_url(t.lang), "kab" if "." in code else "prov", code),
        contoh=any(o.kim.contoh for o in items),
        **where,
    )


def province_key(code: str, items: list[OpenItem], today: dt.date) -> tuple:
    """Everything a province's or regency's page shows (and its date for the sitemap)."""
    return ("kemitraan-prov", code, tuple(
        (o.kind, o.item, o.kim.slug, o.kim.nama, o.kim.place, o.kim.is_stale(today), o.kim.diperbarui,
         o.kim.contoh, o.kim.top_sk, o.kim.kegiatan[:1]) for o in items))
