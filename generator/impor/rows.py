"""What one spreadsheet row asks of one KIM file, and the file's text after it.

Consent (UU 27/2022; the repository is as public as the site): the chair's name and
phone number are written only when the row's "Izin publikasi" cell holds a date or "ya".
A date is written as `izin_publikasi`; "ya" records the day of the import, the day the
office confirmed the consent to the directory, unless the file already records a date
for the same person, which is kept. A consent the file records for another chair is never
lent to a new one (`holds.borrowed_consent`). Without consent the file gets `{jabatan: ketua}`
only and the name is counted as held back; a file already naming a chair is not left to go
on naming them, another (`holds.still_named`) or the same one whose consent cell was emptied
(`holds.cleared`, as for an emptied name or number: the import removes no personal data), nor
a person the file once held and no longer does (`holds.readded`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from generator.impor import values
from generator.impor.holds import (
    WITHDRAWAL,
    borrowed_consent,
    cleared,
    consent_cleared,
    readded,
    still_named,
)
from generator.impor.sheet import HEADERS, SAMPLE_ROW, shown_phone
from generator.impor.textedit import Doc, EditError, render, render_flow, texts
from generator.impor.wanted import NeedsCheck, Wanted, header
from generator.model.kim import identity
from generator.model.persons import same_person
from generator.model.placewords import district_name, place_words
from generator.model.regionmatch import (
    describe,
    fold,
    listed,
    match_village,
    mismatches,
)
from generator.model.regions import Place, Regions
from generator.model.vocab import Vocab

SKELETON = """\
# yaml-language-server: $schema=../../../schema/kim.schema.json
versi: 1
slug: {slug}
nama: {nama}
status: aktif
wilayah: "{code}"
diperbarui: {today}
"""


class _Reader:
    """Reads a row's cells, collecting every unreadable one under its header as the sheet
    names it, so that one report line says all the office must correct in the row."""

    def __init__(self, row: dict, names: dict[str, str]) -> None:
        self.row, self.names = row, names
        self.problems: list[str] = []
        self.failed: set[str] = set()

    def __call__(self, key: str, read, *args):
        try:
            return read(self.row.get(key), *args)
        except values.Unreadable as exc:
            self.problems.append(f"{self.header(key)} {exc}")
            self.failed.add(key)
            return None

    def header(self, key: str) -> str:
        return header(self.names, key)


def _spelled(place: Place) -> str:
    district = district_name(place.district, place.code)
    return f"{place_words(place.code).village} {place.name}, {district}, {place.regency}, Provinsi {place.province}"


def _coded(code: str, names: list[str], regions: Regions) -> Place:
    """The village of a typed code, which must be the one the row's names describe: a code
    typed by hand can be one digit off and land in another village, even another province."""
    place = regions.place(code)
    if place is None:
        raise NeedsCheck(f"kode wilayah {code!r} tidak ada di daftar resmi Kemendagri")
    wrong = mismatches(place, *names)
    if wrong:
        raise NeedsCheck(f"kode wilayah {code} adalah {_spelled(place)}, bukan "
                         f"{', '.join(repr(w) for w in wrong)}: periksa salah satunya")
    return place


def _place(row: dict, regions: Regions, headers: dict[str, str]) -> tuple[Place, list[str]]:
    """The row's village, and a note for each of its names matched only within one typo; `headers`
    (our column → the sheet's header) for a reason naming a column to correct."""
    names = [values.text(row.get(key)) or "" for key in ("desa", "kecamatan", "kabupaten", "provinsi")]
    code = values.text(row.get("kode"))
    if code:
        return _coded(code, names, regions), []
    found = match_village(regions, *names)
    if found.place is None:
        if found.candidates:
            # never a column already filled: two villages of one kecamatan are told apart by their codes
            fill = "Kode wilayah" if names[1] else f"{header(headers, 'kecamatan')} atau Kode wilayah"
            hint = f": {listed([describe(p) for p in found.candidates], 10)}; isi kolom {fill}"
        elif found.wrong:
            hint = f": perbaiki kolom {', '.join(header(headers, key) for key in found.wrong)}, atau isi kolom Kode wilayah"
        else:
            hint = "; periksa ejaan, atau isi kolom Kode wilayah"
        raise NeedsCheck(found.reason + hint)
    words = place_words(found.place.code)  # a kampung's and a distrik's in Papua (`placewords`)
    forgiven = [f"{words.village.lower()} {names[0]!r} dibaca sebagai {found.place.name} ({found.place.code})"]
    upper = {"kecamatan": (words.district.lower(), 1, found.place.district),
             "kabupaten": ("kabupaten/kota", 2, found.place.regency), "provinsi": ("provinsi", 3, found.place.province)}
    return found.place, (forgiven if found.forgiven else []) + [
        f"{word} {names[i]!r} dibaca sebagai {official}" for word, i, official in map(upper.get, found.typos)]


CHAIR = ("pengurus", "kontak")  # the fields of the chair, written after the template check
# The file's fields (paths without indices) → the column that writes them: a file the row would
# make invalid is reported under the column to correct, not the path of a file the office never saw.
COLUMN_OF = {"nama": "nama", "wilayah": "kode", "status": "status", "alamat": "alamat", "berdiri": "berdiri",
             "anggota": "anggota", "bidang": "bidang", "sk": "sk_tanggal", "sk.nomor": "sk_nomor",
             "sk.tingkat": "sk_tingkat", "pengurus": "ketua", "pengurus.izin_publikasi": "izin",
             "kontak": "telepon", "kontak.nama": "ketua", "kontak.izin_publikasi": "izin"}


def column_of(path: str) -> str | None:
    """The sheet's column that wrote a field of the file ("pengurus[0].izin_publikasi": izin),
    None for a field the sheet does not write."""
    parts = re.sub(r"\[\d+\]", "", path).split(".")
    return next((COLUMN_OF[key] for n in range(len(parts), 0, -1) if (key := ".".join(parts[:n])) in COLUMN_OF),
                None)


# The template's sample values. Its village is a real one and its SK level and consent are
# words of the vocabulary, true of many real KIMs; so is any one of its numbers (15 members,
# founded 2016) or fields of work. What is invented beyond coincidence carries the word
# "contoh" (its name, chair, SK number and address): a row holding it, in a value the file
# does not already hold, is a template row only partly overwritten, and so is a row for a new
# KIM holding two of the sample values; every sample value left in it is named. Its SK date,
# 17 August, is Independence Day, a day many real SKs are signed: it counts for nothing.
INVENTED = ("ketua", "sk_nomor", "berdiri", "alamat", "bidang", "anggota")
# column → the file's field it sets, of the fields set before the template check
FIELDS = {column: path.split(".")[0] for path, column in COLUMN_OF.items() if path.split(".")[0] not in CHAIR}
IDENTITY = {"nama", "desa", "kecamatan", "kabupaten", "provinsi", "kode"}  # what finds the file


def _is_sample(key: str, cell) -> bool:
    return bool(SAMPLE_ROW[key]) and fold(values.text(cell) or "") == fold(SAMPLE_ROW[key])


def _examples(row: dict) -> dict[str, bool]:
    """The row's columns holding the template's values → whether the value says "contoh"."""
    marked = {key: True for key, cell in row.items() if "contoh" in fold(values.text(cell) or "").split()}
    return {key: False for key in INVENTED if _is_sample(key, row.get(key))} | marked


def _examples_left(want: Wanted, changed: list[str], new: bool) -> None:
    """Refuses a row still holding the template's example values, but for those the file holds
    already: an unchanged export of a KIM founded in 2016 with 15 members imports as "sama"."""
    if new:
        left = want.examples
        refused = any(left.values()) or len(left) > 1
    else:
        left = {key: marked for key, marked in want.examples.items()
                if (FIELDS[key] in changed if key in FIELDS else key not in IDENTITY)}
        refused = any(left.values())
    if refused:
        columns = ", ".join(want.header(key) for key in HEADERS if key in left)
        raise NeedsCheck(f"isian contoh dari templat di kolom {columns}: ganti dengan data KIM yang nyata, "
                         "atau kosongkan selnya")


def wanted(row: dict, regions: Regions, vocab: Vocab, names: dict[str, str] | None = None) -> Wanted:
    """The row read into values, or NeedsCheck with every reason it cannot be. `names`: our
    field → its header in the sheet, for the report."""
    read = _Reader(row, names or {})
    nama = values.text(row.get("nama"))
    if not nama:
        raise NeedsCheck("kolom Nama KIM kosong")
    if identity(nama) == identity(SAMPLE_ROW["nama"]):
        raise NeedsCheck("baris contoh dari templat: ganti dengan data KIM yang nyata, atau hapus baris ini")
    try:
        place, forgiven = _place(row, regions, read.names)
    except NeedsCheck as exc:
        read.problems.append(str(exc))
        place, forgiven = None, []
    want = Wanted(nama, place, notes=forgiven, names=names or {}, examples=_examples(row),
                  columns=frozenset(row))
    for key, reader, *vocabulary in (("alamat", values.text), ("berdiri", values.founded), ("anggota", values.whole),
                                     ("status", values.status, vocab)):
        value = read(key, reader, *vocabulary)
        if value:
            want.scalars[key] = value
    want.bidang = read("bidang", values.fields_of_work, vocab)
    want.sk = _sk(read, vocab)
    want.consent, day = read("izin", values.consent) or (None, None)
    want.consent_date = day.isoformat() if day else None
    name, phone = read("ketua", values.text), read("telepon", values.phone)
    if read.problems:
        if place is None:  # no file to hold the values: the template's are named before the village
            _examples_left(want, [], new=True)
        raise NeedsCheck("; ".join(read.problems), kim=(place.code, identity(nama)) if place else None)
    want.named = name
    if want.consent:
        want.ketua, want.phone = name, phone if name else None
        if phone and not name:  # a number is published with the name of the person it reaches
            want.notes.append(f"{want.header('telepon')} tidak ditulis: kolom {want.header('ketua')} kosong, "
                              "nomor ketua hanya ditulis bersama namanya")
    want.held_back = bool(name or phone) and not want.consent
    return want


def _sk(read: _Reader, vocab: Vocab) -> dict[str, str] | None:
    nomor = read("sk_nomor", values.text)
    tanggal = read("sk_tanggal", values.date)
    tingkat = read("sk_tingkat", values.sk_level, vocab)
    if not (nomor or tanggal or tingkat):
        return None
    if not (tanggal and tingkat):
        if not read.failed & {"sk_tanggal", "sk_tingkat"}:  # an unreadable cell is reported as such
            empty = [read.header(key) for key, value in (("sk_tingkat", tingkat), ("sk_tanggal", tanggal)) if not value]
            read.problems.append(f"SK perlu {' dan '.join(empty)}" + (f" (nomor {nomor})" if nomor else ""))
        return None
    sk = {"tingkat": tingkat}
    if nomor:
        sk["nomor"] = nomor
    sk["tanggal"] = tanggal.isoformat()
    return sk


def skeleton(want: Wanted, slug: str, today: dt.date) -> str:
    return SKELETON.format(slug=slug, nama=render("nama", want.nama), code=want.place.code, today=today.isoformat())


def apply(text: str, want: Wanted, today: dt.date, new: bool = False,
          history: Callable[[str], bool] | None = None) -> tuple[str, list[str]]:
    """The file's text with the row's values in it, and the names of the fields changed;
    `new`: the text is a skeleton, none of the row's values is the file's yet, and the file
    has no history (it does not exist yet: `history` is not asked); `history`: whether the
    file once held a text (`holds.readded`). A chair not written is noted in `want`
    (`held_back`, `notes`)."""
    try:
        doc = Doc(text)
        changed = [key for key, value in want.scalars.items() if _set_scalar(doc, key, value)]
        if want.bidang is not None:
            current = [v.text for v in getattr(doc.value("bidang"), "items", [])]
            if current != want.bidang:
                doc.set_top("bidang", "[" + ", ".join(want.bidang) + "]")
                changed.append("bidang")
        if want.sk and _set_sk(doc, want.sk):
            changed.append("sk")
        _examples_left(want, changed, new)
        changed += _set_chair(doc, want, today, None if new else history)
    except EditError as exc:
        raise NeedsCheck(str(exc)) from None
    if changed:
        doc.set_top("diperbarui", today.isoformat())
    return doc.text, changed


def _set_scalar(doc: Doc, key: str, value: str) -> bool:
    if doc.scalar(key) == value:
        return False
    doc.set_top(key, render(key, value))
    return True


def _items(doc: Doc, key: str) -> list[dict[str, str]]:
    return [texts(item) for item in getattr(doc.value(key), "items", [])]


def _set_sk(doc: Doc, sk: dict[str, str]) -> bool:
    """The row's SK: the one entry of the same level and date (its number corrected) or of the
    same level and number (its date corrected) updated in place, else added. An SK that expired
    before the row's date is renewed, never corrected: short numbers ("01") come again in the
    renewal. A new date within an SK's term (an early renewal or a correction) and two entries
    the row could correct are for the office to tell apart."""
    decrees = _items(doc, "sk")
    same = [i for i, e in enumerate(decrees) if e.get("tingkat") == sk["tingkat"]
            and (e.get("tanggal") == sk["tanggal"] or ("nomor" in sk and e.get("nomor") == sk["nomor"]))]
    if any({**decrees[i], **sk} == decrees[i] for i in same):
        return False
    same = [i for i in same if not decrees[i].get("berlaku_hingga", "9999") < sk["tanggal"]]
    if len(same) > 1:
        raise NeedsCheck(f"SK {_described(sk)} cocok dengan {len(same)} SK di berkas ("
                         + "; ".join(_described(decrees[i]) for i in same)
                         + "): perbaiki SK yang dimaksud langsung di berkas")
    if not same:
        doc.add_item("sk", render_flow(sk))
        return True
    found = decrees[same[0]]
    if found.get("berlaku_hingga") and found.get("tanggal") != sk["tanggal"]:
        raise NeedsCheck(f"SK {_described(sk)} bisa perpanjangan atau koreksi tanggal SK {_described(found)} "
                         f"(berlaku hingga {found['berlaku_hingga']}): ubah SK itu langsung di berkas")
    doc.replace_item("sk", same[0], doc.item_lines("sk", same[0], {**found, **sk}))
    return True


def _described(sk: dict[str, str]) -> str:
    return " ".join(filter(None, (sk.get("tingkat"), sk.get("nomor") and f"nomor {sk['nomor']}",
                                  sk.get("tanggal") and f"tanggal {sk['tanggal']}")))


def _set_chair(doc: Doc, want: Wanted, today: dt.date, history: Callable[[str], bool] | None) -> list[str]:
    board = _items(doc, "pengurus")
    at = next((i for i, e in enumerate(board) if e.get("jabatan") == "ketua"), None)
    entry = board[at] if at is not None else {}
    if not want.ketua:
        if entry.get("nama") and want.consent is False:
            raise NeedsCheck(f"izin publikasi 'tidak', tetapi berkas memuat nama ketua {entry['nama']!r}; "
                             f"hapus nama itu lewat {WITHDRAWAL}")
        if entry.get("nama") and want.named:
            still_named(want, entry, _items(doc, "kontak"))
        elif entry.get("nama") and "ketua" in want.columns:
            cleared(want, "ketua", f"nama ketua {entry['nama']!r}" + (
                " beserta nomornya" if _numbers(doc, entry["nama"]) else ""))
        elif entry.get("nama") and "izin" in want.columns and want.consent is None:  # consents without names
            consent_cleared(want, entry, _items(doc, "kontak"))
        elif want.held_back:
            want.notes.append("nama ketua tidak ditulis: belum ada izin publikasi")
        if at is None and want.held_back:  # the sheet names a chair: the role is recorded, not the name
            doc.add_item("pengurus", "{jabatan: ketua}", first=True)
            return ["pengurus"]
        return []
    contacts = [c for c in _items(doc, "kontak") if c.get("jenis") == "pribadi"]
    readded(want, history, [*board, *contacts], contacts, entry.get("nama", ""))
    if not want.phone and "telepon" in want.columns and _numbers(doc, want.ketua):
        cleared(want, "telepon", "nomor " + ", ".join(f"{c['nama']} ({c[shown_phone(c)]})"
                                                       for c in _numbers(doc, want.ketua)))
    # a consent the file records for this very person (the secretary become chair) is theirs
    own = next((e["izin_publikasi"] for e in [entry, *board, *contacts]
                if e.get("izin_publikasi") and same_person(e.get("nama", ""), want.ketua)), None)
    if not own or want.consent_date not in (None, own):
        borrowed_consent(want, entry, contacts)
    date = want.consent_date or own or today.isoformat()
    changed = []
    if entry.get("nama") != want.ketua or entry.get("izin_publikasi") != date:
        new = {**entry, "jabatan": "ketua", "nama": want.ketua, "izin_publikasi": date}
        if at is None:
            doc.add_item("pengurus", render_flow(new), first=True)
        else:
            doc.replace_item("pengurus", at, doc.item_lines("pengurus", at, new))
        changed.append("pengurus")
    # the date the file records for the chair, as the export shows it, is no new consent to the
    # number: a contact recording its own date for the same person keeps it
    given = None if want.consent_date == own else want.consent_date
    if want.phone and _set_contact(doc, want, given, date):
        changed.append("kontak")
    return changed


def _numbers(doc: Doc, chair: str) -> list[dict[str, str]]:
    """The personal contacts with a number that the export shows as the chair's (`chair`, or
    the contact the file names as ketua)."""
    return [c for c in _items(doc, "kontak") if c.get("jenis") == "pribadi" and c.get(shown_phone(c))
            and (fold(c.get("peran", "")) == "ketua" or same_person(c.get("nama", ""), chair))]


def _set_contact(doc: Doc, want: Wanted, given: str | None, chair: str) -> bool:
    """The chair's personal contact; a consent given as "ya" keeps the date the file records
    for it, else takes the date written for the chair."""
    contacts = _items(doc, "kontak")
    at = next((i for i, e in enumerate(contacts) if e.get("jenis") == "pribadi"
               and (fold(e.get("peran", "")) == "ketua" or same_person(e.get("nama", ""), want.ketua))), None)
    entry = contacts[at] if at is not None else {}
    recorded = entry.get("izin_publikasi") if same_person(entry.get("nama", ""), want.ketua) else None
    date = given or recorded or chair
    known = want.phone in (_phone(entry.get("telepon")), _phone(entry.get("whatsapp")))
    if known and entry.get("nama") == want.ketua and entry.get("izin_publikasi") == date:
        return False
    if not same_person(entry.get("nama", ""), want.ketua):  # another person: none of the old chair's contact stays
        entry, known = {"jenis": "pribadi", "nama": want.ketua, "peran": entry.get("peran", "ketua")}, False
    new = {"jenis": "pribadi", **entry, "nama": want.ketua, "peran": entry.get("peran", "ketua")}
    if not known:  # a corrected number replaces the one the export showed, other channels stay
        new[shown_phone(entry)] = want.phone
    new["izin_publikasi"] = date
    if at is None:
        doc.add_item("kontak", render_flow(new))
    else:
        doc.replace_item("kontak", at, doc.item_lines("kontak", at, new))
    return True


def _phone(text: str | None) -> str | None:
    """A number of the file in the +62 form the sheet's numbers are read into."""
    try:
        return values.phone(text)
    except values.Unreadable:
        return None
