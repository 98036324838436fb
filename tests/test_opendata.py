"""The open data as a journalist or a researcher reuses it (data/kims.csv, kims.json,
kims.geojson, data/kim/<slug>.*): what the files hold and what the data page says of them.
Found lacking by the open-data tester; the bytes of a fixture build are in tests/golden."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import json

import jsonschema
import pytest

from generator.format import catalogue, spec
from generator.format.schema import schema_text
from generator.model.kim import for_bulk
from generator.site.files import opendata
from generator.site.files.datapage import data_view

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS, ROOT, site_model

SITE_URL = "https://kim.example.org/"


@pytest.fixture(scope="module")
def kims():
    result = catalogue.load([str(FIXTURE_KIMS)], TODAY)
    assert not result.errors
    return result.kims


def test_the_csv_has_a_byte_order_mark_for_excel(kims):
    """Excel on Windows reads a CSV without one in its code page: "Regapu’u" became "Regapuâ€™u"."""
    named = [dataclasses.replace(for_bulk(kims[0]), nama="KIM Regapu’u")]
    data = opendata.kims_csv(named, TODAY, SITE_URL)
    assert data.startswith(b"\xef\xbb\xbfslug,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["nama"] == "KIM Regapu’u"


REPO_LINE = b"# yaml-language-server: $schema=../../../schema/kim.schema.json"


def test_the_published_file_names_the_sites_schema():
    """From /data/kim/ the repository's ../../../schema/kim.schema.json is a missing address,
    and from a downloads folder nothing relative is found: the site's own address is."""
    source = (ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml").read_bytes()
    assert source.startswith(REPO_LINE + b"\n")
    published = opendata.published_source(source, SITE_URL)
    assert published == b"# yaml-language-server: $schema=https://kim.example.org/data/kim.schema.json" + source[len(REPO_LINE):]
    # without an absolute site address, the page's relative one: /data/kim/ to /data/kim.schema.json
    assert opendata.published_source(source, "/").startswith(b"# yaml-language-server: $schema=../kim.schema.json\n")
    # only that first line: another first line, or the line further down, stays as written
    for other in (b"versi: 1\n" + REPO_LINE + b"\n", b"# yaml-language-server: $schema=https://x.example/s.json\n"):
        assert opendata.published_source(other, SITE_URL) == other


# ---- what the files hold, and what the data page says of them ------------------------------

@pytest.fixture(scope="module")
def site(kims):
    return site_model(kims, TODAY, mitra=catalogue.load([str(FIXTURE_KIMS.parent / "mitra")], TODAY).mitra)


@pytest.fixture(scope="module")
def files(site) -> dict[str, bytes]:
    found = dict(site.files())
    records = []
    for kim in site.kims:
        own, record = site.kim_data(kim)
        found.update(own)
        records.append(record)
    path, parts = site.collection_file(records)
    found[path] = b"".join(parts)
    return found


def names(rows) -> list[str]:
    return [row[0] for row in rows]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_data_page_describes_every_column_and_key_the_files_hold(site, files, lang):
    """The tables come from the writers' own: the CSV's header, the GeoJSON's keys and
    properties, kims.json's keys, every key of every record, statistik.json's and mitra.json's."""
    view = data_view(site.text[lang], TODAY, {})
    header = next(csv.reader(io.StringIO(files["data/kims.csv"].decode("utf-8-sig"))))
    assert names(view["csv"]) == header
    geojson = json.loads(files["data/kims.geojson"])
    assert set(names(view["geojson_keys"])) == set(geojson)
    assert all(set(names(view["geojson"])) == set(f["properties"]) for f in geojson["features"])
    collection = json.loads(files["data/kims.json"])
    assert set(names(view["json_keys"])) == set(collection)
    documented = set(names(view["fields"]))
    for record in collection["kim"]:
        assert set(record) <= documented - {"lisensi"}, record["slug"]
        assert set(json.loads(files[f"data/kim/{record['slug']}.json"])) <= documented
    assert set(json.loads(files["data/statistik.json"])) <= set(names(view["statistics"]))
    partners = json.loads(files["data/mitra.json"])
    assert set(partners) == {"jumlah", "mitra", "lisensi", "sumber_wilayah", "tanggal"}
    assert all(key in view["partners_intro"] for key in partners)
    assert all(set(p) <= set(names(view["partners"])) for p in partners["mitra"])
    for table in ("csv", "geojson_keys", "geojson", "json_keys", "statistics"):
        assert all(meaning for _, meaning in view[table]), table
    assert all(meaning or change for _, meaning, change in view["fields"] + view["partners"])


def test_a_record_is_its_kim_file_but_for_the_documented_changes(files):
    """kims.json's records carry `versi` and fit the KIM schema once what the data page says is
    different (region as an object, url, ended needs) is put back as the file writes it."""
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    for record in json.loads(files["data/kims.json"])["kim"]:
        assert record["versi"] == 1
        record = {**record, "wilayah": record["wilayah"]["kode"]}
        assert set(record) - set(spec.KIM.fields) == {"url"} and opendata.RECORD_CHANGES["url"]
        del record["url"]
        assert [e.message for e in validator.iter_errors(record)] == [], record["slug"]


def test_an_expired_need_is_written_as_the_board_reads_it(kims):
    """The board hides a need past its `hingga`; the open data said "terbuka" still."""
    kim = next(k for k in kims if k.slug == "sinar-harapan-pekalongan")
    need = next(n for n in kim.dicari if n.hingga)
    on_board = opendata.public_record(for_bulk(kim), SITE_URL, need.hingga)
    after = opendata.public_record(for_bulk(kim), SITE_URL, need.hingga + dt.timedelta(days=1))
    assert [n["status"] for n in on_board["peluang"]["dicari"]] == ["dibahas", "terpenuhi"]
    assert [n["status"] for n in after["peluang"]["dicari"]] == [opendata.ENDED, "terpenuhi"]


def test_an_offer_is_written_as_the_board_reads_it_too(kims):
    """An offer past its `hingga`, or of an inactive KIM, left the board but kept no status in
    the open data: a data user had to compare dates and the KIM's status. It reads as a need
    does; an offer on the board has no status, as its file has none."""
    kim = next(k for k in kims if k.slug == "sinar-harapan-pekalongan")
    offer = dataclasses.replace(kim.ditawarkan[0], hingga=dt.date(2026, 12, 31))
    kim = for_bulk(dataclasses.replace(kim, ditawarkan=(offer,)))

    def statuses(k, today):
        record = opendata.public_record(k, SITE_URL, today)["peluang"]
        return [o.get("status") for o in record["ditawarkan"]], record["dicari"][0]["status"]

    assert statuses(kim, offer.hingga) == ([None], "dibahas")
    assert statuses(kim, offer.hingga + dt.timedelta(days=1)) == ([opendata.ENDED], "dibahas")
    inactive = dataclasses.replace(kim, status="tidak-aktif")
    assert statuses(inactive, offer.hingga) == ([opendata.HELD], opendata.HELD)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_data_page_says_offers_carry_the_boards_status(site, lang):
    change = dict((name, change) for name, _, change in data_view(site.text[lang], TODAY, {})["fields"])["peluang"]
    assert all(word in change for word in ("dicari[].status", "ditawarkan[].status", opendata.ENDED, opendata.HELD))


def test_the_collections_carry_their_date(files):
    """perlu_diperbarui, mencari_mitra and ended needs depend on the build's date."""
    assert json.loads(files["data/kims.json"])["tanggal"] == TODAY.isoformat()
    assert json.loads(files["data/kims.geojson"])["tanggal"] == TODAY.isoformat()


def test_region_names_carry_their_source_and_licence(site, files):
    """The official list is ODbL: every file republishing its names says where they come
    from and under which licence, at the address the repository's README gives."""
    readme = (ROOT / "generator" / "data" / "wilayah" / "README.md").read_text(encoding="utf-8")
    source = opendata.REGION_SOURCE
    assert source["url"].removeprefix("https://") in readme and source["lisensi"] == "ODbL-1.0"
    assert source["url_lisensi"] == "https://opendatacommons.org/licenses/odbl/1-0/"
    villages = [path for path in files if path.startswith("data/desa/")]
    assert len(villages) > 600
    profiles = [path for path in files if path.startswith("data/kim/") and path.endswith(".json")]
    assert profiles
    for path in villages + profiles + ["kim/wilayah.json", "data/kims.json", "data/kims.geojson",
                                       "data/statistik.json", "data/mitra.json"]:
        assert json.loads(files[path])["sumber_wilayah"] == source, path
    shard = json.loads(files[villages[0]])
    assert set(shard) == {"v", "k", "b", "sumber_wilayah"}  # what the form reads is unchanged


@pytest.mark.parametrize("lang, words", [
    ("id", ('encoding="utf-8-sig"', "dibuat pada 27 November 2026", "Nama pengurus dan kontak pribadi")),
    ("en", ('encoding="utf-8-sig"', "made on 27 November 2026", "Board members' names and personal contacts")),
])
def test_the_data_page_links_the_licences_and_says_how_to_read_the_files(site, lang, words):
    body = html.unescape(site.data_body(lang, "data/" if lang == "id" else "en/data/", {}))
    assert '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in body
    assert '<a href="https://github.com/fityannugroho/idn-area-data">idn-area-data</a>' in body
    assert '<a href="https://opendatacommons.org/licenses/odbl/1-0/">ODbL 1.0</a>' in body
    for word in words:
        assert word in body
    for column in ("sk_tertinggi", "perlu_diperbarui", "lintang", "sumber_wilayah", "kebutuhan_kemitraan"):
        assert f"<code>{column}</code>" in body
