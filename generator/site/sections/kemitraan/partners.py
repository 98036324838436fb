"""View models of the board's pages of existing partnerships: /kemitraan/mitra/, the
partners KIMs work with, and the same per province (/kemitraan/mitra/<province>/) and, where
a province holds too many for one page, per regency (/kemitraan/mitra/<province>/<regency>/).

A partner or a KIM looking for the partners already at work opens these on a phone, often
on a weak connection, and without JavaScript every partnership must be reachable through
them. /kemitraan/mitra/ lists the `PARTNERS_LIMIT` partners working with the most KIMs, each
with at most `PARTNER_KIMS_LIMIT` of them, and the provinces with their counts: it grows with
neither. A province's page lists its KIMs' partnerships by regency and partner; one with more
than `ONE_PAGE` lists its regencies with their counts, each leading to the regency's page
with all of its partnerships."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from generator.model.kim import Kemitraan, Kim
from generator.site.i18n import Text
from generator.site.routes import mitra_url, partners_area_url, partners_url, profile_url
from generator.site.sections.kemitraan.items import PartnerGroup, aggregate_partners
from generator.site.sections.kemitraan.views import Option, RegionGroup
from generator.site.views import Link

PARTNERS_LIMIT = 20  # partners listed on /kemitraan/mitra/
PARTNER_KIMS_LIMIT = 5  # KIMs listed per partner there
ONE_PAGE = 60  # partnerships a province's page lists in full (one is about 250 bytes)

# One partnership: the partner (its group), the KIM, and what the KIM's file says of it.
Partnership = tuple[PartnerGroup, Kim, Kemitraan]


@dataclass(frozen=True)
class PartnerLink:
    href: str
    nama: str
    details: Markup  # since when, in what form (the KIM's words, marked)
    contoh: bool = False  # a sample KIM


@dataclass(frozen=True)
class PartnerView:
    name: str
    types: tuple[str, ...]
    kims: int
    regencies: tuple[RegionGroup, ...]  # children: PartnerLink; the first `PARTNER_KIMS_LIMIT` KIMs
    more: int  # KIMs not listed
    href: str = ""  # the partner's page (relative to the site root), when a partnership names its file
    contoh: bool = False  # a partnership of sample KIMs (`PartnerGroup.contoh`), labelled


@dataclass(frozen=True)
class PartnersView:
    partners: list[PartnerView]  # the first `PARTNERS_LIMIT`
    total: int  # all partners
    kims: int
    by_type: list[Option]
    provinces: tuple[Option, ...] = ()  # count: the partners working with its KIMs; href: its page
    contoh: bool = False  # its counts include sample KIMs
    samples: int = 0  # of `total`, the partnerships of sample KIMs


def partner_link(kim: Kim, k: Kemitraan, t: Text) -> PartnerLink:
    details = Markup(", ").join(x for x in (k.sejak and f"{t('since')} {t.date(k.sejak)}",
                                            k.bentuk and t.own(k.bentuk)) if x)
    return PartnerLink(profile_url(kim.slug, t.lang) + "#mitra", kim.nama, details, kim.contoh)


def partner_view(g: PartnerGroup, links: list[tuple[Kim, Kemitraan]], t: Text, more: int = 0) -> PartnerView:
    """`g` with `links` (some of its (KIM, partnership)), by regency."""
    regencies: dict[str, list[PartnerLink]] = defaultdict(list)
    names = {}
    for kim, k in links:
        names[kim.place.regency_code] = kim.place.regency
        regencies[kim.place.regency_code].append(partner_link(kim, k, t))
    return PartnerView(
        name=g.name,
        types=tuple(t.label("jenis_mitra", j) for j in g.types),
        kims=len(g.kims),
        regencies=tuple(RegionGroup(code, names[code], tuple(links)) for code, links in regencies.items()),
        more=more,
        href=mitra_url(g.slug, t.lang) if g.slug else "",
        contoh=g.contoh,
    )


def by_province(groups: list[PartnerGroup]) -> dict[str, list[Partnership]]:
    """Every partnership per province code, in code order; in each, the partners in the
    order of `groups` (most KIMs first)."""
    links: dict[str, list[Partnership]] = defaultdict(list)
    for g in groups:
        for kim, k in g.links:
            links[kim.place.province_code].append((g, kim, k))
    return dict(sorted(links.items()))


def partners_view(kims: list[Kim], t: Text, limit: int = PARTNERS_LIMIT,
                  kims_limit: int = PARTNER_KIMS_LIMIT, groups: list[PartnerGroup] | None = None) -> PartnersView:
    """The partners working with the most KIMs (`groups`: `aggregate_partners(kims, partners)`),
    and the provinces whose pages list every partnership."""
    groups = aggregate_partners(kims) if groups is None else groups
    partners = []
    for g in groups[:limit]:
        listed: set[str] = set()
        links = []
        for kim, k in g.links:
            if kim.slug in listed or len(listed) < kims_limit:
                listed.add(kim.slug)
                links.append((kim, k))
        partners.append(partner_view(g, links, t, len(g.kims) - len(listed)))
    main_type = Counter(g.types[0] for g in groups)
    return PartnersView(
        partners=partners,
        total=len(groups),
        kims=len({kim.slug for g in groups for kim in g.kims}),
        by_type=[Option(j, t.label("jenis_mitra", j), main_type[j]) for j in t.vocab.values("jenis_mitra") if main_type[j]],
        provinces=tuple(Option(code, links[0][1].place.province, len({(g.key, g.contoh) for g, _, _ in links}),
                               href=partners_area_url(code, t.lang))
                        for code, links in by_province(groups).items()),
        contoh=any(kim.contoh for g in groups for kim in g.kims),
        samples=sum(g.contoh for g in groups),
    )


@dataclass(frozen=True)
class PartnersArea:
    """A province's page of partnerships, or a regency's."""

    code: str
    name: str
    url: str
    partners: int
    kims: int
    regencies: tuple[RegionGroup, ...]  # children: PartnerView; none where `href` leads to the regency's page
    trail: tuple[Link, ...]  # the pages above it, from /kemitraan/mitra/ down
    contoh: bool = False  # its counts include sample KIMs

    @property
    def regency(self) -> bool:
        """A regency's page: its one group is the page itself, unnamed."""
        return "." in self.code


# A page's partnerships by regency code, in code order (a regency's page: that one regency).
Areas = dict[str, list[Partnership]]


def _by_regency(links: list[Partnership]) -> Areas:
    regencies: dict[str, list[Partnership]] = defaultdict(list)
    for link in links:
        regencies[link[1].place.regency_code].append(link)
    return dict(sorted(regencies.items()))


def area_pages(groups: list[PartnerGroup]) -> dict[str, Areas]:
    """Every page of partnerships by its code, with its partnerships split by regency once
    for all of them: each province's, and, in a province with more than `ONE_PAGE`, each of
    its regencies'."""
    pages: dict[str, Areas] = {}
    for province, links in by_province(groups).items():
        pages[province] = regencies = _by_regency(links)
        if _paged(links):
            pages.update((code, {code: of}) for code, of in regencies.items())
    return pages


def _paged(links: list[Partnership]) -> bool:
    """Whether a province's partnerships (`links`) go on its regencies' pages."""
    return len(links) > ONE_PAGE


def area_links(regencies: Areas) -> list[Partnership]:
    return [link for links in regencies.values() for link in links]


def area_view(code: str, regencies: Areas, t: Text) -> PartnersArea:
    """The partnerships of a province's KIMs or of a regency's (a code with a dot), as
    `area_pages` splits them, by regency and partner."""
    links = area_links(regencies)
    place = links[0][1].place
    regency = "." in code
    own = regencies if not regency and _paged(links) else ()
    groups = []
    for reg, of_regency in regencies.items():
        partners: dict[tuple[str, bool], list[Partnership]] = defaultdict(list)
        for g, kim, k in of_regency:
            partners[g.key, g.contoh].append((g, kim, k))
        children = () if reg in own else tuple(partner_view(entries[0][0], [(kim, k) for _, kim, k in entries], t)
                                               for entries in partners.values())
        groups.append(RegionGroup(reg, of_regency[0][1].place.regency, children, len(of_regency),
                                  partners_area_url(reg, t.lang) if reg in own else ""))
    trail = (Link(partners_url(t.lang), t("kem_partners_title")),)
    if regency:
        trail += (Link(partners_area_url(code[:2], t.lang), t("kem_partners_area_title", name=place.province)),)
    return PartnersArea(
        code=code,
        name=place.regency if regency else place.province,
        url=partners_area_url(code, t.lang),
        partners=len({(g.key, g.contoh) for g, _, _ in links}),
        kims=len({kim.slug for _, kim, _ in links}),
        regencies=tuple(groups),
        trail=trail,
        contoh=any(kim.contoh for _, kim, _ in links),
    )


def area_key(regencies: Areas) -> tuple:
    """Everything a province's or regency's page of partnerships shows."""
    return tuple((g.key, g.name, g.types, g.slug, g.contoh, len(g.kims), kim.slug, kim.nama, kim.contoh, kim.place, k)
                 for g, kim, k in area_links(regencies))
