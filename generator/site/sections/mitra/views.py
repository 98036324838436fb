"""View models of the partner pages: the list of partners and a partner's profile."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Container, Mapping, NamedTuple

from markupsafe import Markup

from generator.model.kim import Kemitraan, Kim
from generator.model.mitra import KontakLembaga, Mitra, Program, Wilayah
from generator.model.regions import Regions
from generator.model.urls import is_safe_href
from generator.site.areas import area_name
from generator.site.contacts import Contact, coach_view, contact_means
from generator.site.i18n import Text
from generator.site.matching import places_left
from generator.site.richtext import lead, render_markdown
from generator.site.routes import directory_url, mitra_list_url, mitra_url, other_lang, profile_url
from generator.site.views import Link

# What the list shows of a partner's description (`richtext.lead`), in characters at most.
SUMMARY = 200


@dataclass(frozen=True)
class Area:
    """A region of a partner's work area: its code and name ("Kabupaten Lampung Timur")."""

    code: str
    name: str
    kims: bool = True  # a KIM is registered in it: the page links the directory filtered to it

    @property
    def query(self) -> str:
        """The directory's filter for the area: `prov=18`, `kab=18.07` or `kec=18.07.04`."""
        return f"{_FILTERS[self.code.count('.')]}={self.code}"


_FILTERS = ("prov", "kab", "kec")  # by the number of dots in a region code


@dataclass(frozen=True)
class Entry:
    """A partner on the list."""

    slug: str
    href: str  # relative to the site root
    nama: str
    jenis: str
    jenis_label: str
    areas: tuple[Area, ...]  # () for the whole country
    area_codes: str  # space-separated, for the list's filter
    summary: str
    open_programmes: int
    contoh: bool


@dataclass(frozen=True)
class TypeGroup:
    jenis: str
    label: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class ListView:
    groups: tuple[TypeGroup, ...]  # by partner type, in the vocabulary's order
    total: int
    types: tuple[Option, ...]
    regions: tuple[Option, ...]  # provinces and regencies named in work areas (and their provinces)


@dataclass(frozen=True)
class ProgrammeView:
    judul: str
    bentuk: str
    bidang: tuple[str, ...]
    dates: str  # "6 Januari 2027 – 28 Februari 2027", or "" without dates
    kapasitas: str  # "untuk 12 KIM", or ""
    places: str  # "sisa 3 dari 12 tempat", "penuh", or "" without a kapasitas
    full: bool
    open: bool
    syarat: Markup | None
    uraian: Markup | None


@dataclass(frozen=True)
class ProfileView:
    slug: str
    url: str
    other_lang: str
    other_lang_url: str
    nama: str
    breadcrumb: tuple[Link, ...]
    contoh: bool
    jenis: str
    areas: tuple[Area, ...]
    situs: str | None
    deskripsi: Markup | None
    programmes: tuple[ProgrammeView, ...]  # open ones first, then closed ones
    closed: int
    directory: str  # the directory in the page's language, relative to the site root
    kontak: tuple[Contact, ...]
    last_checked: str
    last_checked_iso: str
    edit_url: str | None
    description: str


@dataclass(frozen=True)
class PartnerKim:
    """A KIM naming the partner among its partnerships (`kemitraan[].slug_mitra`)."""

    nama: str
    href: str  # the partners on its profile, relative to the site root
    details: Markup  # its regency, since when, in what form (the KIM's words, marked)
    contoh: bool
    status: str | None  # an inactive KIM's status, said beside its name: it works with no partner now


def partner_kims(pairs: tuple[tuple[Kim, Kemitraan], ...], t: Text) -> tuple[PartnerKim, ...]:
    """`pairs`: the partner's of `model.matching.partnered_with`."""
    return tuple(PartnerKim(kim.nama, profile_url(kim.slug, t.lang) + "#mitra",
                            Markup(" · ").join(x for x in (kim.place.regency, k.sejak and f"{t('since')} {t.date(k.sejak)}",
                                                           k.bentuk and t.own(k.bentuk)) if x), kim.contoh,
                            None if kim.active else t.label("status", kim.status))
                 for kim, k in pairs)


def areas(mitra: Mitra, regions: Regions, t: Text, with_kims: Container[str] | None = None) -> tuple[Area, ...]:
    """The work area's regions; `with_kims`, the region codes with a KIM, marks those without."""
    return tuple(Area(code, area_name(code, regions, t), with_kims is None or code in with_kims)
                 for code in mitra.wilayah_kerja)


def list_view(partners: list[Mitra], t: Text, regions: Regions, today: dt.date) -> ListView:
    lang = t.lang
    by_type: dict[str, list[Entry]] = {}
    for m in sorted(partners, key=lambda m: (m.nama.lower(), m.slug)):
        by_type.setdefault(m.jenis, []).append(Entry(
            m.slug, mitra_url(m.slug, lang), m.nama, m.jenis, t.label("jenis_mitra", m.jenis),
            areas(m, regions, t), " ".join(m.wilayah_kerja), lead(m.deskripsi, SUMMARY),
            sum(p.is_open(today) for p in m.program), m.contoh))
    order = t.vocab.values("jenis_mitra")
    groups = tuple(TypeGroup(j, t.label("jenis_mitra", j), tuple(by_type[j])) for j in order if j in by_type)
    types = tuple(Option(g.jenis, g.label, len(g.entries)) for g in groups)
    named = sorted({c[:n] for m in partners for c in m.wilayah_kerja for n in (2, 5) if len(c) >= n})
    # as the list's filter (mitra.js) keeps them: partners whose work area overlaps the region,
    # nationwide ones included
    counts = _area_counts(partners, named)
    region_options = tuple(Option(code, area_name(code, regions, t), counts[code]) for code in named)
    return ListView(groups, len(partners), types, region_options)


def _area_counts(partners: list[Mitra], named: list[str]) -> Counter[str]:
    """For each province or regency code in `named`, the partners whose work area overlaps it
    ("18" and "18.07.04" overlap, "18.07" and "18.08" do not), nationwide ones included: each
    partner's own areas and their province and regency, and for a province in its area the
    named regencies in it (a lookup, not every partner against every code)."""
    regencies: dict[str, list[str]] = {}
    for code in named:
        if len(code) == 5:
            regencies.setdefault(code[:2], []).append(code)
    counts: Counter[str] = Counter()
    nationwide = 0
    for m in partners:
        if not m.wilayah_kerja:
            nationwide += 1
            continue
        covered = {a[:n] for a in m.wilayah_kerja for n in (2, 5) if len(a) >= n}
        covered.update(c for a in m.wilayah_kerja if len(a) == 2 for c in regencies.get(a, ()))
        counts.update(covered)
    return Counter({code: counts[code] + nationwide for code in named})


def programme_view(p: Program, t: Text, today: dt.date, taken: int = 0) -> ProgrammeView:
    """`taken`: the places its partner's fulfilled needs took (`model.matching.taken_places`)."""
    open_ = p.is_open(today)
    dates = " – ".join(x for x in (t.date(p.mulai), t.date(p.hingga)) if x)
    if p.hingga and not p.mulai:  # "open until" only while it is: a closed one ran "until" then
        dates = f"{t('until')} {dates}" if open_ else t("match_until", date=dates)
    return ProgrammeView(
        judul=p.judul,
        bentuk=t.label("bentuk_program", p.bentuk) if p.bentuk else "",
        bidang=tuple(t.label("bidang", b) for b in p.bidang),
        dates=dates,
        kapasitas=t("mitra_capacity", n=t.number(p.kapasitas)) if p.kapasitas else "",
        places=places_left(p.kapasitas, taken, t),
        full=p.kapasitas is not None and taken >= p.kapasitas,
        open=open_,
        syarat=render_markdown(p.syarat) if p.syarat else None,
        uraian=render_markdown(p.uraian) if p.uraian else None,
    )


def contact_lines(c: KontakLembaga, t: Text) -> Contact:
    return Contact(c.unit or t("contact_org"), contact_means(c, t))


class Coaches(NamedTuple):
    listed: tuple[Contact, ...]  # real coaches, with their e-mail and WhatsApp links
    samples: tuple[str, ...]  # sample regency files' coaches, named only: they receive nothing


def coach_contacts(wilayah: Mapping[str, Wilayah], regions: Regions, t: Text) -> Coaches:
    """The regencies' KIM coaches (`_wilayah.yml`), "Kabupaten X: Diskominfo ...": the way in for
    a partner without a GitHub account, as for a volunteer on /kontribusi/ ("Kirim ke pembina"),
    which sends nothing to a sample coach either."""
    coaches = ((code, coach_view(w, t)) for code, w in sorted(wilayah.items()))
    named = [c._replace(title=f"{regions.name_of(code) or code}: {c.title}") for code, c in coaches if c]
    return Coaches(tuple(c for c in named if not c.contoh), tuple(c.title for c in named if c.contoh))


def profile_view(m: Mitra, t: Text, regions: Regions, today: dt.date, edit_url: str | None,
                 taken: Mapping[tuple[str, int], int] | None = None,
                 with_kims: Container[str] | None = None) -> ProfileView:
    """`taken`: of `model.matching.taken_places`; `with_kims`: the region codes with a KIM."""
    lang, other = t.lang, other_lang(t.lang)
    taken = taken or {}
    programmes = sorted((programme_view(p, t, today, taken.get((m.slug, i), 0)) for i, p in enumerate(m.program)),
                        key=lambda v: not v.open)
    return ProfileView(
        slug=m.slug,
        url=mitra_url(m.slug, lang),
        other_lang=other,
        other_lang_url=mitra_url(m.slug, other),
        nama=m.nama,
        breadcrumb=(Link(mitra_list_url(lang), t("mitra_title")), Link("", m.nama)),
        contoh=m.contoh,
        jenis=t.label("jenis_mitra", m.jenis),
        areas=areas(m, regions, t, with_kims),
        situs=m.situs if m.situs and is_safe_href(m.situs) else None,
        deskripsi=render_markdown(m.deskripsi) if m.deskripsi else None,
        programmes=tuple(programmes),
        closed=sum(not p.open for p in programmes),
        directory=directory_url(lang),
        kontak=tuple(contact_lines(c, t) for c in m.kontak),
        last_checked=t.date(m.diperbarui),
        last_checked_iso=m.diperbarui.isoformat(),
        edit_url=edit_url,
        description=lead(m.deskripsi, SUMMARY) or m.nama,
    )
