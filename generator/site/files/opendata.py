"""Open data exports: what the profiles publish, never unconsented personal data, and no
personal contact at all (callers pass `model.for_bulk` KIMs)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import re
from dataclasses import dataclass, fields
from functools import cache
from typing import Callable

from generator.format import spec
from generator.model.cells import guarded
from generator.model.kim import Kim, per_kim
from generator.site.jsonout import json_bytes
from generator.site.matching import PartnerNames, of_kind
from generator.site.routes import SCHEMA, kim_source, profile_url

LICENCE = "CC-BY-4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
# The official region list (generator/data/wilayah/README.md): every file that republishes its
# names says where they come from and under which licence, as the ODbL asks.
# the version of the package whose files are generator/data/wilayah/ (its README says so)
REGION_SOURCE = {"nama": "idn-area-data", "versi": "4.0.1", "url": "https://github.com/fityannugroho/idn-area-data",
                 "lisensi": "ODbL-1.0", "url_lisensi": "https://opendatacommons.org/licenses/odbl/1-0/"}
ENDED = "berakhir"  # a need's or offer's status in the open data once past its `hingga`, as the board reads it
HELD = "ditangguhkan"  # an open need's or offer's status in the open data while its KIM is inactive (`Kim.item_held`)
FORMAT_VERSION = spec.KIM.fields["versi"].type.maximum  # the records are of the current format


@dataclass(frozen=True)
class Column:
    """A column of data/kims.csv or a property of kims.geojson: its value for a KIM on the
    build's date with the site's address, and what the data page says of it: an interface text
    (antarmuka.yml), or None for a field of the KIM file, described by the format's spec."""

    name: str
    value: Callable[[Kim, dt.date, str], object]
    about: str | None = None


def _yes(flag: bool) -> str:
    return "ya" if flag else "tidak"


def _url(kim: Kim, today: dt.date, site_url: str) -> str:
    return site_url + profile_url(kim.slug, "id")


def _day(value) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


CSV_COLUMNS = (
    Column("slug", lambda k, d, u: k.slug),
    Column("nama", lambda k, d, u: k.nama),
    Column("status", lambda k, d, u: k.status),
    Column("kode_wilayah", lambda k, d, u: k.place.code, "data_col_kode_wilayah"),
    Column("desa_kelurahan", lambda k, d, u: k.place.name, "data_col_desa_kelurahan"),
    Column("kecamatan", lambda k, d, u: k.place.district, "data_col_kecamatan"),
    Column("kabupaten_kota", lambda k, d, u: k.place.regency, "data_col_kabupaten_kota"),
    Column("provinsi", lambda k, d, u: k.place.province, "data_col_provinsi"),
    Column("lintang", lambda k, d, u: k.koordinat[0] if k.koordinat else None, "data_col_lintang"),
    Column("bujur", lambda k, d, u: k.koordinat[1] if k.koordinat else None, "data_col_bujur"),
    Column("berdiri", lambda k, d, u: _day(k.berdiri), "data_col_berdiri"),
    Column("asal", lambda k, d, u: k.asal),
    Column("bidang", lambda k, d, u: ";".join(k.bidang), "data_col_bidang"),
    Column("anggota", lambda k, d, u: k.anggota),
    Column("sk_tertinggi", lambda k, d, u: k.top_sk.tingkat if k.sk else "", "data_col_sk_tertinggi"),
    Column("sekretariat_tetap", lambda k, d, u: _yes("sekretariat-tetap" in k.fasilitas), "data_col_sekretariat_tetap"),
    Column("mencari_mitra", lambda k, d, u: _yes(any(k.item_open(n, d) for n in k.dicari)), "data_col_mencari_mitra"),
    Column("menawarkan_kerja_sama", lambda k, d, u: _yes(any(k.item_open(n, d) for n in k.ditawarkan)),
           "data_col_menawarkan_kerja_sama"),
    Column("diperbarui", lambda k, d, u: k.diperbarui.isoformat()),
    Column("perlu_diperbarui", lambda k, d, u: _yes(k.is_stale(d)), "data_col_perlu_diperbarui"),
    Column("url", _url, "data_col_url"),
    Column("contoh", lambda k, d, u: _yes(k.contoh), "data_col_contoh"),  # last: readers counting columns keep working
)
CSV_FIELDS = tuple(c.name for c in CSV_COLUMNS)

GEOJSON_PROPERTIES = (
    *(c for c in CSV_COLUMNS if c.name in ("slug", "nama", "status", "kode_wilayah", "desa_kelurahan")),
    Column("bidang", lambda k, d, u: list(k.bidang)),
    Column("url", _url, "data_col_url"),
    Column("contoh", lambda k, d, u: k.contoh),
)

# The keys of data/kims.json around its records, and of kims.geojson beside its features, each
# with what the data page says of it.
KIMS_JSON_KEYS = (("jumlah", "data_key_jumlah"), ("kim", "data_key_kim"), ("lisensi", "data_key_lisensi"),
                  ("sumber_wilayah", "data_key_sumber_wilayah"), ("tanggal", "data_key_tanggal"))
GEOJSON_KEYS = (("type", "data_key_type"), ("features", "data_key_features"), ("lisensi", "data_key_lisensi"),
                ("sumber_wilayah", "data_key_sumber_wilayah"), ("tanggal", "data_key_tanggal"))
# How a record of kims.json (and data/kim/<slug>.json) differs from the KIM's file, by key;
# `url`, `lisensi` and `sumber_wilayah` are not in the file.
RECORD_CHANGES = {
    "berdiri": "data_col_berdiri", "wilayah": "data_json_wilayah", "koordinat": "data_json_koordinat",
    "pengurus": "data_json_pengurus", "peluang": "data_json_peluang", "kontak": "data_json_kontak",
    "url": "data_col_url", "lisensi": "data_json_lisensi", "sumber_wilayah": "data_json_sumber_wilayah",
    "kemitraan": "data_json_kemitraan",
}


@cache
def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.compare)


_UNSET = (None, (), [])


def _fields(item) -> dict:
    """The fields of a model object that hold a value (unset and empty ones left out).
    A shallow walk: dataclasses.asdict would deep-copy every value, ten times slower."""
    return {name: value for name in _names(type(item)) if (value := getattr(item, name)) not in _UNSET}


def public_fields(item) -> dict:
    """The fields of a model record that hold a value: what open data writes of it."""
    return _fields(item)


def _set(record: dict) -> dict:
    return {key: value for key, value in record.items() if value not in _UNSET}


def public_record(kim: Kim, site_url: str, today: dt.date, partners: PartnerNames | None = None) -> dict:
    """Everything a profile page shows, as data, for a `model.for_bulk` KIM (the model holds
    no unconsented names), on the build's date (`RECORD_CHANGES` says how it differs from the
    KIM's file); `partners`: the partner files' names and kinds by slug, as for the profile."""
    record = _fields(kim)
    record["versi"] = FORMAT_VERSION
    place = record.pop("place")
    record.pop("source")
    record.pop("digest")
    record.pop("tempat_umum")
    record.pop("met_by", None)  # the site's reading of `dicari`, which the record holds
    record["wilayah"] = {
        "kode": place.code, "desa_kelurahan": place.name,
        "kode_kecamatan": place.district_code, "kecamatan": place.district,
        "kode_kabupaten_kota": place.regency_code, "kabupaten_kota": place.regency,
        "kode_provinsi": place.province_code, "provinsi": place.province,
    }
    for key in ("pengurus", "sk", "media", "kegiatan", "kemitraan", "pembinaan", "prestasi"):
        if key in record:
            record[key] = [_fields(item) for item in record[key]]
    if kim.koordinat:
        record["koordinat"] = {"lintang": kim.koordinat[0], "bujur": kim.koordinat[1]}
        if kim.tempat_umum:
            record["koordinat"]["tempat_umum"] = True
    record["kontak"] = [_fields(c) for c in kim.kontak]
    if kim.verifikasi:
        record["verifikasi"] = _fields(kim.verifikasi)
    offers, needs = record.pop("ditawarkan", ()), record.pop("dicari", ())
    record["peluang"] = _set({"ditawarkan": [_item(kim, p, today, lifecycle=False) for p in offers],
                              "dicari": [_need(kim, p, today, partners or {}) for p in needs]})
    record["url"] = _url(kim, today, site_url)
    return _set(record)


def _item(kim: Kim, item, today: dt.date, lifecycle: bool) -> dict:
    """A need or an offer with its status as the board reads it: one past its `hingga` has
    ended, one of an inactive KIM is held, whatever the file says (the board hides both).
    Else a need (`lifecycle`) keeps its file's status, and an offer has none: it has no
    lifecycle, and its model's default status is no fact of the file."""
    fields_ = _fields(item)
    if item.ended(today):
        fields_["status"] = ENDED
    elif kim.item_held(item, today):
        fields_["status"] = HELD
    elif not lifecycle:
        del fields_["status"]
    return fields_


def _need(kim: Kim, item, today: dt.date, partners: PartnerNames) -> dict:
    """A need as `_item` reads it. A partner file across the sample line that met it is named
    as the profile names it, unlinked: its name, and whether it is a sample (as `contoh` in
    mitra.json), never its slug."""
    fields_ = _item(kim, item, today, lifecycle=True)
    slug = item.dipenuhi_oleh
    if slug in partners and not of_kind(slug, kim.contoh, partners):
        del fields_["dipenuhi_oleh"]
        fields_["dipenuhi_oleh_nama"], fields_["dipenuhi_oleh_contoh"] = partners[slug]
    return fields_


def _date(value: dt.date) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _dump(value) -> bytes:
    return json_bytes(value, default=_date)


def record_json(record: dict) -> bytes:
    """One record as it stands inside data/kims.json."""
    return _dump(record)


JOINED = 256  # records per part of data/kims.json


def kims_json(records: list[bytes], today: dt.date) -> list[bytes]:
    """data/kims.json from `record_json` texts, in parts to be written one after the other:
    the same bytes as dumping the whole collection (keys sorted), without holding every
    record as objects at once, nor the file as one piece beside its records (it is as large
    as all of them)."""
    parts = [b'{"jumlah":' + str(len(records)).encode() + b',"kim":[']
    for start in range(0, len(records), JOINED):
        parts.append((b"," if start else b"") + b",".join(records[start:start + JOINED]))
    parts.append(b'],"lisensi":' + _dump(LICENCE) + b',"sumber_wilayah":' + _dump(REGION_SOURCE)
                 + b',"tanggal":' + _dump(today) + b"}")
    return parts


# The first line of a KIM file in the repository (`kim new`, the form): its editor's schema,
# from kims/<prov>/<reg>/ to schema/. On the site, from /data/kim/, that is a missing address.
_REPO_MODELINE = re.compile(rb"\A(\xef\xbb\xbf)?(# yaml-language-server: \$schema=)\.\./\.\./\.\./schema/kim\.schema\.json(?=\s|\Z)")


def published_source(data: bytes, site_url: str) -> bytes:
    """A KIM's file as the site publishes it (data/kim/<slug>.yml): byte for byte, but for a
    first line naming the repository's schema, which names the site's instead: its address,
    so that an editor finds it from wherever the file was downloaded to (the page's relative
    one without an absolute site address). The form writes the repository's line back."""
    schema = site_url + SCHEMA if "://" in site_url else posixpath.relpath(SCHEMA, posixpath.dirname(kim_source("x")))
    return _REPO_MODELINE.sub(lambda m: (m.group(1) or b"") + m.group(2) + schema.encode(), data, count=1)


def kim_json(record: bytes) -> bytes:
    """A KIM's own file from its `record_json`: the licences first, then the record's keys."""
    return b'{"lisensi":' + _dump(LICENCE) + b',"sumber_wilayah":' + _dump(REGION_SOURCE) + b"," + record[1:]


def kims_csv(kims: list[Kim], today: dt.date, site_url: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    writer.writerows(_csv_row(kim, today, site_url) for kim in kims)
    # With a byte-order mark, as the worklist: Excel reads a CSV without one in the Windows
    # code page ("Regapu’u" shows as "Regapuâ€™u"); pandas reads it with encoding="utf-8-sig".
    return out.getvalue().encode("utf-8-sig")


@per_kim
def _csv_row(kim: Kim, today: dt.date, site_url: str) -> list[str]:
    return [guarded(column.value(kim, today, site_url)) for column in CSV_COLUMNS]


def kims_geojson(kims: list[Kim], today: dt.date, site_url: str) -> bytes:
    features = [_feature(kim, today, site_url) for kim in kims if kim.koordinat]
    # "lisensi" and the rest: members GeoJSON allows beside its own (RFC 7946, 6.1), as in kims.json
    return _dump({"type": "FeatureCollection", "lisensi": LICENCE, "sumber_wilayah": REGION_SOURCE,
                  "tanggal": today, "features": features})


@per_kim
def _feature(kim: Kim, today: dt.date, site_url: str) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [kim.koordinat[1], kim.koordinat[0]]},
        "properties": {p.name: p.value(kim, today, site_url) for p in GEOJSON_PROPERTIES},
    }
