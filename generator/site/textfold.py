r"""Text as the browser scripts compare it: folded, and split into words the same way.

directory.js, kemitraan.js and kontribusi.js fold a query with
`s.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "")` (`fold`); the directory and the
board also write it in today's spelling (`modern`) and split it on anything but a letter or
a digit (`\p{L}\p{N}`, `page_words`); the files they search (the directory's index, the
board's index, the village search data) are written in the same form here, or a query would
miss.
"""

from __future__ import annotations

import re
import unicodedata

from generator.model.regionmatch import VILLAGE_PREFIXES

# Anything but a letter or a digit separates words (the pages' \p{L}\p{N}).
PAGE_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case, compatibility-decomposed (NFKD), every mark (category M) dropped."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.category(c).startswith("M"))


# The old spellings that are certain, as today's: the 1947 reform's oe -> u and the 1972
# reform's dj -> j, tj -> c ("Poerworedjo", "Tjilatjap"). Not j -> y, nj -> ny, sj -> sy
# nor ch -> kh: today's words keep j, nj ("panjang"), sj ("masjid") and ch in names
# ("Chandra", "Achmad"). `modern` in util.js, leftmost first as there.
_OLD = re.compile("oe|dj|tj")
_NEW = {"oe": "u", "dj": "j", "tj": "c"}


def modern(folded: str) -> str:
    """Folded text in today's spelling where the old one is certain."""
    return _OLD.sub(lambda m: _NEW[m.group()], folded)


def page_words(text: str) -> list[str]:
    """The words of `text` as the pages find them: folded, in today's spelling (`modern`),
    split on non-letters and non-digits."""
    return PAGE_WORD.findall(modern(fold(text)))


# What people write before a village's name ("Desa Pekalongan", "Kel. Way Urang", "Negeri
# Hila", "Desa Adat Kesiman"), in folded text: the words `kim impor` and `kim new` drop
# (regionmatch.VILLAGE_PREFIXES, several words first). The village search drops it from
# queries and names alike; the contribution form and the directory get this pattern from here
# (one rule, in Python and in the pages).
VILLAGE_PREFIX = r"^(?:%s)(?:\.\s*|\s+)(?=\S)" % "|".join(p.replace(" ", r"\s+") for p in VILLAGE_PREFIXES)
_VILLAGE_PREFIX = re.compile(VILLAGE_PREFIX)


def village_stem(folded: str) -> str:
    """A folded village name or query without its leading "desa", "kel.", "pekon"..."""
    return _VILLAGE_PREFIX.sub("", folded.strip())
