"""Why a row naming a KIM's chair is held rather than written (UU 27/2022; the repository is
as public as the site). The import removes no personal data and publishes none without the
person's own consent: a new chair under the previous one's consent (`borrowed_consent`), a
file left naming a chair the row no longer names with consent (`still_named`), an emptied
name, number or consent cell (`cleared`, `consent_cleared`), and a person the file once
held and no longer does, by its git history (`readded`): each is "perlu dicek", saying why."""

from __future__ import annotations

from typing import Callable

from generator.impor.sheet import HEADERS
from generator.impor.wanted import NeedsCheck, Wanted
from generator.model.persons import same_person
from generator.model.regionmatch import fold

WITHDRAWAL = "runbook pencabutan izin (docs/runbook-pencabutan-izin.md)"


def cleared(want: Wanted, column: str, kept: str) -> None:
    """An empty cell of the chair's name or number where the file publishes `kept`: an office
    clearing it means "remove this", which an import does not do to personal data, nor lets
    pass as "sama"."""
    raise NeedsCheck(f"kolom {want.header(column)} kosong, tetapi berkas tetap memuat {kept}: impor tidak menghapus "
                     f"data pribadi; untuk menghapusnya ikuti {WITHDRAWAL}; bila tetap dipakai, isi lagi kolom "
                     f"{want.header(column)}")


def has_contact(contacts: list[dict[str, str]], name: str) -> bool:
    """Whether the file holds a personal contact of the person `name`."""
    return any(c.get("jenis") == "pribadi" and same_person(c.get("nama", ""), name) for c in contacts)


def still_named(want: Wanted, chair: dict[str, str], contacts: list[dict[str, str]]) -> None:
    """A row naming a chair without consent, in a file that names one. Another person: a new
    chair, and the file would go on publishing the previous one's name (and number) as the
    chair's; the row is held, the office decides. The same person with an emptied consent cell:
    the sheet no longer records the consent the file publishes them under, withdrawn or not
    known any more; held as an emptied name is. A sheet without the consent column says
    nothing of it: the name stays under the consent the file records, and the report says so."""
    old = chair["nama"]
    if not same_person(old, want.named):
        contact = has_contact(contacts, old)
        raise NeedsCheck(f"ketua {want.named!r} tanpa izin publikasi, tetapi berkas masih memuat ketua sebelumnya, "
                         f"{old!r}" + (", beserta kontak pribadinya" if contact else "") + ": isi kolom "
                         f"{want.header('izin')} dengan tanggal izin dari {want.named} sendiri, atau hapus "
                         + ("nama dan kontak" if contact else "nama") + f" {old} langsung di berkas; bila ia "
                         f"mencabut izinnya, ikuti {WITHDRAWAL}", held=True)
    if "izin" in want.columns:
        consent_cleared(want, chair, contacts)
    want.held_back = False
    want.notes.append(f"lembar ini tanpa kolom {HEADERS['izin']}: isian ketua baris ini tidak dipakai, dan berkas "
                      f"tetap memuat nama ketua {old!r} dengan izin {chair.get('izin_publikasi')}; bila izinnya "
                      f"dicabut, hapus namanya lewat {WITHDRAWAL}")


def consent_cleared(want: Wanted, chair: dict[str, str], contacts: list[dict[str, str]]) -> None:
    """An empty consent cell where the file publishes the chair under a consent: the sheet no
    longer records it, withdrawn or not known any more; held as an emptied name is, for an
    import does not remove personal data."""
    name, given, header = chair["nama"], chair.get("izin_publikasi"), want.header("izin")
    kept = f"nama ketua {name!r} beserta kontaknya" if has_contact(contacts, name) else f"nama ketua {name!r}"
    raise NeedsCheck(f"kolom {header} kosong, tetapi berkas tetap memuat {kept} dengan izin {given}: impor tidak "
                     f"menghapus data pribadi; bila izinnya dicabut atau tidak diketahui lagi, ikuti {WITHDRAWAL}; "
                     f"bila izin itu masih berlaku, isi lagi kolom {header} dengan tanggalnya, {given}")


def borrowed_consent(want: Wanted, chair: dict[str, str], contacts: list[dict[str, str]]) -> None:
    """A new chair under the consent the file records for the previous one: a sheet exported
    with the old chair's name and date, the name overwritten and the date left; or an office's
    own sheet whose "ya" was given by the previous chair, only the name overwritten. That
    consent is never the new one's, so neither name nor number is written."""
    others = [chair] + [c for c in contacts if fold(c.get("peran", "")) == "ketua"]
    named = [e for e in others if e.get("nama")]
    if want.consent_date:
        previous = next((e for e in named if not same_person(e["nama"], want.ketua)
                         and e.get("izin_publikasi") == want.consent_date), None)
        given = f"izin publikasi {want.consent_date} adalah tanggal izin ketua sebelumnya"
    else:  # a "ya" names no one: it is the file's chair's only when the row names the same person
        previous = None if any(same_person(e["nama"], want.ketua) for e in named) else next(iter(named), None)
        given = "izin publikasi tanpa tanggal bisa jadi izin ketua sebelumnya"
    if previous:
        raise NeedsCheck(f"ketua {want.ketua!r} berbeda dengan ketua di berkas ({previous['nama']!r}), tetapi "
                         f"{given}: isi kolom {want.header('izin')} dengan tanggal izin dari {want.ketua} sendiri "
                         "(nama dan nomornya tidak ditulis sebelum itu); bila orangnya sama, tulis namanya persis "
                         "seperti di berkas", held=True)


def readded(want: Wanted, history: Callable[[str], bool] | None, named: list[dict[str, str]],
            contacts: list[dict[str, str]], chair: str = "") -> None:
    """A chair's name, or personal number, that the file lacks but once held (`history`: whether
    a commit of the file added or removed a text; None for a new file): a person removed after
    withdrawing, whom the office's old sheet still holds, would be published again. Not the
    dates: a consent dated before the file's last edit is no withdrawal (a reviewer). A person
    who gives a new consent is added in the file itself, where the pull request's review sees it.
    A former chair where the file names another (`chair`) is most often a sheet older than the
    file, after an election: said first, so that the office renews its sheet."""
    if history is None or not want.ketua:
        return
    held = any(same_person(e.get("nama", ""), want.ketua) for e in named)
    new_number = want.phone and not has_contact(contacts, want.ketua)
    if held and not new_number:
        return
    what, text = ("nomor ketua", want.phone) if held else (f"nama ketua {want.ketua!r}", want.ketua)
    if history(text):
        older = ("berkas kini memuat ketua lain, jadi lembar ini tampaknya lebih lama dari berkas: perbarui "
                 "lembarnya (kim ekspor); " if chair and not held else "")
        raise NeedsCheck(f"{what} pernah tercantum di berkas ini lalu dihapus (riwayat git): {older}orang yang dihapus "
                         f"setelah mencabut izinnya tidak ditambahkan lagi lewat impor, lihat {WITHDRAWAL}; bila ia "
                         "memberi izin baru, tambahkan langsung di berkas bersama tanggal izin barunya", removed=True)
