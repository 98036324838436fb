"""The province short forms in everyday use (generator/data/singkatan_provinsi.yml) and how
the directory's search gets them."""

from __future__ import annotations

import json
import shutil

import pytest

from generator.model import datafiles
from generator.model.caches import clear_all
from generator.model.datafiles import DataFileError
from generator.model.provinceforms import FILE, load_province_forms, parse_province_forms
from generator.model.regions import load_regions
from generator.site.files.searchindex import index_files
from generator.site.provincenames import province_names
from generator.site.routes import SEARCH_NAMES

from .conftest import TODAY
from .sitebuild import site_model
from .test_directory import VOCAB
from .test_directory_search import PROVINCE_QUERIES

REGIONS = load_regions()


def test_every_short_form_of_the_brief_names_its_province():
    forms = load_province_forms(REGIONS)
    owner = {form: code for code, listed in forms.items() for form in listed}
    short = [(q, code) for q, code, name in PROVINCE_QUERIES if q.islower() and q.isalpha()]
    assert len(short) == 26
    assert {q: owner.get(q) for q, _ in short} == dict(short)
    # every province is there, most without a short form; none is one of another's words
    assert set(forms) == set(REGIONS.provinces) and forms["18"] == ()
    words = {w for name in REGIONS.provinces.values() for w in name.lower().split()}
    assert not {f for f in owner if f in words} - {"jakarta"}


@pytest.mark.parametrize(("data", "message"), [
    ({35: ["jatim"], 32: ["jatim"]},
     "singkatan_provinsi.yml: 'jatim' tercantum untuk 35 dan 32: singkatan harus menunjuk satu provinsi / "
     "'jatim' is listed for 35 and 32: a short form must name one province"),
    ({99: ["xyz"]}, "singkatan_provinsi.yml: 99 bukan kode provinsi dalam daftar wilayah / "
                    "99 is no province code of the region list"),
    ({35: ["Jatim"]}, "singkatan_provinsi.yml: 35: 'Jatim' harus huruf kecil, kata dipisah satu spasi / "
                      "35: 'Jatim' must be lowercase letters, words separated by one space"),
    ({35: ["jawa  timur"]}, "singkatan_provinsi.yml: 35: 'jawa  timur' harus huruf kecil, kata dipisah satu spasi / "
                            "35: 'jawa  timur' must be lowercase letters, words separated by one space"),
    ({35: []}, "singkatan_provinsi.yml: 35: berikan daftar singkatan / 35: give a list of short forms"),
    (["jatim"], "singkatan_provinsi.yml: harus berupa pemetaan kode provinsi -> daftar singkatan / "
                "must be a mapping of province code -> list of short forms"),
])
def test_a_table_the_search_cannot_use_is_refused(data, message):
    with pytest.raises(DataFileError) as refused:
        parse_province_forms(data, REGIONS)
    assert str(refused.value) == message


def test_an_edited_table_is_read_from_the_data_folder(tmp_path):
    (tmp_path / "singkatan_provinsi.yml").write_text("# common usage\n35: [jatim, jawa wetan]\n", encoding="utf-8")
    forms = load_province_forms(REGIONS, tmp_path / "singkatan_provinsi.yml")
    assert forms["35"] == ("jatim", "jawa wetan") and forms["32"] == ()


def test_the_names_file_gives_every_province_with_its_short_forms():
    forms = load_province_forms(REGIONS)
    files = dict(index_files([], TODAY, VOCAB, REGIONS.name_of, province_names(REGIONS, forms)))
    provinces = json.loads(files[SEARCH_NAMES])["provinsi"]
    assert [p[0] for p in provinces] == list(REGIONS.provinces)
    assert ["35", "Jawa Timur", "jatim"] in provinces and ["18", "Lampung"] in provinces
    assert ["34", "Daerah Istimewa Yogyakarta", "diy", "di yogyakarta", "jogja", "yogya"] in provinces


def test_the_regencies_named_as_a_province_form_and_more_are_sent_beside_it():
    """"jakarta" names DKI Jakarta: "jakarta pusat" is the city, which the pages can tell only
    when they know its name, KIMs there or not (before, the directory said that DKI Jakarta
    had no KIM). A form and more words, not the form alone: "bandung" would not make Kota
    Bandung a phrase, but Kabupaten Bandung Barat; and a province's name of several words."""
    assert province_names(REGIONS)["kab_awalan"] == [
        f"Kota Administrasi Jakarta {part}" for part in ("Pusat", "Utara", "Barat", "Selatan", "Timur")]
    cities = province_names(REGIONS, {"32": ("bandung",), "18": ()})["kab_awalan"]
    assert cities == ["Kabupaten Bandung Barat"]


def test_a_broken_table_stops_the_build_before_any_page(tmp_path, monkeypatch):
    """Read when the site is set up, inside the build's check of its sources, so the build says
    what is wrong in both languages; read with the index, it ended in a traceback."""
    data = tmp_path / "data"
    shutil.copytree(datafiles.PACKAGE, data)
    with open(data / FILE, "a", encoding="utf-8") as fh:
        fh.write("99: [xx]\n")
    monkeypatch.setenv(datafiles.ENV, str(data))
    clear_all()
    try:
        with pytest.raises(DataFileError) as refused:
            site_model([], TODAY, regions=load_regions())
    finally:
        monkeypatch.delenv(datafiles.ENV)
        clear_all()
    assert str(refused.value) == (f"{data / FILE}: 99 bukan kode provinsi dalam daftar wilayah / "
                                  "99 is no province code of the region list")
