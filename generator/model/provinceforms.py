"""Province short forms in everyday use ("jatim", "jogja"): data/singkatan_provinsi.yml.

A maintainers' table, not KIM data: common usage, not official codes. The directory's search
gets it with the province names (`generator/site/files/searchindex.py`) and reads a query's
form as its province, so a form must name one province of the region list, once.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.model import datafiles
from generator.model.caches import kept
from generator.model.regions import Regions

FILE = "singkatan_provinsi.yml"
_FORM = re.compile(r"[a-z]+( [a-z]+)*")


def load_province_forms(regions: Regions, path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Province code -> its short forms, for every province of `regions` (most have none)."""
    return _read(path or datafiles.path(FILE), regions)


# Keyed on the path: an edit of the file is seen once `caches.clear_all` runs, which the
# build does when its fingerprint (the data folder's bytes among it) changes.
@kept()
def _read(path: Path, regions: Regions) -> dict[str, tuple[str, ...]]:
    return parse_province_forms(datafiles.read_yaml(path), regions, path)


def parse_province_forms(data, regions: Regions, path: Path | str = FILE) -> dict[str, tuple[str, ...]]:
    def refuse(id_text: str, en_text: str):
        raise datafiles.DataFileError(f"{path}: {id_text} / {en_text}")

    if not isinstance(data, dict):
        refuse("harus berupa pemetaan kode provinsi -> daftar singkatan",
               "must be a mapping of province code -> list of short forms")
    forms: dict[str, tuple[str, ...]] = {code: () for code in regions.provinces}
    owner: dict[str, str] = {}
    for key, values in data.items():
        code = str(key)
        if code not in regions.provinces:
            refuse(f"{code} bukan kode provinsi dalam daftar wilayah", f"{code} is no province code of the region list")
        if not isinstance(values, list) or not values:
            refuse(f"{code}: berikan daftar singkatan", f"{code}: give a list of short forms")
        for form in values:
            if not isinstance(form, str) or not _FORM.fullmatch(form):
                refuse(f"{code}: {form!r} harus huruf kecil, kata dipisah satu spasi",
                       f"{code}: {form!r} must be lowercase letters, words separated by one space")
            if form in owner:
                refuse(f"{form!r} tercantum untuk {owner[form]} dan {code}: singkatan harus menunjuk satu provinsi",
                       f"{form!r} is listed for {owner[form]} and {code}: a short form must name one province")
            owner[form] = code
        forms[code] = tuple(values)
    return forms
