"""Profil kelembagaan: the institutional signals a KIM's own data shows, and its gaps.

Transparent by design: each signal is a plain rule over the profile's data (an SK, a
permanent secretariat, equipment, media, recent activity by ADINDA dimension,
partnerships, coaching, a fresh profile). The criteria live in data/kelembagaan.yml so
maintainers change them without touching code. There is no score or grade: a weight
only orders the gaps, and each gap points to the coaching guide that addresses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, NamedTuple

from generator.model import datafiles
from generator.model.caches import kept
from generator.model.datafiles import DataFileError
from generator.model.kim import SK, Kim, _months_before
from generator.model.vocab import Vocab, load_vocab
from generator.model.worklistfile import CRITERIA_FILE, RESERVED_CATEGORIES
from generator.site.i18n import Text
from generator.site.routes import GuideLink

LANG_KEYS = ("id", "en")


class CriteriaError(DataFileError):
    """data/kelembagaan.yml does not describe a usable set of signals: the message names the
    entry at fault (`where`), in Indonesian, then English."""

    def __init__(self, where: str, indonesian: str, english: str) -> None:
        super().__init__(f"{CRITERIA_FILE}: {where + ': ' if where else ''}{indonesian} / {english}")


@dataclass(frozen=True)
class Criterion:
    """One signal as the maintainers describe it."""

    id: str
    rule: str
    label: dict[str, str]
    gap: dict[str, str]
    guide: str
    weight: float
    groups: tuple[tuple[str, ...], ...] = ()  # `fasilitas`: all groups, any value of each
    months: int = 12  # `kegiatan`: the window


@dataclass(frozen=True)
class WorkCategory:
    """A list of the coach's worklist: KIMs missing `signal`."""

    id: str  # the CSV's `kategori`
    signal: str
    title: dict[str, str]


@dataclass(frozen=True)
class Criteria:
    signals: tuple[Criterion, ...]
    guides: dict[str, dict[str, str]]  # guide page name -> link text {id, en}
    worklist: tuple[WorkCategory, ...]
    _texts: dict = field(default_factory=dict, compare=False, repr=False)

    def texts(self, lang: str) -> tuple[tuple[str, str, str], ...]:
        """(label, gap, guide title) of each signal in `lang`, made once per language."""
        cache = self._texts
        if lang not in cache:
            cache[lang] = tuple((_text(c.label, lang), _text(c.gap, lang), self.guide_title(c.guide, lang))
                                for c in self.signals)
        return cache[lang]

    def gap_title(self, signal_id: str, gap: str, lang: str) -> str:
        """What a list of the KIMs missing a signal is called: the title of the coach's
        worklist that lists them where there is one, so that the planner and the worklist
        name one set alike (the SK's: without an SK in force, a lapsed one too), else `gap`."""
        return next((_text(w.title, lang) for w in self.worklist if w.signal == signal_id), gap)

    def signal(self, signal_id: str) -> Criterion:
        for c in self.signals:
            if c.id == signal_id:
                return c
        raise KeyError(signal_id)

    def guide_title(self, guide: str, lang: str) -> str:
        return _text(self.guides[guide], lang)


class Signal(NamedTuple):
    """A signal as one profile shows it. `gap` is the text shown when it is missing."""

    id: str
    label: str
    present: bool
    detail: str
    gap: str
    guide: str  # a page under /panduan/
    guide_title: str
    weight: float
    guide_link: GuideLink  # in the reader's language where the guide is written in it

    @property
    def guide_url(self) -> str:
        """Relative to the site root."""
        return self.guide_link.url


def _text(entry: dict[str, str], lang: str) -> str:
    return entry.get(lang) or entry["id"]


# Rules: whether a KIM shows a signal, and what to say about it.


def unrenewed(kim: Kim, today: dt.date, days: int) -> list[SK]:
    """The KIM's SKs that expired or end within `days` days of `today`, unless a later SK of
    the same level renewed them."""
    return [s for s in kim.sk if s.expires_soon(today, days)
            and not any(o.tingkat == s.tingkat and o.tanggal > s.tanggal for o in kim.sk)]


def lapsed(kim: Kim, today: dt.date) -> list[SK]:
    """The KIM's SKs whose term is over and that no later SK of their level renewed."""
    return [s for s in unrenewed(kim, today, 0) if s.expired(today)]


def _sk_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    # an SK whose term is over recognises the KIM no more: its renewal is the next step
    return bool(kim.sk) and not lapsed(kim, today)


def _sk_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    ended = lapsed(kim, today)
    if ended:
        return "; ".join(t("sk_expired_level", level=t.sk_level(s.tingkat, kim.place.code),
                           date=t.date(s.berlaku_hingga)) for s in ended)
    top = kim.top_sk
    return t("kel_sk_detail", level=t.sk_level(top.tingkat, kim.place.code)) if top else ""


def _sk_gap(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str | None:
    return t("kel_sk_lapsed") if kim.sk else None


def _facilities_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return all(any(f in kim.fasilitas for f in group) for group in c.groups)


def _facilities_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    wanted = [f for group in c.groups for f in group]
    if len(wanted) < 2:
        return ""  # a single facility: the label says it all
    have = [t.label("fasilitas", f) for f in wanted if f in kim.fasilitas]
    missing = [f" {t('kel_or')} ".join(t.label("fasilitas", f) for f in group)
               for group in c.groups if not any(f in kim.fasilitas for f in group)]
    parts = [", ".join(have)] if have else []
    if missing:
        parts.append(t("kel_missing", items=", ".join(missing)))
    return "; ".join(parts)


def _media_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return bool(kim.media)


def _media_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    kinds = list(dict.fromkeys(m.jenis for m in kim.media))
    return ", ".join(t.label("media", k) for k in kinds)


@cache
def _since(today: dt.date, months: int) -> dt.date:
    return _months_before(today, months)


def _recent(kim: Kim, today: dt.date, months: int):
    since = _since(today, months)
    return [k for k in kim.kegiatan if since <= k.tanggal <= today]


def _activity_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return bool(_recent(kim, today, c.months))


def _activity_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    recent = _recent(kim, today, c.months)
    if not recent:
        past = [k.tanggal for k in kim.kegiatan if k.tanggal <= today]
        return t("kel_activity_last", date=t.date(max(past))) if past else ""
    dims = {k.adinda for k in recent if k.adinda}
    n = t.number(len(recent))
    if not dims:
        return t("kel_activity_no_dim", n=n)
    order = t.vocab.values("adinda")
    names = [t.label("adinda", a) for a in order if a in dims]
    return t("kel_activity_detail", n=n, dims=", ".join(names), k=len(names), total=len(order))


def _partners_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return kim.partners > 0


def _partners_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    return t("kel_partners_detail", n=t.number(kim.partners)) if kim.partners else ""


def _coaching_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return bool(kim.pembinaan)


def _coaching_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    return t("kel_latest", date=t.date(kim.pembinaan[-1].tanggal)) if kim.pembinaan else ""


def _fresh_present(kim: Kim, today: dt.date, c: Criterion) -> bool:
    return not kim.is_stale(today)


def _fresh_detail(kim: Kim, today: dt.date, c: Criterion, t: Text) -> str:
    return t("kel_checked", date=t.date(kim.diperbarui))


Present = Callable[[Kim, dt.date, Criterion], bool]
Detail = Callable[[Kim, dt.date, Criterion, Text], str]
RULES: dict[str, tuple[Present, Detail]] = {
    "sk": (_sk_present, _sk_detail),
    "fasilitas": (_facilities_present, _facilities_detail),
    "media": (_media_present, _media_detail),
    "kegiatan": (_activity_present, _activity_detail),
    "kemitraan": (_partners_present, _partners_detail),
    "pembinaan": (_coaching_present, _coaching_detail),
    "diperbarui": (_fresh_present, _fresh_detail),
}


Gap = Callable[[Kim, dt.date, Criterion, Text], "str | None"]
# A rule whose missing signal has more than one cause names the KIM's own, where it is not the
# file's `celah` (an SK recorded but lapsed is not "no SK recorded").
GAPS: dict[str, Gap] = {"sk": _sk_gap}


def is_present(kim: Kim, today: dt.date, criterion: Criterion) -> bool:
    return RULES[criterion.rule][0](kim, today, criterion)


def presence(kim: Kim, today: dt.date, criteria: Criteria) -> tuple[bool, ...]:
    """Whether the KIM shows each signal of the criteria: the same in every language, so a
    profile computes it once for both (`views.profile_basis`)."""
    return tuple(RULES[c.rule][0](kim, today, c) for c in criteria.signals)


def institutional_profile(kim: Kim, today: dt.date, criteria: Criteria | None = None,
                          t: Text | None = None, present: tuple[bool, ...] | None = None) -> list[Signal]:
    """Every signal of the criteria, in the file's order, for one KIM, in `t`'s language;
    `present`: the KIM's `presence`, when computed already."""
    criteria = criteria or load_criteria()
    t = t or Text("id")
    present = present if present is not None else presence(kim, today, criteria)
    return [Signal(c.id, label, has, RULES[c.rule][1](kim, today, c, t),
                   (not has and c.rule in GAPS and GAPS[c.rule](kim, today, c, t)) or gap,
                   c.guide, guide_title, c.weight, t.guide(c.guide))
            for c, has, (label, gap, guide_title) in zip(criteria.signals, present, criteria.texts(t.lang))]


def gaps(signals: list[Signal]) -> list[Signal]:
    """The missing signals, most important first (ties keep the file's order)."""
    return sorted((s for s in signals if not s.present), key=lambda s: -s.weight)


@dataclass(frozen=True)
class InstitutionalProfile:
    """What a profile page shows: the signals recorded, and the gaps with their guides."""

    signals: tuple[Signal, ...]
    gaps: tuple[Signal, ...]

    @property
    def recorded(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.present)


def profile_section(kim: Kim, today: dt.date, t: Text, criteria: Criteria | None = None,
                    present: tuple[bool, ...] | None = None) -> InstitutionalProfile:
    signals = institutional_profile(kim, today, criteria, t, present)
    return InstitutionalProfile(tuple(signals), tuple(gaps(signals)))


# The criteria file


def load_criteria(path: Path | None = None) -> Criteria:
    """The criteria of `path`, by default kelembagaan.yml of the data folder."""
    return _read_criteria(path or datafiles.path(CRITERIA_FILE))


# Keyed on the path: an edit of the file (or of the vocabularies it is checked against) is
# seen once `caches.clear_all` runs, which the build does when its fingerprint changes.
@kept()
def _read_criteria(path: Path) -> Criteria:
    return parse_criteria(datafiles.read_yaml(path), load_vocab())


def parse_criteria(data, vocab: Vocab) -> Criteria:
    """Check the maintainers' file and build the criteria; errors name the entry at fault."""
    if not isinstance(data, dict):
        raise CriteriaError("", "berkas ini harus berupa pemetaan dengan `sinyal`, `panduan` dan `daftar_kerja`",
                            "expected a mapping with `sinyal`, `panduan` and `daftar_kerja`")
    guides = data.get("panduan")
    if not isinstance(guides, dict) or not guides:
        raise CriteriaError("panduan", "harus memetakan nama halaman panduan ke teks tautannya",
                            "must map guide page names to link texts")
    for name, title in guides.items():
        if not isinstance(name, str) or not name.replace("-", "").isalnum() or name != name.lower():
            raise CriteriaError("panduan", f"{name!r} bukan nama halaman panduan", f"{name!r} is not a guide page name")
        _check_texts(title, f"panduan.{name}")
    raw = data.get("sinyal")
    if not isinstance(raw, list) or not raw:
        raise CriteriaError("sinyal", "harus berupa daftar yang tidak kosong", "must be a non-empty list")
    signals: list[Criterion] = []
    for i, entry in enumerate(raw):
        where = f"sinyal[{i}]"
        if not isinstance(entry, dict):
            raise CriteriaError(where, "harus berupa pemetaan", "must be a mapping")
        sid = entry.get("id")
        if not isinstance(sid, str) or not sid:
            raise CriteriaError(where, "memerlukan `id`", "needs an `id`")
        where = f"sinyal {sid!r}"
        if any(s.id == sid for s in signals):
            raise CriteriaError(where, "muncul dua kali", "appears twice")
        rule = entry.get("aturan")
        if rule not in RULES:
            raise CriteriaError(where, f"`aturan` harus salah satu dari {', '.join(RULES)}",
                                f"`aturan` must be one of {', '.join(RULES)}")
        guide = entry.get("panduan")
        if guide not in guides:
            raise CriteriaError(where, f"`panduan` {guide!r} tidak tercantum di bawah `panduan`",
                                f"`panduan` {guide!r} is not listed under `panduan`")
        weight = entry.get("bobot")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            raise CriteriaError(where, "`bobot` harus berupa angka", "`bobot` must be a number")
        _check_texts(entry.get("label"), f"{where}.label")
        _check_texts(entry.get("celah"), f"{where}.celah")
        groups: tuple[tuple[str, ...], ...] = ()
        if rule == "fasilitas":
            raw_groups = entry.get("fasilitas")
            if (not isinstance(raw_groups, list) or not raw_groups
                    or not all(isinstance(g, list) and g for g in raw_groups)):
                raise CriteriaError(where, "`fasilitas` harus berupa daftar dari daftar fasilitas",
                                    "`fasilitas` must be a list of lists of facilities")
            for value in (v for g in raw_groups for v in g):
                if not isinstance(value, str) or not vocab.has("fasilitas", value):
                    raise CriteriaError(where, f"{value!r} tidak ada dalam kosakata fasilitas",
                                        f"{value!r} is not in the fasilitas vocabulary")
            groups = tuple(tuple(g) for g in raw_groups)
        months = entry.get("bulan", 12)
        if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 120:
            raise CriteriaError(where, "`bulan` harus bilangan bulat jumlah bulan (1-120)",
                                "`bulan` must be a whole number of months (1-120)")
        signals.append(Criterion(sid, rule, dict(entry["label"]), dict(entry["celah"]), guide,
                                 float(weight), groups, months))
    worklist: list[WorkCategory] = []
    for i, entry in enumerate(data.get("daftar_kerja") or ()):
        where = f"daftar_kerja[{i}]"
        if not isinstance(entry, dict):
            raise CriteriaError(where, "harus berupa pemetaan", "must be a mapping")
        category, sid = entry.get("kategori"), entry.get("sinyal")
        if not isinstance(category, str) or not category or category in RESERVED_CATEGORIES \
                or any(w.id == category for w in worklist):
            raise CriteriaError(where, "`kategori` harus nama baru yang unik", "`kategori` must be a new, unique name")
        if not any(s.id == sid for s in signals):
            raise CriteriaError(where, f"`sinyal` {sid!r} bukan sinyal yang ada", f"`sinyal` {sid!r} is not a signal")
        _check_texts(entry.get("judul"), f"{where}.judul")
        worklist.append(WorkCategory(category, sid, dict(entry["judul"])))
    return Criteria(tuple(signals), {k: dict(v) for k, v in guides.items()}, tuple(worklist))



def _check_texts(entry, where: str) -> None:
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry[k].strip()
                                              for k in LANG_KEYS):
        raise CriteriaError(where, "memerlukan teks dalam `id` dan `en`", "needs text in both `id` and `en`")
