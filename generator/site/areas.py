"""Work areas (a partner's `wilayah_kerja`: province, regency or district codes) named as
the pages write places."""

from __future__ import annotations

from generator.model.placewords import district_name
from generator.model.regions import Regions
from generator.site.i18n import Text


def area_parts(code: str, regions: Regions) -> tuple[str, ...]:
    """A work area's name; a district's with its regency's, as its name alone can mislead
    ("Pekalongan" is also a city in Central Java)."""
    name = regions.name_of(code) or code
    return (name, regions.name_of(code[:5]) or code[:5]) if code.count(".") == 2 else (name,)


def area_name(code: str, regions: Regions, t: Text | None = None) -> str:
    """The name of a province, regency or district code ("Kec. Pekalongan, Kabupaten Lampung
    Timur", "Distrik Merauke, Kabupaten Merauke"), a district named in `t`'s language
    (Indonesian in the open data, without `t`)."""
    parts = area_parts(code, regions)
    if len(parts) == 1:
        return parts[0]
    district = t.district(parts[0], code) if t else district_name(parts[0], code)
    return f"{district}, {parts[1]}"
