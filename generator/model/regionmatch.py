"""Official region codes from the names people write in spreadsheets.

"Desa Pekalongan", "PEKALONGAN" and "Ds. Pekalongan" are one village; so are the old
spellings "Soekadjadi" and "Sukajadi", and "Putra Aji 2" and "Putra Aji II". Kecamatan,
kabupaten/kota and provinsi names, when given, narrow the candidates. A name is decided only when exactly one village is left:
otherwise the caller gets every candidate and decides nothing (never a guess). A partner
file's work area written as a name ("Lampung Timur") is read the same way (`match_areas`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from generator.model.caches import kept
from generator.model.placewords import PlaceWords, district_name, in_papua, villages_word
from generator.model.plurals import plural
from generator.model.regions import Place, Regions

# What a village is called across the country, as a sheet heads its column or a volunteer writes
# before its name: desa, kelurahan, kalurahan (Yogyakarta), kampung (Papua, Lampung, Riau),
# pekon and tiyuh (Lampung), nagari (West Sumatra), nagori (Simalungun), gampong (Aceh),
# lembang (Toraja), negeri (Maluku). Folded (see `fold`). The one list: the site's village
# search builds its pattern from VILLAGE_PREFIXES (`textfold.VILLAGE_PREFIX`), `kim impor`
# its column headers from VILLAGE_WORDS.
VILLAGE_WORDS = ("desa", "kelurahan", "kalurahan", "kampung", "kampong", "pekon", "tiyuh", "nagari", "nagori",
                 "gampong", "lembang", "negeri")
# A customary village: Bali's desa adat, and Kabupaten Jayapura's kampung adat (codes
# 91.03.xx.3xxx, "Desa Adat Yoboi" in the official list), as a sheet heads its column too.
CUSTOMARY_VILLAGE_WORDS = ("desa adat", "kampung adat")
# Words written before a village's name that are not part of it, several words first: those
# above, their short forms and spellings, and the parts of a village
# (dusun, jorong) whose name people give for it. Many official names start with one of them
# ("Kampung Baru", "Negeri Baru", "Dusun Tengah"): a name is compared whole before it is
# compared without them (`village_codes`). Not "banjar": it starts a hundred names (Banjarsari
# written "Banjar Sari"), and Bali's banjar is a part of a village named otherwise.
VILLAGE_PREFIXES = CUSTOMARY_VILLAGE_WORDS + VILLAGE_WORDS + ("ds", "kel", "kp", "gampoeng", "gampung", "dusun", "jorong")
DISTRICT_PREFIXES = ("kec", "kecamatan", "distrik", "kapanewon", "kemantren")
REGENCY_PREFIXES = ("kab", "kabupaten", "kota", "kotamadya", "kodya", "adm", "administrasi")
PROVINCE_PREFIXES = ("prov", "provinsi", "propinsi")

# Old (pre-1972) spellings and their modern forms, applied to both sides of a comparison.
# "j" was written for today's "y" and "dj" for today's "j": folding j and y into one letter
# makes both spellings meet; the rare pair of names that differ only there then gives two
# candidates, which is reported, never guessed.
_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("j", "y"))


# Numbered villages ("Putra Aji I" and "Putra Aji II", "Rantau Jaya Udik II"): a Roman
# numeral word and a digit word are one number in a key, and typo-forgiveness never
# changes a number, so "Putra Aji 2" is Putra Aji II and never Putra Aji I.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx")
_NUMBERS = {word: str(n) for n, word in enumerate(_ROMAN, start=1)}


def fold(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; punctuation dropped."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


def _strip_prefix(words: list[str], prefixes: tuple[str, ...]) -> list[str]:
    for prefix in (p.split() for p in prefixes):
        if len(words) > len(prefix) and words[:len(prefix)] == prefix:
            return _strip_prefix(words[len(prefix):], prefixes)
    return words


# What an official village name may start with as the word of its kind ("Kampung Gelgel",
# "Desa Adat Yoboi"): not a part of a village (dusun, jorong), nor a short form.
OWN_VILLAGE_WORDS = CUSTOMARY_VILLAGE_WORDS + VILLAGE_WORDS


def without_own_word(words: list[str]) -> list[str]:
    """The words of a village's name without the word of its kind: ["desa", "adat", "yoboi"]
    is ["yoboi"]; ["dusun", "tengah"] stays, a village named after a part."""
    return _strip_prefix(words, OWN_VILLAGE_WORDS)


def without_prefixes(text: str) -> str:
    """`text` folded, without the words written before a village's name ("Desa", "Negeri")."""
    return " ".join(_strip_prefix(fold(text).split(), VILLAGE_PREFIXES))


def village_titles(name: str, words: PlaceWords) -> tuple[str, str]:
    """A village and its head, titled in the `words` of its place: ("Kampung Wasur", "Kepala
    Kampung Wasur"). An official name that starts with a village word carries its title:
    ("Desa Adat Yoboi", "Kepala Desa Adat Yoboi"), ("Gampong Drien", "Kepala Gampong Drien")."""
    first = fold(name).split()
    if len(first) > 1 and first[0] in VILLAGE_WORDS:
        return name, f"{words.head.removesuffix(' ' + words.village)} {name}"
    return f"{words.village} {name}", f"{words.head} {name}"


def _number(word: str) -> str:
    if word.isdigit():
        return str(int(word))
    return _NUMBERS.get(word, word)


def name_key(text: str, prefixes: tuple[str, ...] = VILLAGE_PREFIXES) -> str:
    """The form two names are compared in: no prefix, no spaces, modern spelling, numbers as digits."""
    key = "".join(_number(w) for w in _strip_prefix(fold(text).split(), prefixes))
    for old, new in _SPELLING:
        key = key.replace(old, new)
    return key


def one_edit_apart(a: str, b: str) -> bool:
    """True if one insertion, deletion, substitution or swap of neighbours turns a into b,
    and both hold the same numbers ("putraaji1" is not a typo of "putraaji2"). The numbers
    are compared last: a name is tried against every village of the country."""
    return _one_edit(a, b) and _DIGITS.findall(a) == _DIGITS.findall(b)


_DIGITS = re.compile(r"\d+")


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 1:i + 2] == b[i:i + 1] and a[i:i + 1] == b[i + 1:i + 2]
                                      and a[i + 2:] == b[i + 2:])


@dataclass
class Match:
    """`place` when exactly one village fits; else `reason` and the `candidates` left."""

    place: Place | None = None
    candidates: list[Place] = field(default_factory=list)
    reason: str = ""
    forgiven: bool = False  # the village's name matched only within one typo: the report says so, kim new asks
    # No village fits every name given, but the village's name fits all names but one: that
    # one's level ("kecamatan", "kabupaten", "provinsi"), the column to correct.
    wrong: list[str] = field(default_factory=list)
    placed: bool = True  # every name above the village's was found, each within the one above it
    # The names above the village's ("kecamatan", "kabupaten", "provinsi") read within one typo:
    # the report says so, as it says the village's.
    typos: list[str] = field(default_factory=list)


def _pick(wanted: str, options: dict[str, str]) -> list[str]:
    """Codes of `options` (code → key) equal to `wanted`, else within one typo of it."""
    exact = [code for code, key in options.items() if key == wanted]
    if exact or len(wanted) < 5:  # a typo in a very short name leaves too many look-alikes
        return exact
    return [code for code, key in options.items() if one_edit_apart(key, wanted)]


@kept()
def _keys(regions: Regions) -> dict[str, dict[str, str]]:
    """Comparison keys of every province, regency, district and village, by code."""
    return {
        "province": {c: name_key(n, PROVINCE_PREFIXES) for c, n in regions.provinces.items()},
        "regency": {c: name_key(n, REGENCY_PREFIXES) for c, (n, _) in regions.regencies.items()},
        "district": {c: name_key(n, DISTRICT_PREFIXES) for c, (n, _) in regions.districts.items()},
        "village": {c: name_key(n) for c, (n, _) in regions.villages.items()},
        "village-whole": {c: name_key(n, ()) for c, (n, _) in regions.villages.items()},
    }


def _named(keys: dict, desa: str, districts: set[str] | None) -> list[str]:
    """Codes of the villages in `districts` that `desa` names exactly: by their whole names
    first ("Kampung Gelgel" is not Gelgel, its neighbour), then by `desa` without the word
    before it ("Desa Gelgel" is Gelgel), then by both names without theirs ("Kampung Wasur"
    is Wasur, "Hila" is Negeri Hila)."""
    whole, wanted = _within(keys["village-whole"], districts), name_key(desa)
    for key, options in ((name_key(desa, ()), whole), (wanted, whole), (wanted, _within(keys["village"], districts))):
        found = [code for code, name in options.items() if name == key]
        if found:
            return found
    return []


def _regency_kind(text: str) -> str | None:
    first = fold(text).split()[:1]
    if first and first[0] in ("kota", "kotamadya", "kodya"):
        return "kota"
    return "kabupaten" if first and first[0] in ("kab", "kabupaten") else None


def _of_kind(regencies: dict[str, str], text: str) -> dict[str, str]:
    """The regencies (code → key) of the kind `text` names, "Kota ..." or "Kabupaten ...", if any."""
    kind = _regency_kind(text)
    if kind is None:
        return regencies
    return {c: k for c, k in regencies.items() if (int(c[3:5]) >= 71) == (kind == "kota")}


def _within(options: dict[str, str], parents: set[str] | None) -> dict[str, str]:
    if parents is None:
        return options
    return {c: k for c, k in options.items() if c.rsplit(".", 1)[0] in parents}


def _narrow(regions: Regions, keys: dict, provinsi: str, kabupaten: str, kecamatan: str, lang: str = "id"):
    """Codes of the districts the upper names allow (None: no name given), or a reason: a
    name not found within the names above it says where it is found, if anywhere."""
    scope: set[str] | None = None
    levels = (("province", provinsi, PROVINCE_PREFIXES), ("regency", kabupaten, REGENCY_PREFIXES),
              ("district", kecamatan, DISTRICT_PREFIXES))
    for level, text, prefixes in levels:
        if not (text or "").strip():
            if scope is not None:  # the level below must descend from what is known
                scope = set(_within(keys[level], scope))
            continue
        options = _of_kind(keys[level], text) if level == "regency" else keys[level]
        found = _pick(name_key(text, prefixes), _within(options, scope) if level != "province" else options)
        if not found:
            reason = _said("not-found", lang, level=_said(_level_word(level, scope), lang), name=text.strip())
            if scope is None:
                return None, reason
            near = sorted(c for c, k in options.items() if k == name_key(text, prefixes))
            above = _where(regions, scope, {"provinsi": provinsi, "kabupaten": kabupaten}, lang)
            return None, reason + (_said("found-in", lang, above=above, places=listed(
                [_upper(regions, c) for c in near], more=MORE[lang == "en"])) if near else "")
        scope = set(found)
    return scope, ""


def _level_word(level: str, scope: set[str] | None) -> str:
    """What a reason calls `level` searched within `scope`: the districts of regencies of Papua
    are distrik (UU No. 21 Tahun 2001, Pasal 1; `placewords`)."""
    if level == "district" and in_papua(scope or ()):
        return "distrik"
    return level


def _title(regions: Regions, code: str) -> str:
    """A district, regency or province as messages name it, with its level's word: "Kec.
    Kesugihan", "Distrik Sentani", "Kabupaten Cilacap", "Kota Jayapura", "Provinsi Papua"."""
    if code in regions.districts:
        return district_name(regions.districts[code][0], code)
    if code in regions.regencies:
        return regions.regencies[code][0]  # the official name carries its word
    return f"Provinsi {regions.provinces[code]}"


def _parent(regions: Regions, code: str) -> str:
    return (regions.districts.get(code) or regions.regencies[code])[1]


def _upper(regions: Regions, code: str) -> str:
    """A district or regency with what it lies in, and its code."""
    return f"{_title(regions, code)}, {_title(regions, _parent(regions, code))} ({code})"


# The names above a village's, by the number of dots in the codes of their level.
_ABOVE = {2: "kecamatan", 1: "kabupaten", 0: "provinsi"}


def _where(regions: Regions, codes: set[str] | None, names: dict[str, str], lang: str) -> str:
    """Where the names given above a village's were found: for each level `names` gives, the
    places of that level that `codes` (of one level) lie in, nearest first, each with its
    level's word, as the places a reason names ("Distrik Sentani, Kabupaten Jayapura"), not
    as written ("Sentani, Jayapura"); places named alike (a name's kecamatan in many
    regencies) once."""
    said = []
    while codes:
        level = _ABOVE[next(iter(codes)).count(".")]
        if (names.get(level) or "").strip():
            said.append(_said("or", lang).join(dict.fromkeys(_title(regions, c) for c in sorted(codes))))
        codes = {_parent(regions, c) for c in codes if level != "provinsi"}
    return ", ".join(said)


SHOWN = 5  # places named where a name was found elsewhere; more are counted


# How `listed` says how many more there are, in Indonesian and in English.
MORE = (" (dan {n} lagi)", " (and {n} more)")

# Why no village was chosen, in (Indonesian, English): `kim impor` gives a row's reason in
# Indonesian, the sheet's words, and `kim new` in the language of its --lang. {villages} is
# what the places named call their villages: "kampung/kelurahan" in Papua (`placewords`).
REASONS = {
    "province": ("provinsi", "province"), "regency": ("kabupaten/kota", "regency/city"),
    "district": ("kecamatan", "district"), "distrik": ("distrik", "district"),
    "not-found": ("{level} {name!r} tidak ditemukan", "{level} {name!r} was not found"),
    "found-in": (" di {above}; ada {places}", " in {above}; there is {places}"),
    "or": (" atau ", " or "),
    "empty": ("nama desa/kelurahan kosong", "the village's name is empty"),
    "village-not-found": ("{villages} {desa!r} tidak ditemukan", "the village {desa!r} was not found"),
    "village-in": (" di {given}; ada di ", " in {given}; it is in "),
    "village-elsewhere": ("; {villages} {desa!r} ada di ", "; the village {desa!r} is in "),
    "many": ("{n} {villages} cocok dengan {desa!r}", "{n} {n|village matches|villages match} {desa!r}"),
}


def _said(key: str, lang: str, **values) -> str:
    return plural(REASONS[key][lang == "en"], values).format(**values)


def listed(items: list[str], most: int = SHOWN, more: str = MORE[0]) -> str:
    """`items` joined, the first `most` of them, and how many more (`more`, of `MORE`)."""
    return "; ".join(items[:most]) + (more.format(n=len(items) - most) if len(items) > most else "")


def _elsewhere(regions: Regions, keys: dict, names: dict[str, str], reason: str, joiner: str,
               lang: str, searched: set[str] | None = None) -> Match:
    """No village for `names`, and why (`reason`); followed by the reason `joiner` and the
    villages of the name that fit every name given but one: a coach who wrote the wrong
    kecamatan or kabupaten learns which, and the right one. `searched`: the districts the
    names given were found to be, where the village was not."""
    found, places = Match(reason=reason), []
    for level in ("kecamatan", "kabupaten", "provinsi"):
        if not (names[level] or "").strip():
            continue
        districts, failed = _narrow(regions, keys, **{k: "" if k == level else names[k]
                                                      for k in ("provinsi", "kabupaten", "kecamatan")})
        if failed:
            continue
        for code in sorted(_named(keys, names["desa"], districts)):
            if code not in {p.code for p in places}:
                places.append(regions.place(code))
                found.wrong += [level] if level not in found.wrong else []
    if places:
        found.reason += _said(joiner, lang, desa=names["desa"].strip(), given=_where(regions, searched, names, lang),
                              villages=villages_word(p.code for p in places))
        found.reason += listed([describe(p) for p in places], more=MORE[lang == "en"])
    return found


def match_village(regions: Regions, desa: str, kecamatan: str = "", kabupaten: str = "",
                  provinsi: str = "", lang: str = "id") -> Match:
    """The one official village these names describe, or why none can be chosen, in `lang`."""
    if not (desa or "").strip():
        return Match(reason=_said("empty", lang))
    keys = _keys(regions)
    names = {"desa": desa, "kecamatan": kecamatan, "kabupaten": kabupaten, "provinsi": provinsi}
    districts, reason = _narrow(regions, keys, provinsi, kabupaten, kecamatan, lang)
    if reason:
        return replace(_elsewhere(regions, keys, names, reason, "village-elsewhere", lang), placed=False)
    exact = _named(keys, desa, districts)
    # a typo without the word before the name, else with it: "Kampung Bary" is Kampung Baru,
    # though "bary" is too short a name to forgive a typo in
    codes = exact or _pick(name_key(desa), _within(keys["village"], districts)) or _pick(
        name_key(desa, ()), _within(keys["village-whole"], districts))
    places = [regions.place(c) for c in sorted(codes)]
    if len(places) == 1:
        return Match(place=places[0], forgiven=not exact, typos=_typos(places[0], names))
    if not places:
        return _elsewhere(regions, keys, names, _said("village-not-found", lang, desa=desa.strip(),
                                                      villages=villages_word(districts or ())), "village-in", lang,
                          districts)
    return Match(candidates=places, forgiven=not exact, reason=_said(
        "many", lang, n=len(places), desa=desa.strip(), villages=villages_word(p.code for p in places)))


def _typos(place: Place, names: dict[str, str]) -> list[str]:
    """The levels whose names, given, are not `place`'s exactly: `place` lies within them, so
    they were read within one typo ("Merauk" is Merauke)."""
    levels = (("kecamatan", place.district, DISTRICT_PREFIXES), ("kabupaten", place.regency, REGENCY_PREFIXES),
              ("provinsi", place.province, PROVINCE_PREFIXES))
    return [level for level, official, prefixes in levels
            if (names[level] or "").strip() and name_key(names[level], prefixes) != name_key(official, prefixes)]


_AREA_LEVELS = (("province", PROVINCE_PREFIXES), ("regency", REGENCY_PREFIXES), ("district", DISTRICT_PREFIXES))


def match_areas(regions: Regions, text: str) -> list[str]:
    """Codes of the provinces, regencies and districts named `text` ("Lampung Timur"), the
    larger first: exact names, else names within one typo. A level's word before the name
    ("Kabupaten", "Kota", "Kec.", "Provinsi") keeps to that level."""
    keys = _keys(regions)
    first = fold(text).split()[:1]
    levels = [(level, prefixes) for level, prefixes in _AREA_LEVELS if first and first[0] in prefixes] or _AREA_LEVELS
    options = [(name_key(text, prefixes), _of_kind(keys[level], text) if level == "regency" else keys[level])
               for level, prefixes in levels]
    exact = [c for wanted, named in options for c in sorted(named) if named[c] == wanted]
    if exact or len(options[0][0]) < 5:  # as `_pick`: a typo in a very short name has too many look-alikes
        return exact
    return [c for wanted, named in options for c in sorted(named) if one_edit_apart(named[c], wanted)]


def mismatches(place: Place, desa: str, kecamatan: str = "", kabupaten: str = "", provinsi: str = "") -> list[str]:
    """The names given that do not name `place` or a level above it, compared as `match_village`
    compares them (prefixes, old spellings and one typo forgiven): a code and the names
    written beside it must describe the same village."""
    levels = ((desa, place.name, VILLAGE_PREFIXES), (kecamatan, place.district, DISTRICT_PREFIXES),
              (kabupaten, place.regency, REGENCY_PREFIXES), (provinsi, place.province, PROVINCE_PREFIXES))
    return [text.strip() for text, official, prefixes in levels
            if (text or "").strip() and not _names(text, official, prefixes)]


def _names(text: str, official: str, prefixes: tuple[str, ...]) -> bool:
    kind = _regency_kind(text) if prefixes is REGENCY_PREFIXES else None
    if kind and kind != _regency_kind(official):  # "Kota Bekasi" is not Kabupaten Bekasi
        return False
    return bool(_pick(name_key(text, prefixes), {"": name_key(official, prefixes)}))


def describe(place: Place) -> str:
    """A candidate as the report lists it: name, district, regency and code."""
    return f"{place.name}, {district_name(place.district, place.code)}, {place.regency} ({place.code})"
