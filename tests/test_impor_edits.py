"""`kim impor` updating a KIM file: only the lines of the fields the sheet maps, its BOM and line ends kept,
and a file it cannot read back whole never written."""


import pytest

from tests.imporkit import REAL, SEED, kim, seeded


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


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
