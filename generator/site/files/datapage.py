"""What the data page (`/data/`, `/en/data/`) says of the files it offers: their columns,
keys and fields, from the tables the writers use (`opendata`) and from the format's spec, so
that the page cannot describe another file than the one written. A pure function of the
language and the build's date; the template lays it out."""

from __future__ import annotations

import datetime as dt

from generator.format import spec
from generator.site.files.opendata import (
    CSV_COLUMNS,
    GEOJSON_KEYS,
    GEOJSON_PROPERTIES,
    KIMS_JSON_KEYS,
    LICENCE_URL,
    RECORD_CHANGES,
    REGION_SOURCE,
    Column,
)
from generator.site.i18n import Text
from generator.site.routes import (
    KIMS_CSV,
    KIMS_GEOJSON,
    KIMS_JSON,
    MITRA_JSON,
    SCHEMA,
    STATISTICS_JSON,
    data_url,
    kim_json,
    kim_source,
)

# The keys of data/statistik.json (sections/statistik.py writes it), in its order.
STATISTICS_KEYS = ("versi", "lisensi", "tanggal", "sumber_wilayah", "nasional", "sk_tertinggi", "kebutuhan_kemitraan",
                   "berdiri_per_tahun", "berdiri_tidak_diketahui", "provinsi", "target")
# How a record of data/mitra.json differs from the partner's file (sections/mitra/files.py).
PARTNER_CHANGES = {"wilayah_kerja": "data_mitra_wilayah_kerja", "kontak": "data_mitra_kontak",
                   "url": "data_mitra_url"}
# (file, interface text): the files the page lists; a name with <slug> is one per KIM.
FILES = ((KIMS_JSON, "data_file_kims_json"), (KIMS_CSV, "data_file_kims_csv"),
         (KIMS_GEOJSON, "data_file_kims_geojson"), (kim_json("<slug>"), "data_file_kim_json"),
         (kim_source("<slug>"), "data_file_kim_yml"), (SCHEMA, "data_file_schema"),
         (STATISTICS_JSON, "data_file_statistik"), (MITRA_JSON, "data_file_mitra"))
_STATISTICS_TEXT = {"lisensi": "data_key_lisensi", "tanggal": "data_key_tanggal",
                    "sumber_wilayah": "data_key_sumber_wilayah"}


def _meaning(field: spec.Field, t: Text) -> str:
    return field.en if t.lang == "en" else field.id


def _columns(columns: tuple[Column, ...], t: Text) -> list[tuple[str, str]]:
    """(name, meaning) of CSV columns or GeoJSON properties: a KIM file's own field is told
    as the format tells it."""
    return [(c.name, t(c.about) if c.about else _meaning(spec.KIM.fields[c.name], t)) for c in columns]


def _record_fields(record: spec.Record, changes: dict[str, str], t: Text, dropped: tuple[str, ...] = ()
                   ) -> list[tuple[str, str, str]]:
    """(field, meaning, how the JSON differs) for every field of a file's format and every
    key the JSON adds."""
    rows = [(name, _meaning(field, t), t(changes[name]) if name in changes else "")
            for name, field in record.fields.items() if name not in dropped]
    return rows + [(name, "", t(about)) for name, about in changes.items() if name not in record.fields]


def data_view(t: Text, today: dt.date, sizes: dict[str, int]) -> dict:
    """Everything the data page shows, in `t`'s language. `sizes`: of the files written, in
    bytes by path: a download link says how large its file is (22 MB at 10,000 KIMs)."""
    return {
        # (address, name as below the data page's folder, what it holds, its size or "")
        "files": [(path, path.removeprefix(data_url("id")), t(about), t.size(sizes[path]) if path in sizes else "")
                  for path, about in FILES],
        "as_of": t("data_as_of", date=t.date(today)),
        "licence_url": LICENCE_URL,
        "regions": REGION_SOURCE,
        "csv": _columns(CSV_COLUMNS, t),
        "geojson_keys": [(key, t(about)) for key, about in GEOJSON_KEYS],
        "geojson": _columns(GEOJSON_PROPERTIES, t),
        "json_keys": [(key, t(about)) for key, about in KIMS_JSON_KEYS],
        "fields": _record_fields(spec.KIM, RECORD_CHANGES, t),
        "statistics": [(key, t(_STATISTICS_TEXT.get(key, f"data_stat_{key}"))) for key in STATISTICS_KEYS],
        "partners_intro": t("data_mitra_intro"),
        "partners": _record_fields(spec.MITRA, PARTNER_CHANGES, t, dropped=("versi",)),
    }
