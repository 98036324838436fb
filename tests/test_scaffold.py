"""`kim new`: the file it writes is valid, commented, and in the right folder."""

import datetime as dt
import io

import pytest

from generator.cli import main
from generator.format import catalogue
from generator.format.scaffold import default_slug, fit_slug, slugify, villages_named
from generator.model.regionmatch import match_village
from generator.model.regions import load_regions

from .conftest import TODAY


def test_slugs():
    place = load_regions().place("18.07.04.2001")
    assert slugify("KIM Sinar Harapan") == "sinar-harapan"
    assert default_slug("KIM Sinar Harapan", place) == "sinar-harapan-pekalongan"
    assert default_slug("KIM Pekalongan Maju", place) == "pekalongan-maju"
    assert slugify("KIM Citra Bumi Ôgan") == "citra-bumi-ogan"
    # found by a tester: the typographic apostrophe was dropped, the typewriter one made a dash
    assert slugify("KIM Pu’uk Saboh") == slugify("KIM Pu'uk Saboh") == slugify("KIM Puʼuk Saboh") == "puuk-saboh"


LONG_NAME = "KIM Kampuang Tanjuang Koto Mambang Sungai Durian Informasi Masyarakat Bersatu Membangun Nagari"


def test_a_long_name_is_cut_after_a_whole_word():
    """The tester's case: the slug ended `...-bersatu-memban`, cut at 80 characters mid-word."""
    slug = default_slug(LONG_NAME, load_regions().place("18.07.04.2001"))
    assert slug == "kampuang-tanjuang-koto-mambang-sungai-durian-informasi-masyarakat-bersatu"


@pytest.mark.parametrize("slug, limit, fitted", [
    ("a-bc-def", 8, "a-bc-def"),  # fits
    ("a-bc-def", 7, "a-bc"),
    ("a-bc-def", 4, "a-bc"),  # the hyphen just past the limit: "bc" is whole
    ("a-bc-def", 3, "a"),
    ("abcdefgh-ij", 5, "abcde"),  # a first word longer than the limit: cut inside, as nothing else fits
])
def test_a_slug_is_fitted_to_its_limit_at_a_hyphen(slug, limit, fitted):
    assert fit_slug(slug, limit) == fitted


@pytest.mark.parametrize("nama, code, slug", [
    # the village's name without its word is in the KIM's name: not repeated after it
    ("KIM Yoboi", "91.03.01.3007", "yoboi"),  # Desa Adat Yoboi; was yoboi-desa-adat-yoboi
    ("KIM Gelgel Kampung", "51.05.03.2004", "gelgel-kampung"),  # was gelgel-kampung-kampung-gelgel
    ("KIM Kampung Gelgel", "51.05.03.2004", "kampung-gelgel"),
    ("KIM Wasur Anim Ha", "93.01.01.2008", "wasur-anim-ha"),
    # a part of a village is no village's word: Dusun Tua is the village's whole name
    ("KIM Tua", "14.02.03.2022", "tua-dusun-tua"),
    # words are compared whole: Sukamaju does not name the village Maju
    ("KIM Sukamaju", "12.11.04.2013", "sukamaju-maju"),
])
def test_a_slug_names_the_village_once(nama, code, slug):
    assert default_slug(nama, load_regions().place(code)) == slug


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



@pytest.mark.parametrize("code, where, issuer, office", [
    # Papua's law names a village a kampung and a district a distrik (UU No. 21 Tahun 2001, Pasal 1)
    ("93.01.01.2008", "Kampung Wasur, Distrik Merauke, Kabupaten Merauke, Papua Selatan", "Kepala Kampung Wasur",
     "Balai Kampung Wasur"),
    ("91.71.01.1001", "Kelurahan Gurabesi, Distrik Jayapura Utara, Kota Jayapura, Papua", "Lurah Gurabesi",
     "Kantor Kelurahan Gurabesi"),
    ("18.07.04.2001", "Desa Pekalongan, Kec. Pekalongan, Kabupaten Lampung Timur, Lampung", "Kepala Desa Pekalongan",
     "Balai Desa Pekalongan"),
    # an official name that carries its village word is not given a second one
    ("91.03.01.3007", "Desa Adat Yoboi, Distrik Sentani, Kabupaten Jayapura, Papua", "Kepala Desa Adat Yoboi",
     "Balai Desa Adat Yoboi"),
    ("11.01.01.2004", "Gampong Drien, Kec. Bakongan, Kabupaten Aceh Selatan, Aceh", "Kepala Gampong Drien",
     "Balai Gampong Drien"),
])
def test_new_names_the_place_in_the_words_of_its_province(code, where, issuer, office, tmp_path, monkeypatch,
                                                           capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--nama", "KIM Uji", "--wilayah", code, "--today", "2026-11-27"]) == 0
    text = next((tmp_path / "kims").rglob("*.yml")).read_text(encoding="utf-8")
    assert f"\n# {where}\n" in text
    assert f'wilayah: "{code}"  # {where.split(",")[0]};' in text
    assert f"penerbit: {issuer}}}" in text and f"\n# alamat: {office}\n" in text
    assert not catalogue.load(["kims"], TODAY).errors


def test_new_refuses_a_taken_slug_and_an_unknown_village(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    args = ["new", "--nama", "KIM A", "--wilayah", "18.07.04.2001", "--today", "2026-11-27"]
    assert main(args) == 0
    assert main(args) == 2
    assert main(["new", "--nama", "KIM B", "--wilayah", "18.07.04.9999"]) == 2
    assert "sudah dipakai" in capsys.readouterr().err


def test_new_refuses_another_kims_former_address(tmp_path, monkeypatch, capsys):
    # Found by the reviewer: a former slug (`slug_lama`) was only caught by the pull
    # request's check, whose advice broke the renamed KIM's printed QR codes.
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--nama", "KIM Baru", "--wilayah", "18.71.01.1003", "--today", "2026-11-27"]) == 0
    [renamed] = (tmp_path / "kims").glob("*/*/*.yml")
    renamed.write_text(renamed.read_text(encoding="utf-8").replace("\nnama:", "\nslug_lama: [a-pekalongan]\nnama:"),
                       encoding="utf-8")
    capsys.readouterr()
    assert main(["new", "--nama", "KIM A", "--wilayah", "18.07.04.2001", "--today", "2026-11-27"]) == 2
    assert capsys.readouterr().err == (f"kim new: slug 'a-pekalongan' adalah alamat lama KIM di kims/18/18.71/{renamed.name} "
                                       "(slug_lama) dan mengarah ke KIM itu; pilih --slug lain\n")
    assert not (tmp_path / "kims" / "18" / "18.07").exists()


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
    assert (programme.bentuk, programme.kapasitas, result.mitra[0].wilayah_kerja) == ("pelatihan", 10, ("18.07", "18.10"))
    # copied as it is, the sample programme runs about three months, not closing the next day
    assert (programme.mulai, programme.hingga) == (TODAY, dt.date(2027, 2, 26))
    # asked for, an unknown type is refused, and a taken slug too
    monkeypatch.setattr("sys.stdin", io.StringIO("Koperasi Coba\nkoperasi\n"))
    assert main(["new", "--mitra", *today]) == 0 and (tmp_path / "mitra" / "koperasi-coba.yml").exists()
    assert main(["new", "--mitra", "--nama", "X Y Z", "--jenis", "bank", *today]) == 2
    assert main(["new", "--mitra", "--nama", "Koperasi Coba", "--jenis", "koperasi", *today]) == 2
    err = capsys.readouterr().err
    assert "jenis mitra 'bank' tidak dikenal" in err and "sudah dipakai" in err


def test_a_long_partner_name_is_cut_after_a_whole_word(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    nama = "Lembaga Pengembangan Pemberdayaan Masyarakat dan Informasi Desa Universitas Kotobaru Sungai"
    assert main(["new", "--mitra", "--nama", nama, "--jenis", "perguruan-tinggi", "--today", "2026-11-27"]) == 0
    assert [p.name for p in (tmp_path / "mitra").iterdir()] == [
        "lembaga-pengembangan-pemberdayaan-masyarakat-dan-informasi-desa-universitas.yml"]


def test_new_partner_refuses_another_partners_former_slug(tmp_path, monkeypatch, capsys):
    # Found by a reviewer: the new file took the address a renamed partner's page keeps.
    monkeypatch.chdir(tmp_path)
    today = ["--today", "2026-11-27"]
    assert main(["new", "--mitra", "--nama", "Universitas Coba", "--jenis", "perguruan-tinggi", *today]) == 0
    path = tmp_path / "mitra" / "universitas-coba.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("slug: universitas-coba\n",
                                                             "slug: universitas-coba\nslug_lama: [kkn-uji]\n"),
                    encoding="utf-8")
    capsys.readouterr()
    assert main(["new", "--mitra", "--nama", "KKN Uji", "--slug", "kkn-uji", "--jenis", "perguruan-tinggi", *today]) == 2
    assert not (tmp_path / "mitra" / "kkn-uji.yml").exists()
    assert capsys.readouterr().err == ("kim new: slug 'kkn-uji' adalah alamat lama mitra di mitra/universitas-coba.yml "
                                       "(slug_lama) dan mengarah ke mitra itu; pilih --slug lain\n")


def test_many_villages_of_one_name_are_counted_and_can_be_narrowed(tmp_path, monkeypatch, capsys):
    # Found by testers: `--desa Sukamaju` listed 15 villages, all on Sumatra, of 69 exact
    # matches, without saying so, and "Sukamaju, Bogor" found nothing.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["new", "--nama", "KIM X", "--desa", "Sukamaju"]) == 2
    out, err = capsys.readouterr()
    # as `kim impor` reads the name: "Suka Maju" is Sukamaju too
    assert out.count(") Sukamaju") + out.count(") Suka Maju") == 15
    count = out.splitlines()[-1]
    assert count.startswith(f"{len(match_village(load_regions(), 'Sukamaju').candidates)} desa/kelurahan cocok")
    assert "15 yang pertama ditampilkan" in count
    # the example is a village not listed, in a regency where it is (not a name elsewhere)
    name, regency = count.split('mis. "')[1].rstrip('"').split(", ")
    found = match_village(load_regions(), name, kabupaten=regency)
    assert any(p.name == name and p.regency.endswith(regency) for p in [found.place] + found.candidates if p)
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


NEW = ["new", "--today", "2026-11-27", "--nama"]


@pytest.mark.parametrize("args, indonesian, english", [
    ([*NEW, "KIM A", "--wilayah", "18.07.04.9999"],
     "kim new: kode wilayah '18.07.04.9999' tidak ada di daftar resmi",
     "kim new: the region code '18.07.04.9999' is not in the official list"),
    ([*NEW, "KIM A", "--desa", "Zzzqx"],
     "kim new: tidak ada desa/kelurahan bernama 'Zzzqx'", "kim new: no village is called 'Zzzqx'"),
    ([*NEW, "KIM A", "--desa", "Zzzqx, Bogor"],
     "kim new: tidak ada desa/kelurahan 'Zzzqx' di Bogor", "kim new: no village 'Zzzqx' in Bogor"),
    ([*NEW, "KIM A", "--desa", "Sukamaju, Bogor"],
     'kim new: beberapa desa cocok; pilih dengan --wilayah KODE, atau persempit --desa '
     '"desa, kecamatan atau kabupaten/kota"',
     'kim new: several villages match; choose with --wilayah CODE, or narrow down --desa '
     '"village, district or regency/city"'),
    ([*NEW, "X Y", "--mitra", "--jenis", "bank"],
     "kim new: jenis mitra 'bank' tidak dikenal; pilih salah satu: dinas, pemda, lsm, bumn, bumd, bumdes, "
     "koperasi, perguruan-tinggi, swasta, media, organisasi-sosial, tni-polri, puskesmas, lainnya",
     "kim new: unknown kind of partner 'bank'; choose one of: dinas, pemda, lsm, bumn, bumd, bumdes, "
     "koperasi, perguruan-tinggi, swasta, media, organisasi-sosial, tni-polri, puskesmas, lainnya"),
    # a name the file may not hold: the validator's line, as `kim validate` prints it
    ([*NEW, "<b>KIM</b>", "--wilayah", "18.07.04.2001"],
     "kims/18/18.07/b-kim-b-pekalongan.yml:9:8: error[html] nama: HTML tidak diizinkan; tulis teks biasa "
     "(deskripsi boleh memakai Markdown sederhana)",
     "kims/18/18.07/b-kim-b-pekalongan.yml:9:8: error[html] nama: HTML is not allowed; write plain text "
     "(descriptions may use simple Markdown)"),
], ids=["unknown-code", "no-village", "no-village-there", "many-villages", "unknown-jenis", "invalid-name"])
def test_new_says_why_it_refuses_in_the_language_asked(args, indonesian, english, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for lang, message in (("id", indonesian), ("en", english)):
        assert main([*args, "--lang", lang]) == 2
        assert capsys.readouterr().err.splitlines()[-1] == message
    assert not list(tmp_path.rglob("*.yml"))


def test_new_asks_and_answers_in_english(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("KIM X\nSukamaju\n99\n"))
    assert main(["new", "--today", "2026-11-27", "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("Name of the KIM (e.g. KIM Sinar Harapan): "
                          "Name of the village (may be village, district or regency/city):    1) Suka Maju")
    assert out.endswith("villages match 'Sukamaju'; the first 15 are shown. Narrow it down with the name of the "
                        'district or regency/city after a comma, e.g. "Suka Maju, Binjai"\n'
                        "Choose a number 1-15, or type village, district or regency/city: ")
    assert err == "kim new: no such choice\n"
    assert main([*NEW, "KIM A", "--wilayah", "18.07.04.2001", "--lang", "en"]) == 0
    assert capsys.readouterr().out == """\
File written: kims/18/18.07/a-pekalongan.yml

Next:
  1. Open the file and fill in the parts that still start with # (address, description, fields, board, SK, contacts).
  2. Personal contacts and board members' names may only be written with written consent: put the date of that \
consent in izin_publikasi; without consent, write the role only.
  3. Check the file: kim validate kims/18/18.07/a-pekalongan.yml
  4. Send it as a pull request; the automatic check shows the lines to correct.

"""
    assert main([*NEW, "KIM A", "--wilayah", "18.07.04.2001", "--lang", "en"]) == 2
    assert capsys.readouterr().err == ("kim new: the slug 'a-pekalongan' is already used by "
                                       "kims/18/18.07/a-pekalongan.yml; choose another --slug\n")
    assert main([*NEW, "Koperasi Coba", "--mitra", "--jenis", "koperasi", "--lang", "en"]) == 0
    assert capsys.readouterr().out == (
        "File written: mitra/koperasi-coba.yml\n\nNext: fill in the work area, the programmes and the institution's "
        "contacts, then check it with: kim validate mitra/koperasi-coba.yml\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["new", "--lang", "en"]) == 2
    assert capsys.readouterr() == ("Name of the KIM (e.g. KIM Sinar Harapan): ", "\nkim new: cancelled\n")


def test_new_today_names_kim_today(capsys):
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--today TODAY tanggal diperbarui YYYY-MM-DD (bawaan: hari ini, atau $KIM_TODAY)" in text


@pytest.mark.parametrize("desa, codes", [
    ("Kampung Wasur", ["93.01.01.2008"]),
    ("Nagari Tiku Selatan", ["13.06.01.2001"]),
    ("Negeri Soya", ["81.71.02.2009"]),
    ("Kelurahan Imbi", ["91.71.01.1004"]),
    ("Gampong Lam Ujong", ["11.06.12.2014", "11.06.20.2010", "11.07.17.2017"]),
    ("Desa Hila", ["81.01.15.2011", "81.08.16.2001"]),
    ("Lembang Limbong", ["12.18.07.2005", "12.21.13.2010", "73.17.16.2011", "73.18.20.2005", "73.22.05.2007",
                         "73.26.01.2010", "76.02.04.2012"]),
    # an official name is taken whole before its first word is dropped: Gelgel is its neighbour
    ("Kampung Gelgel, Klungkung", ["51.05.03.2004"]),
    ("Gelgel, Klungkung", ["51.05.03.2003"]),
])
def test_new_reads_the_word_before_a_village_with_or_without_a_comma(desa, codes, tmp_path, monkeypatch, capsys):
    # Found by a tester outside Java: without a comma, "Kampung Wasur" listed 75 villages
    # named Kampung Something but never Wasur, and "Desa Hila" found no village at all.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main([*NEW, "KIM Uji", "--contoh", "--desa", desa])
    out = capsys.readouterr().out
    if len(codes) == 1:
        assert code == 0 and f'wilayah: "{codes[0]}"' in next(tmp_path.rglob("*.yml")).read_text(encoding="utf-8")
    else:
        assert code == 2 and [line.rsplit("(", 1)[1][:-1] for line in out.splitlines()[:-1]] == codes
        assert out.splitlines()[-1] == f"{len(codes)} desa/kelurahan cocok dengan {desa!r}"


def test_new_says_where_a_regency_moved_as_the_import_does(tmp_path, monkeypatch, capsys):
    # Found by a tester: Merauke is in Papua Selatan since 2022; `kim new` said only that
    # there is no Wasur in "Merauke, Papua", where `kim impor` names the province.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", "Wasur, Merauke, Papua"]) == 2
    assert capsys.readouterr().err == (
        "kim new: tidak ada desa/kelurahan 'Wasur' di Merauke, Papua; kabupaten/kota 'Merauke' tidak ditemukan di "
        "Provinsi Papua; ada Kabupaten Merauke, Provinsi Papua Selatan (93.01); kampung/kelurahan 'Wasur' ada di Wasur, "
        "Distrik Merauke, Kabupaten Merauke (93.01.01.2008)\n")
    # the hint was in Indonesian under --lang en too
    assert main([*NEW, "KIM Uji", "--desa", "Wasur, Merauke, Papua", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "kim new: no village 'Wasur' in Merauke, Papua; regency/city 'Merauke' was not found in Provinsi Papua; there is "
        "Kabupaten Merauke, Provinsi Papua Selatan (93.01); the village 'Wasur' is in Wasur, Distrik Merauke, "
        "Kabupaten Merauke (93.01.01.2008)\n")


@pytest.mark.parametrize("desa, said", [
    ("Ayapo, Sentani", "kampung/kelurahan 'Ayapo' tidak ditemukan di Distrik Sentani; ada di Desa Adat Ayapo, "
                       "Distrik Sentani Timur, Kabupaten Jayapura (91.03.02.3003)"),
    ("Samkai, Kabupaten Jayapura", "kampung/kelurahan 'Samkai' tidak ditemukan di Kabupaten Jayapura; ada di "
                                   "Samkai, Distrik Merauke, Kabupaten Merauke (93.01.01.1002)"),
])
def test_a_name_after_the_comma_is_read_as_the_level_it_names(desa, said, tmp_path, monkeypatch, capsys):
    # Found by a tester in a Papua regency office: "Sentani" (a distrik) and "Kabupaten
    # Jayapura" were each said to be a provinsi not found, the last reading tried.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", desa]) == 2
    village, above = desa.split(", ")
    assert capsys.readouterr().err == f"kim new: tidak ada desa/kelurahan {village!r} di {above}; {said}\n"


@pytest.mark.parametrize("lang, said", [
    ("id", "distrik 'Jayapura Selatan' tidak ditemukan di Kabupaten Merauke; ada Distrik Jayapura Selatan, Kota Jayapura "
           "(91.71.02); kampung/kelurahan 'Wasur' ada di "),
    ("en", "district 'Jayapura Selatan' was not found in Kabupaten Merauke; there is Distrik Jayapura Selatan, Kota Jayapura "
           "(91.71.02); the village 'Wasur' is in "),
])
def test_a_district_of_papua_not_found_is_a_distrik(lang, said, tmp_path, monkeypatch, capsys):
    # "kecamatan 'Jayapura Selatan' tidak ditemukan" for a regency of Papua, whose districts are distrik
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", "Wasur, Jayapura Selatan, Merauke", "--lang", lang]) == 2
    assert said + "Wasur, Distrik Merauke, Kabupaten Merauke (93.01.01.2008)\n" in capsys.readouterr().err


@pytest.mark.parametrize("desa", ["Wasurr, Merauke", "Wasurr"])
def test_a_village_read_within_a_typo_is_offered_not_written(desa, tmp_path, monkeypatch, capsys):
    # With a comma, "Wasurr, Merauke" wrote Wasur without a question; without one, it was listed.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", desa]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "   1) Wasur - Distrik Merauke, Kabupaten Merauke, Papua Selatan (93.01.01.2008)"
    assert err == (f"kim new: tidak ada desa/kelurahan yang bernama persis {desa!r}; pilih dengan --wilayah KODE, "
                   "atau tulis namanya persis di --desa\n")
    assert not list(tmp_path.rglob("*.yml"))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"KIM Uji\n{desa}\n1\n"))
    assert main(["new", "--today", "2026-11-27"]) == 0
    assert "Pilih nomor 1-" in capsys.readouterr().out
    assert (tmp_path / "kims" / "93" / "93.01" / "uji-wasur.yml").exists()


@pytest.mark.parametrize("desa, counted", [
    ("Wasurr, Merauke", "1 village matches 'Wasurr, Merauke'"),
    ("Kababur", "2 villages match 'Kababur'"),
])
def test_kim_new_counts_the_villages_in_english_by_their_number(desa, counted, tmp_path, monkeypatch, capsys):
    # "1 villages match 'Wasurr'": the count's noun was always the plural
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", desa, "--lang", "en"]) == 2
    assert capsys.readouterr().out.splitlines()[-1] == counted


@pytest.mark.parametrize("desa, counted", [
    ("Wasurr, Merauke", "1 kampung/kelurahan cocok dengan 'Wasurr, Merauke'"),
    ("Sidodadi, Lampung Timur", "2 desa/kelurahan cocok dengan 'Sidodadi, Lampung Timur'"),
])
def test_kim_new_counts_papua_s_villages_as_kampung(desa, counted, tmp_path, monkeypatch, capsys):
    # "1 desa/kelurahan cocok" of Kampung Wasur, as `kim impor` said of Papua's villages
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*NEW, "KIM Uji", "--desa", desa]) == 2
    assert capsys.readouterr().out.splitlines()[-1] == counted


@pytest.mark.parametrize("desa, code", [
    ("Kampung Bary, Kokas", "92.03.04.2011"), ("Kampung Bary", "92.03.04.2011"),
    ("Desa Adat Yoboy", "91.03.01.3007"), ("Desa Adat Yoboy, Sentani", "91.03.01.3007"),
])
def test_a_typo_is_offered_with_or_without_the_village_s_word(desa, code):
    # Found by a tester in a Papua regency office: "Kampung Bary, Kokas" offered nothing ("bary"
    # is too short to forgive), without the comma Baraya but not Kampung Baru; "Desa Adat
    # Yoboy" offered nothing.
    places, _, exact = villages_named(load_regions(), desa, lambda key, **values: key)
    assert code in [p.code for p in places] and not exact
