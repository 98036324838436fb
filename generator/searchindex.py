"""The compact index behind the directory's search and facets.

One JSON document, columnar and numeric where it can be: vocabulary values are
bit masks over the vocabulary's order, flags are bits, dates are day numbers.
The browser derives every facet count from it without another request.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Iterator

from .model import Kim
from .views import SK_RANK
from .vocab import Vocab

EPOCH = dt.date(2000, 1, 1)
FLAG_ACTIVE, FLAG_STALE, FLAG_SECRETARIAT, FLAG_SEEKS, FLAG_OFFERS = 1, 2, 4, 8, 16
MAX_WORDS = 40
_STOP = frozenset(
    "yang dan di ke dari untuk dengan dalam pada ini itu atau juga oleh serta para kami kita "
    "akan sudah telah bagi agar secara setiap warga desa kelurahan kim".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase without accents: the form both the index and the browser search in."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def keywords(kim: Kim) -> str:
    texts = [kim.deskripsi or ""] + [p.judul for p in kim.dicari + kim.ditawarkan]
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(" ".join(texts))):
        if len(word) >= 4 and word not in _STOP:
            seen.setdefault(word)
            if len(seen) == MAX_WORDS:
                break
    return " ".join(seen)


def _mask(values, order: tuple[str, ...]) -> int:
    return sum(1 << order.index(v) for v in set(values) if v in order)


def kim_row(kim: Kim, today: dt.date, vocab: Vocab) -> list:
    open_needs = [p for p in kim.dicari if p.is_open(today)]
    flags = (
        (FLAG_ACTIVE if kim.status == "aktif" else 0)
        | (FLAG_STALE if kim.is_stale(today) else 0)
        | (FLAG_SECRETARIAT if "sekretariat-tetap" in kim.fasilitas else 0)
        | (FLAG_SEEKS if open_needs else 0)
        | (FLAG_OFFERS if any(p.is_open(today) for p in kim.ditawarkan) else 0)
    )
    sought = [j for p in open_needs for j in p.jenis_mitra]
    return [
        kim.slug,
        kim.nama,
        kim.place.code,
        _mask(kim.bidang, vocab.values("bidang")),
        _mask(sought, vocab.values("jenis_mitra")),
        flags,
        max((SK_RANK[s.tingkat] for s in kim.sk), default=0),
        (kim.diperbarui - EPOCH).days,
        keywords(kim),
    ]


def build_index(kims: list[Kim], today: dt.date, vocab: Vocab, region_name) -> str:
    """The index document; `region_name(code)` names any region code."""
    rows = [kim_row(k, today, vocab) for k in sorted(kims, key=lambda k: k.slug)]
    codes = sorted({c for k in kims for c in (k.place.province_code, k.place.regency_code,
                                                k.place.district_code, k.place.code)})
    document = {
        "version": 1,
        "today": (today - EPOCH).days,
        "vocab": {"bidang": list(vocab.values("bidang")), "jenis_mitra": list(vocab.values("jenis_mitra"))},
        "fields": ["slug", "nama", "wilayah", "bidang", "mitra_dicari", "flags", "sk", "diperbarui", "kata"],
        "regions": {code: region_name(code) for code in codes},
        "kims": rows,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def index_files(kims: list[Kim], today: dt.date, vocab: Vocab, region_name) -> Iterator[tuple[str, bytes]]:
    """Every file of the directory's index, as (path under the site root, bytes)."""
    yield "kim/indeks.json", build_index(kims, today, vocab, region_name).encode()
