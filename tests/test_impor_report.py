"""`kim impor`'s report of an office's messy workbook, in both languages, and the rows it does not write."""

import csv
import datetime as dt

import pytest

from generator.format import catalogue
from tests.imporkit import (
    REAL,
    SEED,
    kim,
    messy_workbook,
    report,
    seeded,
    snapshot,
)


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


EXPECTED_MESSY = """\
Kolom dibaca dari kata terakhir judulnya: Desa/Kelurahan ← "Wilayah Desa/Kel.", Kecamatan ← "Wilayah Kecamatan"
baris  hasil        berkas                                      keterangan
    4  ditulis      kims/18/18.07/maju-jaya-adijaya.yml         berkas baru
    6  perlu dicek  -                                           2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom Wilayah Kecamatan atau Kode wilayah
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


EXPECTED_MESSY_EN = """\
Columns read by the last words of their headers: Desa/Kelurahan ← "Wilayah Desa/Kel.", Kecamatan ← "Wilayah Kecamatan"
row  result    file                                        reason
  4  written   kims/18/18.07/maju-jaya-adijaya.yml         berkas baru
  6  to check  -                                           2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom Wilayah Kecamatan atau Kode wilayah
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


CONTACTS = ("Nama KIM;Desa;Kabupaten;Ketua;No. HP;Izin publikasi\n"
            "KIM Surel;budi.santoso@gmail.com;Lampung Timur;;;\n"
            "KIM Nomor;Sidodadi;Lampung Timur;Sari (uji);0812-3456-7890-1234;ya\n"
            "KIM Huruf;Sidodadi;Lampung Timur;Sari (uji);0812 3456 78 sembilan;ya\n"
            "KIM Domain;budi@budisantoso.id;Lampung Timur;;;\n")
MASKED = [
    "    2  perlu dicek  -       desa/kelurahan 'b…@gmail.com' tidak ditemukan; periksa ejaan, atau isi kolom "
    "Kode wilayah",
    "    3  perlu dicek  -       2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten "
    "Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom "
    "Kecamatan atau Kode wilayah; No. HP '0812…34' tidak lengkap atau terlalu panjang",
    "    4  perlu dicek  -       2 desa/kelurahan cocok dengan 'Sidodadi': Sidodadi, Kec. Pekalongan, Kabupaten "
    "Lampung Timur (18.07.04.2003); Sidodadi, Kec. Sekampung, Kabupaten Lampung Timur (18.07.05.2010); isi kolom "
    "Kecamatan atau Kode wilayah; No. HP '0812…78 sembilan' tidak terbaca",
    # a personal domain names its owner as well as the address: only its ending is quoted
    "    5  perlu dicek  -       desa/kelurahan 'b…@….id' tidak ditemukan; periksa ejaan, atau isi kolom Kode wilayah",
]


def test_the_report_masks_every_contact_a_reason_quotes(work, capsys, monkeypatch):
    """A report is pasted into a pull request or a chat: a number or address a reason quotes is
    masked there as a validation message masks it, on the screen and in the report file."""
    code, lines = report(work, capsys, monkeypatch, CONTACTS, "--laporan", "laporan.csv")
    assert (code, lines) == (1, MASKED)
    with open(work / "laporan.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [row[3] for row in rows[1:]] == [line.split("  -       ", 1)[1] for line in MASKED]
    written = (work / "laporan.csv").read_text(encoding="utf-8-sig")
    assert "budi.santoso" not in written and "budisantoso" not in written and "7890" not in written and "3456" not in written


def test_an_id_number_reaches_no_written_file_and_no_report(work, capsys, monkeypatch):
    """An office's sheet keeps its chairs' NIK: those columns are not read (the report names their
    headers only), and a NIK typed into a column that is read holds its row (`nik-in-text`),
    masked in the report, on the screen and in its file."""
    (work / "nik.csv").write_text("Nama KIM,Kode wilayah,NIK Ketua,NIK,Alamat\n"
                                  "KIM Masa Depan,18.07.04.2012,1807015508900001,1807 0155 0890 0002,Balai desa\n"
                                  "KIM Kota Baru,18.07.04.2003,,,\"Rumah ketua, NIK 1807.0155.0890.0003\"\n",
                                  encoding="utf-8")
    code, out, _ = kim(["impor", "nik.csv", "--tulis", "--laporan", "laporan.csv"], work, capsys, monkeypatch)
    assert code == 1
    assert "Kolom diabaikan (tidak dikenal): NIK Ketua, NIK" in out
    assert "kolom Alamat: `1807…03` tampak seperti NIK atau nomor KK" in out
    written = [path.read_text(encoding="utf-8") for path in work.rglob("*.yml")]
    assert len(written) == 2 and any("KIM Masa Depan" in text for text in written)
    for text in [out, (work / "laporan.csv").read_text(encoding="utf-8-sig"), *written]:
        assert "0155" not in text and "5508" not in text, text


@pytest.mark.parametrize("rows, said", [(1, "1 row: 1 written"), (2, "2 rows: 2 written")])
def test_the_english_summary_counts_its_rows_by_their_number(rows, said, work, capsys, monkeypatch):
    # "1 rows: 1 written, ...": the count's noun was always the plural
    sheet = "Nama KIM,Desa,Kecamatan,Kabupaten/Kota\n" + "".join(
        f"KIM Baris,{desa},Pekalongan,Lampung Timur\n" for desa in ("Adirejo", "Kalibening")[:rows])
    (work / "daftar.csv").write_text(sheet, encoding="utf-8")
    code, out, _ = kim(["impor", "daftar.csv", "--lang", "en"], work, capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[-2].startswith(said + ", 0 updated, 0 same, 0 to check;")


def test_a_taken_long_slug_is_numbered_after_a_whole_word(tmp_path):
    """The number of a second KIM of a long name follows a whole word, as `kim new`'s cut does."""
    from types import SimpleNamespace

    from generator.impor.run import Files
    from generator.model.regions import load_regions

    files = Files(tmp_path)
    want = SimpleNamespace(nama="KIM Informasi Masyarakat Bersatu Membangun Nagari Koto Mambang Sungai Duriantanjung",
                           place=load_regions().place("18.07.04.2001"))
    assert files.new_slug(want) == "informasi-masyarakat-bersatu-membangun-nagari-koto-mambang-sungai-duriantanjung"
    assert files.new_slug(want) == "informasi-masyarakat-bersatu-membangun-nagari-koto-mambang-sungai-2"
