"""People named outside the fields that record their consent: in a KIM file's free text and
comments. The file is published as written (data/kim/<slug>.yml, the repository) and its texts
go into every open data file, where no board member's name may go; a name belongs in
`pengurus` or `kontak`, with `izin_publikasi`.

Two checks. A name those lists hold without consent, found in a text or a comment, is an
error: the person is known and has not consented. So is one they hold with consent, found in
a text: the consent covers the profile, the drafts and the file, not the open data files
every text goes into (a comment is only in the file). Any other name is only guessed from a
form of address or a title before or after it (`PERSON_TITLE`: "Ibu Sri", "Budi, S.E.", not
"Kelas Ibu Hamil"), a warning: "Kepala Desa Bapak Suyitno membuka acara" may be fair to
write, which a reviewer decides.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.format import spec
from generator.format.checker import Checker
from generator.format.contacts import comments
from generator.format.kinds import PERSON_TITLE
from generator.format.source import position
from generator.model.persons import bare_name

# The fields that name people with their consent beside it, checked there (rules.py).
LISTS = ("pengurus", "kontak")
# A name those lists hold, found in a text: its words whole, any spaces between them, in any
# case; a name of fewer words is not looked for (`_listed`). (The contribution form builds the
# same patterns from these: kontribusi-names.js.)
NAME_START, NAME_GAP, NAME_END = r"(?<!\w)", r"\s+", r"(?!\w)"
NAME_FLAGS = re.I
NAME_WORDS = 2


class Name(NamedTuple):
    """A name `pengurus` or `kontak` holds, as the texts are searched for it."""

    field: str  # its path in the file
    pattern: str
    code: str  # "listed" or "unconsented"
    # Its ASCII words in lower case: an ASCII text without one of them cannot hold the name,
    # since there `lower()` and `re.I` read a letter alike.
    plain: tuple[str, ...]

    def search(self, text: str, lowered: str | None) -> re.Match | None:
        """The name in `text` (`lowered`: `ascii_lowered(text)`). Most texts
        hold no name, and a pattern costs more to compile than all its searches, so an ASCII
        text without the words is passed over first; re caches the patterns it compiles."""
        if lowered is not None and any(word not in lowered for word in self.plain):
            return None
        return re.search(self.pattern, text, NAME_FLAGS)


def ascii_lowered(text: str) -> str | None:
    """What `Name.search` passes a text over by: the text in lower case if it is ASCII."""
    return text.lower() if text.isascii() else None


def name_pattern(words: list[str]) -> str:
    """The pattern (case aside) that finds the name of `words` in a text."""
    return NAME_START + NAME_GAP.join(map(re.escape, words)) + NAME_END


def names_in_text(value: dict, checker: Checker) -> None:
    """Report the people named in the free texts and comments of a KIM file (`value`, checked)."""
    listed = _listed(value, checker)
    unconsented = [name for name in listed if name.code == "unconsented"]
    for path, scalar in checker.prose.items():
        if not path.startswith(LISTS):
            text = scalar.text.strip()
            _named(text, listed, checker, lambda offset: checker.inside(path, text, offset), path)
    for start, body in comments(checker.text):
        _named(body, unconsented, checker, lambda offset: position(checker.text, start + offset))


def _named(text: str, listed: list[Name], checker: Checker, where, path: str = "") -> None:
    """An error for each of the `listed` names in `text`, else a warning for a title there;
    `where` turns an offset in `text` into the file's line and column."""
    suffix = "text" if path else "comment"
    lowered = ascii_lowered(text)
    found = [(name.field, match, name.code) for name in listed for match in [name.search(text, lowered)] if match]
    for field, match, code in found:
        checker.out.error(where(match.start()), f"{code}-name-in-{suffix}", path, field=field)
    title = None if found else PERSON_TITLE.search(text)
    if title:
        checker.out.warning(where(title.start()), f"person-in-{suffix}", path, value=title["address"] or title["degree"])


def _listed(value: dict, checker: Checker) -> list[Name]:
    """Each name `pengurus` or a contact gives, "unconsented" without `izin_publikasi` (a
    consent date written but wrong counts as given: its own error says so); found without its
    forms of address and degrees, in any case. Not a name of one word: "Budi" is also the "budi" of "budi daya" (farming),
    "Sari" a word of many villages' names; the title's warning still finds "Pak Budi"."""
    names = []
    for key in LISTS:
        for i, entry in enumerate(value.get(key, ())):
            path = checker.item_path(key, i)
            words = bare_name(entry.get("nama", "")).split()
            if len(words) >= NAME_WORDS:
                consented = f"{path}.{spec.CONSENT}" in checker.where
                plain = tuple(word.lower() for word in words if word.isascii())
                names.append(Name(f"{path}.nama", name_pattern(words), "listed" if consented else "unconsented", plain))
    return names
