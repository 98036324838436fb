"""`kim impor` and the file a row names: a KIM twice in a sheet, two files of one KIM, and a
KIM the data does not have in a village that has one (inactive, renamed, merged)."""

import pytest

from tests.imporkit import REAL, SEED, kim, report, seeded, snapshot

FOLDER = "kims/18/18.07"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def test_a_kim_twice_in_a_sheet_is_reported_not_merged(work, capsys, monkeypatch):
    text = ("Nama KIM,Kode wilayah,Jumlah anggota\nKIM Kembar,18.07.04.2012,12\nkembar,18.07.04.2012,14\n"
            "KIM Sinar Harapan,18.07.04.2001,19\n")
    code, lines = report(work, capsys, monkeypatch, text, "--tulis")
    assert (code, lines) == (1, [
        f"    2  ditulis      {FOLDER}/kembar-adijaya.yml            berkas baru",
        "    3  perlu dicek  -                                           KIM yang sama dengan baris 2; gabungkan "
        "kedua baris",
        f"    4  diperbarui   {FOLDER}/{SEED.name}  diubah: anggota"])
    written = snapshot(work / "kims")
    code, out, _ = kim(["impor", "daftar.csv", "--tulis", "--today", "2026-12-09"], work, capsys, monkeypatch)
    assert [line.split()[1] for line in out.splitlines()[1:4]] == ["sama", "perlu", "sama"]
    assert snapshot(work / "kims") == written


def test_a_new_kim_beside_an_inactive_one_asks_to_revive_it(work, capsys, monkeypatch):
    # Found by a regency coach: a new row in a village whose only KIM is inactive said only
    # "desa ini sudah punya KIM", where the worklist advises reviving that KIM.
    seed = work / FOLDER / SEED.name
    seed.write_text(REAL.replace("status: aktif\n", "status: tidak-aktif\n"), encoding="utf-8")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah\nKIM Baru,18.07.04.2001\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - KIM ini tidak ada di data, tetapi desa ini sudah punya KIM: KIM Sinar Harapan "
        f"({FOLDER}/{SEED.name}, tidak aktif: hidupkan kembali KIM itu?); {ELSE}"]


# The rest of the reason for a row naming no KIM of the data in a village that has one.
ELSE = ("bila itu KIM yang sama dengan nama lama atau lain, tulis namanya seperti di berkasnya; bila KIM ini sudah "
        "bubar, hapus barisnya; bila memang KIM kedua di desa ini, buat berkasnya dengan kim new lalu impor lagi")


def test_a_renamed_kim_in_the_offices_sheet_is_not_founded_again(work, capsys, monkeypatch):
    # Found by the tester: the sheet still had "KIM Sinar Harapan" after its file was renamed
    # to another name, and the import wrote sinar-harapan-pekalongan.yml again ("ditulis"),
    # with only a note that the village had a KIM.
    seed = work / FOLDER / SEED.name
    renamed = seed.with_name("cahaya-pekalongan.yml")
    renamed.write_text(REAL.replace("slug: sinar-harapan-pekalongan", "slug: cahaya-pekalongan")
                       .replace("\nnama: KIM Sinar Harapan\n", "\nnama: KIM Cahaya Pekalongan\n"), encoding="utf-8")
    seed.unlink()
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "KIM Sinar Harapan,18.07.04.2001,19\nKIM Baru Lain,18.07.04.2012,5\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - KIM ini tidak ada di data, tetapi desa ini sudah punya KIM: KIM Cahaya Pekalongan "
        f"({FOLDER}/cahaya-pekalongan.yml); {ELSE}",
        f"3 ditulis {FOLDER}/baru-lain-adijaya.yml berkas baru"]  # a village without a KIM: written
    assert set(snapshot(work / "kims")) == set(before) | {"18/18.07/baru-lain-adijaya.yml"}


def test_a_kim_merged_into_another_in_the_offices_sheet_is_not_founded_again(work, capsys, monkeypatch):
    # Found by the reviewer: KIM Baru Lain (Adijaya) merged into KIM Sinar Harapan, which
    # lists its slug in `slug_lama`; the sheet's old row founded it again at that address,
    # whose pages lead to Sinar Harapan. Found by the tester: the advice "write that KIM's
    # name" in this row founded Sinar Harapan again in Adijaya; the report names the KIM.
    seed = work / FOLDER / SEED.name
    seed.write_text(REAL.replace("slug: sinar-harapan-pekalongan\n",
                                 "slug: sinar-harapan-pekalongan\nslug_lama: [baru-lain-adijaya]\n"), encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "KIM Baru Lain,18.07.04.2012,5\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - alamat KIM ini adalah alamat lama KIM Sinar Harapan ({FOLDER}/{SEED.name}, slug_lama): "
        "KIM ini sudah bergabung ke, atau berganti nama menjadi, KIM Sinar Harapan; hapus barisnya, atau perbarui "
        "baris KIM Sinar Harapan sendiri; bila memang KIM lain, buat berkasnya dengan kim new --slug lalu impor lagi"]
    assert snapshot(work / "kims") == before


def test_a_row_matching_two_files_of_one_kim_is_not_written(work, capsys, monkeypatch):
    # Found by the tester: with the same KIM in two files (a rename done by adding a file), the
    # import updated whichever sorted first. Found by the tester: deleting a file without
    # keeping its slug in `slug_lama` broke its printed QR codes.
    copy = work / FOLDER / "sinar-harapan-pekalongan-dua.yml"
    copy.write_text(REAL.replace("slug: sinar-harapan-pekalongan", "slug: sinar-harapan-pekalongan-dua"),
                    encoding="utf-8")
    before = snapshot(work / "kims")
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode wilayah,Jumlah anggota\n"
                         "Sinar Harapan,18.07.04.2001,19\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - baris ini cocok dengan 2 berkas KIM (nama dan desa sama): {FOLDER}/{copy.name} dan "
        f"{FOLDER}/{SEED.name}; hapus berkas yang tidak dipakai lagi dan tambahkan slug-nya ke slug_lama berkas "
        "yang dipertahankan, agar alamatnya tetap berlaku, lalu impor lagi"]
    assert snapshot(work / "kims") == before



def moved_to(work, wilayah: str, slugs=("sinar-harapan-pekalongan",)) -> str:
    """The seeded KIM in the village `wilayah` instead, once per slug; its folder."""
    (work / FOLDER / SEED.name).unlink()
    folder = f"kims/{wilayah[:2]}/{wilayah[:5]}"
    (work / folder).mkdir(parents=True, exist_ok=True)
    for slug in slugs:
        (work / folder / f"{slug}.yml").write_text(
            REAL.replace('"18.07.04.2001"', f'"{wilayah}"').replace("slug: sinar-harapan-pekalongan", f"slug: {slug}"),
            encoding="utf-8")
    return folder


@pytest.mark.parametrize("wilayah, word", [
    ("18.07.04.2001", "desa"), ("18.71.01.1003", "kelurahan"),
    ("93.01.01.2008", "kampung"), ("91.71.02.1006", "kelurahan"),
])
def test_a_village_with_a_kim_is_named_by_its_own_word(wilayah, word, work, capsys, monkeypatch):
    # "desa ini sudah punya KIM" was said of Kampung Wasur, of Papua, and of every kelurahan
    folder = moved_to(work, wilayah)
    code, lines = report(work, capsys, monkeypatch, f"Nama KIM,Kode wilayah\nKIM Baru,{wilayah}\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        f"2 perlu dicek - KIM ini tidak ada di data, tetapi {word} ini sudah punya KIM: KIM Sinar Harapan "
        f"({folder}/{SEED.name}); " + ELSE.replace("di desa ini", f"di {word} ini")]


@pytest.mark.parametrize("wilayah, word", [("18.07.04.2001", "desa"), ("93.01.01.2008", "kampung")])
def test_two_files_of_one_kim_are_named_by_their_village_s_word(wilayah, word, work, capsys, monkeypatch):
    # "(nama dan desa sama)" of two files in Kampung Wasur
    folder = moved_to(work, wilayah, ("satu", "dua"))
    code, lines = report(work, capsys, monkeypatch, f"Nama KIM,Kode wilayah\nSinar Harapan,{wilayah}\n")
    assert code == 1
    assert " ".join(lines[0].split()).startswith(
        f"2 perlu dicek - baris ini cocok dengan 2 berkas KIM (nama dan {word} sama): {folder}/dua.yml dan "
        f"{folder}/satu.yml; hapus")
