"""Open data exports: what the profiles publish, never unconsented personal data, and no
personal contact at all (callers pass `model.for_bulk` KIMs)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import fields
from functools import cache

from generator.model.kim import Kim, per_kim
from generator.site.jsonout import json_bytes
from generator.site.routes import profile_url

LICENCE = "CC-BY-4.0"
CSV_FIELDS = (
    "slug", "nama", "status", "kode_wilayah", "desa_kelurahan", "kecamatan", "kabupaten_kota",
    "provinsi", "lintang", "bujur", "berdiri", "asal", "bidang", "anggota", "sk_tertinggi",
    "sekretariat_tetap", "mencari_mitra", "menawarkan_kerja_sama", "diperbarui", "perlu_diperbarui", "url",
    "contoh",  # last, so that readers counting columns keep working
)


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


def public_record(kim: Kim, site_url: str) -> dict:
    """Everything a profile page shows, as data, for a `model.for_bulk` KIM (the model holds
    no unconsented names)."""
    record = _fields(kim)
    place = record.pop("place")
    record.pop("source")
    record.pop("digest")
    record.pop("tempat_umum")
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
    # an offer has no lifecycle: its model's default status is no fact of the file
    record["peluang"] = _set({"ditawarkan": [_offer(p) for p in record.pop("ditawarkan", ())],
                              "dicari": [_fields(p) for p in record.pop("dicari", ())]})
    record["url"] = site_url + profile_url(kim.slug, "id")
    return _set(record)


def _offer(item) -> dict:
    fields_ = _fields(item)
    fields_.pop("status", None)
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


def kims_json(records: list[bytes]) -> list[bytes]:
    """data/kims.json from `record_json` texts, in parts to be written one after the other:
    the same bytes as dumping the whole collection (keys sorted), without holding every
    record as objects at once, nor the file as one piece beside its records (it is as large
    as all of them)."""
    parts = [b'{"jumlah":' + str(len(records)).encode() + b',"kim":[']
    for start in range(0, len(records), JOINED):
        parts.append((b"," if start else b"") + b",".join(records[start:start + JOINED]))
    parts.append(b'],"lisensi":' + _dump(LICENCE) + b"}")
    return parts


def kim_json(record: bytes) -> bytes:
    """A KIM's own file from its `record_json`: the licence first, then the record's keys."""
    return b'{"lisensi":' + _dump(LICENCE) + b"," + record[1:]


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A leading = + - @ makes spreadsheets evaluate the cell as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


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
    p = kim.place
    lat, lon = kim.koordinat or (None, None)
    row = (
        kim.slug, kim.nama, kim.status, p.code, p.name, p.district, p.regency, p.province,
        lat, lon, kim.berdiri.isoformat() if isinstance(kim.berdiri, dt.date) else kim.berdiri,
        kim.asal, ";".join(kim.bidang), kim.anggota, kim.top_sk.tingkat if kim.sk else "",
        "ya" if "sekretariat-tetap" in kim.fasilitas else "tidak",
        "ya" if any(n.is_open(today) for n in kim.dicari) else "tidak",
        "ya" if any(n.is_open(today) for n in kim.ditawarkan) else "tidak",
        kim.diperbarui.isoformat(), "ya" if kim.is_stale(today) else "tidak",
        site_url + profile_url(kim.slug, "id"), "ya" if kim.contoh else "tidak",
    )
    return [_cell(v) for v in row]


def kims_geojson(kims: list[Kim], site_url: str) -> bytes:
    features = [_feature(kim, site_url) for kim in kims if kim.koordinat]
    # "lisensi": a member GeoJSON allows beside its own (RFC 7946, 6.1), as in kims.json
    return _dump({"type": "FeatureCollection", "lisensi": LICENCE, "features": features})


@per_kim
def _feature(kim: Kim, site_url: str) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [kim.koordinat[1], kim.koordinat[0]]},
        "properties": {
            "slug": kim.slug, "nama": kim.nama, "status": kim.status,
            "kode_wilayah": kim.place.code, "desa_kelurahan": kim.place.name,
            "bidang": list(kim.bidang), "url": site_url + profile_url(kim.slug, "id"),
            "contoh": kim.contoh,
        },
    }
