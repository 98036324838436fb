"""The words for a village, its head and its district, as the law of its province names them.

Most of Indonesia says desa (led by a kepala desa) and kecamatan (led by a camat). The law on
Papua's special autonomy, UU No. 21 Tahun 2001, Pasal 1, names them otherwise: "Distrik,
dahulu dikenal dengan Kecamatan, adalah wilayah kerja Kepala Distrik", and "Kampung atau yang
disebut dengan nama lain" for the desa, led by a kepala kampung. It holds in Papua and in the
provinces made from it (codes 91 to 96). A kelurahan stays a kelurahan, led by a lurah.

Other regions' own names (gampong, nagari, negeri, pekon, ...) are set by provincial or
regency regulations that differ within a province: they are not guessed here, and such
places read as desa (the drafts' notes ask an office to use its own title).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

PAPUA = frozenset({"91", "92", "93", "94", "95", "96"})


@dataclass(frozen=True)
class PlaceWords:
    village: str  # "Desa", "Kampung" or "Kelurahan"
    head: str  # the village head's title: "Kepala Desa", "Kepala Kampung", "Lurah"
    district: str  # "Kecamatan" or "Distrik"
    district_short: str  # as a list writes it before the name: "Kec." or "Distrik"
    district_head: str  # "Camat" or "Kepala Distrik"
    villages: str  # every village of a region, kelurahan too: "desa/kelurahan", "kampung/kelurahan"
    office: str = "Balai"  # its government's building, before its name: "Balai Desa", "Kantor Kelurahan"


_KECAMATAN = ("Kecamatan", "Kec.", "Camat", "desa/kelurahan")
_DISTRIK = ("Distrik", "Distrik", "Kepala Distrik", "kampung/kelurahan")
DESA = PlaceWords("Desa", "Kepala Desa", *_KECAMATAN)
KELURAHAN = PlaceWords("Kelurahan", "Lurah", *_KECAMATAN, office="Kantor")
KAMPUNG = PlaceWords("Kampung", "Kepala Kampung", *_DISTRIK)
KELURAHAN_DISTRIK = PlaceWords("Kelurahan", "Lurah", *_DISTRIK, office="Kantor")
EVERY = (DESA, KELURAHAN, KAMPUNG, KELURAHAN_DISTRIK)


def place_words(code: str) -> PlaceWords:
    """The words for the place of a region `code` ("93.01.01.2008"): a village code's last
    part starting with 1 is a kelurahan's; a code above a village's has a desa's (or
    kampung's) words, for its district word."""
    parts = code.split(".")
    return words_of(code[:2], len(parts) == 4 and parts[3].startswith("1"))


def words_of(province: str, kelurahan: bool) -> PlaceWords:
    """The words for a desa, or a `kelurahan`, of a `province` code ("93")."""
    if province in PAPUA:
        return KELURAHAN_DISTRIK if kelurahan else KAMPUNG
    return KELURAHAN if kelurahan else DESA


def in_papua(codes: Iterable[str]) -> bool:
    """Whether there are region `codes` and all lie in the provinces of Papua."""
    provinces = {code[:2] for code in codes}
    return bool(provinces) and provinces <= PAPUA


def villages_word(codes: Iterable[str]) -> str:
    """What a message calls the villages of region `codes`, kelurahan too: "kampung/kelurahan"
    when all lie in Papua, else "desa/kelurahan"."""
    return (KAMPUNG if in_papua(codes) else DESA).villages


def district_name(name: str, code: str) -> str:
    """A district as lists and messages name it, by its `code` or a place's in it: "Kec.
    Sukadana", in Papua "Distrik Merauke"."""
    return f"{place_words(code).district_short} {name}"


def level_word(tingkat: str, province: str) -> str | None:
    """What a `province` ("93") calls the level `tingkat` of an SK (the data's value, which
    stays "desa" or "kecamatan"): in Papua "Kampung" and "Distrik"; None for the levels
    named alike everywhere (kelurahan, kabupaten, kota, provinsi)."""
    words = words_of(province, False)
    return {"desa": words.village, "kecamatan": words.district}.get(tingkat)


def level_key(tingkat: str, province: str) -> str:
    """The level `tingkat` as a page script looks up its label: "kampung" for a desa of Papua."""
    return (level_word(tingkat, province) or tingkat).lower()


# The interface's texts (data/antarmuka.yml) mark the words a region's page says in its own:
# "{desa}", "{desa/kelurahan}", "{kecamatan}", capitalised where a sentence starts with one.
_MARK = re.compile(r"\{([Dd]esa/kelurahan|[Dd]esa|[Kk]ecamatan)\}")


def reworded(text: str, words: PlaceWords) -> str:
    """`text` with its marks in a region's `words`: "Ringkasan per {kecamatan}" reads
    "Ringkasan per kecamatan", in Papua "Ringkasan per distrik"."""
    said = {"desa": words.village, "desa/kelurahan": words.villages, "kecamatan": words.district}

    def word(mark: re.Match) -> str:
        new = said[mark[1].lower()].lower()
        return new[0].upper() + new[1:] if mark[1][0].isupper() else new
    return _MARK.sub(word, text)
