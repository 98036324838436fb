"""`kim impor` and the chair's name: a consented new chair replaces the file's in place, and one
without consent is never left beside the previous chair's name and number."""

import datetime as dt
import subprocess
from typing import Callable

import openpyxl
import pytest

from generator.impor import rows
from generator.impor.sheet import HEADERS
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from tests.imporkit import REAL, SEED, kim, seeded


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def imported_edit(work, capsys, monkeypatch, sheet: str, edited: str, **cells) -> tuple[int, list[str]]:
    """`kim impor --tulis` of the spreadsheet `sheet` saved as `edited`, its first row's `cells`
    (by their HEADERS keys) typed over: its exit code and the lines after its header."""
    book = openpyxl.load_workbook(work / sheet)
    row = dict(zip(HEADERS, book.worksheets[0][2]))
    for key, value in cells.items():
        row[key].value = value
    book.save(work / edited)
    code, out, _ = kim(["impor", edited, "--tulis"], work, capsys, monkeypatch)
    return code, out.splitlines()[1:]


def test_consented_chair_replaces_the_file_s_chair_in_place(work, capsys, monkeypatch):
    header = "Nama KIM;Kode wilayah;Ketua;No. HP;Izin publikasi\n"
    (work / "ketua.csv").write_text(header + "Sinar Harapan;18.07.04.2001;Bima (uji);;2026-10-01\n", encoding="utf-8")
    code, out, _ = kim(["impor", "ketua.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama"
    (work / "ketua.csv").write_text(header + "KIM Sinar Harapan;18.07.04.2001;Wulan (uji);81200000003;1/12/2026\n",
                                    encoding="utf-8")
    old = REAL
    code, out, _ = kim(["impor", "ketua.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0, out
    new = (work / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").read_text(encoding="utf-8")
    assert new == old.replace(
        "  - {jabatan: ketua, nama: Bima (uji), izin_publikasi: 2026-10-01}",
        "  - {jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-12-01}",
    ).replace(
        "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: ketua\n    email: bima.sinarharapan@example.org\n"
        "    izin_publikasi: 2026-10-01\n",
        "  - jenis: pribadi\n    nama: Wulan (uji)\n    peran: ketua\n    telepon: \"+6281200000003\"\n"
        "    izin_publikasi: 2026-12-01\n",
    ).replace("diperbarui: 2026-10-02", "diperbarui: 2026-12-03")


def test_a_chair_without_consent_is_never_left_to_the_file_s_chair(work, capsys, monkeypatch):
    # Found by a tester: a new chair typed over an export without a consent date came back
    # "sama" (exit 0) while the file went on publishing the previous chair and his phone.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    text = REAL.replace("    email: bima.sinarharapan@example.org\n",
                        '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n')
    seed.write_text(text, encoding="utf-8")
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    code, lines = imported_edit(work, capsys, monkeypatch, "daftar.xlsx", "ekspor-edit.xlsx",
                                ketua="Sutarno (uji)", telepon="0813-1111-2222", izin=None)
    assert code == 1
    assert lines == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  ketua 'Sutarno (uji)' tanpa izin publikasi, "
        "tetapi berkas masih memuat ketua sebelumnya, 'Bima (uji)', beserta kontak pribadinya: isi kolom Izin "
        "publikasi dengan tanggal izin dari Sutarno (uji) sendiri, atau hapus nama dan kontak Bima (uji) langsung di "
        "berkas; bila ia mencabut izinnya, ikuti runbook pencabutan izin (docs/runbook-pencabutan-izin.md)",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 1 nama ketua ditahan karena belum ada izin publikasi"]
    assert seed.read_text(encoding="utf-8") == text
    # the same chair, only the consent cell emptied: the sheet no longer records the consent, the row is held
    code, lines = imported_edit(work, capsys, monkeypatch, "daftar.xlsx", "ekspor-edit.xlsx",
                                ketua="Bima (uji)", telepon="0812-3456-7890", izin=None)
    assert code == 1
    assert lines == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  kolom Izin publikasi kosong, tetapi berkas "
        "tetap memuat nama ketua 'Bima (uji)' beserta kontaknya dengan izin 2026-10-01: impor tidak menghapus data "
        "pribadi; bila izinnya dicabut atau tidak diketahui lagi, ikuti runbook pencabutan izin "
        "(docs/runbook-pencabutan-izin.md); bila izin itu masih berlaku, isi lagi kolom Izin publikasi dengan "
        "tanggalnya, 2026-10-01",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 1 nama ketua ditahan karena belum ada izin publikasi"]
    assert seed.read_text(encoding="utf-8") == text


def committed(work, text: str) -> Callable[[str, str], None]:
    """`work` as a git checkout whose seeded KIM file holds `text`, committed: the history the
    import reads (`git log -S`). Gives a function writing the file again and committing it."""
    git = ["git", "-C", str(work), "-c", "user.name=uji", "-c", "user.email=uji@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)

    def commit(text: str, message: str) -> None:
        (work / "kims" / "18" / "18.07" / SEED.name).write_text(text, encoding="utf-8")
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", message], check=True)
    commit(text, "KIM")
    return commit


def test_a_chair_removed_after_a_withdrawal_is_not_put_back_by_an_old_sheet(work, capsys, monkeypatch):
    # Found by a privacy tester: the chair's name and number removed as the runbook says, the
    # office's old sheet imported again wrote them back under the withdrawn consent's date.
    # The file's git history says who it once held (a reviewer: dates cannot, as a consent
    # dated before the file's last edit is no withdrawal).
    seed = work / "kims" / "18" / "18.07" / SEED.name
    phone = '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n'
    commit = committed(work, REAL.replace("    email: bima.sinarharapan@example.org\n", phone))
    assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lama.xlsx"], work, capsys, monkeypatch)[0] == 0
    contact = "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: ketua\n" + phone + "    izin_publikasi: 2026-10-01\n"
    chair = "{jabatan: ketua, nama: Bima (uji), izin_publikasi: 2026-10-01}"
    withdrawn = REAL.replace("    email: bima.sinarharapan@example.org\n", phone).replace(contact, "").replace(
        chair, "{jabatan: ketua}")
    assert withdrawn.count("Bima") == 0
    commit(withdrawn, "Cabut izin")
    code, out, _ = kim(["impor", "lama.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:] == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  nama ketua 'Bima (uji)' pernah tercantum di "
        "berkas ini lalu dihapus (riwayat git): orang yang dihapus setelah mencabut izinnya tidak ditambahkan lagi "
        "lewat impor, lihat runbook pencabutan izin (docs/runbook-pencabutan-izin.md); bila ia memberi izin baru, "
        "tambahkan langsung di berkas bersama tanggal izin barunya",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 0 nama ketua ditahan karena belum ada izin "
        "publikasi; 1 nama atau nomor ketua ditahan karena pernah dihapus dari berkasnya (riwayat git)"]
    assert seed.read_text(encoding="utf-8") == withdrawn
    # a later consent date in the sheet changes nothing: the office adds a returning person by hand
    code, lines = imported_edit(work, capsys, monkeypatch, "lama.xlsx", "baru.xlsx", izin="2026-11-20")
    assert code == 1 and "pernah tercantum di berkas ini lalu dihapus" in lines[0], lines
    # only the number withdrawn: the name stays, the number is not added back either
    commit(withdrawn.replace("{jabatan: ketua}", chair), "Nama saja")
    code, out, _ = kim(["impor", "lama.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1 and ".yml  nomor ketua pernah tercantum di berkas ini lalu dihapus" in out.splitlines()[1], out
    assert seed.read_text(encoding="utf-8") == withdrawn.replace("{jabatan: ketua}", chair)


def test_an_old_sheet_naming_the_chair_before_an_election_says_it_is_older_than_the_file(work, capsys, monkeypatch):
    # Found by a tester as a new chair: the office's old sheet, the previous chair's row with his
    # own consent date and the number cell emptied, was counted as held "for want of consent", and
    # its only reason pointed to the withdrawal runbook over the new chair's number.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    phone = '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n'
    commit = committed(work, REAL.replace("    email: bima.sinarharapan@example.org\n", phone))
    assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lama.xlsx"], work, capsys, monkeypatch)[0] == 0
    elected = REAL.replace("    email: bima.sinarharapan@example.org\n", '    telepon: "+6285700000087"\n').replace(
        "Bima (uji)", "Hendra (uji)").replace("{jabatan: ketua, nama: Hendra (uji), izin_publikasi: 2026-10-01}",
                                             "{jabatan: ketua, nama: Hendra (uji), izin_publikasi: 2026-11-20}")
    assert "Bima" not in elected and "Hendra (uji), izin_publikasi: 2026-11-20" in elected
    commit(elected, "Ketua baru")
    code, lines = imported_edit(work, capsys, monkeypatch, "lama.xlsx", "lama.xlsx", telepon=None)
    assert code == 1
    assert lines == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  nama ketua 'Bima (uji)' pernah tercantum di "
        "berkas ini lalu dihapus (riwayat git): berkas kini memuat ketua lain, jadi lembar ini tampaknya lebih lama "
        "dari berkas: perbarui lembarnya (kim ekspor); orang yang dihapus setelah mencabut izinnya tidak ditambahkan "
        "lagi lewat impor, lihat runbook pencabutan izin (docs/runbook-pencabutan-izin.md); bila ia memberi izin "
        "baru, tambahkan langsung di berkas bersama tanggal izin barunya",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 0 nama ketua ditahan karena belum ada izin "
        "publikasi; 1 nama atau nomor ketua ditahan karena pernah dihapus dari berkasnya (riwayat git)"]
    assert seed.read_text(encoding="utf-8") == elected


def test_a_new_file_has_no_history_to_hold_a_chair_by():
    """A file the import founds does not exist yet, so no history holds its chair: `rows.apply`
    says so for every caller, and never asks the history it is given (run.py gives the path's)."""
    want = rows.wanted({"nama": "KIM Baru Uji", "kode": "18.07.04.2001", "ketua": "Wulan (uji)",
                        "izin": "2026-09-15"}, load_regions(), load_vocab())
    today = dt.date(2026, 12, 3)
    asked = []

    def history(text: str) -> bool:
        asked.append(text)
        return True
    text, changed = rows.apply(rows.skeleton(want, "baru-uji", today), want, today, new=True, history=history)
    assert "  - {jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-09-15}\n" in text
    assert changed == ["pengurus"] and asked == []


def test_a_new_chair_consenting_before_the_file_s_last_edit_is_written(work, capsys, monkeypatch):
    """The reviewer: holding every consent dated before the file's `diperbarui` held each new
    chair after any edit that day, and asked for a date that was not the real one."""
    seed = work / "kims" / "18" / "18.07" / SEED.name
    contact = "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: ketua\n"
    assert contact in REAL  # the previous chair's contact goes with him, as the board's rule asks
    committed(work, REAL.replace(contact, "  - jenis: pribadi\n    nama: Bima (uji)\n    peran: penasihat\n")
              .replace("diperbarui: 2026-10-02", "diperbarui: 2026-12-03"))
    (work / "baru.csv").write_text("Nama KIM;Kode wilayah;Ketua;Izin publikasi\n"
                                   "KIM Sinar Harapan;18.07.04.2001;Wulan (uji);2026-09-15\n", encoding="utf-8")
    code, out, _ = kim(["impor", "baru.csv", "--tulis"], work, capsys, monkeypatch)
    assert "pernah tercantum" not in out and "tidak lebih baru" not in out, out
    assert "{jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-09-15}" in seed.read_text(encoding="utf-8")
