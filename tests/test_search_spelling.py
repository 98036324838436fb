"""How the directory and the partnership board read what a resident types: old spellings
("Poerworedjo", "Tjilatjap"), a place name with or without its inner spaces ("Suka Maju",
"Sukamaju") and the level written before a place ("Kab. Bandung", "Kec. Cibingbin"), as a
tester searching 10,000 KIMs found them missed.

The folding is written twice, in Python for the index (generator/site/textfold.py) and in
JavaScript for the query (theme/assets/kim/util.js): the browser tests check that both give
the same words, and search a small site of KIMs in the places the tester tried.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.format import catalogue
from generator.site.files.searchindex import keywords
from generator.site.textfold import fold, modern, page_words

from . import test_directory
from .browser import Server, Watch
from .conftest import TODAY, site_fixture
from .sitebuild import build_site
from .test_directory import settle, shown

# Strings whose words must be the same in Python and in the page: old spellings, marks,
# the patterns across a word's end, and a modern "tj" ("Kramatjati", Kramat + jati).
SAMPLES = ["Poerworedjo", "Soekohardjo", "Soekamadjoe", "Tjilatjap", "TJIAMIS", "Djokjakarta",
           "Kramatjati", "Oebobo", "koe-e", "o e", "tjoe djoe", "Éndé", "Udek Du’en", "Kota Administrasi",
           "19 Nopember", "Gampoeng Baro", "masjid panjang Chandra", "Soerabaja", "ODJE", "otje"]

# (slug, name, village code, description): KIMs where the tester searched.
KIMS = [
    ("kim-corong-sukamaju", "KIM Corong Sukamaju", "32.08.05.2008", ""),  # Sukamaju, Kec. Cibingbin, Kuningan
    ("kim-lentera-maju-dukuhbadag", "KIM Lentera Maju Dukuhbadag", "32.08.05.2006", ""),  # Kec. Cibingbin
    ("kim-cibingbin-rantau", "KIM Cibingbin Rantau", "32.73.14.1001", ""),  # named so, in Kota Bandung
    ("kim-plakat-jaya", "KIM Plakat Jaya", "16.06.10.2005", ""),  # Suka Maju, Plakat Tinggi
    ("kim-jemur-sehati", "KIM Jemur Sehati", "35.78.02.1004", ""),  # Jemur Wonosari, Surabaya
    ("kim-antapani-cerdas", "KIM Antapani Cerdas", "32.73.20.1005", ""),  # Antapani Kidul, Kota Bandung
    ("kim-kabar-warga", "KIM Kabar Warga", "32.73.14.1002",
     "Kabar kecamatan dan kabupaten untuk warga, ditulis dengan tjara lama."),  # Cibeunying Kidul, Kota Bandung
    ("kim-cileunyi-maju", "KIM Cileunyi Maju", "32.04.05.2001", ""),  # Kabupaten Bandung
    ("kim-harjo-makmur", "KIM Harjo Makmur", "33.06.01.2001", ""),  # Kabupaten Purworejo
    ("kim-tambak-jaya", "KIM Tambak Jaya", "33.01.01.2001", ""),  # Kabupaten Cilacap
    ("kim-grogol-sejahtera", "KIM Grogol Sejahtera", "33.11.01.2001", ""),  # Kabupaten Sukoharjo
    ("kim-gambir-muda", "KIM Gambir Muda", "31.71.01.1001",
     "Membantu warga mengurus administrasi kependudukan."),  # Kota Administrasi Jakarta Pusat
]


def write_kims(folder: Path) -> Path:
    for slug, nama, code, deskripsi in KIMS:
        where = folder / code[:2] / code[:5]
        where.mkdir(parents=True, exist_ok=True)
        text = (f"versi: 1\nslug: {slug}\nnama: {nama}\nstatus: aktif\nwilayah: \"{code}\"\n"
                f"diperbarui: 2026-09-01\n" + (f"deskripsi: {deskripsi}\n" if deskripsi else ""))
        (where / f"{slug}.yml").write_text(text, encoding="utf-8")
    return folder


def test_old_spellings_fold_to_todays():
    assert modern("poerworedjo") == "purworejo" and modern("soekohardjo") == "sukoharjo"
    assert modern("soekamadjoe") == "sukamaju" and modern("tjilatjap") == "cilacap"
    assert page_words("Tjoe, Djoe!") == ["cu", "ju"]
    # only the certain ones: j, nj, sj and ch stay ("panjang", "masjid", "Chandra")
    assert page_words("Panjang Masjid Chandra Jaya") == ["panjang", "masjid", "chandra", "jaya"]
    assert fold("Poerworedjo") == "poerworedjo"  # sorting keys keep the name as written


def test_keywords_are_written_in_todays_spelling(tmp_path):
    kims = catalogue.load([str(write_kims(tmp_path / "kims"))], TODAY).kims
    kim = next(k for k in kims if k.slug == "kim-kabar-warga")
    assert "cara" in keywords(kim) and "tjara" not in keywords(kim)


def test_a_place_word_the_index_leaves_out_is_found_on_the_page(tmp_path):
    # a reviewer's case: "administrasi" is a place word of Kota Administrasi Jakarta Pusat,
    # so no keyword file holds it, and the page's forms of the name must
    kims = catalogue.load([str(write_kims(tmp_path / "kims"))], TODAY).kims
    gambir = next(k for k in kims if k.slug == "kim-gambir-muda")
    assert "administrasi" not in keywords(gambir) and "kependudukan" in keywords(gambir)
    known = test_directory.phrases(kims)
    for query in ("administrasi", "kependudukan", "administrasi kependudukan", "kota administrasi jakarta pusat"):
        assert [k.slug for k in kims if test_directory.text_match(k, query, known)] == ["kim-gambir-muda"]


@site_fixture
def spelling_site(tmp_path_factory):
    where = tmp_path_factory.mktemp("spelling")
    return build_site(where, write_kims(where / "source" / "kims"))


@pytest.fixture(scope="module")
def spelling_server(spelling_site):
    server = Server(spelling_site)
    yield server
    server.close()


@pytest.fixture(scope="module")
def page(browser, spelling_server):
    context = browser.new_context()
    watch = Watch(context, spelling_server.url)
    page = watch.attach(context.new_page())
    page.goto(spelling_server.url + "kim/")
    settle(page)
    yield page
    assert watch.third_party == [] and watch.console_errors == []
    context.close()


def test_the_page_folds_words_as_the_index_does(page):
    got = page.evaluate("""async (samples) => {
      const m = await import(new URL("../assets/kim/util.js", location.href).href);
      return samples.map((s) => m.words(s));
    }""", SAMPLES)
    assert got == [page_words(s) for s in SAMPLES]
    assert got[0] == ["purworejo"] and got[3] == ["cilacap"] and got[6] == ["kramacati"]


# Place names whose words the index leaves out of the keyword files (`place_words`).
PLACES = ["Kota Administrasi Jakarta Pusat", "Kabupaten Administrasi Kepulauan Seribu", "Kramat Jati",
          "Poerworedjo", "Kabupaten Tanah Datar", "Cibeunying Kidul"]


def test_the_page_finds_every_place_word_the_index_leaves_out(page):
    forms = page.evaluate("""async (names) => {
      const m = await import(new URL("../assets/kim/util.js", location.href).href);
      return names.map((n) => [m.placeForms(n), m.placeForms(n, false)]);
    }""", PLACES)
    for name, (joined, alone) in zip(PLACES, forms):
        for f in (joined, alone):
            assert set(page_words(name)) <= {w for form in f for w in form.split()}, name


def found(page, query: str) -> list[str]:
    page.locator("#kim-q").fill(query)
    settle(page)
    return sorted(shown(page))


CIBINGBIN = ["KIM Corong Sukamaju", "KIM Lentera Maju Dukuhbadag"]
KOTA_BANDUNG = ["KIM Antapani Cerdas", "KIM Cibingbin Rantau", "KIM Kabar Warga"]


@pytest.mark.parametrize(("query", "expected"), [
    # the level before a place: that level's place only; elsewhere dropped
    ("cibingbin", [*CIBINGBIN, "KIM Cibingbin Rantau"]),
    ("Kec. Cibingbin", CIBINGBIN),
    ("Kecamatan Cibingbin", CIBINGBIN),
    ("kec cibingbin kuningan", CIBINGBIN),
    ("Kab. Bandung", ["KIM Cileunyi Maju"]),
    ("kab bandung", ["KIM Cileunyi Maju"]),
    ("Kabupaten Bandung", ["KIM Cileunyi Maju"]),
    ("Kota Bandung", KOTA_BANDUNG),
    ("kota jakarta pusat", ["KIM Gambir Muda"]),
    ("kota administrasi jakarta pusat", ["KIM Gambir Muda"]),
    ("administrasi", ["KIM Gambir Muda"]),  # a place word, and in the description
    ("kependudukan", ["KIM Gambir Muda"]),
    ("kab. kuningan kecamatan", CIBINGBIN),
    ("kabar", ["KIM Kabar Warga"]),
    # a place name with or without its inner spaces
    ("suka maju kuningan", ["KIM Corong Sukamaju"]),
    ("sukamaju plakat tinggi", ["KIM Plakat Jaya"]),
    ("suka maju", ["KIM Corong Sukamaju", "KIM Plakat Jaya"]),
    ("jemurwonosari", ["KIM Jemur Sehati"]),
    ("jemur wonosari", ["KIM Jemur Sehati"]),
    ("cibeunyingkidul", ["KIM Cibingbin Rantau", "KIM Kabar Warga"]),
    ("kelurahan antapanikidul", ["KIM Antapani Cerdas"]),
    ("kec. cibeunyingkidul", ["KIM Cibingbin Rantau", "KIM Kabar Warga"]),
    # old spellings
    ("poerworejo", ["KIM Harjo Makmur"]),
    ("Poerworedjo", ["KIM Harjo Makmur"]),
    ("Soekohardjo", ["KIM Grogol Sejahtera"]),
    ("Soekamadjoe", ["KIM Corong Sukamaju", "KIM Plakat Jaya"]),  # "Suka Maju" joined too
    ("soeka maju", ["KIM Corong Sukamaju", "KIM Plakat Jaya"]),
    ("Tjilatjap", ["KIM Tambak Jaya"]),
    ("tjara", ["KIM Kabar Warga"]),
])
def test_the_directory_finds_the_place_however_it_is_written(page, query, expected):
    assert found(page, query) == sorted(expected)


def test_the_board_reads_places_as_the_directory_does(page):
    # the partnership board's filter (kemitraan-filter.js) over two items' place names: on
    # the board a KIM's name, district, regency and province (kemitraan/indeks.json), on a
    # province's page its name, village, district and regency (the cards' data-tempat)
    got = page.evaluate("""async () => {
      const u = await import(new URL("../assets/kim/util.js", location.href).href);
      const f = await import(new URL("../assets/kim/kemitraan-filter.js", location.href).href);
      const board = [["KIM Corong Sukamaju", "Cibingbin", "Kabupaten Kuningan", "Jawa Barat"],
        ["KIM Cibingbin Rantau", "Cibeunying Kidul", "Kota Bandung", "Jawa Barat"]];
      const province = [["KIM Corong", "Sukamaju", "Cibingbin", "Kabupaten Kuningan"],
        ["KIM Cibingbin Rantau", "Cihaur Geulis", "Cibeunying Kidul", "Kota Bandung"]];
      const queries = ["suka maju kuningan", "soekamadjoe", "kab. kuningan", "kota bandung", "cetak",
        "cibingbin", "kec cibingbin", "kec. cibeunyingkidul", "kecamatan cibeunying kidul"];
      const read = (items, district) => {
        const phrases = u.regionPhrases(items.flatMap((n) => n.slice(district + 1)), items.map((n) => n[district]));
        return queries.map((q) => items.map((n) => f.hasTerms(f.fold(n.join(" ") + " Pelatihan tjetak"),
          f.placeText(n, n.map((_, i) => (i === district ? u.DISTRICT : ""))), u.queryTerms(q, phrases))));
      };
      return [read(board, 1), read(province, 2)];
    }""")
    expected = [[True, False], [True, False], [True, False], [False, True], [True, True],
                [True, True], [True, False], [False, True], [False, True]]
    assert got == [expected, expected]


def test_the_board_finds_a_nationwide_programme_under_any_place(page):
    # the province and regency filters keep a programme without a work area everywhere
    # (`inRegion`): a typed place keeps it too, and a typed word still has to be in it
    got = page.evaluate("""async () => {
      const u = await import(new URL("../assets/kim/util.js", location.href).href);
      const f = await import(new URL("../assets/kim/kemitraan-filter.js", location.href).href);
      const phrases = u.regionPhrases(["Kabupaten Lampung Timur", "Kota Metro", "Kabupaten Tanggamus"], ["Sekampung"]);
      const provinces = new Map(u.addProvinces(phrases,
        { provinsi: [["35", "Jawa Timur", "jatim"], ["18", "Lampung"]] }).values());
      const programme = (areas, names) => ({ jenis: "bumn", bidang: ["pertanian"], areas, text: f.fold("Pelatihan pertanian"),
        places: f.areaPlaces(areas, names, (c) => provinces.get(c)) });
      const programmes = [programme([], []), programme(["35.78"], ["Kota Surabaya"])];
      const queries = ["jawa timur", "jatim", "provinsi jawa timur", "lampung", "kab. lampung timur", "lampung timur",
        "metro", "tanggamus", "kec. sekampung", "jatim pertanian", "pertanian", "jatim perikanan", "perikanan", "timur"];
      return queries.map((q) => programmes.map((p) => f.programmeMatches(p, { ...f.searchTerms(q, phrases) })));
    }""")
    assert got == [[True, True], [True, True], [True, True], [True, False], [True, False], [True, False],
                   [True, False], [True, False], [True, False], [True, True], [True, True], [False, False],
                   [False, False], [False, True]]


# The fixtures of test_directory.py, shared (assigned, as a fixture parameter shadows its name).
bundled_kims, directory = test_directory.bundled_kims, test_directory.directory


@pytest.mark.parametrize("query", [
    "kab. pringsewu", "kec. pringsewu", "kota metro", "kec metro barat", "kota agung", "kec. kota agung",
    "kota bumi", "kab. tulang bawang", "tulangbawang barat", "kab lampung timur", "gadingrejo",
    "provinsi lampung", "kota", "kota bandar lampung kemiling",
    # a word of a place written apart (the second resident tester: "teluk betung" found nothing,
    # and the directory then said no KIM was listed there)
    "teluk betung", "teluk betung timur",
])
def test_the_bundled_directory_reads_levels_and_spacing_as_the_model(directory, bundled_kims, query):
    # the model of test_directory.py, from the KIM files, reads the levels and joined names too
    found = test_directory.search(bundled_kims, query)[0]
    assert found
    page, _ = directory("?q=" + query.replace(" ", "+"))
    assert sorted(shown(page)) == sorted(k.nama for k in found)
