"""Whether a pull request records a person under another person's consent: a board member's
or personal contact's `nama` changed while the entry keeps the `izin_publikasi` date the
file recorded for the previous person (the tester: `kim validate` and CI pass it, since a file
alone cannot know). The base and the head can: this compares them.

An entry of the head is such a case when the base has, in the same list, an entry of the same
role (`jabatan`, or a contact's `peran`) with the same date and another person's name, and
no entry of that person with that date (the secretary become chair keeps her own consent).
It is one too when the base has no entry of that person in the list and the date is no later
than the base's `diperbarui`: a person removed after withdrawing consent, added back (an
office's old sheet, an old copy of the file) under the withdrawn date; a new consent is dated
after the update. `kim impor` holds such a row itself (`impor.rows`). Names are compared as
`kim impor` compares them (`model.persons`). A warning for the reviewers, never a failure:
the new person may have consented on the same day.

Both versions are read through the API (never checked out) with the format's own reader,
which builds no objects and refuses aliases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from generator.format import spec, yamlnode
from generator.github.verification import read_map
from generator.model.persons import same_person

LABEL = "periksa-izin-publikasi"  # the pull request's label while any case stands
# The lists that hold people, and the key of an entry's role in each.
PEOPLE = {"pengurus": "jabatan", "kontak": "peran"}
# What the reviewers are asked to see to, after each case.
ASK = ("orang yang baru perlu memberi izinnya sendiri, dan tanggal itu yang ditulis (bila hanya ejaan nama yang "
       "dibetulkan, abaikan peringatan ini)")
# What is said of a person added under a consent no later than the file's previous update.
READDED = ("periksa di riwayat berkas apakah orang ini pernah dihapus karena mencabut izinnya: orang itu tidak boleh "
           "ditambahkan lagi (docs/runbook-pencabutan-izin.md); bila ia orang baru dengan izinnya sendiri, abaikan "
           "peringatan ini")
# Files compared at most per pull request: two API requests each, and the workflow's token
# has 1,000 an hour. `kim impor`, which writes many files at once, keeps this rule itself.
MAX_COMPARED = 100


@dataclass(frozen=True)
class Person:
    """One named entry with a consent date; `line` is its `nama`'s."""

    where: str  # "pengurus" or "kontak"
    role: str
    nama: str
    date: str
    line: int


@dataclass(frozen=True)
class Borrowed:
    """A head entry under the previous person's consent: `line` of its `nama`; `updated`: the
    base's `diperbarui` when the entry is a person the base lacks, added under a date no later."""

    line: int
    where: str
    role: str
    date: str
    updated: str = ""


@dataclass(frozen=True)
class Finding:
    """What the comparison found in one KIM file; `borrowed` None: not compared."""

    path: str
    slug: str
    regency: str
    borrowed: tuple[Borrowed, ...] | None


def notes(findings: list[Finding]) -> tuple[list[str], list[tuple[str, int, str]]]:
    """The summary's lines (Indonesian, as the ownership check's) and an annotation per case:
    (path, line, message). The lines name places in the file, never the people."""
    lines, annotations, unread = [], [], []
    for f in findings:
        if f.borrowed is None:
            unread.append(f"`{f.slug}`")
            continue
        for b in f.borrowed:
            annotations.append((f.path, b.line, f"`nama` {b.where} ({b.role or 'tanpa peran'}) " + (
                f"ditambahkan dengan `izin_publikasi: {b.date}`, tidak lebih baru dari `diperbarui` versi sebelumnya "
                f"({b.updated}): {READDED}" if b.updated else
                f"berganti, tetapi `izin_publikasi: {b.date}` masih tanggal izin orang sebelumnya: {ASK}")))
        lent = [b for b in f.borrowed if not b.updated]
        if lent:
            lines.append(f"`{f.slug}` ({f.regency}): {_places(lent)}: `nama` berganti, tetapi `izin_publikasi` masih "
                         f"tanggal izin orang sebelumnya: {ASK}")
        added = [b for b in f.borrowed if b.updated]
        if added:
            lines.append(f"`{f.slug}` ({f.regency}): {_places(added)}: `nama` ditambahkan dengan `izin_publikasi` "
                         f"yang tidak lebih baru dari `diperbarui` versi sebelumnya ({added[0].updated}): {READDED}")
    if unread:
        shown = ", ".join(unread[:5]) + (f" dan {len(unread) - 5} lainnya" if len(unread) > 5 else "")
        lines.append(f"{shown}: `izin_publikasi` tidak dibandingkan dengan versi sebelumnya (berkas tidak terbaca, "
                     f"atau lebih dari {MAX_COMPARED} berkas): periksa bahwa setiap nama yang berganti punya "
                     "tanggal izinnya sendiri")
    return lines, annotations


def _places(found: list[Borrowed]) -> str:
    return ", ".join(f"baris {b.line} ({b.where}{', ' + b.role if b.role else ''})" for b in found)


def _text(node: yamlnode.Node) -> str:
    return node.text.strip() if isinstance(node, yamlnode.Scalar) else ""


def people(data: bytes | None) -> list[Person] | None:
    """The named entries with a consent date; None when the file is missing or unreadable."""
    read = version(data)
    return None if read is None else read[0]


def version(data: bytes | None) -> tuple[list[Person], str] | None:
    """The named entries with a consent date and the file's `diperbarui` ("" without one)."""
    root = None if data is None else read_map(data)
    return None if root is None else (list(_entries(root)), _text(root.values.get("diperbarui")))


def _entries(root: yamlnode.Map) -> Iterator[Person]:
    for where, role_key in PEOPLE.items():
        entries = root.values.get(where)
        for entry in entries.items if isinstance(entries, yamlnode.Seq) else ():
            if not isinstance(entry, yamlnode.Map):
                continue
            name, date = entry.values.get("nama"), _text(entry.values.get(spec.CONSENT))
            if _text(name) and date:
                yield Person(where, _text(entry.values.get(role_key)).casefold(), _text(name), date, name.pos[0])


def borrowed(before: list[Person], after: list[Person], updated: str = "") -> list[Borrowed]:
    """The head's entries that keep a previous person's consent date, or add a person the base
    lacks under a date no later than the base's `diperbarui`, `updated` (see the module)."""
    found = []
    for p in after:
        held = any(same_person(b.nama, p.nama) for b in before)  # in any list: a board member's new contact
        theirs = any(b.where == p.where and b.date == p.date and same_person(b.nama, p.nama) for b in before)
        previous = any(b.where == p.where and b.role == p.role and b.date == p.date and not same_person(b.nama, p.nama)
                       for b in before)
        if previous and not theirs:
            found.append(Borrowed(p.line, p.where, p.role, p.date))
        elif updated and not held and p.date <= updated:
            found.append(Borrowed(p.line, p.where, p.role, p.date, updated))
    return found


def checker(fetch: Callable[[str, str], bytes | None], base: str, head: str
            ) -> Callable[[str, str], list[Borrowed] | None]:
    """`check(path, previous)`: the borrowed consents of a file changed at `path` (its base
    version at `previous`, for a renamed file); None when it could not be compared (commits
    unknown, a version unreadable or not fetched, more than MAX_COMPARED files)."""
    compared = 0

    def check(path: str, previous: str) -> list[Borrowed] | None:
        nonlocal compared
        if not (base and head) or compared >= MAX_COMPARED:
            return None
        compared += 1
        try:
            before, after = version(fetch(previous, base)), people(fetch(path, head))
        except (OSError, ValueError):
            return None
        return None if before is None or after is None else borrowed(before[0], after, before[1])

    return check
