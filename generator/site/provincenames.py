"""Every province as the pages' searches read a query's place: the directory's (in
kim/wilayah.json) and the partnership board's (in kemitraan/indeks.json, and in
kemitraan/provinsi.json for its province pages), both through `addProvinces` in
theme/assets/kim/util.js, so that one query names the same places on every page.
"""

from __future__ import annotations

import re

from generator.model.provinceforms import load_province_forms
from generator.model.regions import Regions
from generator.site.textfold import page_words

Provinces = dict[str, tuple[str, ...]]  # province code -> its short forms (`load_province_forms`)
_LEVEL = re.compile(r"^(?:kabupaten|kota)(?: administrasi)? ")


def _forms(name: str, short: tuple[str, ...]) -> list[str]:
    """The forms a query names the province by, as `addProvince` reads them: its short
    forms, and its official name when that has several words ("bali" alone is read as the
    province only after "provinsi")."""
    words = " ".join(page_words(name))
    return [*short, words] if " " in words else list(short)


def _goes_on_from(name: str, forms: set[str]) -> bool:
    """Whether the words of `name`, its level's word aside, are a form of `forms` and more."""
    words = _LEVEL.sub("", " ".join(page_words(name))).split(" ")
    return any(" ".join(words[:n]) in forms for n in range(1, len(words)))


def province_names(regions: Regions, provinces: Provinces | None = None) -> dict:
    """`provinsi`: every province of `regions` as [code, name, short forms...], so that
    "jatim" or "jawa timur" is the province, with KIMs or items there or not. `kab_awalan`:
    the regencies whose name, its level's word aside, goes on from a province's form
    ("Kota Administrasi Jakarta Pusat" from "jakarta"): the pages search them as phrases,
    so that "jakarta pusat" is that city where it has no KIM too, not the province and
    "pusat" anywhere in it. `provinces`: the short forms, by default the maintainers' table."""
    provinces = load_province_forms(regions) if provinces is None else provinces
    forms = {f for code, short in provinces.items() for f in _forms(regions.name_of(code) or code, short)}
    regencies = [name for name, _ in regions.regencies.values() if _goes_on_from(name, forms)]
    return {
        "provinsi": [[code, regions.name_of(code) or code, *short] for code, short in provinces.items()],
        "kab_awalan": regencies,
    }
