"""The partnership board: open requests and offers, pages per province and per partner type,
partners, the board's index and data files, a feed.

Pure functions from the model to view models (and to the bytes of the JSON files and the Atom
feed); the `PartnershipSection` hands them to the templates. Expired items (past `hingga`)
never leave `open_items`, so no page or file built from it can show one. Pages show
`consented_contacts`: a person's contact only with recorded consent; the data files and the
feed are made from `model.for_bulk` KIMs, without personal contacts.

What grows with the catalogue, and where (nothing on a page of the whole country):

- `/kemitraan/` shows the newest `NEWEST` items, the filter menus (bounded by the region
  list and the vocabulary) and the provinces with their counts. Its script
  (theme/assets/kim/kemitraan.js) filters over the whole country from `kemitraan/indeks.json`
  (one short row per open item, see `board_index`) and fetches the cards it shows from
  `kemitraan/data/<province>-<part>.json` (`PART` items each, newest first, see
  `board_parts`), only the parts holding the cards on screen.
- `/kemitraan/<province>/` lists every open item of one province, by regency: the way to
  every item without JavaScript. Its size grows with its province only.
- `/kemitraan/<jenis>/` counts the requests for that partner type per province (linking to
  the province pages) and shows the newest `NEWEST` of them with their contacts.
- `/kemitraan/mitra/` lists the `PARTNERS_LIMIT` partners working with the most KIMs, each
  with at most `PARTNER_KIMS_LIMIT` KIMs.
- `kemitraan/feed.xml` holds the newest `FEED_LIMIT` items.
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

from generator.model.kim import Kemitraan, Kim, Peluang, consented_contacts
from generator.model.vocab import Vocab
from generator.site.core import Site
from generator.site.i18n import LANGS, Text
from generator.site.jsonout import json_bytes
from generator.site.pages import Deferred, Page, ThemePage, root_for
from generator.site.richtext import render_markdown
from generator.site.routes import BOARD_DATA as DATA
from generator.site.routes import BOARD_FEED as FEED
from generator.site.routes import BOARD_INDEX as INDEX
from generator.site.routes import (
    board_part,
    board_province_url,
    board_type_url,
    board_url,
    lang_prefix,
    other_language,
    partners_url,
    profile_url,
    source,
)
from generator.site.textfold import page_words
from generator.site.views import Contact, contact_view, script_json

SEEKS, OFFERS = "dicari", "ditawarkan"
KINDS = (SEEKS, OFFERS)
FEED_LIMIT = 500  # the newest entries; a feed reader only needs what is new
NEWEST = 30  # cards on the board (and on its pages of results), requests on a partner type's page
PART = 50  # items per data file of a province
PARTNERS_LIMIT = 100  # partners listed on /kemitraan/mitra/
PARTNER_KIMS_LIMIT = 10  # KIMs listed per partner
MAX_WORDS = 8  # search words of an item's title in the index
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all (validation already refuses most of them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_STOP = frozenset("yang dan di ke dari untuk dengan dalam pada ini itu atau juga oleh serta bagi agar kim".split())


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
    row: int = -1  # the item's row in the board's index (its place in `open_items`)
    contoh: bool = False  # of a sample KIM


@dataclass(frozen=True)
class BoardView:
    cards: list[Card]  # the newest `NEWEST`
    total: int
    seeks: int
    offers: int
    kims: int
    kinds: list[Option]
    types: list[Option]
    bidang: list[Option]
    provinces: list[Option]
    regencies: list[Option]
    labels: Markup  # JSON for the page's script


def place_text(kim: Kim) -> str:
    p = kim.place
    return f"{p.name}, Kec. {p.district}, {p.regency}"


def card(o: OpenItem, t: Text, today: dt.date, row: int = -1) -> Card:
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
        row=row,
        contoh=kim.contoh,
    )


def _bidang_order(values, vocab: Vocab) -> list[str]:
    known = vocab.values("bidang")
    return sorted(values, key=lambda b: (known.index(b) if b in known else len(known), b))


def board_labels(t: Text) -> Markup:
    """What the board's script needs to write cards and counts in the page's language."""
    return script_json({
        "jenis": [[j, t.label("jenis_mitra", j)] for j in t.vocab.values("jenis_mitra")],
        "bidang": [[b, t.label("bidang", b)] for b in t.vocab.values("bidang")],
        "arah": {k: t("seeks_partners" if k == SEEKS else "offers_partners") for k in KINDS},
        "bulan": [t.date(dt.date(2000, m, 1)).split(" ")[1] for m in range(1, 13)],
        "teks": {"partner_types": t("partner_types"), "until": t("until"), "stale": t("stale"),
                 "contoh": t("contoh_label"),
                 "more": t("kem_show_more"), "loading": t("kem_loading"), "error": t("kem_load_error")},
    })


def board_view(items: list[OpenItem], t: Text, today: dt.date, limit: int = NEWEST) -> BoardView:
    """The board's newest cards, counts and filter menus, from `open_items`."""
    kinds = Counter(o.kind for o in items)
    types = Counter(j for o in items for j in o.item.jenis_mitra)
    bidang = Counter(b for o in items for b in o.item.bidang)
    provinces = Counter(o.kim.place.province_code for o in items)
    regencies = Counter(o.kim.place.regency_code for o in items)
    names = {}
    for o in items:
        names[o.kim.place.province_code] = o.kim.place.province
        names[o.kim.place.regency_code] = o.kim.place.regency
    return BoardView(
        cards=[card(o, t, today, row) for row, o in enumerate(items[:limit])],
        total=len(items),
        seeks=kinds[SEEKS],
        offers=kinds[OFFERS],
        kims=len({o.kim.slug for o in items}),
        kinds=[Option(k, t("seeks_partners" if k == SEEKS else "offers_partners"), kinds[k]) for k in KINDS],
        types=[Option(j, t.label("jenis_mitra", j), types[j]) for j in t.vocab.values("jenis_mitra")],
        bidang=[Option(b, t.label("bidang", b), bidang[b]) for b in _bidang_order(bidang, t.vocab)],
        provinces=[Option(c, names[c], provinces[c]) for c in sorted(provinces)],
        regencies=[Option(c, names[c], regencies[c], c[:2]) for c in sorted(regencies)],
        labels=board_labels(t),
    )


# ---- the board's index and data files --------------------------------------------------


@lru_cache(maxsize=4096)
def title_words(title: str) -> str:
    """The words an item is found by, beyond its KIM, region and labels: its title's, up to
    `MAX_WORDS`, without the shortest and the commonest."""
    words: list[str] = []
    for w in page_words(title):
        if len(w) >= 3 and w not in _STOP and w not in words:
            words.append(w)
    return " ".join(words[:MAX_WORDS])


def name_words(name: str) -> str:
    return " ".join(w for w in page_words(name) if w != "kim")


def _mask(values, order: tuple[str, ...]) -> int:
    return sum(1 << order.index(v) for v in set(values) if v in order)


def part_row(o: OpenItem, today: dt.date) -> list:
    """What a card shows beyond its row in the index: no contact, no description."""
    kim = o.kim
    return [o.item.judul, kim.nama, kim.slug, kim.place.name, kim.place.district,
            o.item.hingga.isoformat() if o.item.hingga else "", int(kim.is_stale(today)), int(kim.contoh)]


def board_parts(items: list[OpenItem], today: dt.date) -> dict[str, bytes]:
    """`kemitraan/data/<province>-<n>.json`: the cards of a province's items, `PART` a
    file, in the index's order (newest first); the same for both languages. A file is a
    list of `part_row`s; the i-th item of a province (in index order) is row i % PART of
    part i // PART."""
    return {board_part(prov, n // PART): json_bytes([part_row(o, today) for o in rows[n:n + PART]], newline=True)
            for prov, rows in province_items(items).items() for n in range(0, len(rows), PART)}


def board_index(items: list[OpenItem], vocab: Vocab, version: str) -> bytes:
    """`kemitraan/indeks.json`: the open items in the order of `open_items` (newest first),
    where a KIM's items follow each other. Per KIM, in the order of its first item, as
    parallel arrays: `n` its number of items, `k` its regency (a position in `kab`, the
    codes), `nama` its `name_words`. Per item: `a` 0 for a request and 1 for an offer, `m`
    and `b` bit masks over the vocabulary's partner types and bidang, `w` its `title_words`.
    `bagian` is the items per data file, `versi` a hash of those files (the page asks for
    them with it)."""
    regencies = sorted({o.kim.place.regency_code for o in items})
    position = {code: i for i, code in enumerate(regencies)}
    types, bidang = vocab.values("jenis_mitra"), vocab.values("bidang")
    kims: list[Kim] = []
    counts: list[int] = []
    for o in items:
        if kims and kims[-1].slug == o.kim.slug:
            counts[-1] += 1
        else:
            kims.append(o.kim)
            counts.append(1)
    if len(kims) != len({k.slug for k in kims}):
        raise ValueError("the board's items must come KIM by KIM (see open_items)")
    return json_bytes({
        "bagian": PART,
        "versi": version,
        "kab": regencies,
        "n": counts,
        "k": [position[k.place.regency_code] for k in kims],
        "nama": [name_words(k.nama) for k in kims],
        "a": [KINDS.index(o.kind) for o in items],
        "m": [_mask(o.item.jenis_mitra, types) for o in items],
        "b": [_mask(o.item.bidang, bidang) for o in items],
        "w": [title_words(o.item.judul) for o in items],
    }, newline=True)


def board_files(items: list[OpenItem], vocab: Vocab, today: dt.date) -> dict[str, bytes]:
    parts = board_parts(items, today)
    digest = hashlib.sha256()
    for path, data in sorted(parts.items()):
        digest.update(path.encode() + b"\0" + data)
    index = board_index(items, vocab, digest.hexdigest()[:12])
    return {INDEX: index, **parts}


def index_version(index: bytes) -> str:
    return hashlib.sha256(index).hexdigest()[:12]


# ---- a province's page ----------------------------------------------------------------


@dataclass(frozen=True)
class RegionGroup:
    code: str
    name: str
    children: tuple  # regencies of a province, or KimRequests / Cards of a regency
    count: int = 0  # the requests inside


@dataclass(frozen=True)
class ProvinceView:
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


def province_items(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """The open items (of `open_items`, in its order) by province code."""
    by_province: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        by_province[o.kim.place.province_code].append(o)
    return dict(sorted(by_province.items()))


def province_view(code: str, items: list[OpenItem], t: Text, today: dt.date) -> ProvinceView:
    """Every open item of one province (`items`: its part of `open_items`), by regency."""
    by_regency: dict[str, list[OpenItem]] = defaultdict(list)
    names = {}
    for o in items:
        by_regency[o.kim.place.regency_code].append(o)
        names[o.kim.place.regency_code] = o.kim.place.regency
    name = items[0].kim.place.province if items else code
    kinds = Counter(o.kind for o in items)
    return ProvinceView(
        code=code,
        name=name,
        url=board_province_url(code, t.lang),
        title=t("kem_prov_title", name=name),
        total=len(items),
        seeks=kinds[SEEKS],
        offers=kinds[OFFERS],
        kims=len({o.kim.slug for o in items}),
        regencies=tuple(RegionGroup(reg, names[reg], tuple(card(o, t, today) for o in regs), len(regs))
                        for reg, regs in sorted(by_regency.items())),
        lastmod=max((o.kim.diperbarui for o in items), default=None),
    )


def province_key(code: str, items: list[OpenItem], today: dt.date) -> tuple:
    """Everything a province's page shows (and its date for the sitemap)."""
    return ("kemitraan-prov", code, tuple(
        (o.kind, o.item.judul, o.item.jenis_mitra, o.item.bidang, o.item.hingga, o.kim.slug, o.kim.nama,
         o.kim.place, o.kim.is_stale(today), o.kim.diperbarui, o.kim.contoh) for o in items))


# ---- a partner type's page ------------------------------------------------------------


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
    contoh: bool = False  # a sample KIM


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
    provinces: tuple[Option, ...]  # the provinces with requests, their counts
    newest: tuple[KimRequests, ...]  # the newest `NEWEST` requests, by KIM
    shown: int  # requests in `newest`
    others: tuple[Option, ...]  # the other partner types, with their counts
    lastmod: dt.date | None


def audience(jenis: str, t: Text) -> str:
    """How the page addresses this kind of organisation ("perguruan tinggi", "universities")."""
    try:
        return t(f"kem_who_{jenis}")
    except KeyError:  # a partner type maintainers added to kosakata.yml without a phrase
        return t.label("jenis_mitra", jenis)


def _kim_requests(entries: list[OpenItem], t: Text, today: dt.date) -> KimRequests:
    kim = entries[0].kim
    return KimRequests(
        slug=kim.slug,
        nama=kim.nama,
        href=profile_url(kim.slug, t.lang),
        place=place_text(kim),
        stale=kim.is_stale(today),
        requests=tuple(Request(
            judul=o.item.judul,
            uraian=_markdown(o.item.uraian) if o.item.uraian else None,
            jenis_labels=tuple(t.label("jenis_mitra", j) for j in o.item.jenis_mitra),
            bidang_labels=tuple(t.label("bidang", b) for b in o.item.bidang),
            hingga=t.date(o.item.hingga) if o.item.hingga else "",
            hingga_iso=o.item.hingga.isoformat() if o.item.hingga else "",
        ) for o in entries),
        contacts=tuple(contact_view(c, t) for c in consented_contacts(kim)),
        contoh=kim.contoh,
    )


def jenis_view(open_: list[OpenItem], jenis: str, t: Text, today: dt.date, limit: int = NEWEST) -> JenisView:
    """The open requests (of `open_items`) seeking `jenis`: counts per province, and the
    newest `limit` of them grouped by KIM (newest KIM first)."""
    items = requests_for(open_, jenis)
    per_kim: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items[:limit]:
        per_kim[o.kim.slug].append(o)
    provinces = Counter(o.kim.place.province_code for o in items)
    names = {o.kim.place.province_code: o.kim.place.province for o in items}
    counts = Counter(j for o in open_ if o.kind == SEEKS for j in o.item.jenis_mitra)
    who = audience(jenis, t)
    return JenisView(
        jenis=jenis,
        label=t.label("jenis_mitra", jenis),
        who=who,
        url=board_type_url(jenis, t.lang),
        title=t("kem_for_title", who=who),
        requests=len(items),
        kims=len({o.kim.slug for o in items}),
        regencies=len({o.kim.place.regency_code for o in items}),
        provinces=tuple(Option(c, names[c], provinces[c]) for c in sorted(provinces)),
        newest=tuple(_kim_requests(sorted(entries, key=lambda o: o.index), t, today) for entries in per_kim.values()),
        shown=min(len(items), limit),
        others=tuple(Option(j, t.label("jenis_mitra", j), counts[j])
                     for j in t.vocab.values("jenis_mitra") if j != jenis),
        lastmod=max((o.kim.diperbarui for o in items), default=None),
    )


def jenis_key(open_: list[OpenItem], jenis: str, today: dt.date, limit: int = NEWEST) -> tuple:
    """Everything a partner type's page shows (and its date for the sitemap)."""
    items = requests_for(open_, jenis)
    sought = tuple(sorted(Counter(j for o in open_ if o.kind == SEEKS for j in o.item.jenis_mitra).items()))
    return ("kemitraan", jenis, sought,
            tuple(sorted(Counter((o.kim.place.province_code, o.kim.place.province) for o in items).items())),
            len({o.kim.slug for o in items}), len({o.kim.place.regency_code for o in items}),
            max((o.kim.diperbarui for o in items), default=None),
            tuple((o.kim, o.kind, o.index, o.kim.is_stale(today)) for o in items[:limit]))


# ---- the partners' page ---------------------------------------------------------------


@dataclass(frozen=True)
class PartnerLink:
    href: str
    nama: str
    details: str  # since when, in what form
    contoh: bool = False  # a sample KIM


@dataclass(frozen=True)
class PartnerView:
    name: str
    types: tuple[str, ...]
    kims: int
    regencies: tuple[RegionGroup, ...]  # children: PartnerLink; the first `PARTNER_KIMS_LIMIT` KIMs
    more: int  # KIMs not listed


@dataclass(frozen=True)
class PartnersView:
    partners: list[PartnerView]  # the first `PARTNERS_LIMIT`
    total: int  # all partners
    kims: int
    by_type: list[Option]


def partners_view(kims: list[Kim], t: Text, limit: int = PARTNERS_LIMIT,
                  kims_limit: int = PARTNER_KIMS_LIMIT, groups: list[PartnerGroup] | None = None) -> PartnersView:
    """The partners working with the most KIMs (`groups`: `aggregate_partners(kims)`)."""
    groups = aggregate_partners(kims) if groups is None else groups
    partners = []
    for g in groups[:limit]:
        regencies: dict[str, list[PartnerLink]] = defaultdict(list)
        names = {}
        listed: set[str] = set()
        for kim, k in g.links:
            if kim.slug not in listed and len(listed) >= kims_limit:
                continue
            listed.add(kim.slug)
            names[kim.place.regency_code] = kim.place.regency
            details = ", ".join(x for x in (k.sejak and f"{t('since')} {t.date(k.sejak)}", k.bentuk) if x)
            regencies[kim.place.regency_code].append(
                PartnerLink(profile_url(kim.slug, t.lang) + "#mitra", kim.nama, details, kim.contoh))
        partners.append(PartnerView(
            name=g.name,
            types=tuple(t.label("jenis_mitra", j) for j in g.types),
            kims=len(g.kims),
            regencies=tuple(RegionGroup(code, names[code], tuple(links)) for code, links in regencies.items()),
            more=len(g.kims) - len(listed),
        ))
    main_type = Counter(g.types[0] for g in groups)
    return PartnersView(
        partners=partners,
        total=len(groups),
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
    sub(feed, "id", base + board_url(t.lang) if absolute else "urn:direktori-kim:kemitraan")
    sub(feed, "title", t("kem_feed_title"))
    sub(feed, "subtitle", t("kem_feed_subtitle"))
    newest = max((o.kim.diperbarui for o in items), default=today)
    sub(feed, "updated", _stamp(newest))
    sub(feed, "link", rel="self", type="application/atom+xml", href=base + FEED)
    sub(feed, "link", rel="alternate", type="text/html", href=base + board_url(t.lang))
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
        sample = " " + t("contoh_feed") if kim.contoh else ""
        sub(entry, "title", f"{kind}: {p.judul} ({kim.nama}){sample}")
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
            sub(entry, "category", term=j, label=t.label("jenis_mitra", j), scheme=base + board_url(t.lang))
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False) + b"\n"


# ---- the section ----------------------------------------------------------------------


class PartnershipSection:
    """/kemitraan/ (board), /kemitraan/<province>/, /kemitraan/<jenis>/, /kemitraan/mitra/,
    kemitraan/feed.xml, and the board's kemitraan/indeks.json and kemitraan/data/."""

    def __init__(self, site: Site) -> None:
        self.site = site

    @cached_property
    def items(self) -> list[OpenItem]:
        return open_items(self.site.kims, self.site.today)

    @cached_property
    def by_province(self) -> dict[str, list[OpenItem]]:
        return province_items(self.items)

    @cached_property
    def bulk_items(self) -> list[OpenItem]:
        """`items` for the data files and the feed: of `model.for_bulk` KIMs."""
        return open_items(self.site.bulk_kims, self.site.today)

    @cached_property
    def data_files(self) -> dict[str, bytes]:
        return board_files(self.bulk_items, self.site.vocab, self.site.today)

    @cached_property
    def partner_groups(self) -> list[PartnerGroup]:
        return aggregate_partners(self.site.kims)

    @cached_property
    def jenis_keys(self) -> dict[str, tuple]:
        """The key of each partner type's page: the same in both languages, so made once."""
        return {jenis: jenis_key(self.items, jenis, self.site.today)
                for jenis in self.site.vocab.values("jenis_mitra")}

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(source(board_url(lang)), lang, "kem_title",
                          partial(self.board_body, lang), lang == "id")
                for lang in LANGS]

    def board_body(self, lang: str, url: str) -> str:
        t = self.site.text[lang]
        v = board_view(self.items, t, self.site.today)
        index = f"{INDEX}?v={index_version(self.data_files[INDEX])}"
        return self.site.render("kemitraan.html", t=t, v=v, root=root_for(url), prefix=lang_prefix(lang),
                                other_url=other_language(url, lang), feed=FEED, index=index, data=DATA,
                                note=self.site.sample_note(t))

    def shell_pages(self, lang: str) -> Iterator[Deferred]:
        # Rendered later (in parallel for a build); during `serve` a page is rendered again
        # only when its key, everything it shows, changes.
        for code, items in self.by_province.items():
            yield Deferred(board_province_url(code, lang), partial(self._province_key, code, items),
                           partial(self._province_page, code, lang))
        for jenis in self.site.vocab.values("jenis_mitra"):
            yield Deferred(board_type_url(jenis, lang), partial(self._jenis_key, jenis),
                           partial(self._jenis_page, jenis, lang))
        yield Deferred(partners_url(lang), self._partners_key, partial(self._partners_page, lang))

    def _province_page(self, code: str, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = province_view(code, self.by_province.get(code, []), t, site.today)
        body = site.render("kemitraan_provinsi.html", t=t, v=v, root=root_for(v.url), prefix=lang_prefix(lang),
                           other_url=other_language(v.url, lang), feed=FEED, note=site.sample_note(t))
        description = t("kem_prov_description", open=t.number(v.total), kims=t.number(v.kims), name=v.name)
        return Page(v.url, v.title, description, body, v.lastmod)

    # The keys of the pages below: what each shows, and the site's notice about sample KIMs.

    def _province_key(self, code: str, items: list[OpenItem]) -> tuple:
        return province_key(code, items, self.site.today), self.site.samples

    def _jenis_key(self, jenis: str) -> tuple:
        return self.jenis_keys[jenis], self.site.samples

    def _jenis_page(self, jenis: str, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = jenis_view(self.items, jenis, t, site.today)
        body = site.render("kemitraan_jenis.html", t=t, v=v, root=root_for(v.url), prefix=lang_prefix(lang),
                           other_url=other_language(v.url, lang), feed=FEED, note=site.sample_note(t))
        description = t("kem_for_description", who=v.who, n=t.number(v.requests), k=t.number(v.kims))
        return Page(v.url, v.title, description, body, v.lastmod)

    def _partners_key(self) -> tuple:
        return "kemitraan-mitra", tuple(k for k in self.site.kims if k.kemitraan), self.site.samples

    def _partners_page(self, lang: str) -> Page:
        site, t = self.site, self.site.text[lang]
        v = partners_view(site.kims, t, groups=self.partner_groups)
        url = partners_url(lang)
        body = site.render("kemitraan_mitra.html", t=t, v=v, root=root_for(url), prefix=lang_prefix(lang), limit=PARTNER_KIMS_LIMIT,
                           other_url=other_language(url, lang), note=site.sample_note(t))
        description = t("kem_partners_summary", n=t.number(v.total), k=t.number(v.kims))
        lastmod = max((k.diperbarui for k in site.kims if k.kemitraan), default=None)
        return Page(url, t("kem_partners_title"), description, body, lastmod)

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield FEED, atom_feed(self.bulk_items, self.site.today, self.site.site_url, self.site.text["id"])
        yield from sorted(self.data_files.items())
