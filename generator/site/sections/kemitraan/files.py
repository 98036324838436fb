"""The board's index and data files, read by theme/assets/kim/kemitraan.js; made from
`model.for_bulk` KIMs, so without personal contacts."""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache

from generator.model.kim import Kim
from generator.model.placewords import level_key
from generator.model.vocab import Vocab
from generator.site.jsonout import json_bytes
from generator.site.routes import (
    BOARD_INDEX,
    BOARD_PROVINCES,
    board_part,
)
from generator.site.sections.kemitraan.items import (
    KINDS,
    OpenItem,
    discussed,
    item_types,
    province_items,
)
from generator.site.textfold import page_words

PART = 50  # items per data file of a province
MAX_WORDS = 8  # search words of an item's title in the index
_STOP = frozenset("yang dan di ke dari untuk dengan dalam pada ini itu atau juga oleh serta bagi agar kim".split())


@lru_cache(maxsize=4096)
def title_words(title: str) -> str:
    """The words an item is found by, beyond its KIM, region and labels: its title's, up to
    `MAX_WORDS`, without the shortest and the commonest."""
    words: list[str] = []
    for w in page_words(title):
        if len(w) >= 3 and w not in _STOP and w not in words:
            words.append(w)
    return " ".join(words[:MAX_WORDS])


def name_words(name: str) -> str:
    return " ".join(w for w in page_words(name) if w != "kim")


def _mask(values, order: tuple[str, ...]) -> int:
    return sum(1 << order.index(v) for v in set(values) if v in order)


def part_row(o: OpenItem, today: dt.date) -> list:
    """What a card shows beyond its row in the index: no contact, no description. The last
    field is 1 for a request under discussion (`discussed`), else 0. The SK's level is its
    `level_key` ("kampung" for a desa in Papua), which the page's labels name in its language."""
    kim = o.kim
    p, top = o.item, kim.top_sk
    return [p.judul, kim.nama, kim.slug, kim.place.name, kim.place.district,
            p.hingga.isoformat() if p.hingga else "", int(kim.is_stale(today)), int(kim.contoh),
            p.diunggah.isoformat() if p.diunggah else "", p.jangkauan or 0,
            level_key(top.tingkat, kim.place.province_code) if top else "",
            kim.kegiatan[0].tanggal.isoformat() if kim.kegiatan else "", int(discussed(o))]


def board_parts(items: list[OpenItem], today: dt.date) -> dict[str, bytes]:
    """`kemitraan/data/<province>-<n>.json`: the cards of a province's items, `PART` a
    file, in the index's order (newest first); the same for both languages. A file is a
    list of `part_row`s; the i-th item of a province (in index order) is row i % PART of
    part i // PART."""
    return {board_part(prov, n // PART): json_bytes([part_row(o, today) for o in rows[n:n + PART]], newline=True)
            for prov, rows in province_items(items).items() for n in range(0, len(rows), PART)}


def board_index(items: list[OpenItem], vocab: Vocab, version: str, provinces: dict) -> bytes:
    """`kemitraan/indeks.json`: the open items in the order of `open_items` (newest first),
    where a KIM's items follow each other. Per KIM, in the order of its first item, as
    parallel arrays: `n` its number of items, `k` its regency (a position in `kab`, the
    codes), `nama` its `name_words`, `kec` its district's name (the page searches names of
    more than one word as phrases). `kabn`: the names of the regencies in `kab`, from which the
    page's script makes its regency menu: in the page, every regency's option would weigh on
    each visit, filtering or not. Per item: `a` 0 for a request and 1 for an offer, `m`
    and `b` bit masks over the vocabulary's partner types (`item_types`) and bidang, `w` its `title_words`.
    `bagian` is the items per data file, `versi` a hash of those files (the page asks for
    them with it). Last, `provinsi` and `kab_awalan` (`provinces`, of
    `site.provincenames.province_names`): every province with its short forms, and the
    regencies named as a province's form and more, so that the page reads "jatim", "jawa
    timur" or "provinsi bali" as the province and "jakarta pusat" as the city, as the
    directory does."""
    names = {o.kim.place.regency_code: o.kim.place.regency for o in items}
    regencies = sorted(names)
    position = {code: i for i, code in enumerate(regencies)}
    types, bidang = vocab.values("jenis_mitra"), vocab.values("bidang")
    kims: list[Kim] = []
    counts: list[int] = []
    for o in items:
        if kims and kims[-1].slug == o.kim.slug:
            counts[-1] += 1
        else:
            kims.append(o.kim)
            counts.append(1)
    if len(kims) != len({k.slug for k in kims}):
        raise ValueError("the board's items must come KIM by KIM (see open_items)")
    return json_bytes({
        "bagian": PART,
        "versi": version,
        "kab": regencies,
        "kabn": [names[code] for code in regencies],
        "n": counts,
        "k": [position[k.place.regency_code] for k in kims],
        "nama": [name_words(k.nama) for k in kims],
        "kec": [k.place.district for k in kims],
        "a": [KINDS.index(o.kind) for o in items],
        "m": [_mask(item_types(o), types) for o in items],
        "b": [_mask(o.item.bidang, bidang) for o in items],
        "w": [title_words(o.item.judul) for o in items],
        **provinces,
    }, newline=True)


def board_files(items: list[OpenItem], vocab: Vocab, today: dt.date, provinces: dict) -> dict[str, bytes]:
    """The index, the data files, and `kemitraan/provinsi.json`: `provinces` alone, which a
    province's page fetches for a search in its address (the board's index is far larger)."""
    parts = board_parts(items, today)
    digest = hashlib.sha256()
    for path, data in sorted(parts.items()):
        digest.update(path.encode() + b"\0" + data)
    index = board_index(items, vocab, digest.hexdigest()[:12], provinces)
    return {BOARD_INDEX: index, BOARD_PROVINCES: json_bytes(provinces, newline=True), **parts}
