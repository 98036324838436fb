"""Matches and fulfilled needs as pages show them: in words, in the reader's language.

`model.matching` finds the matches and keeps what each matched on; this module says it
("bidang pertanian, di wilayah kerja Lampung Timur, hingga 28 Februari 2027") for a KIM's
profile ("Mitra yang cocok") and a partner's page ("KIM yang cocok"), and writes the record
of a fulfilled need ("Terpenuhi oleh …, tanggal").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Mapping

from generator.model.kim import Kim, Peluang
from generator.model.matching import Match
from generator.site.i18n import Text
from generator.site.routes import mitra_url, profile_url


@dataclass(frozen=True)
class MatchView:
    """One match as a line of a list: whom it links to, what matched, and why."""

    name: str  # the partner's name on a KIM's page, the KIM's on a partner's
    href: str  # relative to the site root
    what: str  # the programme's title (a need's match) or the KIM's item
    item: str  # the KIM's need or offer the match is for
    reasons: str
    contoh: bool = False  # the linked partner or KIM is sample data
    dibahas: bool = False  # the need is under discussion with a partner: a partner sees the KIM is in talks


@dataclass(frozen=True)
class FulfilledView:
    judul: str  # the need
    text: str  # "Terpenuhi oleh …, 3 Oktober 2026"
    name: str  # the KIM's or the partner's name, whichever the page is not about
    href: str  # that page, relative to the site root; "" without one
    contoh: bool = False  # that KIM or partner is sample data


# The partner files' (name, `contoh`) by slug: what a KIM's profile says of the partners it names.
PartnerNames = Mapping[str, tuple[str, bool]]


def of_kind(slug: str | None, contoh: bool, partners: PartnerNames) -> bool:
    """Whether `slug` names a partner file of a KIM's kind (`contoh`): the only partner pages
    its profile links, as no page links across the sample line."""
    return slug in partners and partners[slug][1] == contoh


def _sentence(label: str) -> str:
    """A label inside a sentence: "Literasi digital" → "literasi digital", "UMKM" stays."""
    return label[0].lower() + label[1:] if label[1:2].islower() else label


def match_reasons(m: Match, t: Text, name_of: Callable[[str], str | None]) -> str:
    """Why the match: shared bidang, the partner type sought, the work area, dates, places."""
    parts = []
    if m.bidang:
        parts.append(t("match_bidang", bidang=", ".join(_sentence(t.label("bidang", b)) for b in m.bidang)))
    if m.sought:
        key = "match_sought" if m.program else "match_meant_for"
        parts.append(t(key, jenis=_sentence(t.label("jenis_mitra", m.mitra.jenis))))
    parts.append(t("match_area", area=_area_name(m, name_of, t)) if m.area else t("match_nationwide"))
    prog = m.program
    if prog and prog.mulai and not m.started:
        parts.append(t("match_from", date=t.date(prog.mulai)))
    if prog and prog.hingga:
        parts.append(t("match_programme_until", date=t.date(prog.hingga)))
    if prog and m.places is not None and prog.kapasitas is not None:
        parts.append(t("match_places", n=t.number(m.places), total=t.number(prog.kapasitas)))
    return "; ".join(parts)  # a part may list several things itself ("bidang pertanian, UMKM")


def places_left(kapasitas: int | None, taken: int, t: Text) -> str:
    """What is left of a programme's places, as `match_places` says it ("sisa 3 dari 12
    tempat"), "penuh" when none is; "" without a kapasitas. `taken`: of
    `model.matching.taken_places`."""
    if kapasitas is None:
        return ""
    left = kapasitas - taken
    return t("match_places", n=t.number(left), total=t.number(kapasitas)) if left > 0 else t("places_full")


def _area_name(m: Match, name_of: Callable[[str], str | None], t: Text) -> str:
    """The work area's name as the site writes places: "Kabupaten Lampung Timur", "Kec. Pekalongan"
    ("Pekalongan District")."""
    name = name_of(m.area) or m.area
    return t.district(name, m.area) if m.level == "kecamatan" else name


def kim_matches(matches: tuple[Match, ...], t: Text, name_of: Callable[[str], str | None]) -> tuple[MatchView, ...]:
    """A KIM's matches for its profile: the partners, each with its programme and why."""
    return tuple(MatchView(m.mitra.nama, mitra_url(m.mitra.slug, t.lang),
                           m.program.judul if m.program else "", m.item.judul,
                           match_reasons(m, t, name_of), m.mitra.contoh) for m in matches)


def mitra_matches(matches: tuple[Match, ...], t: Text, name_of: Callable[[str], str | None]) -> tuple[MatchView, ...]:
    """A partner's matches for its page: the KIMs in its work area, their needs and offers."""
    return tuple(MatchView(m.kim.nama, profile_url(m.kim.slug, t.lang),
                           m.program.judul if m.program else "", m.item.judul,
                           match_reasons(m, t, name_of), m.kim.contoh, m.item.discussed) for m in matches)


def kim_fulfilled(kim: Kim, t: Text, partners: PartnerNames) -> tuple[FulfilledView, ...]:
    """A KIM's fulfilled needs, newest first, each with the partner that met it: by its name,
    linked when of the KIM's kind, else with its sample label when it is one (a real KIM naming
    a sample partner); by the slug written when no partner file has it."""
    views = []
    for n in _newest_fulfilled(kim.dicari):
        name, contoh = partners.get(n.dipenuhi_oleh, (n.dipenuhi_oleh, False))
        href = mitra_url(n.dipenuhi_oleh, t.lang) if of_kind(n.dipenuhi_oleh, kim.contoh, partners) else ""
        views.append(_fulfilled(n, t, name, href, contoh=contoh))
    return tuple(views)


def mitra_fulfilled(done: tuple[tuple[Kim, Peluang], ...], t: Text) -> tuple[FulfilledView, ...]:
    """The needs a partner fulfilled (of `model.matching.fulfilled_by`), newest first: its
    track record."""
    return tuple(_fulfilled(n, t, kim.nama, profile_url(kim.slug, t.lang), by_kim=True) for kim, n in done)


def _newest_fulfilled(needs: tuple[Peluang, ...]) -> list[Peluang]:
    return sorted((n for n in needs if n.fulfilled), key=lambda n: n.tanggal_terpenuhi or dt.date.min, reverse=True)


def _fulfilled(need: Peluang, t: Text, name: str, href: str, by_kim: bool = False, contoh: bool = False) -> FulfilledView:
    key = "fulfilled_for" if by_kim else "fulfilled_by"
    return FulfilledView(need.judul, t(key, name=name, date=t.date(need.tanggal_terpenuhi)), name, href, contoh)
