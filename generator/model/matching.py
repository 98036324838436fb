"""Matching KIMs and partners, both ways: pure functions over the model.

A KIM's open need (`peluang.dicari[]`) matches an open programme of a partner when:

- the KIM lies in the partner's work area (`wilayah_kerja`; none: all of Indonesia);
  the closer the work area's code to the KIM's village (the village itself, its district,
  regency, province), the better;
- they share a bidang (a need without bidang matches on partner type alone);
- the need seeks the partner's type, when it names types (`jenis_mitra`);
- neither has expired (the need's `hingga`, the programme's `hingga` before today), the
  need ends no earlier than the programme starts, the need is not fulfilled, and the KIM is
  active (`Kim.item_open`, for offers too: an inactive group takes on no partnership);
- the programme has places left: its `kapasitas` less the KIMs whose needs the partner
  fulfilled in the programme's bidang, from `ENROLMENT` before its start (or before the
  start of the back-to-back programmes in that bidang it follows) to its end (each
  fulfilled need takes a place in one programme only, the first with places: `taken_places`).

A KIM's open offer (`peluang.ditawarkan[]`) matches a partner in whose work area the KIM
lies when the offer is meant for the partner's type (`untuk_mitra`), or, for an offer that
names no type, when the partner has an open programme sharing one of its bidang; bidang the
offer shares with the partner's open programmes rank it higher.

Each `Match` keeps what it matched on (the work-area code, the shared bidang, dates,
places left), which the site says in words. `PartnerIndex` holds the partners by
(work-area code, bidang) and (work-area code, partner type), so a KIM looks up the few
partners of its own village, district, regency and province: no loop over all pairs.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Iterator

from generator.model.kim import Kemitraan, Kim, Peluang
from generator.model.mitra import Mitra, Program, current_slugs
from generator.model.records import record

Date = dt.date

# The levels of a work-area code, by the length of the code: closest first.
LEVELS = {13: "desa", 8: "kecamatan", 5: "kabupaten", 2: "provinsi", 0: "nasional"}
LEVEL_SCORE = {"desa": 40, "kecamatan": 30, "kabupaten": 20, "provinsi": 10, "nasional": 0}
BIDANG_SCORE = 10  # per shared bidang, up to three
TYPE_SCORE = 10  # the need names the partner's type
RUNNING_SCORE = 5  # the programme has started (or has no start date)
NATIONWIDE = ""  # the work-area key of a partner without `wilayah_kerja`
ANY = ""  # the bidang key every programme is filed under too
# How long before its start a programme takes the KIMs whose needs its partner fulfilled (a
# KKN term's placements are agreed weeks or months before it starts); docs/format.md says so.
ENROLMENT = dt.timedelta(days=183)


@record
class Match:
    """A KIM's need and a partner's programme (`program` set), or a KIM's offer and a
    partner (`program` None), with what they matched on."""

    kim: Kim
    item: Peluang
    mitra: Mitra
    program: Program | None
    score: int
    area: str  # the partner's work-area code that holds the KIM; "" for all of Indonesia
    bidang: tuple[str, ...]  # shared, in the need's (or offer's) order
    sought: bool  # the need seeks the partner's type (`jenis_mitra`), or the offer names it
    places: int | None = None  # places left in the programme, when it has a `kapasitas`
    started: bool = True  # the programme has started (or names no start)

    @property
    def level(self) -> str:
        return LEVELS[len(self.area)]

    @property
    def key(self) -> tuple:
        """Best first: the higher score, then the earlier programme end, then names."""
        end = self.program.hingga if self.program and self.program.hingga else dt.date.max
        return (-self.score, end.toordinal(), self.mitra.slug, self.kim.slug, self.item.judul,
                self.program.judul if self.program else "")


def kim_areas(kim: Kim) -> tuple[str, ...]:
    """The work-area codes that hold the KIM, closest first, then all of Indonesia."""
    p = kim.place
    return p.code, p.district_code, p.regency_code, p.province_code, NATIONWIDE


def fulfilled_by(kims: Iterable[Kim]) -> dict[str, tuple[tuple[Kim, Peluang], ...]]:
    """The fulfilled needs by the partner that fulfilled them (`dipenuhi_oleh`), newest
    first: each partner's track record."""
    done: dict[str, list[tuple[Kim, Peluang]]] = defaultdict(list)
    for kim in kims:
        for need in kim.dicari:
            if need.fulfilled and need.dipenuhi_oleh:
                done[need.dipenuhi_oleh].append((kim, need))
    newest = lambda kn: (kn[1].tanggal_terpenuhi or dt.date.min, kn[0].slug)  # noqa: E731
    return {slug: tuple(sorted(pairs, key=newest, reverse=True)) for slug, pairs in done.items()}


def partnered_with(kims: Iterable[Kim]) -> dict[str, tuple[tuple[Kim, Kemitraan], ...]]:
    """The KIMs' partnerships (`kemitraan`) by the partner file they name (`slug_mitra`), each
    partner's by regency, then KIM name: the partner KIMs its page lists."""
    by: dict[str, list[tuple[Kim, Kemitraan]]] = defaultdict(list)
    for kim in kims:
        for k in kim.kemitraan:
            if k.slug_mitra:
                by[k.slug_mitra].append((kim, k))
    order = lambda kk: (kk[0].place.regency_code, kk[0].nama.casefold(), kk[0].slug)  # noqa: E731
    return {slug: tuple(sorted(pairs, key=order)) for slug, pairs in by.items()}


def with_partner_links(kims: Iterable[Kim], partners: Iterable[Mitra]) -> list[Kim]:
    """The KIMs as the site shows and publishes them, naming each partner file by its current
    slug: a former one (`slug_lama`) is followed to it, in a partnership's `slug_mitra` and a
    fulfilled need's `dipenuhi_oleh`. A `slug_mitra` naming no partner file, or one across
    the sample line (`contoh`: invented data mixed into a real record, or a real partner's
    into an invented one), is left out: no page or open-data record links a partner page
    that does not exist or is not of its kind (validation warns of both). A need keeps its
    `dipenuhi_oleh`, the record of who fulfilled it; a partner file of its kind that fulfilled
    one is a partnership of the KIM's (`met_by`), as its profile and figures count it."""
    partners = list(partners)
    current = current_slugs((m.source, m.slug, m.slug_lama) for m in partners)
    sample = {m.slug: m.contoh for m in partners}
    out = []
    for kim in kims:
        links = tuple(_set(k, "slug_mitra", _linked(k.slug_mitra, kim.contoh, current, sample)) for k in kim.kemitraan)
        needs = tuple(_set(n, "dipenuhi_oleh", current.get(n.dipenuhi_oleh or "", n.dipenuhi_oleh)) for n in kim.dicari)
        met = tuple(dict.fromkeys(slug for n in kim.dicari if n.fulfilled
                                  and (slug := _linked(n.dipenuhi_oleh, kim.contoh, current, sample))))
        changed = links != kim.kemitraan or needs != kim.dicari or met != kim.met_by
        out.append(replace(kim, kemitraan=links, dicari=needs, met_by=met) if changed else kim)
    return out


def _linked(slug: str | None, contoh: bool, current: dict[str, str], sample: dict[str, bool]) -> str | None:
    """The current slug of the partner file `slug` names, for a KIM (sample or not: `contoh`)."""
    slug = current.get(slug or "")
    return slug if slug is not None and sample[slug] == contoh else None


def _set(item, name: str, value):
    """`item` with `name` set to `value`: itself when it holds it already (most do)."""
    return item if getattr(item, name) == value else replace(item, **{name: value})


def taken_places(kims: Iterable[Kim], partners: Iterable[Mitra],
                 done: dict[str, tuple[tuple[Kim, Peluang], ...]] | None = None) -> dict[tuple[str, int], int]:
    """How many KIMs each programme (partner slug, programme position) has taken: a need the
    partner fulfilled takes a place in one programme (`_programme_of`), the earliest fulfilled
    first, so that a later one finds the places the earlier ones left; a sample KIM's only in a
    sample partner's, a real KIM's only in a real partner's (`contoh`)."""
    done = fulfilled_by(kims) if done is None else done
    oldest = lambda kn: (kn[1].tanggal_terpenuhi or dt.date.min, kn[0].slug)  # noqa: E731
    taken: dict[tuple[str, int], int] = {}
    for mitra in partners:
        members: list[set[str]] = [set() for _ in mitra.program]
        for kim, need in sorted(done.get(mitra.slug, ()), key=oldest):
            if kim.contoh != mitra.contoh:
                continue  # invented data fills no real places, nor a real KIM's need invented ones
            i = _programme_of(need, mitra, kim.slug, members)
            if i is not None:
                members[i].add(kim.slug)
        taken.update(((mitra.slug, i), len(slugs)) for i, slugs in enumerate(members) if slugs)
    return taken


def _programme_of(need: Peluang, mitra: Mitra, kim: str, members: list[set[str]]) -> int | None:
    """The position of the programme a fulfilled need took a place in, of those that could take
    it (`_takes`): one the KIM has a place in already, else the one starting first (on a tie,
    sharing the most bidang, then listed first) that still has places, else, all being full,
    the one starting first. None when no programme could take it (the partner helped outside
    its programmes). `members`: the KIMs each programme has taken so far."""
    fits = sorted((prog.mulai or dt.date.min, -len(set(need.bidang) & set(prog.bidang)), i)
                  for i, prog in enumerate(mitra.program) if _takes(need, mitra, i))
    order = [i for *_, i in fits]
    room = [i for i in order if mitra.program[i].kapasitas is None or len(members[i]) < mitra.program[i].kapasitas]
    return next((i for i in order if kim in members[i]), next(iter(room or order), None))


def _takes(need: Peluang, mitra: Mitra, i: int) -> bool:
    """Whether the partner's programme `i` could take a need it fulfilled: they share a bidang
    (any, for a need without bidang) and the need was fulfilled while the programme ran or
    while it enrolled (`_enrolment_opens`): a KKN placement is agreed before the term starts."""
    prog, day = mitra.program[i], need.tanggal_terpenuhi
    shared = set(need.bidang) & set(prog.bidang) if need.bidang else set(prog.bidang)
    if day is None or (need.bidang and not shared) or (prog.hingga is not None and day > prog.hingga):
        return False
    return prog.mulai is None or day >= _enrolment_opens(mitra, i, shared)


def _enrolment_opens(mitra: Mitra, i: int, shared: set[str]) -> Date:
    """The first day a placement in the partner's programme `i` (which has a `mulai`) may be
    agreed: `ENROLMENT` before its start, or, when the partner's programme in the bidang the
    need shares with it that started last before it still runs by then, when that one opens:
    back-to-back terms enrol together, so that what a full term cannot take the next one takes
    (`_programme_of` fills the one starting first while it has places)."""
    start = mitra.program[i].mulai
    opens = start - ENROLMENT
    before = [(p.mulai, j) for j, p in enumerate(mitra.program)
              if p.mulai is not None and p.mulai < start and shared & set(p.bidang)]
    if not before:
        return opens
    _, j = max(before)
    previous = mitra.program[j]
    return min(opens, _enrolment_opens(mitra, j, shared)) if previous.hingga is None or previous.hingga >= opens else opens


class PartnerIndex:
    """The open programmes and the partners, filed by work-area code and bidang or type."""

    def __init__(self, partners: Iterable[Mitra], today: Date,
                 taken: dict[tuple[str, int], int] | None = None) -> None:
        self.today = today
        taken = taken or {}
        self.programmes: dict[tuple[str, str], list[tuple[Mitra, Program, int | None]]] = defaultdict(list)
        self.partners: dict[tuple[str, str], list[Mitra]] = defaultdict(list)
        self.interests: dict[str, frozenset[str]] = {}
        for mitra in partners:
            areas = mitra.wilayah_kerja or (NATIONWIDE,)
            open_ = []
            for i, prog in enumerate(mitra.program):
                places = None if prog.kapasitas is None else prog.kapasitas - taken.get((mitra.slug, i), 0)
                if prog.is_open(today) and (places is None or places > 0):
                    open_.append(prog)
                    for area in areas:
                        for b in (*prog.bidang, ANY):
                            self.programmes[(area, b)].append((mitra, prog, places))
            self.interests[mitra.slug] = frozenset(b for prog in open_ for b in prog.bidang)
            for area in areas:
                self.partners[(area, mitra.jenis)].append(mitra)

    def for_need(self, kim: Kim, need: Peluang) -> Iterator[Match]:
        """Every open programme matching this need of `kim` (unordered)."""
        if not kim.item_open(need, self.today):
            return
        seen: set[tuple[str, int]] = set()
        for area in kim_areas(kim):
            for b in need.bidang or (ANY,):
                for mitra, prog, places in self.programmes.get((area, b), ()):
                    if (mitra.slug, id(prog)) in seen:
                        continue
                    seen.add((mitra.slug, id(prog)))  # the closest area and first bidang reach it first
                    match = _need_match(kim, need, mitra, prog, places, area, self.today)
                    if match is not None:
                        yield match

    def for_kim(self, kim: Kim) -> Iterator[Match]:
        """Every match of the KIM's needs and offers (unordered)."""
        for need in kim.dicari:
            yield from self.for_need(kim, need)
        for offer in kim.ditawarkan:
            yield from self.for_offer(kim, offer)

    def for_offer(self, kim: Kim, offer: Peluang) -> Iterator[Match]:
        """Every partner this offer of `kim` is meant for (unordered)."""
        if not kim.item_open(offer, self.today):
            return
        seen: set[str] = set()
        for area in kim_areas(kim):
            for mitra in self._offer_partners(offer, area):
                if mitra.slug in seen:
                    continue
                seen.add(mitra.slug)
                shared = tuple(b for b in offer.bidang if b in self.interests[mitra.slug])
                meant = bool(offer.untuk_mitra)
                score = LEVEL_SCORE[LEVELS[len(area)]] + BIDANG_SCORE * min(len(shared), 3) + TYPE_SCORE * meant
                yield Match(kim, offer, mitra, None, score, area, shared, meant)

    def _offer_partners(self, offer: Peluang, area: str) -> Iterator[Mitra]:
        """The partners of a work area an offer may interest: of the types it is meant for,
        or, when it names none, those with an open programme sharing one of its bidang."""
        if offer.untuk_mitra:
            for jenis in offer.untuk_mitra:
                yield from self.partners.get((area, jenis), ())
        else:
            for b in offer.bidang:
                for mitra, _, _ in self.programmes.get((area, b), ()):
                    yield mitra


def _need_match(kim: Kim, need: Peluang, mitra: Mitra, prog: Program, places: int | None,
                area: str, today: Date) -> Match | None:
    sought = mitra.jenis in need.jenis_mitra
    if need.jenis_mitra and not sought:
        return None
    if need.hingga and prog.mulai and need.hingga < prog.mulai:
        return None  # the need ends before the programme starts
    shared = tuple(b for b in need.bidang if b in prog.bidang)
    if need.bidang and not shared:
        return None
    running = prog.mulai is None or prog.mulai <= today
    score = (LEVEL_SCORE[LEVELS[len(area)]] + BIDANG_SCORE * min(len(shared), 3)
             + TYPE_SCORE * sought + RUNNING_SCORE * running)
    return Match(kim, need, mitra, prog, score, area, shared, sought, places, running)


@record
class Matches:
    """The best matches of every KIM and of every partner, best first."""

    by_kim: dict[str, tuple[Match, ...]]  # KIM slug: its needs' and aimed offers' matches
    by_mitra: dict[str, tuple[Match, ...]]  # partner slug: the KIMs' needs and offers in its work area
    counts: dict[str, int]  # partner slug: how many KIMs match it in all
    # partner slug: its track record (`fulfilled_by`), the KIMs of its kind only (`contoh`)
    fulfilled: dict[str, tuple[tuple[Kim, Peluang], ...]]
    taken: dict[tuple[str, int], int]  # (partner slug, programme position): its places taken (`taken_places`)


def match_all(kims: Iterable[Kim], partners: Iterable[Mitra], today: Date,
              per_kim: int = 3, per_mitra: int = 20) -> Matches:
    """The `per_kim` best matches of each KIM (one per partner) and the `per_mitra` best
    of each partner (one per KIM). Few per KIM: they are on its profile, whose size has a
    budget (DESIGN.md section 5). A sample KIM (`contoh`) matches sample partners only, a real
    one real partners only: invented data never poses as a real match, either way."""
    kims, partners = list(kims), list(partners)
    done = fulfilled_by(kims)
    taken = taken_places(kims, partners, done)
    index = {contoh: PartnerIndex([m for m in partners if m.contoh == contoh], today, taken) for contoh in (False, True)}
    by_kim: dict[str, tuple[Match, ...]] = {}
    best: dict[str, list[tuple[tuple, Match]]] = defaultdict(list)  # per partner: a heap
    counts: Counter[str] = Counter()
    for kim in kims:
        every = list(index[kim.contoh].for_kim(kim))
        found = _best_per_partner(every)
        if not found:
            continue
        # an offer meant for no type is left to the partners' pages: on the profile, whose
        # size has a budget, it would push out the partners that its needs and aimed offers found
        shown = _best_per_partner(m for m in every if m.program is not None or m.sought)[:per_kim]
        if shown:
            by_kim[kim.slug] = tuple(shown)
        for m in found:
            counts[m.mitra.slug] += 1
            heap = best[m.mitra.slug]
            entry = (_negated(m.key), m)
            if len(heap) < per_mitra:
                heapq.heappush(heap, entry)
            elif entry[0] > heap[0][0]:
                heapq.heapreplace(heap, entry)
    by_mitra = {slug: tuple(m for _, m in sorted(heap, key=lambda e: e[1].key)) for slug, heap in best.items()}
    kind = {m.slug: m.contoh for m in partners}
    record = {slug: kept for slug, pairs in done.items()
              if (kept := tuple(kn for kn in pairs if kn[0].contoh == kind.get(slug)))}
    return Matches(by_kim, by_mitra, dict(counts), record, taken)


def _best_per_partner(matches: Iterable[Match]) -> list[Match]:
    """The best match of each partner, best first."""
    best: dict[str, Match] = {}
    for m in matches:
        if m.mitra.slug not in best or m.key < best[m.mitra.slug].key:
            best[m.mitra.slug] = m
    return sorted(best.values(), key=lambda m: m.key)


class _negated(tuple):
    """A sort key reversed, for a min-heap that keeps the best: a better match compares greater."""

    def __lt__(self, other):  # type: ignore[override]
        return tuple.__gt__(self, other)

    def __gt__(self, other):  # type: ignore[override]
        return tuple.__lt__(self, other)
