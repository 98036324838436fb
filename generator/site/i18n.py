"""Interface text and dates in the reader's language (Bahasa Indonesia first)."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

import yaml

from generator.model import datafiles
from generator.model.caches import kept
from generator.model.vocab import Vocab, load_vocab

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
    with open(path, encoding="utf-8") as fh:  # maintainers' file, never KIM data
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


class Text:
    """Everything a template needs to speak one language."""

    def __init__(self, lang: str, vocab: Vocab | None = None) -> None:
        self.lang = lang
        self.vocab = vocab or load_vocab()
        # Looked up some fifty times for each profile in each language: one dictionary each.
        self._plain = {key: entry.get(lang) or entry["id"] for key, entry in _strings(datafiles.path("antarmuka.yml")).items()}
        self._labels = self.vocab.labels(lang)

    def __call__(self, key: str, **values) -> str:
        text = self._plain[key]
        return text.format(**values) if values else text

    @cached_property
    def s(self) -> SimpleNamespace:
        """Every interface string as an attribute (`t.s.stale`), the cheapest lookup for
        templates rendered once per KIM; strings with placeholders still need `t(key, ...)`."""
        return SimpleNamespace(**self._plain)

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

    def percent(self, part: int, whole: int) -> str:
        value = 100 * part / whole if whole else 0.0
        text = f"{value:.1f}%"
        return text.replace(".", ",") if self.lang == "id" else text
