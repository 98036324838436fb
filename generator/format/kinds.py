"""Which kind of data file a path holds, and the rules of the kinds beside KIM files.

The kind follows from the path alone: `_wilayah.yml` in a regency's folder of KIM files
holds that regency's settings, a file directly in a folder named `mitra` is a partner's,
anything else a KIM's. Each kind's keys are declared in `spec.KINDS`.
"""

from __future__ import annotations

import difflib
import re
from pathlib import PurePath

from generator.format import spec
from generator.format.checker import Checker
from generator.format.contacts import contact_in_link
from generator.format.masking import masked
from generator.format.rules import MOBILE
from generator.format.source import path_names
from generator.model.placewords import district_name
from generator.model.regionmatch import MORE, listed, match_areas
from generator.model.regions import Regions

# The data tree's two folders: KIM files (with the regencies' settings) and partner files.
KIM_FOLDER = "kims"
PARTNER_FOLDER = "mitra"
_REGENCY = re.compile(r"^[0-9]{2}\.[0-9]{2}$")
_AREA = re.compile(spec.FORMATS["area"])
_VILLAGE = re.compile(spec.FORMATS["region"])
AREA_HINTS = 3  # regions named in a hint, as for a mistyped code; more are counted
# A code as BPS tables and spreadsheets write it, without dots ("180704"), or without the
# leading zeros of its parts ("18.7.4").
_UNDOTTED = re.compile(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{4})?)?)?")
_UNPADDED = re.compile(r"[0-9]{2}\.[0-9]{1,2}(?:\.[0-9]{1,2}(?:\.[0-9]{4})?)?")


def kind_of(path: str) -> spec.Kind:
    _, folder, name = path_names(path)
    if name == spec.SETTINGS_FILE:
        return spec.KINDS["wilayah"]
    if folder == PARTNER_FOLDER and PARTNER_FOLDER in spec.KINDS:
        return spec.KINDS[PARTNER_FOLDER]
    return spec.KINDS["kim"]


def settings_regency(value: dict, path: str, regions: Regions, checker: Checker) -> str | None:
    """The code of the regency whose folder holds these settings, when it is a real one;
    the rules of the settings' values besides."""
    _institution_contact(value.get("pembina", {}), "pembina", checker)
    folder = PurePath(path).parent  # as typed, for the message
    province, code, _ = path_names(path)
    if not _REGENCY.match(code) or code[:2] != province:
        checker.out.error((1, 1), "settings-folder", folder=folder.as_posix() + "/")
        return None
    if code not in regions.regencies:
        near = difflib.get_close_matches(code, [c for c in regions.regencies if c[:2] == province], n=3, cutoff=0.5)
        hint = "; ".join(f"{c} ({regions.regencies[c][0]})" for c in near) or "-"
        checker.out.error((1, 1), "settings-unknown-regency", code=code, hint=hint)
        return None
    return code


def partner_rules(value: dict, path: str, regions: Regions, checker: Checker) -> None:
    """What a partner file needs beyond single fields: its name, its work area in the
    official list, no phone number, e-mail address or ID number in its site's link (as a KIM's
    media links), programme dates in order (and not past), institutional numbers."""
    out, where = checker.out, checker.where
    file = PurePath(path)
    if "slug" in value and file.stem != value["slug"]:
        out.error(where["slug"], "slug-filename", "slug", slug=value["slug"], file=file.name)
    levels = {2: regions.provinces, 5: regions.regencies, 8: regions.districts}
    known = {}  # the work area's official codes, by their items' paths
    for i, code in enumerate(value.get("wilayah_kerja", ())):
        item = checker.item_path("wilayah_kerja", i)
        if not _AREA.match(code):
            _not_an_area(code, item, regions, checker)
            continue
        table = levels[len(code)]
        if code in table:
            known[item] = code
            continue
        siblings = [c for c in table if c[:-3] == code[:-3]] if len(code) > 2 else list(table)
        near = difflib.get_close_matches(code, siblings, n=3, cutoff=0.5)
        if near:
            out.error(where[item], "unknown-area", item, value=code,
                      hint="; ".join(f"{c} ({regions.name_of(c)})" for c in near))
        else:
            out.error(where[item], "unknown-area-far", item, value=code)
    _areas_within(known, regions, checker)
    found = contact_in_link(value["situs"], checker.provinces) if "situs" in value else None
    if found:  # a page named after someone's number, address or ID publishes it
        code = "nik-in-text" if found[0] == "nik" else "partner-site-contact"
        out.error(where["situs"], code, "situs", value=masked(found[1]))
    _person_in_text(value.get("deskripsi"), "deskripsi", checker)
    for i, programme in enumerate(value.get("program", ())):
        item = checker.item_path("program", i)
        _programme_end(programme, item + ".hingga", checker)
        for key in ("syarat", "uraian"):
            _person_in_text(programme.get(key), f"{item}.{key}", checker)
    for i, contact in enumerate(value.get("kontak", ())):
        _institution_contact(contact, checker.item_path("kontak", i), checker)


def _person_in_text(text: str | None, path: str, checker: Checker, code: str = "person-in-partner-text") -> None:
    """A partner file records no person, so none is named in its free text either, nor as a
    contact's `unit` (a warning, at the title: "Hubungi Dr. Budi Santoso")."""
    title = PERSON_TITLE.search(text or "")
    if title:
        checker.out.warning(checker.inside(path, text, title.start()), code, path, value=_title(title))


def _not_an_area(value: str, item: str, regions: Regions, checker: Checker) -> None:
    """A work area that is no province, regency or district code, with what to write instead:
    for a village's code its district's, for a region's name ("Lampung Timur") its code."""
    pos = checker.where[item]
    code = _dotted(value)
    if _VILLAGE.match(code) and code[:8] in regions.districts:
        checker.out.error(pos, "area-village", item, value=value, code=code[:8],
                          name=_area_name(code[:8], regions))
        return
    if code != value and (code in regions.provinces or code in regions.regencies or code in regions.districts):
        checker.out.error(pos, "area-undotted", item, value=value, code=code, name=_area_name(code, regions))
        return
    found = match_areas(regions, value)
    if found:
        names = [f'"{c}" ({_area_name(c, regions)})' for c in found]
        checker.out.error(pos, "area-name", item, value=value, hint=tuple(listed(names, AREA_HINTS, m) for m in MORE))
    else:
        checker.out.error(pos, "bad-area", item, value=value)


def _dotted(value: str) -> str:
    """`value` as a Kemendagri code when it is one written as BPS does, without dots
    ("1807" is "18.07"), or without the leading zeros of its parts ("18.7.4" is "18.07.04");
    else `value` itself."""
    if _UNDOTTED.fullmatch(value):
        return ".".join(value[i:j] for i, j in ((0, 2), (2, 4), (4, 6), (6, 10)) if i < len(value))
    if _UNPADDED.fullmatch(value):
        province, *parts = value.split(".")
        return ".".join([province, *(p.zfill(2) if len(p) < 4 else p for p in parts)])
    return value


def _areas_within(known: dict[str, str], regions: Regions, checker: Checker) -> None:
    """A work area inside another of the list (["18.07", "18.07.04"]) adds nothing, and the
    page names both ("Kabupaten Lampung Timur; Kec. Pekalongan, Kabupaten Lampung Timur"):
    most often one of them is not what was meant. A warning, naming both."""
    codes = set(known.values())
    for item, code in known.items():
        outer = next((code[:n] for n in (5, 2) if n < len(code) and code[:n] in codes), None)
        if outer:
            checker.out.warning(checker.where[item], "area-within", item, value=code, name=_area_name(code, regions),
                                outer=outer, outer_name=_area_name(outer, regions))


def _area_name(code: str, regions: Regions) -> str:
    """A province, regency or district as a hint names it: a district with its regency, as
    district names repeat across the country."""
    if code in regions.provinces:
        return "Provinsi " + regions.provinces[code]
    if code in regions.districts:
        name, regency = regions.districts[code]
        return f"{district_name(name, code)}, {regions.regencies[regency][0]}"
    return regions.regencies[code][0]


def _programme_end(programme: dict, path: str, checker: Checker) -> None:
    """`hingga` (at `path`) not before `mulai`. Already past, a warning, not an error: an ended
    programme is a true record, but the board no longer lists it as open (`Program.is_open`),
    which whoever wrote it may not know."""
    start, end = programme.get("mulai"), programme.get("hingga")
    if end is None:
        return
    if start and end < start:
        checker.out.error(checker.where[path], "programme-dates", path, mulai=start.isoformat(), hingga=end.isoformat())
    elif end < checker.today:
        checker.out.warning(checker.where[path], "programme-ended", path, hingga=end.isoformat())


def _institution_contact(contact: dict, path: str, checker: Checker) -> None:
    """A partner's contact is its office's, never a person's (no consent is recorded in a
    partner file). What may still be someone's own is a warning, for the reviewer to ask: a
    mobile number, an address at a free mail service, a unit that reads as a person's name
    ("Bapak Dr. Budi", "Ibu Sari, S.E."; a heuristic: "Kelas Ibu Hamil" is a unit)."""
    out, where = checker.out, checker.where
    for key in ("telepon", "whatsapp"):
        if MOBILE.match(contact.get(key, "")):
            out.warning(where[f"{path}.{key}"], "mobile-in-institution", f"{path}.{key}", value=masked(contact[key]))
    domain = contact.get("email", "").rpartition("@")[2].lower()
    if domain in FREE_MAIL:
        out.warning(where[f"{path}.email"], "free-mail-in-institution", f"{path}.email", value=masked(contact["email"]))
    _person_in_text(contact.get("unit"), f"{path}.unit", checker, "person-in-unit")


def _title(found: re.Match) -> str:
    return found["address"] or found["degree"]


# Mail services anyone can sign up to: an address there is more often a person's than an office's.
FREE_MAIL = frozenset({"gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com",
                       "hotmail.com", "outlook.com", "outlook.co.id", "live.com", "icloud.com", "aol.com",
                       "proton.me", "protonmail.com", "mail.com", "gmx.com", "zoho.com"})
# A form of address or an academic title next to a name: "Bapak Budi", "Pak Andi", "Dr. Sari",
# "Budi, S.Kom". A whole word ("Budi", "Paket", "Ibukota" hold none). "Ibu" and "Bapak" also
# name the people a health or welfare unit serves ("Kelas Ibu Hamil", "Program Bapak Asuh"):
# those words after them are no name.
PERSON_TITLE = re.compile(r"\b(?P<address>(?:Bapak|Bpk|Pak|Ibu|Bu|Sdri?|Saudara|Saudari|Prof|Drs|Dra|Dr|Ir)\b\.?|Hj?\.)\s*(?=[A-Z])"
                          r"(?!(?:Hamil|Menyusui|Nifas|Balita|Bayi|Asuh|Rumah Tangga|PKK)\b)"
                          r"|\b(?P<degree>[SMD][0-9]?\.[A-Z][A-Za-z]{0,4}|Ph\.D|A\.Md)\.?(?=\s|,|;|\)|$)")
