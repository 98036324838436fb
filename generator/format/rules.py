"""Rules of a KIM file that need more than one field or the official region list."""

from __future__ import annotations

import json
import re
from collections.abc import Container

from generator.format import spec
from generator.format.checker import Checker
from generator.format.contacts import contact_in_link
from generator.format.masking import masked
from generator.format.source import path_names
from generator.model.persons import same_person
from generator.model.placewords import district_name, place_words
from generator.model.regions import Place, Regions
from generator.model.urls import host_matches, url_host

_CODE = re.compile(r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$")
_VILLAGE_SK = {"desa", "kelurahan"}
# An Indonesian mobile number, in either form the format allows (08..., +628...).
MOBILE = re.compile(r"^(?:\+62|0)8")


def apply(value: dict, path: str, regions: Regions, checker: Checker) -> Place | None:
    """Check what the schema alone cannot; the KIM's place when its region is valid."""
    out, where = checker.out, checker.where
    folders = path_names(path)
    name = folders[2]
    if "slug" in value and _stem(name) != value["slug"]:
        out.error(where["slug"], "slug-filename", "slug", slug=value["slug"], file=name)
    place = _place(value, folders[:2], regions, checker)
    if place is not None:
        _sk_levels(value, place, checker)
    _before_founding(value, checker)
    _sk_terms(value, checker)
    _media_hosts(value, checker)
    _consent(value, checker)
    _holders(value, checker)
    _private_point(value, checker)
    _lifecycle(value, checker)
    return place


def _stem(name: str) -> str:
    """A file name without its extension, as PurePath's `stem`."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _place(value: dict, folders: tuple[str, str], regions: Regions, checker: Checker) -> Place | None:
    """`folders`: the names of the file's folder's folder and of its folder (`path_names`)."""
    code = value.get("wilayah")
    if code is None:
        return None
    out, pos = checker.out, checker.where["wilayah"]
    if not _CODE.match(code):
        found = regions.find_villages(code, limit=5)
        if found:
            out.error(pos, "region-name", "wilayah", value=code, hint=_list_places(found))
        else:
            out.error(pos, "bad-region", "wilayah", value=code)
        return None
    place = regions.place(code)
    if place is None:
        _unknown_region(code, regions, checker)
        return None
    if folders != (place.province_code, place.regency_code):
        out.error(pos, "folder-mismatch", "wilayah", code=code,
                  expected=f"{place.province_code}/{place.regency_code}/",
                  actual=f"{folders[0]}/{folders[1]}/")
    return place


def _unknown_region(code: str, regions: Regions, checker: Checker) -> None:
    parts = code.split(".")
    levels = [(".".join(parts[:1]), regions.provinces), (".".join(parts[:2]), regions.regencies),
              (".".join(parts[:3]), regions.districts)]
    missing = next((prefix for prefix, table in levels if prefix not in table), None)
    near = regions.nearest_codes(code)
    hint = _list_places(near) if near else "-"
    if missing:
        checker.out.error(checker.where["wilayah"], "unknown-region-part", "wilayah",
                          value=code, part=missing, hint=hint)
    else:
        words = place_words(code)
        checker.out.error(checker.where["wilayah"], "unknown-village", "wilayah", value=code, hint=hint,
                          district_word=words.district, district=regions.name_of(code[:8]), villages=words.villages)


def _list_places(places: list[Place]) -> str:
    return "; ".join(
        f"{json.dumps(p.code)} ({p.name}, {district_name(p.district, p.code)}, {p.regency})" for p in places
    )


def _sk_levels(value: dict, place: Place, checker: Checker) -> None:
    for i, sk in enumerate(value.get("sk", ())):
        level = sk.get("tingkat")
        pos = checker.where.get(f"sk[{i}].tingkat")
        if level in _VILLAGE_SK and (place.is_desa or place.is_kelurahan):
            expected = "desa" if place.is_desa else "kelurahan"
            if level != expected:
                checker.out.error(pos, "sk-village-level", f"sk[{i}].tingkat", value=level,
                                  expected=expected, village=place.name, code=place.code)
        elif level in ("kabupaten", "kota"):
            expected = "kota" if place.is_city else "kabupaten"
            if level != expected:
                checker.out.warning(pos, "sk-regency-level", f"sk[{i}].tingkat", value=level,
                                    expected=expected, regency=place.regency)


# Dated entries that should not be older than the KIM (`berdiri`, a date or a year): an SK
# may be (a KIM confirmed again under an older decree, a founding date written loosely), so
# that is a warning; a coaching session is the coach's record of a KIM that existed, so one
# dated before it is a mistake (the tester's `kim pembinaan --tanggal 2010-01-01` for a KIM
# founded in 2018).
_DATED = (("sk", "sk-before-founding", False), ("pembinaan", "pembinaan-before-founding", True))


def _before_founding(value: dict, checker: Checker) -> None:
    founded = value.get("berdiri")
    if founded is None:
        return
    for key, code, is_error in _DATED:
        report = checker.out.error if is_error else checker.out.warning
        for i, item in enumerate(value.get(key, ())):
            day = item.get("tanggal")
            if day is not None and (day.year < founded if isinstance(founded, int) else day < founded):
                path = f"{key}[{i}].tanggal"
                report(checker.where[path], code, path, date=day.isoformat(), founded=str(founded))


def _sk_terms(value: dict, checker: Checker) -> None:
    """An SK's term cannot end before the SK was issued."""
    for i, sk in enumerate(value.get("sk", ())):
        day, until = sk.get("tanggal"), sk.get("berlaku_hingga")
        if day is not None and until is not None and until < day:
            checker.out.error(checker.where[f"sk[{i}].berlaku_hingga"], "sk-term-before-date",
                              f"sk[{i}].berlaku_hingga", until=until.isoformat(), date=day.isoformat())



def _media_hosts(value: dict, checker: Checker) -> None:
    """Each media link leads to its kind's own site, and holds no one's number or address."""
    for i, medium in enumerate(value.get("media", ())):
        hosts = checker.vocab.hosts(medium.get("jenis", ""))
        url, path = medium.get("url"), f"media[{i}].url"
        if hosts and url and not host_matches(url_host(url), hosts):
            checker.out.error(checker.where[path], "media-host", path,
                              kind=medium["jenis"], host=url_host(url), expected=", ".join(hosts))
        contact = contact_in_link(url, checker.provinces) if url else None
        if contact:
            code = "nik-in-text" if contact[0] == "nik" else "media-contact"
            checker.out.error(checker.where[path], code, path, value=masked(contact[1]))


def _consent(value: dict, checker: Checker) -> None:
    """No person's name without recorded consent, in the file as on the site: the repository
    is as public as the site (UU 27/2022). A KIM's own contact holds no name, and a mobile
    number there may well be someone's own."""
    out, where = checker.out, checker.where
    for i, person in enumerate(value.get("pengurus", ())):
        # (a consent date that is there but wrong has its own error)
        if "nama" in person and f"pengurus[{i}].{spec.CONSENT}" not in where:
            out.error(where[f"pengurus[{i}].nama"], "name-without-consent", f"pengurus[{i}].nama",
                      jabatan=person.get("jabatan", "?"))
    for i, contact in enumerate(value.get("kontak", ())):
        if contact.get("jenis") != "lembaga":
            continue
        for key, code in (("nama", "name-in-org-contact"), ("peran", "role-in-org-contact")):
            if key in contact:  # a role says whose it is as well as a name ("Budi, ketua")
                out.error(where[f"kontak[{i}].{key}"], code, f"kontak[{i}].{key}")
        for key in ("telepon", "whatsapp"):
            if MOBILE.match(contact.get(key, "")):
                out.warning(where[f"kontak[{i}].{key}"], "mobile-in-org-contact", f"kontak[{i}].{key}",
                            value=masked(contact[key]))


# A post's name as volunteers often misspell it, word for word (the form gets it too).
POST_SPELLINGS = {"sekertaris": "sekretaris", "sekretais": "sekretaris", "sektretaris": "sekretaris",
                  "ktua": "ketua"}
# What may follow a post's word for it to be the KIM's own post. No list of a village's other
# bodies is ever complete ("Sekretaris Desa", "Ketua KWT", "Koordinator Lapangan"), so the
# KIM's post is told by what follows: nothing, the KIM's name, a rank ("umum", "I", "2"), a
# term ("periode", a year), the vocabulary's own second word ("Koordinator bidang", "Anggota
# pengurus"), or a separator before another role ("Ketua/Admin", "Ketua (2019–2024)"). Written
# in the syntax Python and JavaScript read alike (the form's `boardPost` runs it).
POST_TAIL = re.compile(r"[\s.]*(?:$|[/,(&:;\-\u2013\u2014]|(?:dan|kim|k\.i\.m|kelompok informasi masyarakat|umum|"
                       r"harian|periode|bidang|pengurus|[ivx]+|[0-9]+)(?!(?!_)\w))")
_WORD = re.compile(r"\w+")


def board_post(peran: str, posts: Container[str]) -> str:
    """The post of `posts` (the `jabatan` vocabulary) a contact's free-text `peran` names, or "":
    the first of its words, each spelled right, or of two words in a row ("Wakil Ketua": a post
    of its own), that is one and is followed by what `POST_TAIL` allows ("Ketua RT 01",
    "Sekretaris Desa" are no KIM's). "Ketua Kelompok Informasi Masyarakat", "Ketua/Admin", "Pak
    Ketua", "Ketua (2019–2024)" and "Ktua" are `ketua`; so is "Mantan Ketua": a former chair's
    contact is no longer published (the privacy notice's promise), so it must be the chair's
    own. (The form: `boardPost` in kontribusi-check.js.)"""
    text = peran.casefold()
    found = list(_WORD.finditer(text))
    words = [POST_SPELLINGS.get(m.group(), m.group()) for m in found]
    for i, word in enumerate(words):
        for post, size in (("-".join(words[i:i + 2]), 2), (word, 1)):
            if post in posts and POST_TAIL.match(text, found[min(i + size, len(found)) - 1].end()):
                return post
    return ""


def _holders(value: dict, checker: Checker) -> None:
    """A person's contact given for a post (`peran: ketua`) is the contact of whoever `pengurus`
    names in that post: after a change of chair, the previous chair's number would go on being
    published, and the privacy notice promises that a former board member's data is removed.
    (A post the board names no one in proves nothing; names compare as `kim impor`'s do.)"""
    board = value.get("pengurus", ())
    for i, contact in enumerate(value.get("kontak", ())):
        role = board_post(contact.get("peran", ""), checker.vocab.values("jabatan"))
        if contact.get("jenis") != "pribadi" or "nama" not in contact or not role:
            continue
        holders = [person["nama"] for person in board if person.get("jabatan") == role and "nama" in person]
        if holders and not any(same_person(contact["nama"], holder) for holder in holders):
            path = f"kontak[{i}].nama"
            checker.out.error(checker.where[path], "contact-not-role-holder", path, peran=role)


_NUMBER = re.compile(r"[-+]?[0-9]*\.?([0-9]*)")


def _private_point(value: dict, checker: Checker) -> None:
    """A point that is not a public place may be someone's house: written to about 100 m,
    as the file itself is public (the repository, and data/kim/<slug>.yml on the site)."""
    point = value.get("koordinat")
    if not point or point.get("tempat_umum"):
        return
    lines = checker.lines
    for key in ("lintang", "bujur"):
        path = f"koordinat.{key}"
        if key not in point or path not in checker.where:
            continue
        line, col = checker.where[path]
        decimals = _NUMBER.match(lines[line - 1], col - 1).group(1)
        # as written, and as read: -509.21e-2 has two decimals written and four read
        if (len(decimals) > spec.PRIVATE_POINT_PLACES
                or round(point[key], spec.PRIVATE_POINT_PLACES) != point[key]):
            # the example is the point itself, rounded: a fixed one would be off the map for
            # one of the two keys
            places = spec.PRIVATE_POINT_PLACES
            checker.out.error((line, col), "point-too-precise", path,
                              places=places, example=f"{round(point[key], places):.{places}f}")


def _lifecycle(value: dict, checker: Checker) -> None:
    """Who fulfilled a need and when belong to a fulfilled need only: on an open one they
    would say it is done while the board still lists it. (That `dipenuhi_oleh` names an
    existing partner file is checked across files, in `acrossfiles`.) A status written but
    refused (`Terpenuhi`) is not the default `terbuka`: its own error says what to write."""
    for i, need in enumerate(value.get("peluang", {}).get("dicari", ())):
        refused = "status" not in need and f"peluang.dicari[{i}].status" in checker.where
        if need.get("status") == spec.FULFILLED or refused:
            continue
        for key in ("dipenuhi_oleh", "tanggal_terpenuhi"):
            path = f"peluang.dicari[{i}].{key}"
            if key in need:
                checker.out.error(checker.where[path], "fulfilled-but-open", path, key=key,
                                  status=need.get("status", "terbuka"))
