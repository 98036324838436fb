"""`kim impor` and a row's cells as offices fill them: a dash, every unreadable cell under
its header, Excel's booleans, years typed in date cells, signers."""

import datetime as dt

import openpyxl
import pytest

from generator.impor import values
from generator.impor.sheet import HEADERS
from generator.model.vocab import load_vocab
from tests.imporkit import kim, report, seeded

FOLDER = "kims/18/18.07"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def test_a_dash_is_an_empty_cell_never_a_value_or_a_name(work, capsys, monkeypatch):
    assert [values.text(c) for c in ("-", " – ", "—", "--", "-5")] == [None, None, None, None, "-5"]
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten,Alamat,Ketua,No. HP,"
                         "Jumlah anggota,Izin publikasi\nKIM Strip,Sidodadi,Sekampung,Lampung Timur,-,-,–,—,ya\n",
                         "--tulis")
    assert (code, lines) == (0, [f"    2  ditulis  {FOLDER}/strip-sidodadi.yml  berkas baru"])
    assert (work / FOLDER / "strip-sidodadi.yml").read_text(encoding="utf-8") == """\
# yaml-language-server: $schema=../../../schema/kim.schema.json
versi: 1
slug: strip-sidodadi
nama: KIM Strip
status: aktif
wilayah: "18.07.05.2010"
diperbarui: 2026-12-03
"""

def test_every_unreadable_cell_of_a_row_is_reported_with_its_header(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kabupaten,Tgl SK,Tingkat SK,Tahun Berdiri,"
                         "Jml Anggota,Bidang,No HP,Izin\n"
                         "KIM Salah,Antahberantah,Lampung Timur,31/02/2019,Pak RT,thn 2015,banyak,Memasak,0812,"
                         "mungkin\n")
    assert code == 1
    assert lines == ["    2  perlu dicek  -       desa/kelurahan 'Antahberantah' tidak ditemukan; periksa ejaan, atau "
                     "isi kolom Kode wilayah; Tahun Berdiri 'thn 2015' tidak terbaca; Jml Anggota 'banyak' bukan "
                     "bilangan bulat 1 atau lebih; Bidang 'Memasak' tidak dikenal (yang dikenal: Pertanian, Perikanan, Peternakan, "
                     "UMKM, Pariwisata, Kesehatan, Pendidikan, Literasi digital, Lingkungan hidup, Kebencanaan, "
                     "Seni dan budaya, Keagamaan, Kepemudaan, Pemberdayaan perempuan, Diseminasi informasi, "
                     "Pelayanan publik); Tgl SK '31/02/2019' tidak terbaca; Tingkat SK 'Pak RT' tidak dikenal "
                     "(tulis desa, kelurahan, kecamatan, kabupaten, kota atau provinsi); Izin 'mungkin' tidak "
                     "terbaca (tulis tanggal izin atau ya/tidak); No HP '0812' tidak lengkap atau terlalu panjang"]


@pytest.mark.parametrize("cell, level", [
    ("Kampung", "desa"), ("kampung wasur", "desa"), ("SK Kepala Kampung Wasur", "desa"),
    ("Distrik", "kecamatan"), ("DISTRIK MERAUKE", "kecamatan"), ("Kepala Distrik Merauke", "kecamatan"),
])
def test_papua_s_kampung_and_distrik_are_the_levels_of_a_desa_and_a_kecamatan(cell, level):
    """The tester's Papua sheet: "Tingkat SK 'Kampung' tidak dikenal". UU No. 21 Tahun 2001,
    Pasal 1, names a desa a kampung and a kecamatan a distrik: what an office writes there."""
    assert values.sk_level(cell, load_vocab()) == level


def test_excel_booleans_years_in_date_cells_and_signers(work, capsys, monkeypatch):
    vocab = load_vocab()
    assert values.consent(True) == values.consent("TRUE") == (True, None)
    assert values.consent(False) == values.consent("false") == (False, None)
    for tick in ("v", "x"):  # a tick or a cross: yes or no?
        with pytest.raises(values.Unreadable, match="tidak terbaca"):
            values.consent(tick)
    assert values.founded(dt.datetime(1905, 7, 8)) == "2016"  # 2016 typed in a date-formatted cell
    assert values.founded(dt.datetime(2016, 4, 10)) == "2016-04-10"
    assert values.sk_level("SK Bupati Lampung Timur", vocab) == values.sk_level("sk kabupaten", vocab) == "kabupaten"
    book = openpyxl.Workbook()
    book.active.append(list(HEADERS.values()))
    book.active.append(["KIM Centang", "Sidodadi", "Sekampung", "Lampung Timur", None, None, "Wulan (uji)", None,
                        None, None, None, dt.datetime(1905, 7, 8), None, None, None, True])
    book.save(work / "centang.xlsx")
    code, out, _ = kim(["impor", "centang.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0, out
    text = (work / FOLDER / "centang-sidodadi.yml").read_text(encoding="utf-8")
    assert "berdiri: 2016\n" in text and "  - {jabatan: ketua, nama: Wulan (uji), izin_publikasi: 2026-12-03}\n" in text
