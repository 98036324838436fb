"""Partners' open programmes on the board, beside the KIMs' needs and offers.

The board shows the newest `LISTED` programmes as cards; its script filters all of them
with the board's own filters (partner type, bidang, province, regency, words) from
`kemitraan/program.json`, one short row per open programme (`programme_rows`). A
programme lies in a province or regency when its partner's work area holds it or lies
within it; a partner without a work area works everywhere.

The pages without JavaScript list the same cards: a partner type's page the programmes
of partners of that type (`of_type`), a province's page those whose work area covers
the province (`ByArea`), at most `LISTED` each (`programme_list`). A province named in
a work area has its page even when none of its KIMs has an open item (`named_provinces`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from generator.model.mitra import Mitra, Program
from generator.model.regions import Regions
from generator.site.areas import area_name, area_parts
from generator.site.i18n import Text
from generator.site.jsonout import json_bytes
from generator.site.matching import places_left
from generator.site.routes import mitra_list_url, mitra_url

LISTED = 6  # programme cards on a page of the board, below its item cards


@dataclass(frozen=True)
class OpenProgramme:
    mitra: Mitra
    index: int  # position in the partner's list
    program: Program
    taken: int = 0  # places its partner's fulfilled needs took (`model.matching.taken_places`)


@dataclass(frozen=True)
class ProgrammeCard:
    judul: str
    mitra: str  # the partner's name
    href: str  # the partner's page, relative to the site root
    jenis: str
    jenis_label: str
    bidang: tuple[str, ...]
    bidang_labels: tuple[str, ...]
    bentuk: str  # the label of its form (`bentuk_program`), or ""
    areas: tuple[str, ...]  # work-area codes; () for the whole country
    area_names: str
    area_list: str  # the work area's names with "|" between them, for the page's script
    mulai: str
    mulai_iso: str
    hingga: str
    hingga_iso: str
    kapasitas: str
    contoh: bool
    places: str = ""  # "sisa 3 dari 12 tempat", "penuh", or "" without a kapasitas


@dataclass(frozen=True)
class ProgrammeList:
    cards: tuple[ProgrammeCard, ...]  # the first `LISTED`
    total: int
    partners_href: str  # the list of partners, relative to the site root


def open_programmes(partners: list[Mitra], today: dt.date,
                    taken: Mapping[tuple[str, int], int] | None = None) -> list[OpenProgramme]:
    """Every programme not past its `hingga`: the partners updated last first, then by slug
    and the partner's own order. `taken`: of `model.matching.taken_places`; a full programme
    stays listed, saying it is full."""
    taken = taken or {}
    items = [OpenProgramme(m, i, p, taken.get((m.slug, i), 0))
             for m in partners for i, p in enumerate(m.program) if p.is_open(today)]
    return sorted(items, key=lambda o: (-o.mitra.diperbarui.toordinal(), o.mitra.slug, o.index))


def of_type(items: list[OpenProgramme], jenis: str) -> list[OpenProgramme]:
    return [o for o in items if o.mitra.jenis == jenis]


class ByArea:
    """The programmes in a province or regency (`in_region`), for every page of the board:
    filed once under each work area and each of its leading parts, so that a region's are
    looked up, not found by reading every programme's areas again for each of the regencies."""

    def __init__(self, items: list[OpenProgramme]) -> None:
        self.items = items
        self.everywhere: set[int] = set()
        self.within: defaultdict[str, set[int]] = defaultdict(set)  # areas starting with the key
        self.exactly: defaultdict[str, set[int]] = defaultdict(set)
        for i, o in enumerate(items):
            if not o.mitra.wilayah_kerja:
                self.everywhere.add(i)
            for area in o.mitra.wilayah_kerja:
                self.exactly[area].add(i)
                for end in range(1, len(area) + 1):
                    self.within[area[:end]].add(i)

    def in_region(self, code: str) -> list[OpenProgramme]:
        """The programmes in `code`, in their order: their partner's work area holds it or lies
        within it, or spans the country (as `matching.PartnerIndex` files them)."""
        found = self.everywhere | self.within.get(code, set())
        found = found.union(*(self.exactly.get(code[:end], ()) for end in range(1, len(code) + 1)))
        return [self.items[i] for i in sorted(found)]


def named_provinces(items: list[OpenProgramme]) -> set[str]:
    """The provinces the programmes' work areas name (the province itself, or a regency or
    district in it): each has a page on the board, with or without KIM items. A programme
    for the whole country names none: it is listed on every province's page there is, but
    makes none of its own (else every province would get a page of the same few cards)."""
    return {a[:2] for o in items for a in o.mitra.wilayah_kerja}


def listed_key(items: list[OpenProgramme], limit: int = LISTED) -> tuple:
    """Everything `programme_list` shows of `items`."""
    return len(items), tuple((o.mitra, o.index, o.taken) for o in items[:limit])


def programme_list(items: list[OpenProgramme], t: Text, regions: Regions, limit: int = LISTED) -> ProgrammeList:
    return ProgrammeList(tuple(programme_card(o, t, regions) for o in items[:limit]), len(items), mitra_list_url(t.lang))


def area_names(codes: tuple[str, ...], regions: Regions, t: Text) -> str:
    # "; " between areas: a district's name holds a comma ("Kec. Pekalongan, Kabupaten Lampung Timur")
    return "; ".join(area_name(c, regions, t) for c in codes) if codes else t("match_nationwide")


def _names(codes: tuple[str, ...], regions: Regions) -> list[str]:
    return [regions.name_of(c) or c for c in codes]


def programme_card(o: OpenProgramme, t: Text, regions: Regions) -> ProgrammeCard:
    p, m = o.program, o.mitra
    return ProgrammeCard(
        judul=p.judul, mitra=m.nama, href=mitra_url(m.slug, t.lang), jenis=m.jenis,
        jenis_label=t.label("jenis_mitra", m.jenis), bidang=p.bidang,
        bidang_labels=tuple(t.label("bidang", b) for b in p.bidang),
        bentuk=t.label("bentuk_program", p.bentuk) if p.bentuk else "", areas=m.wilayah_kerja,
        area_names=area_names(m.wilayah_kerja, regions, t),
        area_list="|".join(_names(m.wilayah_kerja, regions)),
        mulai=t.date(p.mulai), mulai_iso=p.mulai.isoformat() if p.mulai else "",
        hingga=t.date(p.hingga), hingga_iso=p.hingga.isoformat() if p.hingga else "",
        kapasitas=t("programme_places", n=t.number(p.kapasitas)) if p.kapasitas else "", contoh=m.contoh,
        places=places_left(p.kapasitas, o.taken, t))


def programme_rows(items: list[OpenProgramme], regions: Regions) -> bytes:
    """`kemitraan/program.json`: per open programme, in `open_programmes` order,
    [title, partner slug, partner name, partner type, bidang, work-area codes, the areas'
    names (`area_parts`: a district's with its regency's, for the page to name it in its
    language), hingga, kapasitas, sample, bentuk, mulai, places taken]; the same for both
    languages."""
    return json_bytes([[o.program.judul, o.mitra.slug, o.mitra.nama, o.mitra.jenis, list(o.program.bidang),
                        list(o.mitra.wilayah_kerja),
                        [area_parts(c, regions) for c in o.mitra.wilayah_kerja],
                        o.program.hingga.isoformat() if o.program.hingga else "", o.program.kapasitas or 0,
                        int(o.mitra.contoh), o.program.bentuk or "",
                        o.program.mulai.isoformat() if o.program.mulai else "", o.taken] for o in items], newline=True)
