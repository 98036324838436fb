"""`kim impor` and the village a row names: a typed code must be the village its names
describe, numbered villages keep their numbers, and a name read otherwise is said."""

import pytest

from generator.model.regionmatch import match_village, name_key, one_edit_apart
from generator.model.regions import load_regions
from tests.imporkit import report, seeded

FOLDER = "kims/18/18.07"


@pytest.fixture
def work(tmp_path):
    return seeded(tmp_path)


def test_a_typed_code_must_name_the_row_s_village(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten/Kota,Kode wilayah\n"
                         "KIM Satu,Adirejo,Pekalongan,Lampung Timur,18.07.04.2003\n"
                         "KIM Dua,Adirejo,Pekalongan,Lampung Timur,33.07.01.2003\n"
                         "KIM Tiga,Ds. Sidodadii,Kec. Pekalongan,Kab. Lampung Timur,18.07.04.2003\n")
    assert code == 1
    assert lines == [
        "    2  perlu dicek  -                                kode wilayah 18.07.04.2003 adalah Desa Sidodadi, "
        "Kec. Pekalongan, Kabupaten Lampung Timur, Provinsi Lampung, bukan 'Adirejo': periksa salah satunya",
        "    3  perlu dicek  -                                kode wilayah 33.07.01.2003 adalah Desa Sumberejo, "
        "Kec. Wadaslintang, Kabupaten Wonosobo, Provinsi Jawa Tengah, bukan 'Adirejo', 'Pekalongan', "
        "'Lampung Timur': periksa salah satunya",
        f"    4  ditulis      {FOLDER}/tiga-sidodadi.yml  berkas baru",
    ]


def test_numbered_villages_keep_their_numbers():
    regions = load_regions()

    def code(name):
        found = match_village(regions, name, "", "Lampung Timur")
        return found.place.code if found.place else found.reason

    assert code("Putra Aji 2") == code("Putra Aji II") == "18.07.01.2016"
    assert code("Putra Aji I") == code("Putra Aji 1") == "18.07.01.2017"
    assert code("Rantau Jaya Udik 2") == "18.07.01.2015"
    assert code("Rantau Jaya Udik") == "18.07.01.2010"
    assert code("Rajabasa Lama III") == "desa/kelurahan 'Rajabasa Lama III' tidak ditemukan"
    assert name_key("Putra Aji II") == name_key("putra aji 02") == "putraayi2"
    assert one_edit_apart("putraayi1", "putraayi2") is False and one_edit_apart("putraayi2", "putraayi") is False


def test_a_name_read_within_one_typo_is_named_in_the_report(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kecamatan,Kabupaten/Kota\n"
                         "KIM Ejaan,Sidodadii,Sekampung,Lampung Timur\nKIM Tepat,Trimulyo,Sekampung,Lampung Timur\n")
    assert code == 0
    assert lines == [f"    2  ditulis  {FOLDER}/ejaan-sidodadi.yml  berkas baru; desa 'Sidodadii' dibaca sebagai "
                     "Sidodadi (18.07.05.2010)",
                     f"    3  ditulis  {FOLDER}/tepat-trimulyo.yml  berkas baru"]


def test_a_name_found_under_another_kecamatan_or_kabupaten_says_where(work, capsys, monkeypatch):
    # Found by a tester: "Karangtawang", Kec. Kesugihan said "periksa ejaan" though the village
    # is in Kec. Nusawungu; "Kuripan", Kesugihan, Kabupaten Banyumas said the kecamatan did not
    # exist, though it does, in Cilacap.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Desa,Kec.,Kabupaten/Kota\n"
                         "KIM Satu,Karangtawang,Kesugihan,Cilacap\n"
                         "KIM Dua,Kuripan,Kesugihan,Kabupaten Banyumas\n"
                         "KIM Tiga,Antah,Kesugihan,Kabupaten Banyumas\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - desa/kelurahan 'Karangtawang' tidak ditemukan di Kec. Kesugihan, Kabupaten Cilacap; ada di Karangtawang, "
        "Kec. Nusawungu, Kabupaten Cilacap (33.01.05.2001): perbaiki kolom Kec., atau isi kolom Kode wilayah",
        "3 perlu dicek - kecamatan 'Kesugihan' tidak ditemukan di Kabupaten Banyumas; ada Kec. Kesugihan, Kabupaten "
        "Cilacap (33.01.02); desa/kelurahan 'Kuripan' ada di Kuripan, Kec. Kesugihan, Kabupaten Cilacap "
        "(33.01.02.2006): perbaiki kolom Kabupaten/Kota, atau isi kolom Kode wilayah",
        "4 perlu dicek - kecamatan 'Kesugihan' tidak ditemukan di Kabupaten Banyumas; ada Kec. Kesugihan, Kabupaten "
        "Cilacap (33.01.02); periksa ejaan, atau isi kolom Kode wilayah"]


def test_kode_alone_is_the_region_code(work, capsys, monkeypatch):
    code, lines = report(work, capsys, monkeypatch, "Nama KIM,Kode\nKIM Berkode,18.07.05.2010\n")
    assert (code, lines) == (0, [f"    2  ditulis  {FOLDER}/berkode-sidodadi.yml  berkas baru"])


def test_the_words_before_a_village_s_name_across_the_country(work, capsys, monkeypatch):
    # Found by a tester outside Java: Maluku's "Negeri", Toraja's "Lembang" and Simalungun's
    # "Nagori" were not known, so a right village, kecamatan and kabupaten was "tidak ditemukan";
    # and "Kampung Gelgel" was asked to be narrowed by the kecamatan the row gives, though
    # that is its official name (Gelgel, its neighbour, is another village).
    code, lines = report(work, capsys, monkeypatch, "Nama KIM;Desa/Kelurahan;Kecamatan;Kabupaten/Kota\n"
                         "KIM Wakal;Negeri Wakal;Leihitu;Kabupaten Maluku Tengah\n"
                         "KIM Limbong;Lembang Limbong;Rantepao;Toraja Utara\n"
                         "KIM Silampuyang;Nagori Silampuyang;Siantar;Simalungun\n"
                         "KIM Gelgel Kampung;Kampung Gelgel;Klungkung;Kabupaten Klungkung\n"
                         "KIM Gelgel;Gelgel;Klungkung;Kabupaten Klungkung\n"
                         "KIM Diilir;Desa Diilir;Hamparan Rawang;Kota Sungai Penuh\n", "--tulis")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 ditulis kims/81/81.01/wakal.yml berkas baru",
        "3 ditulis kims/73/73.26/limbong.yml berkas baru",
        "4 ditulis kims/12/12.08/silampuyang.yml berkas baru",
        "5 ditulis kims/51/51.05/gelgel-kampung.yml berkas baru",
        "6 ditulis kims/51/51.05/gelgel.yml berkas baru",
        # the kecamatan is given: only the code tells these two apart
        "7 perlu dicek - 2 desa/kelurahan cocok dengan 'Desa Diilir': Kampung Diilir, Kec. Hamparan Rawang, Kota "
        "Sungai Penuh (15.72.03.2001); Dusun Diilir, Kec. Hamparan Rawang, Kota Sungai Penuh (15.72.03.2009); isi "
        "kolom Kode wilayah"]
    assert '"51.05.03.2004"' in (work / "kims/51/51.05/gelgel-kampung.yml").read_text(encoding="utf-8")
    assert '"51.05.03.2003"' in (work / "kims/51/51.05/gelgel.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, kecamatan, kabupaten, official", [
    ("Gelgel", "Klungkung", "Klungkung", "Gelgel"), ("Kampung Gelgel", "Klungkung", "Klungkung", "Kampung Gelgel"),
    ("Desa Gelgel", "Klungkung", "Klungkung", "Gelgel"),
    ("Kusamba", "Dawan", "Klungkung", "Kusamba"), ("Kampung Kusamba", "Dawan", "Klungkung", "Kampung Kusamba"),
    ("Pensiunan", "Kepahiang", "Kepahiang", "Pensiunan"),
    ("Kampung Pensiunan", "Kepahiang", "Kepahiang", "Kampung Pensiunan"),
    ("Baru", "Benua Kayong", "Ketapang", "Baru"), ("Negeri Baru", "Benua Kayong", "Ketapang", "Negeri Baru"),
    ("Desa Adat Baru", "Benua Kayong", "Ketapang", "Baru"),
])
def test_an_official_name_wins_before_its_first_word_is_dropped(name, kecamatan, kabupaten, official):
    found = match_village(load_regions(), name, kecamatan, kabupaten)
    assert found.place and found.place.name == official and not found.forgiven


@pytest.mark.parametrize("names, lang, where", [
    (("Ayapo", "Sentani", "", ""), "id", " tidak ditemukan di Distrik Sentani; "),
    (("Wasur", "", "Jayapura", ""), "id", " tidak ditemukan di Kabupaten Jayapura atau Kota Jayapura; "),
    (("Wasur", "", "Jayapura", ""), "en", " was not found in Kabupaten Jayapura or Kota Jayapura; "),
    (("Wasur", "Sukamaju", "", ""), "id", " tidak ditemukan di Kec. Sukamaju; "),  # a name of districts in many regencies
    (("Tobati", "Jayapura Utara", "", "papua"), "id", " tidak ditemukan di Distrik Jayapura Utara, Provinsi Papua; "),
    (("Wasur", "Sukamaju", "", "Papua"), "id", "distrik 'Sukamaju' tidak ditemukan di Provinsi Papua; "),
    (("Wasur", "Jayapura Selatan", "Merauk", ""), "en",  # the regency as found, not as written
     "district 'Jayapura Selatan' was not found in Kabupaten Merauke; "),
])
def test_where_a_name_was_not_found_is_named_with_its_level_word(names, lang, where):
    """"tidak ditemukan di Sentani" named a distrik as it was written, without its word,
    where the places a reason lists have theirs ("Distrik Sentani Timur, Kabupaten Jayapura")."""
    assert where in match_village(load_regions(), *names, lang=lang).reason


def test_papua_s_places_are_named_kampung_and_distrik_in_the_report(work, capsys, monkeypatch):
    """The tester's Papua sheet: "ada di Tobati, Kec. Jayapura Selatan ... perbaiki kolom
    Distrik", and "isi kolom Kecamatan" on a sheet whose column is Distrik; "desa/kelurahan
    'Hamadi' ada di" and "desa 'Wasurr' dibaca sebagai" of Papua's kampung and kelurahan."""
    code, lines = report(work, capsys, monkeypatch, "Nama KIM;Kampung;Distrik;Kabupaten/Kota;Kode wilayah\n"
                         "KIM Tobati;Tobati;Jayapura Utara;Kota Jayapura;\n"
                         "KIM Kababur;Kababur;;Kabupaten Biak Numfor;\n"
                         "KIM Wasur;Yobe;Merauke;Kabupaten Merauke;93.01.01.2008\n"
                         "KIM Hamadi;Hamadi;Jayapura Selatan;Kabupaten Merauke;\n"
                         "KIM Rawa;Wasurr;Merauke;Kabupaten Merauke;\n")
    assert code == 1
    assert [" ".join(line.split()) for line in lines] == [
        "2 perlu dicek - kampung/kelurahan 'Tobati' tidak ditemukan di Distrik Jayapura Utara, Kota Jayapura; ada di Tobati, "
        "Distrik Jayapura Selatan, Kota Jayapura (91.71.02.2008): perbaiki kolom Distrik, atau isi kolom Kode wilayah",
        "3 perlu dicek - 2 kampung/kelurahan cocok dengan 'Kababur': Kababur, Distrik Biak Kota, Kabupaten Biak Numfor "
        "(91.06.01.2020); Kababur, Distrik Biak Barat, Kabupaten Biak Numfor (91.06.08.2009); isi kolom Distrik atau "
        "Kode wilayah",
        "4 perlu dicek - kode wilayah 93.01.01.2008 adalah Kampung Wasur, Distrik Merauke, Kabupaten Merauke, "
        "Provinsi Papua Selatan, bukan 'Yobe': periksa salah satunya",
        "5 perlu dicek - distrik 'Jayapura Selatan' tidak ditemukan di Kabupaten Merauke; ada Distrik Jayapura "
        "Selatan, Kota Jayapura (91.71.02); kampung/kelurahan 'Hamadi' ada di Hamadi, Distrik Jayapura Selatan, "
        "Kota Jayapura (91.71.02.1006): perbaiki kolom Kabupaten/Kota, atau isi kolom Kode wilayah",
        "6 ditulis kims/93/93.01/rawa-wasur.yml berkas baru; kampung 'Wasurr' dibaca sebagai Wasur (93.01.01.2008)"]


@pytest.mark.parametrize("column", ["Kampung Adat", "Desa Adat"])
def test_kabupaten_jayapura_s_kampung_adat_are_found_under_either_name(work, capsys, monkeypatch, column):
    """The tester: "Kampung Adat Yoboi" was not found (the official list says "Desa Adat
    Yoboi"), and a column headed "Kampung Adat" or "Desa Adat" was no column. The slug names
    Yoboi once (it was yoboi-desa-adat-yoboi)."""
    code, lines = report(work, capsys, monkeypatch, f"Nama KIM;{column};Distrik;Kabupaten/Kota\n"
                         "KIM Yoboi;Kampung Adat Yoboi;Sentani;Kabupaten Jayapura\n"
                         "KIM Ayapo;Desa Adat Ayapo;Sentani Timur;Kabupaten Jayapura\n", "--tulis")
    assert (code, [" ".join(line.split()) for line in lines]) == (0, [
        "2 ditulis kims/91/91.03/yoboi.yml berkas baru",
        "3 ditulis kims/91/91.03/ayapo.yml berkas baru"])
    assert '"91.03.01.3007"' in (work / "kims/91/91.03/yoboi.yml").read_text(encoding="utf-8")


def test_a_district_or_regency_read_within_one_typo_is_named_as_the_village_is(work, capsys, monkeypatch):
    # Found by a tester in a Papua regency office: "Maro;Merauk;Merauke" was written with
    # the distrik read as Merauke and nothing said, where a village's typo is said.
    code, lines = report(work, capsys, monkeypatch, "Nama KIM;Kampung;Distrik;Kabupaten/Kota\n"
                         "KIM Maro;Maro;Merauk;Merauke\n"
                         "KIM Ejaan;Sidodadii;Sekampng;Lampung Timurr\n")
    assert (code, [" ".join(line.split()) for line in lines]) == (0, [
        "2 ditulis kims/93/93.01/maro.yml berkas baru; distrik 'Merauk' dibaca sebagai Merauke",
        "3 ditulis kims/18/18.07/ejaan-sidodadi.yml berkas baru; desa 'Sidodadii' dibaca sebagai Sidodadi "
        "(18.07.05.2010); kecamatan 'Sekampng' dibaca sebagai Sekampung; kabupaten/kota 'Lampung Timurr' dibaca "
        "sebagai Kabupaten Lampung Timur"])
