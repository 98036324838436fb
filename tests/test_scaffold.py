"""`kim new`: the file it writes is valid, commented, and in the right folder."""

import datetime as dt
import io

import pytest

from generator.cli import main
from generator.format import catalogue
from generator.format.scaffold import default_slug, slugify
from generator.model.regions import load_regions

from .conftest import TODAY


def test_slugs():
    place = load_regions().place("18.07.04.2001")
    assert slugify("KIM Sinar Harapan") == "sinar-harapan"
    assert default_slug("KIM Sinar Harapan", place) == "sinar-harapan-pekalongan"
    assert default_slug("KIM Pekalongan Maju", place) == "pekalongan-maju"
    assert slugify("KIM Citra Bumi Ôgan") == "citra-bumi-ogan"


def test_non_interactive_new_writes_a_valid_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["new", "--nama", "KIM Maju: Bersama #1", "--wilayah", "18.71.01.1003", "--today", "2026-11-27"])
    out = capsys.readouterr().out
    files = list((tmp_path / "kims" / "18" / "18.71").glob("*.yml"))
    assert code == 0 and len(files) == 1, out
    text = files[0].read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../schema/kim.schema.json\n")
    assert 'nama: "KIM Maju: Bersama #1"' in text
    assert "Langkah berikutnya" in out
    result = catalogue.load(["kims"], TODAY)
    assert not result.errors
    assert result.kims[0].nama == "KIM Maju: Bersama #1"


def test_interactive_new_finds_the_village_by_name(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("KIM Sinar Harapan\nPekalongan\n2\n"))
    assert main(["new", "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    assert "Pekalongan - Kec. Pekalongan, Kabupaten Lampung Timur, Lampung (18.07.04.2001)" in out
    assert (tmp_path / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").exists()


def test_new_refuses_a_taken_slug_and_an_unknown_village(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    args = ["new", "--nama", "KIM A", "--wilayah", "18.07.04.2001", "--today", "2026-11-27"]
    assert main(args) == 0
    assert main(args) == 2
    assert main(["new", "--nama", "KIM B", "--wilayah", "18.07.04.9999"]) == 2
    assert "sudah dipakai" in capsys.readouterr().err


def test_new_contoh_writes_a_sample_file_also_when_asking(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    today = ["--today", "2026-11-27"]
    assert main(["new", "--contoh", "--nama", "KIM Coba", "--wilayah", "18.07.04.2001", *today]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("KIM Sinar Harapan\nPekalongan\n2\n"))
    assert main(["new", "--contoh", *today]) == 0
    assert main(["new", "--nama", "KIM Nyata", "--wilayah", "18.07.04.2001", *today]) == 0
    folder = tmp_path / "kims" / "18" / "18.07"
    for slug in ("coba-pekalongan", "sinar-harapan-pekalongan"):
        text = (folder / f"{slug}.yml").read_text(encoding="utf-8")
        assert "\nversi: 1\ncontoh: true  # data contoh" in text, slug
    assert "contoh:" not in (folder / "nyata-pekalongan.yml").read_text(encoding="utf-8")
    result = catalogue.load(["kims"], TODAY)
    assert not result.errors
    assert {k.slug: k.contoh for k in result.kims} == {
        "coba-pekalongan": True, "sinar-harapan-pekalongan": True, "nyata-pekalongan": False}


def test_new_help_explains_contoh(capsys):
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--contoh tandai sebagai data contoh (`contoh: true`)" in text and "sample data" in text


def test_new_partner_writes_a_valid_file_whose_comments_are_valid_too(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    today = ["--today", "2026-11-27"]
    assert main(["new", "--mitra", "--contoh", "--nama", "Universitas Coba (contoh)", "--jenis", "perguruan-tinggi", *today]) == 0
    path = tmp_path / "mitra" / "universitas-coba-contoh.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/mitra.schema.json\n")
    assert "\nversi: 1\ncontoh: true  # data contoh" in text and "kim validate mitra/universitas-coba-contoh.yml" in text
    result = catalogue.load(["mitra"], TODAY)
    assert not result.problems and result.mitra[0].jenis == "perguruan-tinggi" and result.mitra[0].contoh
    # every commented example, once its # is removed, is valid as well
    head, tail = text.split("# Bagian di bawah")
    filled = head + "\n".join(line[2:] for line in tail.split("\n")
                               if line.startswith("#   ") or line.startswith("# ") and line[2:3].islower())
    path.write_text(filled, encoding="utf-8")
    result = catalogue.load(["mitra"], TODAY)
    assert not result.problems, [p.message() for p in result.problems]
    programme = result.mitra[0].program[0]
    assert (programme.bentuk, programme.kapasitas, result.mitra[0].wilayah_kerja) == ("pelatihan", 10, ("18", "18.07"))
    # copied as it is, the sample programme runs about three months, not closing the next day
    assert (programme.mulai, programme.hingga) == (TODAY, dt.date(2027, 2, 26))
    # asked for, an unknown type is refused, and a taken slug too
    monkeypatch.setattr("sys.stdin", io.StringIO("Koperasi Coba\nkoperasi\n"))
    assert main(["new", "--mitra", *today]) == 0 and (tmp_path / "mitra" / "koperasi-coba.yml").exists()
    assert main(["new", "--mitra", "--nama", "X Y Z", "--jenis", "bank", *today]) == 2
    assert main(["new", "--mitra", "--nama", "Koperasi Coba", "--jenis", "koperasi", *today]) == 2
    err = capsys.readouterr().err
    assert "jenis mitra 'bank' tidak dikenal" in err and "sudah dipakai" in err


def test_many_villages_of_one_name_are_counted_and_can_be_narrowed(tmp_path, monkeypatch, capsys):
    # Found by testers: `--desa Sukamaju` listed 15 villages, all on Sumatra, of 69 exact
    # matches, without saying so, and "Sukamaju, Bogor" found nothing.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["new", "--nama", "KIM X", "--desa", "Sukamaju"]) == 2
    out, err = capsys.readouterr()
    assert out.count(") Sukamaju") == 15
    count = out.splitlines()[-1]
    assert count.startswith(f"{len(load_regions().find_villages('Sukamaju', limit=None))} desa/kelurahan cocok")
    assert "15 yang pertama ditampilkan" in count and 'mis. "Sukamaju, ' in count
    assert "persempit --desa" in err

    assert main(["new", "--nama", "KIM X", "--desa", "Sukamaju, Bogor"]) == 2
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if ") Sukamaju" in line]
    assert listed and all("Bogor, Jawa Barat" in line for line in listed)
    assert out.splitlines()[-1] == f"{len(listed)} desa/kelurahan cocok dengan 'Sukamaju, Bogor'"

    assert main(["new", "--nama", "KIM X", "--desa", "Pekalongan, Lampung Timur", "--today", "2026-11-27"]) == 0
    assert (tmp_path / "kims" / "18" / "18.07" / "x-pekalongan.yml").exists()


def test_a_name_can_be_narrowed_at_the_prompt(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("KIM X\nSukamaju\nSukamaju, Megamendung, Kabupaten Bogor\n"))
    assert main(["new", "--today", "2026-11-27"]) == 0
    assert (tmp_path / "kims" / "32" / "32.01" / "x-sukamaju.yml").exists()
