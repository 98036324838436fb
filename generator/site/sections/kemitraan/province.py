"""View models of a province's page of the board (/kemitraan/<province>/) and, where a
province holds too many open items for one page, of its regencies' pages
(/kemitraan/<province>/<regency>/, then .../2/ and on).

A CSR officer opens these on a phone, often on a weak connection, and a visitor without
JavaScript must reach every open item through them. A province with at most `ONE_PAGE` items
lists them all, by regency: one page to read or filter. A larger one lists its regencies with
their counts, each leading to the regency's pages, and its newest `NEWEST` items: the
province's page grows with its number of regencies, not of items. A regency's page lists
`ONE_PAGE` items, newest first, and links its next pages: no page of them holds more cards."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.site.i18n import Text
from generator.site.routes import board_filtered, board_province_url, board_regency_url, board_url
from generator.site.sections.kemitraan.items import OFFERS, SEEKS, OpenItem
from generator.site.sections.kemitraan.views import NEWEST, Card, RegionGroup, card
from generator.site.views import Link

ONE_PAGE = 40  # item cards a province's or regency's page lists at most (a card is about 1 KB)


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
    # children: Card; on a province's page over `ONE_PAGE`, none: `href` leads to the regency's pages
    regencies: tuple[RegionGroup, ...]
    lastmod: dt.date | None
    board: str  # the board filtered by the province or regency
    contoh: bool = False  # its counts include sample KIMs
    newest: tuple[Card, ...] = ()  # on a province's page over `ONE_PAGE`: its newest `NEWEST` items
    up: Link | None = None  # on a regency's page: its province's page
    pages: tuple[Link, ...] = ()  # a regency's pages, where it has more than one
    page: int = 1  # which of them this is


def by_regency(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """`items` (of `open_items`, newest first) per regency code, in code order."""
    groups: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        groups[o.kim.place.regency_code].append(o)
    return dict(sorted(groups.items()))


def regency_pages(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """The regencies of a province (`items`: its open items) with pages of their own, with
    their items: all of them where the province's page does not list every item."""
    return by_regency(items) if len(items) > ONE_PAGE else {}


def page_count(items: list[OpenItem]) -> int:
    """A regency's pages (`regency_view`)."""
    return max(1, -(-len(items) // ONE_PAGE))


def province_view(code: str, items: list[OpenItem], t: Text, today: dt.date, name: str = "") -> ProvinceView:
    """A province's open items (`items`: its part of `open_items`, maybe none), by regency:
    all of them, or, over `ONE_PAGE`, the regencies with their counts and pages
    (`regency_pages`), and the newest `NEWEST`. `name`: the province's, for a page without items."""
    split = len(items) > ONE_PAGE
    groups = tuple(_group(reg, regs, () if split else regs, t, today, board_regency_url(reg, t.lang) if split else "")
                   for reg, regs in by_regency(items).items())
    name = items[0].kim.place.province if items else name or code
    return _view(code, name, board_province_url(code, t.lang), items, groups, t,
                 newest=tuple(card(o, t, today) for o in items[:NEWEST]) if split else ())


def regency_view(code: str, items: list[OpenItem], t: Text, today: dt.date, page: int = 1) -> ProvinceView:
    """The `page`-th `ONE_PAGE` open items of a regency with pages of its own (`regency_pages`)."""
    place = items[0].kim.place
    shown = items[(page - 1) * ONE_PAGE:page * ONE_PAGE]
    pages = tuple(Link(board_regency_url(code, t.lang, n), t.number(n)) for n in range(1, page_count(items) + 1))
    title = t("kem_prov_title", name=place.regency)
    return _view(code, place.regency, board_regency_url(code, t.lang, page), items,
                 (_group(code, items, shown, t, today),), t, title=title if page == 1 else t(
                     "kem_page_title", title=title, n=t.number(page)),
                 up=Link(board_province_url(code[:2], t.lang), t("kem_prov_title", name=place.province)),
                 pages=pages if len(pages) > 1 else (), page=page)


def _group(code: str, items: list[OpenItem], shown: list[OpenItem] | tuple, t: Text, today: dt.date,
           href: str = "") -> RegionGroup:
    """A regency's counts, with the cards of `shown` (of its `items`)."""
    kinds = Counter(o.kind for o in items)
    return RegionGroup(code, items[0].kim.place.regency, tuple(card(o, t, today) for o in shown), len(items),
                       href, kinds[SEEKS], kinds[OFFERS])


def _view(code: str, name: str, url: str, items: list[OpenItem], groups: tuple[RegionGroup, ...], t: Text,
          title: str = "", **where) -> ProvinceView:
    kinds = Counter(o.kind for o in items)
    return ProvinceView(
        code=code,
        name=name,
        url=url,
        title=title or t("kem_prov_title", name=name),
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
