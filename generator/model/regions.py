"""The official list of Indonesia's regions (Kepmendagri 2025, via idn-area-data 4.0.1).

Loaded once into dictionaries keyed by the dotted Kemendagri code, so every
lookup is a dict access. A KIM names only its village; everything above it is
derived from the code.
"""

from __future__ import annotations

import csv
import difflib
from pathlib import Path

from generator.model import datafiles
from generator.model.caches import kept
from generator.model.records import record


@record
class Place:
    """A village with every level above it, as shown on the site."""

    code: str
    name: str
    district_code: str
    district: str
    regency_code: str
    regency: str
    province_code: str
    province: str

    @property
    def is_kelurahan(self) -> bool:
        return self.code.rsplit(".", 1)[1].startswith("1")

    @property
    def is_desa(self) -> bool:
        # 3: Kabupaten Jayapura's kampung adat ("Desa Adat Yoboi", 91.03.01.3007), desa too
        return self.code.rsplit(".", 1)[1][:1] in ("2", "3")

    @property
    def is_city(self) -> bool:
        """Kota codes run from 71 up in the Kemendagri list; kabupaten below."""
        return int(self.regency_code[3:5]) >= 71


def _rows(folder: Path, name: str) -> list[list[str]]:
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[1:]


class Regions:
    def __init__(self, folder: Path | None = None) -> None:
        """The list in `folder`, by default wilayah/ of the data folder."""
        folder = folder or datafiles.path("wilayah")
        self.provinces = {code: name for code, name in _rows(folder, "provinces")}
        self.regencies = {code: (name, parent) for code, parent, name in _rows(folder, "regencies")}
        self.districts = {code: (name, parent) for code, parent, name in _rows(folder, "districts")}
        self.villages = {code: (name, parent) for code, parent, name in _rows(folder, "villages")}

    def place(self, code: str) -> Place | None:
        village = self.villages.get(code)
        if village is None:
            return None
        name, district_code = village
        district, regency_code = self.districts[district_code]
        regency, province_code = self.regencies[regency_code]
        return Place(code, name, district_code, district, regency_code, regency,
                     province_code, self.provinces[province_code])

    def name_of(self, code: str) -> str | None:
        """The name of a province, regency, district or village code."""
        if code in self.provinces:
            return self.provinces[code]
        for table in (self.regencies, self.districts, self.villages):
            if code in table:
                return table[code][0]
        return None

    def find_villages(self, query: str, limit: int | None = 10) -> list[Place]:
        """Villages whose name matches `query`: exact, then prefix, then close spellings
        (every one of them when `limit` is None)."""
        wanted = " ".join(query.lower().split())
        if not wanted:
            return []
        by_name = _names_index(self)
        exact = by_name.get(wanted, [])
        prefix = [c for n, codes in by_name.items() if n != wanted and n.startswith(wanted) for c in codes]
        close = [c for n in difflib.get_close_matches(wanted, by_name, n=limit or 10, cutoff=0.8)
                 if n != wanted and not n.startswith(wanted) for c in by_name[n]]
        codes = (sorted(exact) + sorted(prefix) + close)[:limit]
        return [self.place(code) for code in codes]

    def nearest_codes(self, code: str, limit: int = 3) -> list[Place]:
        """Official villages whose code is closest to a mistyped one, from the narrowest
        known area the code names: its district, else its regency, else its province, else
        the country (a wrong district must not suggest villages in other provinces)."""
        for prefix, table in ((code[:8], self.districts), (code[:5], self.regencies), (code[:2], self.provinces)):
            if prefix in table:
                pool = [c for c in self.villages if c.startswith(prefix + ".")]
                break
        else:
            pool = list(self.villages)
        return [self.place(c) for c in difflib.get_close_matches(code, pool, n=limit, cutoff=0.6)]


@kept()  # keyed on the Regions object, held until `caches.clear_all` empties the build's caches
def _names_index(regions: Regions) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code, (name, _) in regions.villages.items():
        index.setdefault(name.lower(), []).append(code)
    return index


def load_regions() -> Regions:
    return _read_regions(datafiles.path("wilayah"))


@kept()  # keyed on the folder; emptied when the build's fingerprint (the files' bytes) changes
def _read_regions(folder: Path) -> Regions:
    return Regions(folder)
