"""data/mitra.json: every partner as its page shows it, as data. Partner files hold
institutional contacts only (validation refuses a person's), so nothing personal is here."""

from __future__ import annotations

import datetime as dt

from generator.model.mitra import Mitra
from generator.model.regions import Regions
from generator.site.areas import area_name
from generator.site.files.opendata import LICENCE, REGION_SOURCE, public_fields
from generator.site.jsonout import json_bytes
from generator.site.routes import mitra_url


def public_partner(m: Mitra, regions: Regions, site_url: str) -> dict:
    record = public_fields(m)
    record.pop("source")
    record["wilayah_kerja"] = [{"kode": code, "nama": area_name(code, regions)} for code in m.wilayah_kerja]
    record["program"] = [public_fields(p) for p in m.program]
    record["kontak"] = [public_fields(c) for c in m.kontak]
    record["url"] = site_url + mitra_url(m.slug, "id")
    return {key: value for key, value in record.items() if value not in (None, (), [])}


def mitra_json(partners: list[Mitra], regions: Regions, site_url: str, today: dt.date) -> bytes:
    records = [public_partner(m, regions, site_url) for m in partners]
    # the work areas' names are the official region list's: its licence asks for the source
    return json_bytes({"jumlah": len(records), "mitra": records, "lisensi": LICENCE,
                       "sumber_wilayah": REGION_SOURCE, "tanggal": today},
                      default=lambda d: d.isoformat())
