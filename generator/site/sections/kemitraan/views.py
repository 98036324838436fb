"""View models of the board's pages: the board and a partner type's page, with the cards they
show (a province's in province.py, the partners' in partners.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from markupsafe import Markup

from generator.model.kim import Kim, consented_contacts
from generator.model.placewords import level_key
from generator.model.vocab import Vocab
from generator.site.contacts import Contact, contact_view
from generator.site.i18n import Text
from generator.site.pagejson import script_json
from generator.site.richtext import render_markdown
from generator.site.routes import (
    board_filtered,
    board_province_url,
    board_type_url,
    board_url,
    profile_url,
)
from generator.site.sections.kemitraan.items import (
    KINDS,
    OFFERS,
    SEEKS,
    OpenItem,
    discussed,
    item_types,
    offers_for,
    requests_for,
)

NEWEST = 20  # cards on the board (and on its pages of results)
FOR_TYPE = 10  # requests, and offers, on a partner type's page: each with its description and contacts


@lru_cache(maxsize=4096)
def markdown(text: str) -> Markup:
    # One request shows on a page per partner type it seeks, in two languages, and in the feed.
    return render_markdown(text)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    programmes: int = 0  # a province's open partner programmes
    href: str = ""  # the page it links to, relative to the site root, where it is a link


@dataclass(frozen=True)
class Card:
    kind: str
    kind_label: str
    judul: str
    href: str  # relative to the site root
    kim: str
    place: str
    # The KIM's name, village, district and regency, "|" between them: what the province
    # page's script searches for a region named in the query (kemitraan-province.js)
    places: str
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
    types_label: str = ""  # "Jenis mitra" of a request, "Untuk mitra" of an offer
    diunggah: str = ""  # posted
    diunggah_iso: str = ""
    jangkauan: str = ""  # "menjangkau 1.200 orang"
    sk: str = ""  # the KIM's highest SK level
    kegiatan: str = ""  # the date of the KIM's latest activity
    kegiatan_iso: str = ""
    dibahas: bool = False  # a request under discussion with a partner (`status: dibahas`)


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
    labels: Markup  # JSON for the page's script
    samples: int = 0  # of `total`, the items of sample KIMs


def place_text(kim: Kim, t: Text) -> str:
    p = kim.place
    return f"{p.name}, {t.district(p.district, p.code)}, {p.regency}"


def card(o: OpenItem, t: Text, today: dt.date, row: int = -1) -> Card:
    p, kim = o.item, o.kim
    types = item_types(o)
    latest = kim.kegiatan[0].tanggal if kim.kegiatan else None  # newest first
    return Card(
        kind=o.kind,
        kind_label=t("seeks_partners" if o.kind == SEEKS else "offers_partners"),
        judul=p.judul,
        href=profile_url(kim.slug, t.lang) + "#peluang",
        kim=kim.nama,
        place=place_text(kim, t),
        places="|".join((kim.nama, kim.place.name, kim.place.district, kim.place.regency)),
        stale=kim.is_stale(today),
        jenis_mitra=types,
        jenis_labels=tuple(t.label("jenis_mitra", j) for j in types),
        bidang=p.bidang,
        bidang_labels=tuple(t.label("bidang", b) for b in p.bidang),
        hingga=t.date(p.hingga) if p.hingga else "",
        hingga_iso=p.hingga.isoformat() if p.hingga else "",
        province=kim.place.province_code,
        regency=kim.place.regency_code,
        row=row,
        contoh=kim.contoh,
        types_label=t("partner_types" if o.kind == SEEKS else "meant_for"),
        diunggah=t.date(p.diunggah),
        diunggah_iso=p.diunggah.isoformat() if p.diunggah else "",
        jangkauan=t("reach_people", n=t.number(p.jangkauan)) if p.jangkauan else "",
        sk=t.sk_level(kim.top_sk.tingkat, kim.place.code) if kim.top_sk else "",
        kegiatan=t.date(latest),
        kegiatan_iso=latest.isoformat() if latest else "",
        dibahas=discussed(o),
    )


def _bidang_order(values, vocab: Vocab) -> list[str]:
    known = vocab.values("bidang")
    return sorted(values, key=lambda b: (known.index(b) if b in known else len(known), b))


def board_labels(t: Text, provinces: Iterable[str]) -> Markup:
    """What the board's script needs to write cards and counts in the page's language; a
    district's name and an SK's level in each of the `provinces` ("Kec. {name}", "desa"; in Papua
    "Distrik {name}", "kampung": `level_key`)."""
    return script_json({
        "jenis": [[j, t.label("jenis_mitra", j)] for j in t.vocab.values("jenis_mitra")],
        "bidang": [[b, t.label("bidang", b)] for b in t.vocab.values("bidang")],
        "bentuk": [[b, t.label("bentuk_program", b)] for b in t.vocab.values("bentuk_program")],
        "arah": {k: t("seeks_partners" if k == SEEKS else "offers_partners") for k in KINDS},
        "sk": {level_key(s, p): t.sk_level(s, p) for p in provinces for s in t.vocab.values("sk_tingkat")},
        "bulan": [t.date(dt.date(2000, m, 1)).split(" ")[1] for m in range(1, 13)],
        "teks": {"partner_types": t("partner_types"), "meant_for": t("meant_for"), "until": t("until"), "stale": t("stale"),
                 "posted": t("posted"), "reach": t("reach_people"), "sk": t("sk_highest"), "activity": t("latest_activity"),
                 "programme": t("kem_programme"), "work_area": t("kem_work_area"), "nationwide": t("match_nationwide"),
                 "places": t("programme_places"), "from": t("programme_from"),
                 "district": {p: t.district("{name}", p) for p in provinces},
                 "contoh": t("contoh_label"), "discussed": t("under_discussion"), "left": t("match_places"),
                 "full": t("places_full"),
                 "more": t("kem_show_more"), "loading": t("kem_loading"), "error": t("kem_load_error")},
    })


def board_view(items: list[OpenItem], t: Text, today: dt.date, limit: int = NEWEST,
               programmes: dict[str, tuple[str, int]] | None = None,
               programme_bidang: Iterable[str] = ()) -> BoardView:
    """The board's newest cards, counts and filter menus, from `open_items`. `programmes`:
    per province with a page, its name and its number of open partner programmes; the
    provinces with programmes but no item are listed too. `programme_bidang`: the bidang of
    the open programmes, which the bidang menu offers too (counting the items of each, as
    the page's script does)."""
    programmes = programmes or {}
    kinds = Counter(o.kind for o in items)
    types = type_counts(items)
    bidang = Counter(b for o in items for b in o.item.bidang)
    for b in programme_bidang:
        bidang.setdefault(b, 0)
    provinces = Counter(o.kim.place.province_code for o in items)
    names = {code: name for code, (name, _) in programmes.items()}
    for o in items:
        names[o.kim.place.province_code] = o.kim.place.province
    return BoardView(
        cards=[card(o, t, today, row) for row, o in enumerate(items[:limit])],
        total=len(items),
        seeks=kinds[SEEKS],
        offers=kinds[OFFERS],
        kims=len({o.kim.slug for o in items}),
        kinds=[Option(k, t("seeks_partners" if k == SEEKS else "offers_partners"), kinds[k]) for k in KINDS],
        types=[Option(j, t.label("jenis_mitra", j), types[j], href=board_type_url(j, t.lang))
               for j in t.vocab.values("jenis_mitra")],
        bidang=[Option(b, t.label("bidang", b), bidang[b]) for b in _bidang_order(bidang, t.vocab)],
        provinces=[Option(c, names[c], provinces[c], programmes=programmes.get(c, ("", 0))[1],
                          href=board_province_url(c, t.lang))
                   for c in sorted(set(provinces) | set(programmes))],
        labels=board_labels(t, set(provinces) | set(programmes)),
        samples=sum(o.kim.contoh for o in items),
    )


@dataclass(frozen=True)
class RegionGroup:
    code: str
    name: str
    children: tuple  # regencies of a province, or KimRequests / Cards of a regency
    count: int = 0  # the requests inside
    href: str = ""  # its own page, where `children` are only its newest (`province.regency_pages`)
    seeks: int = 0  # of `count`, the requests for partners, on a province's page of the board
    offers: int = 0  # and the offers



# ---- a partner type's page ------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """A request or an offer on a partner type's page."""

    judul: str
    uraian: Markup | None
    types_label: str  # "Jenis mitra" of a request, "Untuk mitra" of an offer
    jenis_labels: tuple[str, ...]
    bidang_labels: tuple[str, ...]
    hingga: str
    hingga_iso: str
    dibahas: bool = False  # under discussion with a partner


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
    provinces: tuple[Option, ...]  # the provinces with requests or offers for it, their counts of both
    newest: tuple[KimRequests, ...]  # the newest `FOR_TYPE` requests, by KIM
    shown: int  # requests in `newest`
    others: tuple[Option, ...]  # the other partner types, with their counts
    lastmod: dt.date | None
    offers: int = 0  # the offers meant for it
    newest_offers: tuple[KimRequests, ...] = ()  # the newest `FOR_TYPE` of them, by KIM
    offers_shown: int = 0
    board: str = ""  # the board filtered by the type
    contoh: bool = False  # its counts of requests include sample KIMs'


def audience(jenis: str, t: Text) -> str:
    """How the page addresses this kind of organisation ("perguruan tinggi", "universities"):
    every partner type has its phrase (tests/test_i18n.py)."""
    return t(f"kem_who_{jenis}")


def _kim_requests(entries: list[OpenItem], t: Text, today: dt.date) -> KimRequests:
    kim = entries[0].kim
    return KimRequests(
        slug=kim.slug,
        nama=kim.nama,
        href=profile_url(kim.slug, t.lang),
        place=place_text(kim, t),
        stale=kim.is_stale(today),
        requests=tuple(Request(
            judul=o.item.judul,
            uraian=markdown(o.item.uraian) if o.item.uraian else None,
            types_label=t("partner_types" if o.kind == SEEKS else "meant_for"),
            jenis_labels=tuple(t.label("jenis_mitra", j) for j in item_types(o)),
            bidang_labels=tuple(t.label("bidang", b) for b in o.item.bidang),
            hingga=t.date(o.item.hingga) if o.item.hingga else "",
            hingga_iso=o.item.hingga.isoformat() if o.item.hingga else "",
            dibahas=discussed(o),
        ) for o in entries),
        contacts=tuple(contact_view(c, t) for c in consented_contacts(kim)),
        contoh=kim.contoh,
    )


def _by_kim(items: list[OpenItem], t: Text, today: dt.date) -> tuple[KimRequests, ...]:
    """`items` grouped by KIM (newest KIM first), each KIM's in its file's order."""
    per_kim: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        per_kim[o.kim.slug].append(o)
    return tuple(_kim_requests(sorted(entries, key=lambda o: o.index), t, today) for entries in per_kim.values())


def type_counts(open_: list[OpenItem]) -> Counter[str]:
    """How many of the open items (of `open_items`) each partner type is filed under."""
    return Counter(j for o in open_ for j in item_types(o))


def jenis_view(open_: list[OpenItem], jenis: str, t: Text, today: dt.date, limit: int = FOR_TYPE,
               counts: Counter[str] | None = None) -> JenisView:
    """The open requests (of `open_items`) seeking `jenis` and the offers meant for it, as
    the board filtered by `jenis` shows them: counts per province, and the newest `limit`
    of each grouped by KIM. `counts`: `type_counts(open_)`, if the caller has it already."""
    items = requests_for(open_, jenis)
    offers = offers_for(open_, jenis)
    provinces = Counter(o.kim.place.province_code for o in items + offers)
    names = {o.kim.place.province_code: o.kim.place.province for o in items + offers}
    counts = type_counts(open_) if counts is None else counts
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
        provinces=tuple(Option(c, names[c], provinces[c],
                               href=board_filtered(board_province_url(c, t.lang), "mitra", jenis))
                        for c in sorted(provinces)),
        newest=_by_kim(items[:limit], t, today),
        shown=min(len(items), limit),
        others=tuple(Option(j, t.label("jenis_mitra", j), counts[j], href=board_type_url(j, t.lang))
                     for j in t.vocab.values("jenis_mitra") if j != jenis),
        lastmod=max((o.kim.diperbarui for o in items + offers), default=None),
        offers=len(offers),
        newest_offers=_by_kim(offers[:limit], t, today),
        offers_shown=min(len(offers), limit),
        board=board_filtered(board_url(t.lang), "mitra", jenis),
        contoh=any(o.kim.contoh for o in items),
    )


def jenis_key(open_: list[OpenItem], jenis: str, today: dt.date, limit: int = FOR_TYPE,
              counts: Counter[str] | None = None) -> tuple:
    """Everything a partner type's page shows (and its date for the sitemap). `counts`: as
    for `jenis_view`."""
    items = requests_for(open_, jenis)
    offers = offers_for(open_, jenis)
    sought = tuple(sorted((type_counts(open_) if counts is None else counts).items()))
    return ("kemitraan", jenis, sought,
            tuple(sorted(Counter((o.kim.place.province_code, o.kim.place.province) for o in items + offers).items())),
            len({o.kim.slug for o in items}), len({o.kim.place.regency_code for o in items}),
            any(o.kim.contoh for o in items),
            max((o.kim.diperbarui for o in items + offers), default=None), len(items), len(offers),
            tuple((o.kim, o.kind, o.index, o.kim.is_stale(today)) for o in items[:limit] + offers[:limit]))

