"""The partnership board: open requests and offers, pages per partner type, partners, a feed.

Pure functions from the model to view models (and to the Atom feed's bytes); the
`PartnershipSection` hands them to the templates. Expired items (past `hingga`) never
leave `open_items`, so no page or feed built from it can show one. Contacts pass
`public_contacts`: a person's contact only with recorded consent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from typing import Iterator

from markupsafe import Markup

from .i18n import LANGS, Text
from .model import Kim, Kemitraan, Kontak, Peluang
from .richtext import render_markdown
from .site import Deferred, Page, Site, ThemePage, root_for
from .views import Contact, contact_view, lang_prefix, profile_url

SEEKS, OFFERS = "dicari", "ditawarkan"
KINDS = (SEEKS, OFFERS)
BOARD = "kemitraan/"
PARTNERS = "kemitraan/mitra/"
FEED = "kemitraan/feed.xml"
FEED_LIMIT = 500  # the newest entries; a feed reader only needs what is new
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all (validation already refuses most of them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# ---- the model side -------------------------------------------------------------------


@dataclass(frozen=True)
class OpenItem:
    """One open request (`dicari`) or offer (`ditawarkan`) of a KIM."""

    kim: Kim
    kind: str
    index: int  # position in the KIM's list, for a stable order
    item: Peluang

    @property
    def key(self) -> str:
        """Stable across builds and list reordering: the KIM, the kind and the title."""
        digest = hashlib.sha256(f"{self.kind}\n{self.item.judul}".encode()).hexdigest()[:12]
        return f"{self.kim.slug}/{self.kind}-{digest}"


def open_items(kims: list[Kim], today: dt.date) -> list[OpenItem]:
    """Every open item, newest profile first (then slug, requests before offers, file order)."""
    items = [OpenItem(kim, kind, i, p)
             for kim in kims
             for kind in KINDS
             for i, p in enumerate(kim.dicari if kind == SEEKS else kim.ditawarkan)
             if p.is_open(today)]
    return sorted(items, key=lambda o: (-o.kim.diperbarui.toordinal(), o.kim.slug, KINDS.index(o.kind), o.index))


def expired_items(kims: list[Kim], today: dt.date) -> list[OpenItem]:
    """The items past their `hingga` date: counted on profiles, shown nowhere."""
    return [OpenItem(kim, kind, i, p)
            for kim in kims
            for kind in KINDS
            for i, p in enumerate(kim.dicari if kind == SEEKS else kim.ditawarkan)
            if not p.is_open(today)]


def requests_for(items: list[OpenItem], jenis: str) -> list[OpenItem]:
    """The open requests (of `open_items`) that seek this partner type."""
    return [o for o in items if o.kind == SEEKS and jenis in o.item.jenis_mitra]


@lru_cache(maxsize=4096)
def _markdown(text: str) -> Markup:
    # One request shows on a page per partner type it seeks, in two languages, and in the feed.
    return render_markdown(text)


def public_contacts(kim: Kim) -> list[Kontak]:
    """The KIM's own contacts, and a person's only with recorded consent (UU 27/2022)."""
    return [c for c in kim.kontak
            if c.jenis == "lembaga" or (c.jenis == "pribadi" and c.izin_publikasi)]


def partner_key(name: str) -> str:
    """The name partners are grouped by: case folded, spaces collapsed."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class PartnerGroup:
    """One partner as named across KIMs' `kemitraan` lists."""

    key: str
    name: str  # the most common spelling
    types: tuple[str, ...]  # jenis codes, most common first
    links: tuple[tuple[Kim, Kemitraan], ...]  # by regency code, then KIM name

    @property
    def kims(self) -> list[Kim]:
        seen: dict[str, Kim] = {}
        for kim, _ in self.links:
            seen.setdefault(kim.slug, kim)
        return list(seen.values())


def aggregate_partners(kims: list[Kim]) -> list[PartnerGroup]:
    """Existing partnerships by partner, the partners working with the most KIMs first."""
    by_key: dict[str, list[tuple[Kim, Kemitraan]]] = defaultdict(list)
    for kim in kims:
        for k in kim.kemitraan:
            key = partner_key(k.mitra)
            if key:
                by_key[key].append((kim, k))
    groups = []
    for key, links in by_key.items():
        spellings = Counter(" ".join(k.mitra.split()) for _, k in links)
        # the most common spelling; on a tie, one in mixed case ("Bank Lampung", not "BANK LAMPUNG")
        name = min(spellings, key=lambda s: (-spellings[s], s.isupper(), s.islower(), s))
        types = Counter(k.jenis for _, k in links)
        links.sort(key=lambda kl: (kl[0].place.regency_code, kl[0].nama.casefold(), kl[0].slug))
        groups.append(PartnerGroup(key, name, tuple(sorted(types, key=lambda j: (-types[j], j))), tuple(links)))
    return sorted(groups, key=lambda g: (-len(g.kims), g.key))


# ---- view models ----------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    parent: str = ""  # a regency's province


@dataclass(frozen=True)
class Card:
    kind: str
    kind_label: str
    judul: str
    href: str  # relative to the site root
    kim: str
    place: str
    stale: bool
    jenis_mitra: tuple[str, ...]
    jenis_labels: tuple[str, ...]
    bidang: tuple[str, ...]
    bidang_labels: tuple[str, ...]
    hingga: str
    hingga_iso: str
    province: str
    regency: str


@dataclass(frozen=True)
class BoardView:
    cards: list[Card]
    seeks: int
    offers: int
    kims: int
    kinds: list[Option]
    types: list[Option]
    bidang: list[Option]
    provinces: list[Option]
    regencies: list[Option]


def place_text(kim: Kim) -> str:
    p = kim.place
    return f"{p.name}, Kec. {p.district}, {p.regency}"


def card(o: OpenItem, t: Text, today: dt.date) -> Card:
    p, kim = o.item, o.kim
    return Card(
        kind=o.kind,
        kind_label=t("seeks_partners" if o.kind == SEEKS else "offers_partners"),
        judul=p.judul,
        href=profile_url(kim.slug, t.lang) + "#peluang",
        kim=kim.nama,
        place=place_text(kim),
        stale=kim.is_stale(today),
        jenis_mitra=p.jenis_mitra,
        jenis_labels=tuple(t.label("jenis_mitra", j) for j in p.jenis_mitra),
        bidang=p.bidang,
        bidang_labels=tuple(t.label("bidang", b) for b in p.bidang),
        hingga=t.date(p.hingga) if p.hingga else "",
        hingga_iso=p.hingga.isoformat() if p.hingga else "",
        province=kim.place.province_code,
        regency=kim.place.regency_code,
    )


def board_view(items: list[OpenItem], t: Text, today: dt.date) -> BoardView:
    """The board's cards and filter menus, from `open_items`."""
    cards = [card(o, t, today) for o in items]
    kinds = Counter(c.kind for c in cards)
    types = Counter(j for c in cards for j in c.jenis_mitra)
    bidang = Counter(b for c in cards for b in c.bidang)
    provinces = Counter(c.province for c in cards)
    regencies = Counter(c.regency for c in cards)
    names = {}
    for o in items:
        names[o.kim.place.province_code] = o.kim.place.province
        names[o.kim.place.regency_code] = o.kim.place.regency
    vocab_bidang = t.vocab.values("bidang")
    return BoardView(
        cards=cards,
        seeks=kinds[SEEKS],
        offers=kinds[OFFERS],
        kims=len({o.kim.slug for o in items}),
        kinds=[Option(k, t("seeks_partners" if k == SEEKS else "offers_partners"), kinds[k]) for k in KINDS],
        types=[Option(j, t.label("jenis_mitra", j), types[j]) for j in t.vocab.values("jenis_mitra")],
        bidang=[Option(b, t.label("bidang", b), bidang[b])
                for b in sorted(bidang, key=lambda b: (vocab_bidang.index(b) if b in vocab_bidang else len(vocab_bidang), b))],
        provinces=[Option(c, names[c], provinces[c]) for c in sorted(provinces)],
        regencies=[Option(c, names[c], regencies[c], c[:2]) for c in sorted(regencies)],
    )


@dataclass(frozen=True)
class Request:
    judul: str
    uraian: Markup | None
    jenis_labels: tuple[str, ...]
    bidang_labels: tuple[str, ...]
    hingga: str
    hingga_iso: str


@dataclass(frozen=True)
class KimRequests:
    slug: str
    nama: str
    href: str
    place: str
    stale: bool
    requests: tuple[Request, ...]
    contacts: tuple[Contact, ...]


@dataclass(frozen=True)
class RegionGroup:
    code: str
    name: str
    children: tuple  # regencies of a province, or KimRequests of a regency
    count: int = 0  # the requests inside


@dataclass(frozen=True)
class JenisView:
    jenis: str
    label: str
    who: str
    url: str
    title: str
    requests: int
    kims: int
    regencies: int
    provinces: tuple[RegionGroup, ...]
    others: tuple[Option, ...]  # the other partner types, with their counts
    lastmod: dt.date | None


def audience(jenis: str, t: Text) -> str:
    """How the page addresses this kind of organisation ("perguruan tinggi", "universities")."""
    try:
        return t(f"kem_who_{jenis}")
    except KeyError:  # a partner type maintainers added to kosakata.yml without a phrase
        return t.label("jenis_mitra", jenis)


def jenis_view(open_: list[OpenItem], jenis: str, t: Text, today: dt.date) -> JenisView:
    """The open requests (of `open_items`) seeking `jenis`, by province, regency and KIM."""
    items = requests_for(open_, jenis)
    per_kim: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        per_kim[o.kim.slug].append(o)
    by_region: dict[str, dict[str, list[KimRequests]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    for slug in per_kim:
        entries = sorted(per_kim[slug], key=lambda o: o.index)
        kim = entries[0].kim
        p = kim.place
        names[p.province_code], names[p.regency_code] = p.province, p.regency
        by_region[p.province_code][p.regency_code].append(KimRequests(
            slug=kim.slug,
            nama=kim.nama,
            href=profile_url(kim.slug, t.lang),
            place=f"{p.name}, Kec. {p.district}",
            stale=kim.is_stale(today),
            requests=tuple(Request(
                judul=o.item.judul,
                uraian=_markdown(o.item.uraian) if o.item.uraian else None,
                jenis_labels=tuple(t.label("jenis_mitra", j) for j in o.item.jenis_mitra),
                bidang_labels=tuple(t.label("bidang", b) for b in o.item.bidang),
                hingga=t.date(o.item.hingga) if o.item.hingga else "",
                hingga_iso=o.item.hingga.isoformat() if o.item.hingga else "",
            ) for o in entries),
            contacts=tuple(contact_view(c, t) for c in public_contacts(kim)),
        ))
    def regency(code: str, blocks: list[KimRequests]) -> RegionGroup:
        blocks = sorted(blocks, key=lambda k: (k.nama.casefold(), k.slug))
        return RegionGroup(code, names[code], tuple(blocks), sum(len(k.requests) for k in blocks))

    provinces = []
    for prov, regs in sorted(by_region.items()):
        children = tuple(regency(code, blocks) for code, blocks in sorted(regs.items()))
        provinces.append(RegionGroup(prov, names[prov], children, sum(r.count for r in children)))
    counts = Counter(j for o in open_ if o.kind == SEEKS for j in o.item.jenis_mitra)
    who = audience(jenis, t)
    return JenisView(
        jenis=jenis,
        label=t.label("jenis_mitra", jenis),
        who=who,
        url=f"{lang_prefix(t.lang)}{BOARD}{jenis}/",
        title=t("kem_for_title", who=who),
        requests=len(items),
        kims=len(per_kim),
        regencies=sum(len(p.children) for p in provinces),
        provinces=tuple(provinces),
        others=tuple(Option(j, t.label("jenis_mitra", j), counts[j])
                     for j in t.vocab.values("jenis_mitra") if j != jenis),
        lastmod=max((o.kim.diperbarui for o in items), default=None),
    )


@dataclass(frozen=True)
class PartnerLink:
    href: str
    nama: str
    details: str  # since when, in what form


@dataclass(frozen=True)
class PartnerView:
    name: str
    types: tuple[str, ...]
    kims: int
    regencies: tuple[RegionGroup, ...]  # children: PartnerLink


@dataclass(frozen=True)
class PartnersView:
    partners: list[PartnerView]
    kims: int
    by_type: list[Option]


def partners_view(kims: list[Kim], t: Text) -> PartnersView:
    groups = aggregate_partners(kims)
    partners = []
    for g in groups:
        regencies: dict[str, list[PartnerLink]] = defaultdict(list)
        names = {}
        for kim, k in g.links:
            names[kim.place.regency_code] = kim.place.regency
            details = ", ".join(x for x in (k.sejak and f"{t('since')} {t.date(k.sejak)}", k.bentuk) if x)
            regencies[kim.place.regency_code].append(PartnerLink(profile_url(kim.slug, t.lang) + "#mitra", kim.nama, details))
        partners.append(PartnerView(
            name=g.name,
            types=tuple(t.label("jenis_mitra", j) for j in g.types),
            kims=len(g.kims),
            regencies=tuple(RegionGroup(code, names[code], tuple(links)) for code, links in regencies.items()),
        ))
    main_type = Counter(g.types[0] for g in groups)
    return PartnersView(
        partners=partners,
        kims=len({kim.slug for g in groups for kim in g.kims}),
        by_type=[Option(j, t.label("jenis_mitra", j), main_type[j]) for j in t.vocab.values("jenis_mitra") if main_type[j]],
    )


# ---- the Atom feed --------------------------------------------------------------------


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(items: list[OpenItem], today: dt.date, site_url: str, t: Text, limit: int = FEED_LIMIT) -> bytes:
    """The newest `limit` open requests and offers (of `open_items`, newest profile first)
    as Atom 1.0; the same input gives the same bytes."""
    items = items[:limit]
    absolute = site_url.startswith(("https://", "http://"))
    base = site_url if site_url.endswith("/") else site_url + "/"

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrs.items()})
        if text is not None:
            el.text = _xml_text(text)
        return el

    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": t.lang})
    sub(feed, "id", base + BOARD if absolute else "urn:direktori-kim:kemitraan")
    sub(feed, "title", t("kem_feed_title"))
    sub(feed, "subtitle", t("kem_feed_subtitle"))
    newest = max((o.kim.diperbarui for o in items), default=today)
    sub(feed, "updated", _stamp(newest))
    sub(feed, "link", rel="self", type="application/atom+xml", href=base + FEED)
    sub(feed, "link", rel="alternate", type="text/html", href=base + BOARD)
    author = sub(feed, "author")
    sub(author, "name", t("site_name"))
    sub(feed, "generator", "Direktori KIM")

    used: Counter[str] = Counter()
    for o in items:
        kim, p = o.kim, o.item
        used[o.key] += 1
        suffix = f"-{used[o.key]}" if used[o.key] > 1 else ""  # two items with one title
        page = base + profile_url(kim.slug, t.lang)
        entry = sub(feed, "entry")
        sub(entry, "id", (page + "#peluang-" + o.key.split("/", 1)[1] + suffix) if absolute
            else f"urn:direktori-kim:{o.key.replace('/', ':')}{suffix}")
        kind = t("seeks_partners" if o.kind == SEEKS else "offers_partners")
        sub(entry, "title", f"{kind}: {p.judul} ({kim.nama})")
        sub(entry, "updated", _stamp(kim.diperbarui))
        sub(entry, "link", rel="alternate", type="text/html", href=page + "#peluang")
        author = sub(entry, "author")
        sub(author, "name", kim.nama)
        sub(author, "uri", page)
        parts = [f"{kim.nama}, {place_text(kim)}, {kim.place.province}."]
        if p.jenis_mitra:
            parts.append(f"{t('partner_types')}: {', '.join(t.label('jenis_mitra', j) for j in p.jenis_mitra)}.")
        if p.bidang:
            parts.append(f"{t('focus')}: {', '.join(t.label('bidang', b) for b in p.bidang)}.")
        if p.hingga:
            parts.append(f"{t('until').capitalize()} {t.date(p.hingga)}.")
        sub(entry, "summary", " ".join(parts), type="text")
        if p.uraian:
            sub(entry, "content", str(_markdown(p.uraian)), type="html")
        for j in p.jenis_mitra:
            sub(entry, "category", term=j, label=t.label("jenis_mitra", j), scheme=base + BOARD)
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False) + b"\n"


# ---- the section ----------------------------------------------------------------------


def _other(url: str, lang: str) -> str:
    return url[3:] if lang == "en" else "en/" + url


class PartnershipSection:
    """/kemitraan/ (board), /kemitraan/<jenis>/, /kemitraan/mitra/ and kemitraan/feed.xml."""

    def __init__(self, site: Site) -> None:
        self.site = site

    @cached_property
    def items(self) -> list[OpenItem]:
        return open_items(self.site.kims, self.site.today)

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(f"{lang_prefix(lang)}{BOARD}index.md", lang, "kem_title",
                          partial(self.board_body, lang), lang == "id")
                for lang in LANGS]

    def board_body(self, lang: str, url: str) -> str:
        t = self.site.text[lang]
        v = board_view(self.items, t, self.site.today)
        return self.site.render("kemitraan.html", t=t, v=v, root=root_for(url), prefix=lang_prefix(lang),
                                other_url=_other(url, lang), feed=FEED)

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        # Rendered later (in parallel for a build); during `serve` a page is rendered again
        # only when its key, everything it shows, changes.
        prefix = lang_prefix(lang)
        sought = tuple(sorted(Counter(j for o in self.items if o.kind == SEEKS for j in o.item.jenis_mitra).items()))
        for jenis in self.site.vocab.values("jenis_mitra"):
            key = ("kemitraan", jenis, sought, tuple((o.kim, o.kind, o.index) for o in requests_for(self.items, jenis)))
            yield Deferred(f"{prefix}{BOARD}{jenis}/", key, partial(self._jenis_page, jenis, lang))
        partners = tuple(k for k in self.site.kims if k.kemitraan)
        yield Deferred(prefix + PARTNERS, ("kemitraan-mitra", partners), partial(self._partners_page, lang))

    def _jenis_page(self, jenis: str, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = jenis_view(self.items, jenis, t, site.today)
        body = site.render("kemitraan_jenis.html", t=t, v=v, root=root_for(v.url), prefix=lang_prefix(lang),
                           other_url=_other(v.url, lang), feed=FEED)
        description = t("kem_for_description", who=v.who, n=t.number(v.requests), k=t.number(v.kims))
        return Page(v.url, v.title, description, body, v.lastmod)

    def _partners_page(self, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = partners_view(site.kims, t)
        url = lang_prefix(lang) + PARTNERS
        body = site.render("kemitraan_mitra.html", t=t, v=v, root=root_for(url), prefix=lang_prefix(lang),
                           other_url=_other(url, lang))
        description = t("kem_partners_summary", n=t.number(len(v.partners)), k=t.number(v.kims))
        lastmod = max((k.diperbarui for k in site.kims if k.kemitraan), default=None)
        return Page(url, t("kem_partners_title"), description, body, lastmod)

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield FEED, atom_feed(self.items, self.site.today, self.site.site_url, self.site.text["id"])
