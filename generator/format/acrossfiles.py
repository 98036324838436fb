"""What checking one data file leaves for the checks across files (`FileResult`), and those
checks: slugs and former addresses taken twice, one KIM in two files, partners a need names
that have no file or not as the KIM takes them, coordinates far from the regency's other KIMs."""

from __future__ import annotations

import difflib
import math
import os
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Collection

from generator.format.problems import Problem
from generator.model.kim import Kim
from generator.model.mitra import Mitra, Wilayah, current_slugs

FAR_KM = 150  # farther than this from the regency's other KIMs is suspicious
# How a KIM file names a partner file: an open need's `dipenuhi_oleh`, a fulfilled one's, a
# partnership's `slug_mitra`.
NEED, MET, PARTNERSHIP = "need", "met", "partnership"


@dataclass
class FileResult:
    path: str
    problems: list[Problem]
    kim: Kim | None = None
    # where `slug`, `nama` and `koordinat` stand, for problems found across files
    anchors: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (regency code, regency name, coordinates) of a valid KIM with coordinates
    point: tuple[str, str, tuple[float, float]] | None = None
    # (field path, slug, line, col, how) of each partner file a need (`dipenuhi_oleh`) or a
    # partnership (`kemitraan[].slug_mitra`) names; how: NEED, MET or PARTNERSHIP
    partners: tuple[tuple[str, str, int, int, str], ...] = ()
    # (field path, slug, line, col) of each former address of the KIM (`slug_lama`)
    former: tuple[tuple[str, str, int, int], ...] = ()
    kind: str = "kim"  # spec.KINDS
    wilayah: Wilayah | None = None
    mitra: Mitra | None = None
    # (village code, `identity` of its name) of a KIM file whose region is known: one KIM in two files
    same: tuple[str, str] | None = None
    contoh: bool = False  # the file says `contoh: true` (a KIM's, a partner's or a regency's settings)
    jenis: str | None = None  # a partner file's type
    # (field path, slug, jenis, line, col) of the `jenis` of each partnership naming a partner file
    types: tuple[tuple[str, str, str, int, int], ...] = ()


def across_files(results: list[FileResult], partners: Collection[str] | None,
                  edited: Collection[str] = ()) -> list[Problem]:
    """The problems found across files: duplicate slugs, former addresses taken, one KIM in two
    files, unknown partners (when `partners` is known) and coordinates far from the regency's
    other KIMs. `edited`: the files being changed (`kim validate FILE...`, a pull request's
    check), none in a check of every file (the deploy's). A slug is taken by a file not in
    `edited` before one in it."""
    partner_files = [r for r in results if r.kind == "mitra"]
    problems = _duplicate_slugs([r for r in results if r.kind == "kim"], edited)
    problems += _former_slugs([r for r in results if r.kind == "kim"], edited)
    problems += _duplicate_slugs(partner_files, edited, "duplicate-partner-slug")
    problems += _former_slugs(partner_files, edited, PARTNER)
    renamed = current_slugs((r.path, stem(r.path), [slug for _, slug, *_ in r.former]) for r in partner_files)
    # a file already told its slug is taken is not also told it is the same KIM
    problems += _same_kims([r for r in results if r.path not in excluded(problems)])
    if partners is not None:
        problems += _unknown_partners(results, partners, edited, renamed)
    problems += _partners_unlike(results, renamed)
    problems += _sample_settings(results)
    duplicated = excluded(problems)
    return problems + _far_coordinates([r for r in results if r.point and r.path not in duplicated])


def excluded(problems: list[Problem]) -> set[str]:
    return {p.path for p in problems if p.code in _ACROSS_FILES and p.is_error}


def stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def _duplicate_slugs(results: list[FileResult], edited: Collection[str], code: str = "duplicate-slug") -> list[Problem]:
    """Slugs are unique nationwide, also when they differ only by case (among KIMs, and
    among partners). Of two files with one slug, the one reported is in `edited` when only
    one is, else the one not in lower case, else the later path."""
    first: dict[str, str] = {}
    problems = []
    stems = {r.path: os.path.splitext(os.path.basename(r.path))[0] for r in results}
    for result in sorted(results, key=lambda r: (r.path in edited, stems[r.path] != stems[r.path].lower(), r.path)):
        stem = stems[result.path]
        key = stem.lower()
        if key in first:
            line, col = result.anchors.get("slug", (1, 1))
            problems.append(Problem(result.path, line, col, "error", code, "slug",
                                    {"slug": stem, "other": first[key]}))
        else:
            first[key] = result.path
    return problems


# The prefix of the codes of `_former_slugs` for partner files (`mitra/<slug>.yml`): their
# messages speak of partners, not KIMs.
PARTNER = "partner-"


def _former_slugs(results: list[FileResult], edited: Collection[str], prefix: str = "") -> list[Problem]:
    """A former address (`slug_lama`) leads to one file of `results` (KIM files, or, with the
    `PARTNER` prefix, partner files): it is not its own current slug, no other file's current
    slug (whose page the redirect would replace) and no other file's former one. Reported in
    the file that lists it, but for a slug that is a former address of a file not in `edited`:
    then the file in `edited` that took it is told to choose another. With no file known to be
    edited, which of the two files came first is unknown: both ways out are given, as removing
    the former address breaks the links to its page (a KIM's printed QR codes among them)."""
    current = {stem(r.path).lower(): r for r in results}
    first: dict[str, str] = {}
    problems = []
    for result in sorted(results, key=lambda r: (r.path in edited, r.path)):
        for key, slug, line, col in result.former:
            owner = current.get(slug)
            if owner is result:
                problems.append(Problem(result.path, line, col, "error", prefix + "former-slug-own", key,
                                        {"slug": slug}))
            elif owner is not None and owner.path in edited and result.path not in edited:
                at = owner.anchors.get("slug", (1, 1))
                problems.append(Problem(owner.path, *at, "error", prefix + "slug-is-former", "slug",
                                        {"slug": slug, "other": result.path}))
            elif owner is not None:
                code = "former-slug-in-use" if edited else "former-slug-in-use-unknown"
                problems.append(Problem(result.path, line, col, "error", prefix + code, key,
                                        {"slug": slug, "other": owner.path, "this": result.path}))
            elif slug in first:
                problems.append(Problem(result.path, line, col, "error", prefix + "former-slug-taken", key,
                                        {"slug": slug, "other": first[slug]}))
            else:
                first[slug] = result.path
    return problems


def _same_kims(results: list[FileResult]) -> list[Problem]:
    """Two KIM files of one village whose names are one name as `kim impor` compares them
    (`identity`): the same KIM twice, as a rename done by adding a new file leaves it, or two
    KIMs a reader cannot tell apart. A warning (two groups may share a name), on each of the
    files, naming another: a pull request's annotations reach the file it added."""
    groups: dict[tuple[str, str], list[FileResult]] = defaultdict(list)
    for result in results:
        if result.same:
            groups[result.same].append(result)
    problems = []
    for group in (g for g in groups.values() if len(g) > 1):
        paths = sorted(r.path for r in group)
        for result in group:
            line, col = result.anchors.get("nama", (1, 1))
            other = next(p for p in paths if p != result.path)
            problems.append(Problem(result.path, line, col, "warning", "same-kim", "nama",
                                    {"other": other, "code": result.same[0]}))
    return problems


# The code of a partner file a KIM file names that does not exist, by how it names it; "-hint"
# added when a slug close to it does.
_UNKNOWN = {NEED: "unknown-partner", MET: "unknown-partner-met", PARTNERSHIP: "unknown-partner-link"}

# Errors found across files: a file with one holds no model.
_ACROSS_FILES = {"duplicate-slug", "duplicate-partner-slug", "unknown-partner", "unknown-partner-hint",
                 "unknown-partner-link", "unknown-partner-link-hint",
                 *(prefix + code for prefix in ("", PARTNER)
                   for code in ("former-slug-own", "former-slug-in-use", "former-slug-in-use-unknown",
                                "former-slug-taken", "slug-is-former"))}


def _unknown_partners(results: list[FileResult], partners: Collection[str], edited: Collection[str],
                      renamed: dict[str, str]) -> list[Problem]:
    """A need or a partnership names a partner that has a file (`mitra/<slug>.yml`), so that
    the record links to its page and shows on it. An error in a file being changed (`edited`):
    a typo is caught before it is merged. Elsewhere a warning: a partner file removed or
    renamed must not turn KIM files owned by others into errors that stop the deploy; the
    record of a need met, or the partnership, stays, shown without a link. A former slug of a
    partner file (`renamed`) names that partner: a warning to write its new slug."""
    known = sorted(set(partners))
    problems = []
    for r in results:
        for key, slug, line, col, how in r.partners:
            new = renamed.get(slug, slug)
            if new != slug and new in partners:
                problems.append(Problem(r.path, line, col, "warning", "partner-renamed", key,
                                        {"slug": slug, "new": new}))
            elif slug not in known:
                near = difflib.get_close_matches(slug, known, n=1, cutoff=0.8)
                changed = r.path in edited
                code = _UNKNOWN[how if how != MET or not changed else NEED] + ("-hint" if near else "")
                hint = {"hint": near[0]} if near else {}
                problems.append(Problem(r.path, line, col, "error" if changed else "warning", code, key,
                                        {"slug": slug, **hint}))
    return problems


def _partners_unlike(results: list[FileResult], renamed: dict[str, str]) -> list[Problem]:
    """Warnings where a KIM file names a partner file that was read (`slug_mitra`,
    `dipenuhi_oleh`, by its current slug or a former one: `renamed`) and is not what the KIM
    takes it for: a sample partner (`contoh: true`)
    named by a real KIM, as the guide's example copied into a real file does, or a real
    partner by a sample KIM (neither takes a place in the other's programmes:
    `model.matching.taken_places`); a partnership whose `jenis` is not the partner file's."""
    read = {stem(r.path): r for r in results if r.kind == "mitra" and r.jenis is not None}
    problems = []
    for r in (r for r in results if r.kind == "kim"):
        for key, slug, line, col, _ in r.partners:
            partner = read.get(renamed.get(slug, slug))
            if partner is not None and partner.contoh != r.contoh:
                code = "sample-kim-names-real-partner" if r.contoh else "real-kim-names-sample-partner"
                problems.append(Problem(r.path, line, col, "warning", code, key,
                                        {"slug": slug, "field": key.rsplit(".", 1)[-1]}))
        for key, slug, jenis, line, col in r.types:
            partner = read.get(renamed.get(slug, slug))
            if partner is not None and partner.jenis != jenis:
                problems.append(Problem(r.path, line, col, "warning", "partner-type-differs", key,
                                        {"slug": slug, "jenis": jenis, "partner": partner.jenis}))
    return problems


def _sample_settings(results: list[FileResult]) -> list[Problem]:
    """A warning on each real KIM file of a regency whose settings (`_wilayah.yml`) are a
    sample: the contribution form finds no coach to send its volunteers' files to, and the
    region page shows an invented coach and target (labelled as samples)."""
    samples = {os.path.dirname(os.path.abspath(r.path)): r.path for r in results if r.kind == "wilayah" and r.contoh}
    problems = []
    for r in (r for r in results if r.kind == "kim" and not r.contoh):
        settings = samples.get(os.path.dirname(os.path.abspath(r.path)))
        if settings is not None:
            line, col = r.anchors.get("wilayah", (1, 1))
            problems.append(Problem(r.path, line, col, "warning", "real-kim-sample-settings", "wilayah",
                                    {"settings": settings}))
    return problems


def _far_coordinates(results: list[FileResult]) -> list[Problem]:
    by_regency: dict[str, list[FileResult]] = {}
    for result in results:
        by_regency.setdefault(result.point[0], []).append(result)
    problems = []
    for group in by_regency.values():
        if len(group) < 3:
            continue
        centre = (statistics.median(r.point[2][0] for r in group),
                  statistics.median(r.point[2][1] for r in group))
        for result in group:
            km = _distance_km(result.point[2], centre)
            if km > FAR_KM:
                line, col = result.anchors.get("koordinat", (1, 1))
                problems.append(Problem(result.path, line, col, "warning", "coordinates-far", "koordinat",
                                        {"km": round(km), "regency": result.point[1]}))
    return problems


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
