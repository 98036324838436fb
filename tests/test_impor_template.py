"""`kim impor` and made-up data: the template's example values left in a row, and sample KIMs
(`contoh: true`), which are neither exported nor updated."""

import shutil

import openpyxl
import pytest

from tests.imporkit import BUNDLED, SEED, TEMPLATE, kim, report, seeded

FOLDER = "kims/18/18.07"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def test_template_values_left_in_a_row_are_refused(work, capsys, monkeypatch):
    book = openpyxl.load_workbook(TEMPLATE)
    sheet = book.worksheets[0]
    sheet["A2"], sheet["B2"] = "KIM Nyata", "Desa Sidodadi"  # only the name and the village overwritten
    sheet.append(["KIM Dua Belas", "Sidodadi", "Sekampung", "Lampung Timur", None, None, None, None, None, None,
                  None, "2016", "Jl. Contoh No. 1", None, "15"])
    sheet.append(["KIM Enam Belas", "Sidodadi", "Sekampung", "Lampung Timur", None, None, None, None, None, None,
                  None, "2016", None, None, "18"])
    book.save(work / "templat.xlsx")
    code, out, _ = kim(["impor", "templat.xlsx"], work, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines()[1:4] == [
        "    2  perlu dicek  -                                      isian contoh dari templat di kolom Ketua, Nomor SK, "
        "Tahun berdiri, Alamat, Bidang, Jumlah anggota: ganti dengan data KIM yang nyata, atau kosongkan selnya",
        "    3  perlu dicek  -                                      isian contoh dari templat di kolom Tahun berdiri, "
        "Alamat, Jumlah anggota: ganti dengan data KIM yang nyata, atau kosongkan selnya",
        f"    4  ditulis      {FOLDER}/enam-belas-sidodadi.yml  berkas baru",  # founded 2016, as the sample: true of many
    ]


def test_sample_kims_are_neither_exported_nor_updated(tmp_path, capsys, monkeypatch):
    shutil.copytree(BUNDLED / "18", tmp_path / "kims" / "18")
    code, out, _ = kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv"], tmp_path, capsys, monkeypatch)
    assert (code, out) == (0, "0 KIM ditulis ke lamtim.csv; 6 KIM contoh (data rekaan) tidak ditulis\n")
    assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv", "--lang", "en"], tmp_path, capsys,
               monkeypatch) == (0, "KIMs written to lamtim.csv: 0; sample KIMs (invented data) left out: 6\n", "")
    broken = tmp_path / "kims" / "18" / "18.07" / "rusak.yml"
    broken.write_text("versi: 1\n", encoding="utf-8")
    for lang, said in (("id", "kim ekspor: {} dilewati: tidak lolos kim validate\n"),
                       ("en", "kim ekspor: {} left out: it does not pass kim validate\n")):
        assert kim(["ekspor", "--wilayah", "18.07", "--ke", "lamtim.csv", "--lang", lang], tmp_path, capsys,
                   monkeypatch)[2] == said.format("kims/18/18.07/rusak.yml")
    broken.unlink()
    for lang, said in (("id", "templat ditulis ke t.xlsx\n"), ("en", "template written to t.xlsx\n")):
        assert kim(["ekspor", "--templat", "--ke", "t.xlsx", "--lang", lang], tmp_path, capsys, monkeypatch) == (
            0, said, "")
    code, lines = report(tmp_path, capsys, monkeypatch, "Nama KIM,Kode wilayah,Ketua,No. HP,Izin publikasi\n"
                         "KIM Sinar Harapan,18.07.04.2001,Wulan (uji),081200000003,ya\n", "--tulis")
    assert code == 1
    assert lines == [f"    2  perlu dicek  {FOLDER}/sinar-harapan-pekalongan.yml  berkas yang cocok adalah data "
                     "contoh (contoh: true), KIM rekaan: impor tidak mengubahnya; hapus dulu data contoh (panduan impor, "
                     "“Mulai dengan data nyata”), atau beri KIM yang nyata nama lain"]
    assert (tmp_path / FOLDER / SEED.name).read_bytes() == SEED.read_bytes()


def test_values_a_real_kim_shares_with_the_template_are_no_template_row(work, capsys, monkeypatch):
    # Found by a tester: an unchanged export of a KIM founded in 2016 with 15 members (the
    # template's numbers) was refused as template data on its way back.
    seed = work / FOLDER / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("anggota: 18\n", "anggota: 15\n").replace(
        "berdiri: 2016-04-10\n", "berdiri: 2016\n"), encoding="utf-8")
    kim(["ekspor", "--ke", "daftar.xlsx"], work, capsys, monkeypatch)
    code, out, _ = kim(["impor", "daftar.xlsx", "--tulis"], work, capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split()[1] == "sama", out
    # Found by the reviewer: a real KIM meeting at "Balai Desa Pekalongan" (the template's old
    # sample address) was refused, and a new KIM holding the template's numbers, SK date and
    # fields of work under a real name and SK number was written. One sample value is a
    # coincidence; two are a template row for a new KIM, never for a file that exists.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK,"
                         "Tahun berdiri,Alamat,Bidang,Jumlah anggota\n"
                         "KIM Baru,18.07.05.2010,141/7/2024,17/08/2024,Desa,2016,Jl. Melati 3,"
                         "\"Pertanian, Literasi digital\",15\n"
                         "KIM Lain,18.07.05.2010,,,,2016,Balai Desa Pekalongan,,\n"
                         "KIM Sinar Harapan,18.07.04.2001,,,,2016,,\"Pertanian, Literasi digital\",15\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - isian contoh dari templat di kolom Tahun berdiri, Bidang, Jumlah anggota: ganti "
        "dengan data KIM yang nyata, atau kosongkan selnya",
        f"3 ditulis {FOLDER}/lain-sidodadi.yml berkas baru",
        f"4 diperbarui {FOLDER}/{SEED.name} diubah: bidang"]


def test_independence_day_as_an_sk_date_is_no_template_value(work, capsys, monkeypatch):
    # Found by the reviewer: a real new KIM whose SK was signed on 17 August 2024 (the template's
    # sample date, a common signing day) and founded in 2016 was refused as a template row.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK,"
                         "Tahun berdiri\nKIM Baru,18.07.05.2010,141/7/2024,17/08/2024,Desa,2016\n")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"ditulis {FOLDER}/baru-sidodadi.yml berkas baru", lines
