"""What one spreadsheet row asks of one KIM file, and the file's text after it.

Consent (UU 27/2022; the repository is as public as the site): the chair's name and
phone number are written only when the row's "Izin publikasi" cell holds a date or "ya".
A date is written as `izin_publikasi`; "ya" records the day of the import, the day the
office confirmed the consent to the directory, unless the file already records a date
for the same name, which is kept. Without consent the file gets `{jabatan: ketua}` only
and the name is counted as held back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.impor import values
from generator.impor.sheet import SAMPLE_ROW
from generator.impor.textedit import Doc, EditError, render, render_flow, texts
from generator.model.regionmatch import describe, fold, match_village
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


class NeedsCheck(Exception):
    """The row cannot be written as it is: the message says why (Indonesian)."""


@dataclass
class Wanted:
    """What the sheet says about one KIM, as the file writes it (text values)."""

    nama: str
    place: Place
    scalars: dict[str, str] = field(default_factory=dict)  # alamat, berdiri, anggota
    bidang: list[str] | None = None
    sk: dict[str, str] | None = None  # tingkat, nomor, tanggal
    ketua: str | None = None  # only with consent
    phone: str | None = None  # only with consent
    consent: bool | None = None  # True: date or ya; False: tidak; None: empty cell
    consent_date: str | None = None
    held_back: bool = False  # a name (or phone) in the row not written for want of consent


def identity(nama: str) -> str:
    """Names compared folded, "KIM" in front or not: "KIM Sinar Harapan" = "sinar harapan"."""
    words = fold(nama).split()
    return " ".join(words[1:] if words[:1] == ["kim"] and len(words) > 1 else words)


def _place(row: dict, regions: Regions) -> Place:
    code = values.text(row.get("kode"))
    if code:
        place = regions.place(code)
        if place is None:
            raise NeedsCheck(f"kode wilayah {code!r} tidak ada di daftar resmi Kemendagri")
        return place
    found = match_village(regions, values.text(row.get("desa")) or "", values.text(row.get("kecamatan")) or "",
                          values.text(row.get("kabupaten")) or "", values.text(row.get("provinsi")) or "")
    if found.place is None:
        listed = "; ".join(describe(p) for p in found.candidates[:10])
        more = f" (dan {len(found.candidates) - 10} lagi)" if len(found.candidates) > 10 else ""
        hint = f": {listed}{more}; isi kolom Kecamatan atau Kode wilayah" if listed else \
            "; periksa ejaan, atau isi kolom Kode wilayah"
        raise NeedsCheck(found.reason + hint)
    return found.place


def wanted(row: dict, regions: Regions, vocab: Vocab) -> Wanted:
    """The row read into values, or NeedsCheck with the first reason it cannot be."""
    nama = values.text(row.get("nama"))
    if not nama:
        raise NeedsCheck("kolom Nama KIM kosong")
    if identity(nama) == identity(SAMPLE_ROW["nama"]):
        raise NeedsCheck("baris contoh dari templat: ganti dengan data KIM yang nyata, atau hapus baris ini")
    try:
        want = Wanted(nama, _place(row, regions))
        for key, read in (("alamat", values.text), ("berdiri", values.founded), ("anggota", values.whole)):
            value = read(row.get(key))
            if value:
                want.scalars[key] = value
        want.bidang = values.fields_of_work(row.get("bidang"), vocab)
        want.sk = _sk(row, vocab)
        want.consent, day = values.consent(row.get("izin"))
        want.consent_date = day.isoformat() if day else None
        name, phone = values.text(row.get("ketua")), values.phone(row.get("telepon"))
    except values.Unreadable as exc:
        raise NeedsCheck(str(exc)) from None
    if want.consent:
        want.ketua, want.phone = name, phone if name else None
    want.held_back = bool(name or phone) and not want.consent
    return want


def _sk(row: dict, vocab: Vocab) -> dict[str, str] | None:
    nomor = values.text(row.get("sk_nomor"))
    tanggal = values.date(row.get("sk_tanggal"))
    tingkat = values.sk_level(row.get("sk_tingkat"), vocab)
    if not (nomor or tanggal or tingkat):
        return None
    if not (tanggal and tingkat):
        raise NeedsCheck("SK perlu Tingkat SK dan Tanggal SK" + (f" (nomor {nomor})" if nomor else ""))
    sk = {"tingkat": tingkat}
    if nomor:
        sk["nomor"] = nomor
    sk["tanggal"] = tanggal.isoformat()
    return sk


def skeleton(want: Wanted, slug: str, today: dt.date) -> str:
    return SKELETON.format(slug=slug, nama=render("nama", want.nama), code=want.place.code, today=today.isoformat())


def apply(text: str, want: Wanted, today: dt.date) -> tuple[str, list[str]]:
    """The file's text with the row's values in it, and the names of the fields changed."""
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
        changed += _set_chair(doc, want, today)
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
    """The row's SK: its number corrected on the entry of the same level and date, or added."""
    for index, entry in enumerate(_items(doc, "sk")):
        if entry.get("tingkat") == sk["tingkat"] and entry.get("tanggal") == sk["tanggal"]:
            if "nomor" not in sk or entry.get("nomor") == sk["nomor"]:
                return False
            updated = {**entry, "nomor": sk["nomor"]}
            doc.replace_item("sk", index, doc.item_lines("sk", index, updated))
            return True
    doc.add_item("sk", render_flow(sk))
    return True


def _set_chair(doc: Doc, want: Wanted, today: dt.date) -> list[str]:
    board = _items(doc, "pengurus")
    at = next((i for i, e in enumerate(board) if e.get("jabatan") == "ketua"), None)
    entry = board[at] if at is not None else {}
    if not want.ketua:
        if entry.get("nama") and want.consent is False:
            raise NeedsCheck(f"izin publikasi 'tidak', tetapi berkas memuat nama ketua {entry['nama']!r}; "
                             "hapus nama itu lewat runbook pencabutan izin (docs/runbook-pencabutan-izin.md)")
        if at is None and want.held_back:  # the sheet names a chair: the role is recorded, not the name
            doc.add_item("pengurus", "{jabatan: ketua}", first=True)
            return ["pengurus"]
        return []
    same = entry.get("nama") == want.ketua and entry.get("izin_publikasi")
    date = want.consent_date or (entry.get("izin_publikasi") if same else None) or today.isoformat()
    changed = []
    if entry.get("nama") != want.ketua or entry.get("izin_publikasi") != date:
        new = {**entry, "jabatan": "ketua", "nama": want.ketua, "izin_publikasi": date}
        if at is None:
            doc.add_item("pengurus", render_flow(new), first=True)
        else:
            doc.replace_item("pengurus", at, doc.item_lines("pengurus", at, new))
        changed.append("pengurus")
    if want.phone and _set_contact(doc, want, want.consent_date, today):
        changed.append("kontak")
    return changed


def _set_contact(doc: Doc, want: Wanted, given: str | None, today: dt.date) -> bool:
    """The chair's personal contact; a consent given as "ya" keeps the date the file records."""
    contacts = _items(doc, "kontak")
    at = next((i for i, e in enumerate(contacts) if e.get("jenis") == "pribadi"
               and (fold(e.get("peran", "")) == "ketua" or e.get("nama") == want.ketua)), None)
    entry = contacts[at] if at is not None else {}
    recorded = entry.get("izin_publikasi") if entry.get("nama") == want.ketua else None
    date = given or recorded or today.isoformat()
    known = want.phone in (_phone(entry.get("telepon")), _phone(entry.get("whatsapp")))
    if known and entry.get("nama") == want.ketua and entry.get("izin_publikasi") == date:
        return False
    if entry.get("nama") != want.ketua:  # another person: none of the old chair's contact stays
        entry, known = {"jenis": "pribadi", "nama": want.ketua, "peran": entry.get("peran", "ketua")}, False
    new = {"jenis": "pribadi", **entry, "nama": want.ketua, "peran": entry.get("peran", "ketua")}
    if not known:
        new["telepon"] = want.phone
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
