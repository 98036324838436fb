"""The official place list split for a phone: `data/desa/<two or three characters>.json`.

The contribution form (kontribusi-village.js) fetches one to find a village as it is typed;
the directory (directory-place.js) fetches one to tell a search that names a real place
without a KIM from a misspelling. Each page computes the file's key from what was typed, its
own way: the form from the folded name as written, the directory from its words in today's
spelling ("oebelo" is "ubelo" there, `textfold.modern`). This module owns where a name is
filed, under the key of every text a page may compute for it (`_search_texts`), so that
neither page misses a place; a test runs the pages' own key function over the whole list.
"""

from __future__ import annotations

import re

from generator.model.caches import kept
from generator.model.regions import Regions
from generator.site.files.opendata import REGION_SOURCE
from generator.site.jsonout import json_bytes
from generator.site.routes import villages_json
from generator.site.textfold import fold, page_words, village_stem

SPLIT_ROWS = 1500  # villages: a start shared by more is split by a third character
# A regency is searched with or without its level's word ("kota kupang", "kupang"), as
# directory-place.js's WITHOUT_LEVEL reads it.
_REGENCY_LEVEL = re.compile(r"^(?:kabupaten|kota)(?: administrasi)? ")  # "Kabupaten Administrasi Kepulauan Seribu"


def shard_key(name: str, length: int = 2) -> str:
    """The shard a village or query belongs to as the form reads it: the first `length`
    characters of its folded name without a leading "desa", "kel."... (`village_stem`), each a
    letter or digit or else "_"."""
    return _key(village_stem(fold(name)), length)


def _key(folded: str, length: int = 2) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "_" for c in folded.strip()[:length].ljust(length))


def _words(text: str) -> str:
    """A name as the directory reads it: its words in today's spelling (`words` in util.js)."""
    return " ".join(page_words(text))


def _search_texts(name: str) -> set[str]:
    """Every text a page computes a village's key from: the form's folded name, with and
    without its village word, and the directory's words of each in today's spelling."""
    folded = fold(name).strip()
    written = {folded, village_stem(folded)}
    return written | {_words(text) for text in written} | {village_stem(_words(folded))}


def _place_texts(name: str, level: re.Pattern | None = None) -> set[str]:
    """The texts the directory computes a district's or regency's key from."""
    text = _words(name)
    return {text, level.sub("", text)} if level else {text}


@kept(maxsize=1)
def village_files(regions: Regions) -> tuple[tuple[str, bytes], ...]:
    """`data/desa/<two or three characters>.json` for every start of a name in use.

    Each holds `{"v": [[code, name], ...], "k": {district code: name}, "b": {regency code:
    name}, "sumber_wilayah": the list's source and licence (ODbL asks for it)}`: the villages
    whose name starts so, sorted by code; the districts and regencies whose names start so
    (a district with no KIM is named by the directory whatever its villages are called); and
    the names of the districts and regencies of all these, so the first search costs one small
    file. A start shared by more than `SPLIT_ROWS` villages ("pa", "ba", "su"...) is split by
    a third character. A name written with a prefix ("Kampung Baru") is found by both starts
    ("ba" and "ka"), one in an old spelling by both of its spellings ("Oebelo": "oe", "ub").
    The same for every build on one region list: computed once per list (keyed on the Regions
    object, which is loaded again when the build's fingerprint changes).
    """
    starts: dict[str, set[tuple[str, str]]] = {}  # two characters: {(text, code)}
    for code, (name, _district) in regions.villages.items():
        for text in _search_texts(name):
            starts.setdefault(_key(text), set()).add((text, code))
    split = {key for key, entries in starts.items() if len({code for _, code in entries}) > SPLIT_ROWS}
    shards: dict[str, tuple[set[str], set[str], set[str]]] = {}  # key: (villages, districts, regencies)
    for key, entries in starts.items():
        for text, code in entries:
            _shard(shards, _key(text, 3) if key in split else key)[0].add(code)
    for codes, level, at in ((regions.districts, None, 1), (regions.regencies, _REGENCY_LEVEL, 2)):
        for code, (name, *_rest) in codes.items():
            for text in _place_texts(name, level):
                _shard(shards, _key(text, 3) if _key(text) in split else _key(text))[at].add(code)
    return tuple((villages_json(key), _shard_bytes(regions, *found)) for key, found in sorted(shards.items()))


def _shard(shards: dict, key: str) -> tuple[set[str], set[str], set[str]]:
    return shards.setdefault(key, (set(), set(), set()))


def _shard_bytes(regions: Regions, villages: set[str], districts: set[str], regencies: set[str]) -> bytes:
    rows = [[code, regions.villages[code][0]] for code in sorted(villages)]  # codes are unique
    districts = districts | {code[:8] for code in villages}
    regencies = regencies | {code[:5] for code in districts}
    return json_bytes({"v": rows, "k": {code: regions.districts[code][0] for code in sorted(districts)},
                       "b": {code: regions.regencies[code][0] for code in sorted(regencies)},
                       "sumber_wilayah": REGION_SOURCE})


def village_starts(regions: Regions) -> list[str]:
    """The keys of `village_files`, for the scripts that choose one."""
    return sorted(path.rsplit("/", 1)[1][:-5] for path, _ in village_files(regions))
