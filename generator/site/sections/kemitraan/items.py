"""The board's items: each KIM's open requests and offers (expired ones, and an inactive
KIM's, never leave `open_items`: `Kim.item_open`), by province, and the partners KIMs already
work with."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Collection, Mapping

from generator.model.kim import Kemitraan, Kim, Peluang

SEEKS, OFFERS = "dicari", "ditawarkan"
KINDS = (SEEKS, OFFERS)


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
             if kim.item_open(p, today)]
    return sorted(items, key=lambda o: (-o.kim.diperbarui.toordinal(), o.kim.slug, KINDS.index(o.kind), o.index))


def item_types(o: OpenItem) -> tuple[str, ...]:
    """The partner types an item is filed under: those a request seeks, those an offer is
    meant for (`untuk_mitra`). Filtering by a type shows both."""
    return o.item.jenis_mitra if o.kind == SEEKS else o.item.untuk_mitra


def discussed(o: OpenItem) -> bool:
    """A request a partner is already talking over with the KIM: another partner should know."""
    return o.kind == SEEKS and o.item.discussed


def requests_for(items: list[OpenItem], jenis: str) -> list[OpenItem]:
    """The open requests (of `open_items`) that seek this partner type."""
    return [o for o in items if o.kind == SEEKS and jenis in o.item.jenis_mitra]


def offers_for(items: list[OpenItem], jenis: str) -> list[OpenItem]:
    """The open offers (of `open_items`) meant for this partner type (`untuk_mitra`)."""
    return [o for o in items if o.kind == OFFERS and jenis in o.item.untuk_mitra]

def partner_key(name: str) -> str:
    """The name partners are grouped by: case folded, spaces collapsed."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class PartnerGroup:
    """One partner as named across KIMs' `kemitraan` lists."""

    key: str
    name: str  # the partner file's, or the most common spelling
    types: tuple[str, ...]  # jenis codes, most common first
    links: tuple[tuple[Kim, Kemitraan], ...]  # by regency code, then KIM name
    slug: str = ""  # the partner file a partnership names (`slug_mitra`), when it has one
    contoh: bool = False  # its KIMs are samples: a partnership of invented data

    @property
    def kims(self) -> list[Kim]:
        seen: dict[str, Kim] = {}
        for kim, _ in self.links:
            seen.setdefault(kim.slug, kim)
        return list(seen.values())


def aggregate_partners(kims: list[Kim], partners: Mapping[str, str] | None = None,
                       samples: Collection[str] = ()) -> list[PartnerGroup]:
    """Existing partnerships by partner, the partners working with the most KIMs first.
    `partners`: the partner files' names by slug; `samples`: those of sample partners
    (`contoh`). A partnership naming one (`slug_mitra`) is grouped with that file, and so is
    one without a slug written with the file's own name by a KIM of the file's kind; the group
    then takes the file's name. Not one written with a name a linked partnership wrote: KIMs
    of many regions write "Diskominfo" for their own office. Sample KIMs' partnerships and
    real ones' are never gathered as one partner's, by file or by name."""
    partners = partners or {}
    linked = {k.slug_mitra for kim in kims for k in kim.kemitraan if k.slug_mitra in partners}
    named = {(slug in samples, partner_key(partners[slug])): slug for slug in linked}
    by_key: dict[tuple[bool, str], list[tuple[Kim, Kemitraan]]] = defaultdict(list)
    for kim in kims:
        for k in kim.kemitraan:
            key = partner_key(k.mitra)
            slug = k.slug_mitra if k.slug_mitra in linked else named.get((kim.contoh, key))
            if key:
                by_key[kim.contoh, f"/{slug}" if slug else key].append((kim, k))  # a slug, told apart from names
    groups = []
    for (contoh, key), links in by_key.items():
        spellings = Counter(" ".join(k.mitra.split()) for _, k in links)
        slug = key[1:] if key.startswith("/") else ""
        # the most common spelling; on a tie, one in mixed case ("Bank Lampung", not "BANK LAMPUNG")
        name = partners[slug] if slug else min(spellings, key=lambda s: (-spellings[s], s.isupper(), s.islower(), s))
        types = Counter(k.jenis for _, k in links)
        links.sort(key=lambda kl: (kl[0].place.regency_code, kl[0].nama.casefold(), kl[0].slug))
        groups.append(PartnerGroup(key, name, tuple(sorted(types, key=lambda j: (-types[j], j))), tuple(links), slug,
                                   contoh))
    return sorted(groups, key=lambda g: (-len(g.kims), g.key, g.contoh))


def province_items(items: list[OpenItem]) -> dict[str, list[OpenItem]]:
    """The open items (of `open_items`, in its order) by province code."""
    by_province: dict[str, list[OpenItem]] = defaultdict(list)
    for o in items:
        by_province[o.kim.place.province_code].append(o)
    return dict(sorted(by_province.items()))
