"""`kim impor` and `kim ekspor`: offices' messy spreadsheets to KIM files and back."""

import csv
import datetime as dt
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from generator.format import catalogue
from generator.impor import values
from generator.impor.sheet import HEADERS, SAMPLE_ROW
from generator.model.regionmatch import match_village, name_key, one_edit_apart
from generator.model.regions import load_regions

ROOT = Path(__file__).parent.parent
BUNDLED = ROOT / "kims"
SEED = BUNDLED / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
TODAY = "2026-12-03"
TEMPLATE = ROOT / "content" / "panduan" / "templat-impor-kim.xlsx"


def real(text: str) -> str:
    """A bundled KIM made a real one for a test: the bundled KIMs are all samples
    (`contoh: true`), which `kim impor` never updates and `kim ekspor` leaves out, and a sheet
    holding their "(contoh)" names and "CONTOH/" SK numbers is refused as template data."""
    return re.sub(r"^contoh: true.*\n", "", text, flags=re.M).replace("(contoh)", "(uji)").replace("CONTOH/", "UJI/")


REAL = real(SEED.read_text(encoding="utf-8"))


def kim(args, cwd, capsys, monkeypatch):
    monkeypatch.chdir(cwd)
    code = main([*args, "--today", TODAY])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yml"))}


def seeded(tmp_path: Path) -> Path:
    """A data folder with one bundled KIM made real (Sinar Harapan, Pekalongan, Lampung Timur)."""
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    (folder / SEED.name).write_text(REAL, encoding="utf-8")
    return tmp_path


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def unsampled(folder: Path) -> None:
    for path in folder.rglob("*.yml"):
        path.write_text(real(path.read_text(encoding="utf-8")), encoding="utf-8")


# -- names to codes -----------------------------------------------------------------------

def test_region_names_are_forgiven_but_never_guessed():
    regions = load_regions()

    def code(*names):
        found = match_village(regions, *names)
        return found.place.code if found.place else [p.code for p in found.candidates] or found.reason

    assert code("Desa Pekalongan", "Kec. Pekalongan") == "18.07.04.2001"
    assert code("  ds.  PEKALONGAN ", "", "Kab. Lampung Timur") == "18.07.04.2001"
    assert code("Soekadana Djaja", "", "Lampung Timur") == "18.07.01.2019"  # old spelling
    assert code("Pekalonggan", "", "Lampung Timur") == "18.07.04.2001"  # one typo, one candidate
    assert code("Sidodadi", "", "Kabupaten Lampung Timur") == ["18.07.04.2003", "18.07.05.2010"]
    assert code("Sidodadi", "Sekampung", "Lampung Timur") == "18.07.05.2010"
    assert code("Sidodadii", "", "Lampung Timur") == ["18.07.04.2003", "18.07.05.2010"]  # a typo, two villages
    assert code("Antahberantah", "", "Lampung Timur") == "desa/kelurahan 'Antahberantah' tidak ditemukan"
    assert code("Pekalongan", "Kec. Entah", "Lampung Timur") == (
        "kecamatan 'Kec. Entah' tidak ditemukan; desa/kelurahan 'Pekalongan' ada di Pekalongan, Kec. Pekalongan, "
        "Kabupaten Lampung Timur (18.07.04.2001)")
    assert name_key("Kel. Way Hui") == name_key("wayhui")
    assert one_edit_apart("pekalongan", "pekaloangn") is False and one_edit_apart("pekalongan", "pekalonagn")


def test_cells_as_offices_type_them():
    assert values.phone(81234567890) == "+6281234567890"
    assert values.phone(81234567890.0) == "+6281234567890"
    assert values.phone("0812-3456-7890") == "+6281234567890"
    assert values.phone("+62 812 3456 7890") == "+6281234567890"
    assert values.date(44060) == dt.date(2020, 8, 17)
    assert values.date("44060") == dt.date(2020, 8, 17)
    assert values.date("17/08/2020") == values.date("17 Agustus 2020") == dt.date(2020, 8, 17)
    assert values.date("2020/08/17") == values.date("2020.8.17") == dt.date(2020, 8, 17)  # found by a regency coach
    assert values.date(dt.datetime(2020, 8, 17, 0, 0)) == dt.date(2020, 8, 17)
    assert values.whole("15 orang") == values.whole(15.0) == "15"
    assert values.founded(2016) == values.founded("2016") == "2016"
    assert values.consent("Ya") == (True, None) and values.consent("tidak") == (False, None)
    assert values.consent(None) == (None, None)
    with pytest.raises(values.Unreadable):
        values.phone("08123")


# -- a messy office workbook ----------------------------------------------------------------

def messy_workbook(path: Path) -> None:
    """A title row, two-row merged headers, blank rows, numbers as text and text as numbers."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Data KIM"
    ws.append(["DAFTAR KIM KABUPATEN LAMPUNG TIMUR TAHUN 2026"])
    ws.merge_cells("A1:N1")
    ws.append(["No", "Nama KIM", "Wilayah", None, "Kabupaten/Kota", "Ketua", None, "Nomor SK", "Tanggal SK",
               "Tingkat SK", "Tahun Berdiri", "Bidang", "Jumlah Anggota", "Izin Publikasi"])
    ws.append([None, None, "Desa/Kel.", "Kecamatan", None, "Nama", "No. HP"])
    for rng in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:L3",
                "M2:M3", "N2:N3"):
        ws.merge_cells(rng)
    rows = [
        [1, "KIM Maju Jaya", "Ds. Adijaya", "Kec. Pekalongan", "Kab. Lampung Timur", "Siti (uji)",
         81234567890, "141/05/KPTS/2020", 44060, "Desa", "2019", "Pertanian, UMKM", "25", "ya"],
        [None] * 14,
        [2, "KIM Sido Rukun", "Sidodadi", None, "Lampung Timur", None, None, None, None, None, None, None,
         None, None],
        [3, "KIM Antah", "Desa Antahberantah", None, "Lampung Timur"] + [None] * 9,
        [4, "KIM Tanpa Izin", "Soekadana Djaja", "Sukadana", "Lampung Timur", "Budi (uji)", "0812 0000 0001",
         None, None, None, 2018, "Kesehatan", 12, None],
        [5, "KIM Tanggal Izin", "Kalibenning", None, "Lampung Timur", "Rina (uji)", "+62 812 0000 0002",
         "UJI/7/2021", dt.datetime(2021, 3, 1), "SK Camat", None, None, "30 orang",
         dt.datetime(2026, 11, 20)],
        [None] * 14,
    ]
    for row in rows:
        ws.append(row)
    book.save(path)


EXPECTED_MESSY = """\
Kolom dibaca dari kata terakhir judulnya: Desa/Kelurahan ← "Wilayah Desa/Kel.", Kecamatan ← "Wilayah Kecamatan"
baris  hasil        berkas                                      keterangan
    4  ditulis      kims/18/18.07/maju-jaya-adijaya.yml         berkas baru
    6  perlu dicek  -                                           2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom Kecamatan atau Kode wilayah
    7  perlu dicek  -                                           desa/kelurahan 'Desa Antahberantah' tidak ditemukan; periksa ejaan, atau isi kolom Kode wilayah
    8  ditulis      kims/18/18.07/tanpa-izin-sukadana-jaya.yml  berkas baru; nama ketua tidak ditulis: belum ada izin publikasi
    9  ditulis      kims/18/18.07/tanggal-izin-kalibening.yml   berkas baru; desa 'Kalibenning' dibaca sebagai Kalibening (18.07.04.2009)
5 baris: 3 ditulis, 0 diperbarui, 0 sama, 2 perlu dicek; 1 nama ketua ditahan karena belum ada izin publikasi
"""


def test_messy_workbook_report_files_and_second_run(work, capsys, monkeypatch):
    messy_workbook(work / "daftar.xlsx")
    before = snapshot(work / "kims")
    code, out, err = kim(["impor", "daftar.xlsx", "--laporan", "laporan.csv"], work, capsys, monkeypatch)
    assert (code, err) == (1, "")
    assert out == EXPECTED_MESSY + "Uji coba: belum ada berkas yang ditulis. Jalankan lagi dengan --tulis untuk menulisnya.\n"
    assert snapshot(work / "kims") == before  # a dry run writes nothing
    # Found by a tester: the office opens it in Excel, whose list separator in Indonesian
    # regional settings is ";": a comma-separated report showed each row whole in column A.
    assert (work / "laporan.csv").read_bytes().startswith("\ufeffbaris;hasil;berkas;keterangan\r\n".encode())
    with open(work / "laporan.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.reader(fh, delimiter=";"))
    assert report[0] == ["baris", "hasil", "berkas", "keterangan"]
    assert [r[:2] for r in report[1:]] == [["4", "ditulis"], ["6", "perlu dicek"], ["7", "perlu dicek"],
                                           ["8", "ditulis"], ["9", "ditulis"]]

    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1 and out == EXPECTED_MESSY
    folder = work / "kims" / "18" / "18.07"
    assert (folder / "maju-jaya-adijaya.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../../../schema/kim.schema.json
versi: 1
slug: maju-jaya-adijaya
nama: KIM Maju Jaya
status: aktif
wilayah: "18.07.04.2012"
berdiri: 2019
bidang: [pertanian, umkm]
anggota: 25
pengurus:
  - {jabatan: ketua, nama: Siti (uji), izin_publikasi: 2026-12-03}
sk:
  - {tingkat: desa, nomor: "141/05/KPTS/2020", tanggal: 2020-08-17}
kontak:
  - {jenis: pribadi, nama: Siti (uji), peran: ketua, telepon: "+6281234567890", izin_publikasi: 2026-12-03}
diperbarui: 2026-12-03
"""
    held = (folder / "tanpa-izin-sukadana-jaya.yml").read_text(encoding="utf-8")
    assert "  - {jabatan: ketua}\n" in held
    assert "Budi" not in held and "0001" not in held and "kontak" not in held
    dated = (folder / "tanggal-izin-kalibening.yml").read_text(encoding="utf-8")
    assert "{jabatan: ketua, nama: Rina (uji), izin_publikasi: 2026-11-20}" in dated
    assert '{tingkat: kecamatan, nomor: "UJI/7/2021", tanggal: 2021-03-01}' in dated
    assert "anggota: 30\n" in dated
    assert not catalogue.load([str(work / "kims")], dt.date(2026, 12, 3)).errors

    written = snapshot(work / "kims")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis", "--today", "2026-12-09"], work, capsys, monkeypatch)
    assert code == 1
    assert [line.split()[1] for line in out.splitlines()[2:7]] == ["sama", "perlu", "perlu", "sama", "sama"]
    assert "3 sama" in out
    assert snapshot(work / "kims") == written  # idempotent: not even `diperbarui` moves


def test_update_changes_only_the_mapped_lines(work, capsys, monkeypatch):
    (work / "ubah.csv").write_text(
        "Nama KIM,Desa,Kecamatan,Kabupaten/Kota,Alamat,Jumlah anggota,Bidang\n"
        "KIM Sinar Harapan,Pekalongan,Pekalongan,Lampung Timur,Jl. Baru No. 2,18,"
        "\"Pertanian, UMKM, Literasi digital, Diseminasi informasi, Kepemudaan\"\n", encoding="utf-8")
    old = REAL.split("\n")
    code, out, _ = kim(["impor", "ubah.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0, out
    assert "diperbarui  kims/18/18.07/sinar-harapan-pekalongan.yml  diubah: alamat" in out
    new = (work / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").read_text(encoding="utf-8").split("\n")
    assert len(new) == len(old)
    differ = [(a, b) for a, b in zip(old, new) if a != b]
    assert differ == [("alamat: Balai Desa Pekalongan, Jl. Raya Pekalongan", "alamat: Jl. Baru No. 2"),
                      ("diperbarui: 2026-10-02", "diperbarui: 2026-12-03")]


def test_a_file_with_a_refused_character_is_never_written_back(work, capsys, monkeypatch):
    # an invalid byte in the description: decoded, it would be U+FFFD, and writing the file
    # back would make the loss permanent
    target = work / "kims" / "18" / "18.07" / SEED.name
    broken = REAL.encode().replace(b"alamat: Balai Desa", b"alamat: Balai \xff Desa")
    target.write_bytes(broken)
    (work / "a.csv").write_text("Nama KIM,Kode wilayah,Jumlah anggota\nKIM Sinar Harapan,18.07.04.2001,19\n",
                                encoding="utf-8")
    kim(["impor", "a.csv", "--tulis"], work, capsys, monkeypatch)
    assert target.read_bytes() == broken


def test_bom_and_crlf_of_a_file_are_kept(work, capsys, monkeypatch):
    target = work / "kims" / "18" / "18.07" / SEED.name
    target.write_bytes(b"\xef\xbb\xbf" + REAL.encode().replace(b"\n", b"\r\n"))
    (work / "a.csv").write_text("Nama KIM,Kode wilayah,Jumlah anggota\nKIM Sinar Harapan,18.07.04.2001,19\n",
                                encoding="utf-8")
    code, _, _ = kim(["impor", "a.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0
    expected = REAL.encode().replace(b"anggota: 18\n", b"anggota: 19\n").replace(
        b"diperbarui: 2026-10-02", b"diperbarui: 2026-12-03")
    assert target.read_bytes() == b"\xef\xbb\xbf" + expected.replace(b"\n", b"\r\n")


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
    book = openpyxl.load_workbook(work / "daftar.xlsx")
    cells = dict(zip(HEADERS, book.worksheets[0][2]))
    cells["ketua"].value, cells["telepon"].value, cells["izin"].value = "Sutarno (uji)", "0813-1111-2222", None
    book.save(work / "ekspor-edit.xlsx")
    code, out, _ = kim(["impor", "ekspor-edit.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:] == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  ketua 'Sutarno (uji)' tanpa izin publikasi, "
        "tetapi berkas masih memuat ketua sebelumnya, 'Bima (uji)', beserta kontak pribadinya: isi kolom Izin "
        "publikasi dengan tanggal izin dari Sutarno (uji) sendiri, atau hapus nama dan kontak Bima (uji) langsung di "
        "berkas; bila ia mencabut izinnya, ikuti runbook pencabutan izin (docs/runbook-pencabutan-izin.md)",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 1 nama ketua ditahan karena belum ada izin publikasi"]
    assert seed.read_text(encoding="utf-8") == text
    # the same chair, only the consent cell emptied: the sheet no longer records the consent, the row is held
    cells["ketua"].value, cells["telepon"].value = "Bima (uji)", "0812-3456-7890"
    book.save(work / "ekspor-edit.xlsx")
    code, out, _ = kim(["impor", "ekspor-edit.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:] == [
        "    2  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml  kolom Izin publikasi kosong, tetapi berkas "
        "tetap memuat nama ketua 'Bima (uji)' beserta kontaknya dengan izin 2026-10-01: impor tidak menghapus data "
        "pribadi; bila izinnya dicabut atau tidak diketahui lagi, ikuti runbook pencabutan izin "
        "(docs/runbook-pencabutan-izin.md); bila izin itu masih berlaku, isi lagi kolom Izin publikasi dengan "
        "tanggalnya, 2026-10-01",
        "1 baris: 0 ditulis, 0 diperbarui, 0 sama, 1 perlu dicek; 1 nama ketua ditahan karena belum ada izin publikasi"]
    assert seed.read_text(encoding="utf-8") == text


def test_windows_1252_semicolons_and_withdrawn_consent(work, capsys, monkeypatch):
    text = ("\r\n;;\r\nNAMA KIM ; desa/kelurahan ; KECAMATAN ; Kabupaten / Kota ; Ketua ; Izin publikasi ; Alamat\r\n"
            "KIM Café Desa;Adijaya;Pekalongan;Lampung Timur;Andi (uji);;Jl. Kartini – Gang 2\r\n"
            ";;;;;;\r\n"
            "KIM Sinar Harapan;Pekalongan;Pekalongan;Lampung Timur;;tidak;\r\n")
    (work / "kantor.csv").write_bytes(text.encode("cp1252"))
    code, out, _ = kim(["impor", "kantor.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["4", "ditulis", "kims/18/18.07/cafe-desa-adijaya.yml"]
    assert lines[2].startswith("    6  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml")
    assert "izin publikasi 'tidak', tetapi berkas memuat nama ketua 'Bima (uji)'" in lines[2]
    cafe = (work / "kims" / "18" / "18.07" / "cafe-desa-adijaya.yml").read_text(encoding="utf-8")
    assert "nama: KIM Café Desa\n" in cafe and "alamat: Jl. Kartini – Gang 2\n" in cafe
    assert "Andi" not in cafe
    assert (work / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").read_text(encoding="utf-8") == REAL


def test_a_row_whose_file_would_not_validate_is_not_written(work, capsys, monkeypatch):
    (work / "sk.csv").write_text("Nama KIM,Kode wilayah,Tingkat SK,Tanggal SK\n"
                                 "KIM Masa Depan,18.07.04.2012,Desa,01/01/2030\n"
                                 "KIM Kota,18.07.04.2012,Kelurahan,01/01/2020\n", encoding="utf-8")
    code, out, _ = kim(["impor", "sk.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert [line.split()[1] for line in out.splitlines()[1:3]] == ["perlu", "perlu"]
    assert "hasilnya tidak lolos kim validate: kolom Tanggal SK: tanggal `2030-01-01` masih di masa depan" in out
    assert "kolom Tingkat SK: Adijaya (18.07.04.2012) adalah desa" in out
    assert list((work / "kims" / "18" / "18.07").iterdir()) == [work / "kims" / "18" / "18.07" / SEED.name]


def test_coordinates_are_not_imported_and_a_too_precise_point_is_reported(work, capsys, monkeypatch):
    """The sheet's coordinates are not read (a private point at 6 decimals would fail
    point-too-precise): the new file has none. A file whose own private point is too precise
    is not written by an update; its row names the rule, as for any file that would not validate."""
    target = work / "kims" / "18" / "18.07" / SEED.name
    target.write_text(REAL.replace(", tempat_umum: true}", "}"), encoding="utf-8")
    (work / "titik.csv").write_text("Nama KIM,Kode wilayah,Lintang,Bujur,Jumlah anggota\n"
                                    "KIM Titik Baru,18.07.04.2012,-5.092143,105.380217,12\n"
                                    "KIM Sinar Harapan,18.07.04.2001,-5.092143,105.380217,19\n", encoding="utf-8")
    before = target.read_bytes()
    code, out, _ = kim(["impor", "titik.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "Kolom diabaikan (tidak dikenal): Lintang, Bujur; petakan dengan --kolom bila perlu"
    assert lines[2].split()[:3] == ["2", "ditulis", "kims/18/18.07/titik-baru-adijaya.yml"]
    assert lines[3].startswith("    3  perlu dicek  kims/18/18.07/sinar-harapan-pekalongan.yml")
    assert "hasilnya tidak lolos kim validate: koordinat.lintang: titik ini bukan tempat umum" in lines[3]
    assert target.read_bytes() == before
    new = work / "kims" / "18" / "18.07" / "titik-baru-adijaya.yml"
    assert "koordinat" not in new.read_text(encoding="utf-8")
    monkeypatch.chdir(work)
    assert not [p for p in catalogue.load(["kims"], dt.date(2026, 12, 3), workers=1).problems
                if p.is_error and p.path.endswith("titik-baru-adijaya.yml")]


@pytest.mark.parametrize("args, message", [
    (["impor", "tidakada.xlsx"], "kim impor: berkas tidakada.xlsx tidak ditemukan"),
    (["impor", "catatan.txt"], "kim impor: berkas catatan.txt: hanya .xlsx atau .csv yang dapat dibaca"),
    (["impor", "rusak.xlsx"], "kim impor: berkas rusak.xlsx tidak dapat dibaca sebagai .xlsx (BadZipFile)"),
    (["impor", "tanpajudul.csv"], "kim impor: baris judul kolom tidak ditemukan"),
    (["impor", "daftar.xlsx", "--lembar", "Lain"], "kim impor: lembar 'Lain' tidak ada; lembar yang ada: Data KIM"),
    (["impor", "daftar.xlsx", "--kolom", "peta.yml"], "kim impor: --kolom peta.yml: kolom tidak dikenal salah"),
    (["impor", "daftar.xlsx", "--laporan", "tidakada/laporan.csv"],
     "kim impor: --laporan tidakada/laporan.csv: foldernya tidak ada"),
    (["ekspor", "--ke", "hasil.ods"], "kim ekspor: --ke harus berakhiran .xlsx atau .csv"),
])
def test_usage_errors_exit_two_and_write_nothing(work, capsys, monkeypatch, args, message):
    messy_workbook(work / "daftar.xlsx")
    (work / "catatan.txt").write_text("x", encoding="utf-8")
    (work / "rusak.xlsx").write_bytes(b"not a zip")
    (work / "tanpajudul.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (work / "peta.yml").write_text("Nama Kelompok: salah\n", encoding="utf-8")
    before = snapshot(work / "kims")
    code, out, err = kim([*args, "--tulis"] if args[0] == "impor" else args, work, capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith(message), err
    assert snapshot(work / "kims") == before


def test_another_sheet_by_name(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.append(["Catatan"])
    second = book.create_sheet("Kedua")
    second.append(["nama  kim", "DESA", "kabupaten"])
    second.append(["KIM Lembar Dua", "Adijaya", "Lampung Timur"])
    book.save(work / "dua.xlsx")
    code, out, _ = kim(["impor", "dua.xlsx", "--lembar", "Kedua"], work, capsys, monkeypatch)
    assert code == 0 and "    2  ditulis  kims/18/18.07/lembar-dua-adijaya.yml  berkas baru\n" in out


def test_column_map_names_other_headers(work, capsys, monkeypatch):
    (work / "peta.yml").write_text("Nama Kelompok: nama\nLokasi: desa\nKab: kabupaten\n", encoding="utf-8")
    (work / "lain.csv").write_text("Nama Kelompok,Lokasi,Kab\nKIM Peta,Adijaya,Lampung Timur\n", encoding="utf-8")
    code, out, _ = kim(["impor", "lain.csv", "--kolom", "peta.yml"], work, capsys, monkeypatch)
    assert code == 0 and "    2  ditulis  kims/18/18.07/peta-adijaya.yml  berkas baru\n" in out


EXPECTED_MESSY_EN = """\
Columns read by the last words of their headers: Desa/Kelurahan ← "Wilayah Desa/Kel.", Kecamatan ← "Wilayah Kecamatan"
row  result    file                                        reason
  4  written   kims/18/18.07/maju-jaya-adijaya.yml         berkas baru
  6  to check  -                                           2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom Kecamatan atau Kode wilayah
  7  to check  -                                           desa/kelurahan 'Desa Antahberantah' tidak ditemukan; periksa ejaan, atau isi kolom Kode wilayah
  8  written   kims/18/18.07/tanpa-izin-sukadana-jaya.yml  berkas baru; nama ketua tidak ditulis: belum ada izin publikasi
  9  written   kims/18/18.07/tanggal-izin-kalibening.yml   berkas baru; desa 'Kalibenning' dibaca sebagai Kalibening (18.07.04.2009)
5 rows: 3 written, 0 updated, 0 same, 2 to check; chairs' names held back for want of consent to publish: 1
Dry run: no file has been written. Run it again with --tulis to write them.
"""


def test_the_report_in_english(work, capsys, monkeypatch):
    # the reasons of single rows are the sheet's Indonesian words (impor/texts.py)
    messy_workbook(work / "daftar.xlsx")
    code, out, err = kim(["impor", "daftar.xlsx", "--laporan", "laporan.csv", "--lang", "en"], work, capsys, monkeypatch)
    assert (code, out, err) == (1, EXPECTED_MESSY_EN, "")
    with open(work / "laporan.csv", encoding="utf-8-sig", newline="") as fh:
        report = list(csv.reader(fh, delimiter=";"))
    assert report[0] == ["row", "result", "file", "reason"]
    assert [r[:2] for r in report[1:]] == [["4", "written"], ["6", "to check"], ["7", "to check"],
                                           ["8", "written"], ["9", "written"]]


@pytest.mark.parametrize("args, message", [
    (["impor", "tidakada.xlsx"], "kim impor: the file tidakada.xlsx was not found"),
    (["impor", "catatan.txt"], "kim impor: the file catatan.txt: only .xlsx or .csv can be read"),
    (["impor", "rusak.xlsx"], "kim impor: the file rusak.xlsx cannot be read as .xlsx (BadZipFile)"),
    (["impor", "tanpajudul.csv"], 'kim impor: no header row found: the columns "Nama KIM" and "Desa/Kelurahan" at '
                                  "least are needed in the first 10 rows (or map other headers with --kolom)"),
    (["impor", "daftar.xlsx", "--lembar", "Lain"], "kim impor: there is no sheet 'Lain'; the sheets are: Data KIM"),
    (["impor", "daftar.xlsx", "--kolom", "peta.yml"],
     "kim impor: --kolom peta.yml: unknown columns salah; ours are: nama, desa, kecamatan, kabupaten, provinsi, "
     "kode, ketua, telepon, sk_nomor, sk_tanggal, sk_tingkat, berdiri, alamat, bidang, anggota, izin, status, "
     "diperbarui"),
    (["impor", "daftar.xlsx", "--laporan", "tidakada/laporan.csv"],
     "kim impor: --laporan tidakada/laporan.csv: its folder does not exist"),
    (["impor", "daftar.xlsx", "--root", "tidakada"], "kim impor: the data folder tidakada was not found"),
    (["ekspor", "--ke", "hasil.ods"], "kim ekspor: --ke must end in .xlsx or .csv"),
    (["ekspor", "--ke", "hasil.csv", "--wilayah", "99"], "kim ekspor: the region code '99' is not in the official list"),
    (["ekspor", "--ke", "hasil.csv", "--root", "tidakada"], "kim ekspor: the data folder tidakada was not found"),
])
def test_usage_errors_in_english(work, capsys, monkeypatch, args, message):
    messy_workbook(work / "daftar.xlsx")
    (work / "catatan.txt").write_text("x", encoding="utf-8")
    (work / "rusak.xlsx").write_bytes(b"not a zip")
    (work / "tanpajudul.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (work / "peta.yml").write_text("Nama Kelompok: salah\n", encoding="utf-8")
    assert kim([*args, "--lang", "en"], work, capsys, monkeypatch) == (2, "", message + "\n")


def test_a_first_sheet_without_headers_names_the_others_in_both_languages(work, capsys, monkeypatch):
    book = openpyxl.Workbook()
    book.active.title = "Sampul"
    book.create_sheet("Data KIM")
    book.save(work / "daftar.xlsx")
    assert kim(["impor", "daftar.xlsx"], work, capsys, monkeypatch)[2] == (
        'kim impor: baris judul kolom tidak ditemukan: perlu setidaknya kolom "Nama KIM" dan "Desa/Kelurahan" di 10 '
        "baris pertama (atau petakan judul lain dengan --kolom). Lembar pertama (Sampul) mungkin bukan daftarnya: "
        "pilih lembar lain dengan --lembar NAMA; lembar yang ada: Sampul, Data KIM\n")
    assert kim(["impor", "daftar.xlsx", "--lang", "en"], work, capsys, monkeypatch)[2] == (
        'kim impor: no header row found: the columns "Nama KIM" and "Desa/Kelurahan" at least are needed in the '
        "first 10 rows (or map other headers with --kolom). The first sheet (Sampul) may not be the list: choose "
        "another with --lembar NAME; the sheets are: Sampul, Data KIM\n")


# -- export and back --------------------------------------------------------------------------

# Found by a tester: `kim validate` accepts a name a spreadsheet evaluates as a formula.
HOSTILE = '=HYPERLINK("https://evil.example/x";"KIM Sri Katon")'
HOSTILE_FILE = Path("18") / "18.01" / "cahaya-ilmu-way-hui.yml"


def hostile(folder: Path) -> None:
    """The KIM of HOSTILE_FILE named HOSTILE, its address also read as a formula."""
    path = folder / HOSTILE_FILE
    text = path.read_text(encoding="utf-8").replace("nama: KIM Cahaya Ilmu Way Hui\n", f"nama: '{HOSTILE}'\n")
    path.write_text(text.replace("alamat: Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung\n",
                                 "alamat: '@Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung'\n"), encoding="utf-8")


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(tmp_path, capsys, monkeypatch, suffix):
    shutil.copytree(BUNDLED, tmp_path / "kims")
    unsampled(tmp_path / "kims")
    hostile(tmp_path / "kims")
    before = snapshot(tmp_path / "kims")
    n = sum(not name.endswith("_wilayah.yml") for name in before)  # regency settings are no KIMs
    code, out, _ = kim(["ekspor", "--ke", f"semua.{suffix}"], tmp_path, capsys, monkeypatch)
    assert code == 0 and out == f"{n} KIM ditulis ke semua.{suffix}\n"
    assert kim(["ekspor", "--ke", f"semua.{suffix}", "--lang", "en"], tmp_path, capsys, monkeypatch) == (
        0, f"KIMs written to semua.{suffix}: {n}\n", "")
    code, out, _ = kim(["impor", f"semua.{suffix}", "--tulis"], tmp_path, capsys, monkeypatch)
    assert code == 0, out
    assert out.splitlines()[-1] == f"{n} baris: 0 ditulis, 0 diperbarui, {n} sama, 0 perlu dicek; " \
                                   "0 nama ketua ditahan karena belum ada izin publikasi"
    assert snapshot(tmp_path / "kims") == before


def test_export_never_writes_a_formula(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    unsampled(tmp_path / "kims")
    hostile(tmp_path / "kims")
    for suffix in ("xlsx", "csv"):  # the export leaves out a file kim validate refuses: this one passes
        assert kim(["ekspor", "--wilayah", "18.01", "--ke", f"x.{suffix}"], tmp_path, capsys, monkeypatch) == (
            0, f"3 KIM ditulis ke x.{suffix}\n", "")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").worksheets[0]
    cells = next(dict(zip(HEADERS, row)) for row in sheet.iter_rows(min_row=2) if row[0].value == HOSTILE)
    assert (cells["nama"].data_type, cells["alamat"].data_type) == ("s", "s")  # text, not "f"
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as fh:
        row = next(dict(zip(HEADERS, r)) for r in csv.reader(fh, delimiter=";") if r[0].endswith(HOSTILE))
    # the guard of the site's data/kims.csv
    assert (row["nama"], row["alamat"]) == ("'" + HOSTILE, "'@Rumah Baca Cahaya Ilmu, Desa Way Hui, Jati Agung")


def test_a_csv_export_writes_phone_numbers_as_text_excel_keeps(work, capsys, monkeypatch):
    # Found by testers: "+6281234567890" in a CSV opens in Excel as 6.28123E+12 and is saved
    # so, and `kim impor` then refuses the sheet.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    text = REAL.replace("    email: bima.sinarharapan@example.org\n",
                        '    email: bima.sinarharapan@example.org\n    telepon: "+6281234567890"\n')
    seed.write_text(text, encoding="utf-8")
    code, _, _ = kim(["ekspor", "--ke", "daftar.csv"], work, capsys, monkeypatch)
    assert code == 0
    # the separator of Excel in Indonesian regional settings (as laporan.csv), with a BOM
    assert (work / "daftar.csv").read_bytes().startswith(("\ufeff" + ";".join(HEADERS.values()) + "\r\n").encode())
    with open(work / "daftar.csv", encoding="utf-8-sig", newline="") as fh:
        row = dict(zip(HEADERS, list(csv.reader(fh, delimiter=";"))[1]))
    assert row["telepon"] == "0812-3456-7890"
    code, out, _ = kim(["impor", "daftar.csv", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and " 1 sama" in out.splitlines()[-1]
    assert seed.read_text(encoding="utf-8") == text


def test_export_carries_names_only_with_consent(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    unsampled(tmp_path / "kims")
    code, _, _ = kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.xlsx"], tmp_path, capsys, monkeypatch)
    assert code == 0
    sheet = openpyxl.load_workbook(tmp_path / "lamtim.xlsx", read_only=True).worksheets[0]
    rows = [dict(zip(HEADERS, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows and all(r["kode"].startswith("18.07.") for r in rows)
    sinar = next(r for r in rows if r["nama"] == "KIM Sinar Harapan")
    assert (sinar["ketua"], sinar["izin"], sinar["sk_tingkat"]) == ("Bima (uji)", "2026-10-01",
                                                                     "Provinsi")
    assert all(r["izin"] in (None, "belum ada izin") for r in rows if not r["ketua"])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r["izin"]) for r in rows if r["ketua"])


def test_export_types_numbers_and_dates_and_carries_status_and_date(work, capsys, monkeypatch):
    # Found by a tester: a coordinator filters the export by status and by date, and sorts by
    # members, which Excel does only with numbers and dates, not text.
    seed = work / "kims" / "18" / "18.07" / SEED.name
    seed.write_text(REAL.replace("status: aktif", "status: tidak-aktif"), encoding="utf-8")
    assert kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)[0] == 0
    sheet = openpyxl.load_workbook(work / "daftar.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]][-2:] == ["Status", "Diperbarui"]
    cells = dict(zip(HEADERS, sheet[2]))
    assert {k: cells[k].value for k in ("anggota", "berdiri", "status", "diperbarui", "kode")} == {
        "anggota": 18, "berdiri": "2016-04-10", "status": "Tidak aktif",
        "diperbarui": dt.datetime(2026, 10, 2), "kode": "18.07.04.2001"}
    assert cells["telepon"].number_format == "@" and cells["diperbarui"].number_format == "yyyy-mm-dd"
    # Found by a regency coach: years as numbers and dates as dates sorted all year-only KIMs
    # first; as text, the file's year or date sorts by year.
    assert cells["berdiri"].number_format == "@"
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out
    # the status is read as the export labels it: a coach marks a KIM inactive in the sheet
    cells["status"].value = "Aktif"
    sheet.parent.save(work / "daftar.xlsx")
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and "diubah: status" in out
    assert "status: aktif\n" in seed.read_text(encoding="utf-8")


def test_the_template_s_sample_row_is_never_imported(work, capsys, monkeypatch):
    code, out, _ = kim(["impor", str(TEMPLATE), "--tulis"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1] == "    2  perlu dicek  -       baris contoh dari templat: ganti dengan data KIM yang nyata, " \
                                  "atau hapus baris ini"
    assert snapshot(work / "kims") == {f"18/18.07/{SEED.name}": REAL.encode()}


def test_template_is_the_export_header_with_one_sample_row():
    sheet = openpyxl.load_workbook(TEMPLATE, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS.values())
    assert [{k: values.text(v) for k, v in zip(HEADERS, row)} for row in rows[1:]] == [
        {k: v or None for k, v in SAMPLE_ROW.items()}]
    assert rows[1][list(HEADERS).index("anggota")] == 15  # a number, as the export writes counts
    assert "(contoh)" in SAMPLE_ROW["nama"] and SAMPLE_ROW["telepon"] == "" and SAMPLE_ROW["izin"] == "tidak"
