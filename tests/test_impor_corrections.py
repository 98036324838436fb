"""`kim impor` and values the file already holds: a corrected number or SK date replaces
the one the export showed, a renewal is added, and an SK the row cannot place is held."""

import pytest

from tests.imporkit import REAL, SEED, report, seeded, snapshot

FOLDER = "kims/18/18.07"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def test_a_corrected_phone_number_replaces_the_one_the_export_showed(work, capsys, monkeypatch):
    # Found by a regency coach: the chair's number corrected in the export was added as
    # `telepon` beside the old `whatsapp`, so the profile published both, the old one first.
    seed = work / FOLDER / SEED.name
    own = "    email: bima.sinarharapan@example.org\n    izin_publikasi: 2026-10-01\n"
    header = "Nama KIM,Kode wilayah,Ketua,No. HP,Izin\n"
    for numbers, corrected in (('    whatsapp: "+628110000027482"\n', '    whatsapp: "+6281100000274"\n'),
                               ('    telepon: "+628110000027482"\n    whatsapp: "+6281200000009"\n',
                                '    telepon: "+6281100000274"\n    whatsapp: "+6281200000009"\n')):
        seed.write_text(REAL.replace(own, own + numbers), encoding="utf-8")
        code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,Bima (uji),"
                             "0811-0000-0274,2026-10-01\n", "--tulis")
        assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: kontak"
        assert own + corrected + "diperbarui: 2026-12-03\n" in seed.read_text(encoding="utf-8")


def test_a_corrected_sk_date_corrects_the_sk_of_that_number(work, capsys, monkeypatch):
    # Found by a regency coach: a corrected Tanggal SK added a second SK with the same number
    # and kept the wrong date.
    header = "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/219/HK/2025,"
                         "17/08/2024,Provinsi\n", "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    text = (work / FOLDER / SEED.name).read_text(encoding="utf-8")
    assert text.count("UJI/219/HK/2025") == 1 and "2025-03-10" not in text
    assert '  - tingkat: provinsi\n    nomor: "UJI/219/HK/2025"\n    tanggal: 2024-08-17\n    penerbit: Gubernur (uji)\n' \
        in text
    # the number corrected on the SK of that date, as before; an SK of another number is added
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/220/HK/2025,"
                         "17/08/2024,Provinsi\n", "--tulis")
    assert code == 0 and (work / FOLDER / SEED.name).read_text(encoding="utf-8") == text.replace(
        "UJI/219/HK/2025", "UJI/220/HK/2025")
    report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,UJI/1/2026,01/02/2026,Provinsi\n",
           "--tulis")
    assert (work / FOLDER / SEED.name).read_text(encoding="utf-8").count("tingkat: provinsi") == 2


def test_a_renewal_reusing_a_short_number_is_added_and_two_candidates_are_held(work, capsys, monkeypatch):
    # Found by the reviewer: a renewed SK numbered "01" again overwrote the expired SK "01", and
    # an SK matching one entry by date and another by number changed the first of them.
    seed = work / FOLDER / SEED.name
    old = '  - tingkat: desa\n    nomor: "UJI/141/23/KPTS/2016"\n    tanggal: 2016-05-02\n    penerbit: Kepala Desa (uji)\n'
    expired = '  - {tingkat: desa, nomor: "01", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n'
    seed.write_text(REAL.replace(old, expired), encoding="utf-8")
    header = "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,01,04/01/2026,Desa\n",
                         "--tulis")
    assert code == 1 and snapshot(work / "kims") == before
    assert " ".join(lines[0].split()[1:]) == (
        f"perlu dicek {FOLDER}/{SEED.name} SK desa nomor 01 tanggal 2026-01-04 bisa perpanjangan atau koreksi tanggal "
        "SK desa nomor 01 tanggal 2023-01-05 (berlaku hingga 2026-01-05): ubah SK itu langsung di berkas")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,01,06/01/2026,Desa\n",
                         "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    text = seed.read_text(encoding="utf-8")
    assert expired in text and '  - {tingkat: desa, nomor: "01", tanggal: 2026-01-06}\n' in text
    seed.write_text(REAL.replace(old, old + '  - {tingkat: desa, nomor: "02", tanggal: 2020-02-02}\n'), encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, header + "KIM Sinar Harapan,18.07.04.2001,02,02/05/2016,Desa\n",
                         "--tulis")
    assert code == 1 and snapshot(work / "kims") == before
    assert " ".join(lines[0].split()[1:]) == (
        f"perlu dicek {FOLDER}/{SEED.name} SK desa nomor 02 tanggal 2016-05-02 cocok dengan 2 SK di berkas (desa "
        "nomor UJI/141/23/KPTS/2016 tanggal 2016-05-02; desa nomor 02 tanggal 2020-02-02): perbaiki SK yang dimaksud "
        "langsung di berkas")


def test_an_sk_s_term_is_written_back_as_a_date(work, capsys, monkeypatch):
    # Found by the reviewer: a corrected SK wrote its berlaku_hingga back quoted, as text.
    seed = work / FOLDER / SEED.name
    old = '  - tingkat: desa\n    nomor: "UJI/141/23/KPTS/2016"\n    tanggal: 2016-05-02\n    penerbit: Kepala Desa (uji)\n'
    seed.write_text(REAL.replace(old, '  - {tingkat: desa, nomor: "01", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n'),
                    encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
                         "KIM Sinar Harapan,18.07.04.2001,02,05/01/2023,Desa\n", "--tulis")
    assert code == 0 and " ".join(lines[0].split()[1:]) == f"diperbarui {FOLDER}/{SEED.name} diubah: sk"
    assert '  - {tingkat: desa, nomor: "02", tanggal: 2023-01-05, berlaku_hingga: 2026-01-05}\n' in seed.read_text(
        encoding="utf-8")


def test_an_incomplete_sk_names_only_the_empty_columns_and_the_kim_s_file(work, capsys, monkeypatch):
    # Found by a regency coach: a Tanggal SK without Tingkat SK said "SK perlu Tingkat SK dan
    # Tanggal SK" though the date was filled, and the row named no file though the KIM was found.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Nomor SK,Tanggal SK,Tingkat SK\n"
                         "KIM Sinar Harapan,18.07.04.2001,,17/08/2024,\n"
                         "KIM Baru,18.07.05.2010,141/2024,,\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek {FOLDER}/{SEED.name} SK perlu Tingkat SK",
        "3 perlu dicek - SK perlu Tingkat SK dan Tanggal SK (nomor 141/2024)"]
