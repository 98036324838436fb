"""The directory names a real place that has no KIM (directory-place.js) from the official list's
files, data/desa/<key>.json (generator/site/files/villages.py), whatever its name's spelling.

A tester playing a village head was told to check the spelling of Oebelo, Noelbaki, Oelnasi and
Oesao (villages of Kabupaten Kupang, NTT): the page keyed the file by the name in today's
spelling ("nulbaki"), the files by the name as written. Districts without a KIM (Way Panji,
Kupang Tengah, Amarasi Barat) were found only when one of their villages began alike, and
"Way Panji" was "corrected" to another regency's village; "Hajimena, Natar" was not read as a
village and its district.
"""

from __future__ import annotations

import json
import re

import pytest

from generator.model.regions import load_regions
from generator.site.files.villages import village_files
from generator.site.textfold import fold, modern

from . import test_directory
from .test_directory import settle

directory = test_directory.directory
LEVEL = re.compile(r"^(?:Kabupaten|Kota)(?: Administrasi)? ")  # as villages.py files a regency


@pytest.fixture(scope="module")
def files() -> dict[str, dict]:
    return {path.rsplit("/", 1)[1][:-len(".json")]: json.loads(data) for path, data in village_files(load_regions())}


def villages_in(files: dict[str, dict], key: str) -> dict[str, str]:
    return dict(files[key]["v"])


def test_a_village_in_an_old_spelling_is_filed_under_both_spellings(files):
    # the form's key is the name as written, the directory's the name in today's spelling
    for code, written, today in (("53.01.08.2010", "oe", "ub"), ("53.01.08.2008", "no", "nu"),
                                 ("53.01.08.2006", "oe", "ul"), ("53.01.06.2015", "oe", "us")):
        assert code in villages_in(files, written) and code in villages_in(files, today), code


def test_a_district_and_a_regency_are_in_the_file_of_their_names(files):
    # No village of Kupang Tengah or Amarasi Barat begins as its district does.
    assert not any(code.startswith("53.01.08.") for code in villages_in(files, "ku"))
    assert files["ku"]["k"]["53.01.08"] == "Kupang Tengah" and files["ku"]["b"]["53.01"] == "Kabupaten Kupang"
    assert files["am"]["k"]["53.01.17"] == "Amarasi Barat"
    way = "wa" if "wa" in files else "way"
    assert files[way]["k"]["18.01.24"] == "Way Panji" and files[way]["b"]["18.01"] == "Kabupaten Lampung Selatan"
    # a city by its whole name and by its name alone
    assert files["ko"]["b"]["53.71"] == files["ku"]["b"]["53.71"] == "Kota Kupang"


# The key the directory computes for each name (directory-place.js's own function), in the page.
KEYS = """async (names) => {
  const { fileKey } = await import(new URL("../assets/kim/directory-place.js", location.href).href);
  const keys = await (await fetch(new URL("../data/desa-awalan.json", location.href))).json();
  return names.map((name) => fileKey(name, keys) || null);
}"""


def test_every_place_is_in_the_file_the_directory_fetches_for_its_name(directory, files):
    """Over the whole region list: every village in both spellings ("Oebelo" and "Ubelo",
    "Djati" and "Jati"), every district and every regency, with and without its level's word."""
    regions = load_regions()
    wanted = []   # (name typed, the file's part that holds it, code)
    for code, (name, *_rest) in regions.villages.items():
        wanted += [(name, "v", code), (modern(fold(name)), "v", code)]
    wanted += [(name, "k", code) for code, (name, *_rest) in regions.districts.items()]
    for code, (name, *_rest) in regions.regencies.items():
        wanted += [(name, "b", code), (LEVEL.sub("", name), "b", code)]
    page, _ = directory()
    keys = page.evaluate(KEYS, [name for name, _, _ in wanted])
    held = {key: (villages_in(files, key), files[key]["k"], files[key]["b"]) for key in files}
    missed = [(name, key) for (name, part, code), key in zip(wanted, keys)
              if key is None or code not in held[key]["vkb".index(part)]]
    assert missed == []
    assert len(wanted) > 2 * 83_000


def noplace(page, query: str) -> tuple[str, list[str]]:
    page.locator("#kim-q").fill(query)
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert page.locator("#kim-none-hint").is_hidden() and page.locator("#kim-typo").is_hidden()
    assert page.locator("#kim-results .kim-result__name").count() == 0
    links = page.locator("#kim-noplace").get_by_role("link")
    return page.locator("#kim-noplace-text").inner_text(), links.evaluate_all("els => els.map((a) => a.href)")


@pytest.mark.parametrize(("query", "place", "regency"), [
    ("Oebelo", "Oebelo", "53.01"),
    ("Ubelo", "Oebelo", "53.01"),
    ("Noelbaki", "Noelbaki", "53.01"),
    ("Oelnasi", "Oelnasi", "53.01"),
    ("Oesao", "Oesao", "53.01"),
    ("Way Panji", "Kec. Way Panji", "18.01"),
    ("Kupang Tengah", "Kec. Kupang Tengah", "53.01"),
    ("Kecamatan Kupang Tengah", "Kec. Kupang Tengah", "53.01"),
    ("Amarasi Barat", "Kec. Amarasi Barat", "53.01"),
    ("Hajimena, Natar", "Hajimena", "18.01"),
    ("hajimena kec. natar lampung selatan", "Hajimena", "18.01"),
])
def test_a_real_place_without_a_kim_is_named_not_corrected(directory, query, place, regency):
    page, _ = directory(width=360, height=740)
    text, links = noplace(page, query)
    assert text.startswith(f"Belum ada KIM terdaftar di {place}. Mungkin di sana belum terbentuk KIM")
    assert links[0].endswith("/panduan/membentuk-kim/")
    assert any(link.endswith(f"/wilayah/{regency}/") for link in links[1:])


def test_a_typo_of_no_place_is_still_read_as_the_name_it_is_near(directory):
    page, _ = directory(width=360, height=740)
    page.locator("#kim-q").fill("lampug timur")
    settle(page)
    page.wait_for_timeout(300)
    assert page.locator("#kim-typo").is_visible() and page.locator("#kim-noplace").is_hidden()
    assert page.locator("#kim-results .kim-result__name").count() > 0
