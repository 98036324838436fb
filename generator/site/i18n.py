"""Interface text and dates in the reader's language (Bahasa Indonesia first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

from markupsafe import Markup

from generator.model import datafiles
from generator.model.caches import kept
from generator.model.placewords import DESA, PAPUA, PlaceWords, district_name, level_word, place_words, reworded
from generator.model.plurals import plural
from generator.model.vocab import Vocab, load_vocab
from generator.site.routes import GuideLink, guide_link

LANGS = ("id", "en")
OG_LOCALES = {"id": "id_ID", "en": "en_US"}  # each language's Open Graph locale
_MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

# Keyed on the path: an edit of the file is seen once `caches.clear_all` runs, which the
# build does when its fingerprint (the data folder's bytes among it) changes.
@kept()
def _strings(path: Path) -> dict[str, dict[str, str]]:
    return datafiles.read_yaml(path)


class Text:
    """Everything a template needs to speak one language."""

    def __init__(self, lang: str, vocab: Vocab | None = None, guides_en: Collection[str] = (),
                 words: PlaceWords = DESA) -> None:
        self.lang = lang
        self.guides_en = frozenset(guides_en)  # the guides written in English too
        self.vocab = vocab or load_vocab()
        self.words = words  # what the texts call a village and a district (`placed`)
        # Looked up some fifty times for each profile in each language: one dictionary each.
        self._plain = {key: reworded(entry.get(lang) or entry["id"], words)
                       for key, entry in _strings(datafiles.path("antarmuka.yml")).items()}
        self._labels = self.vocab.labels(lang)
        self._placed = {words: self}

    def placed(self, code: str) -> Text:
        """This text for the pages of the region `code`, all in one province: a regency's page
        in Papua says "kampung/kelurahan" and "distrik" where others say "desa/kelurahan" and
        "kecamatan" (`placewords.reworded`)."""
        words = place_words(code)
        if words not in self._placed:
            self._placed[words] = Text(self.lang, self.vocab, self.guides_en, words)
        return self._placed[words]

    def __call__(self, key: str, **values) -> str:
        text = self._plain[key]
        return plural(text, values).format(**values) if values else text

    def guide(self, name: str) -> GuideLink:
        """A coaching guide in this language where it is written in it, else in Indonesian."""
        return guide_link(name, self.lang, self.guides_en)

    def district(self, name: str, code: str) -> str:
        """A district as every list and heading names it: "Kec. Sukadana", in Papua "Distrik
        Merauke" (`district_name`, by its `code` or a place's in it); "Sukadana District"."""
        if self.lang == "id":
            return district_name(name, code)
        return self("district_name", name=name)

    def district_names(self) -> dict[str, str]:
        """How the directory's script names a district ("{name}" in it) in each province whose
        districts are not called as `district_name` says: in Papua, "Distrik {name}"."""
        return {province: self.district("{name}", province) for province in sorted(PAPUA)}

    def district_word(self, code: str) -> str:
        """What a district of the region `code` is called: "Kecamatan", in Papua "Distrik"."""
        return place_words(code).district if self.lang == "id" else self("district")

    def sk_level(self, tingkat: str, code: str) -> str:
        """The level of an SK of a KIM in the region `code` as its province names it: a desa's
        is a kampung's in Papua, a kecamatan's a distrik's (`level_word`); in English the label."""
        return (self.lang == "id" and level_word(tingkat, code[:2])) or self.label("sk_tingkat", tingkat)

    def word(self, key: str, n: int) -> str:
        """A text without the number, for `n` things: "provinces", or "province" for 1."""
        return plural(self._plain[key], {"n": n})

    @cached_property
    def s(self) -> SimpleNamespace:
        """Every interface string as an attribute (`t.s.stale`), the cheapest lookup for
        templates rendered once per KIM; strings with placeholders still need `t(key, ...)`."""
        return SimpleNamespace(**self._plain)

    def own(self, text: str) -> str:
        """A KIM's own words, always as written (in Bahasa Indonesia), amid this language's:
        on a page in another language, marked as Bahasa Indonesia (WCAG 3.1.2)."""
        return text if self.lang == "id" else Markup('<span lang="id">{}</span>').format(text)

    def says_sample(self, name: str) -> bool:
        """Whether `name` says already, in this language, that it is a sample's ("… (contoh)", as
        the format asks of a sample partner's name): a title or a list marks it no further."""
        return f"({self._plain['contoh_label']})" in name.lower()

    def label(self, vocab: str, value: str) -> str:
        return self._labels.get((vocab, value), value)

    def date(self, day: dt.date | int | None) -> str:
        if day is None:
            return ""
        if isinstance(day, int):
            return str(day)
        return f"{day.day} {_MONTHS[self.lang][day.month - 1]} {day.year}"

    def number(self, n: int) -> str:
        text = f"{n:,}"
        return text.replace(",", ".") if self.lang == "id" else text

    def size(self, n: int) -> str:
        """A file's size in bytes, as a download link gives it: "22,3 MB" ("22.3 MB" in English)."""
        if n < 1000:
            return f"{self.number(n)} B"
        value, unit = (n / 1e6, "MB") if n >= 999_950 else (n / 1e3, "kB")
        text = f"{value:.1f} {unit}"
        return text.replace(".", ",") if self.lang == "id" else text

    def percent(self, part: int, whole: int) -> str:
        """A share that is neither none nor all never rounds to 0% or 100%: 7 of 83,762
        villages read "< 0,1%", not "0,0%", on every page that shows it."""
        value = 100 * part / whole if whole else 0.0
        if 0 < part < whole and not 0.05 <= value < 99.95:
            return ("< " + self.percent(1, 1000)) if value < 50 else ("> " + self.percent(999, 1000))
        text = f"{value:.1f}%"
        return text.replace(".", ",") if self.lang == "id" else text
