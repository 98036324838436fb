"""The index behind the directory's search and facets, split so first results come light.

The directory page (theme/assets/kim/directory-index.js) reads three kinds of file:

- `kim/indeks.json`, the entry, fetched first: everything the first results and every
  facet count need. One row per KIM, rows sorted by village code, then slug; a row's
  number is its position. Columns are parallel arrays: `nama` (without the `nama_awalan`
  "KIM " that nearly every name begins with; the rows listed in `nama_utuh` hold a name
  that does not, whole), `slug` (see `slug_cell`), `bidang` and `mitra_dicari` (bit masks
  over the vocabulary's order), `flags` (bits, named in `flag`) and `sk` (highest SK
  rank). `wilayah` is the
  region tree of the rows: `[province, name, [[regency, name, [[district, villages]]]]]`,
  codes as numbers without the parent's part, and `villages` one number per row, in row
  order: the first village's own code, then differences (0: the same village again).
  Province and regency names only; the rest comes later.
- `kim/wilayah.json`, fetched right after the first results are shown (or at once when the
  page opens on a text query or sorted by the newest): the names of the districts
  (`kecamatan`) and villages (`desa`) in the order they first appear in the tree, for the
  result lines, the district select and searching by place name; `umur`, each row's
  days from `diperbarui` to `today`, only needed to sort by the newest; `provinsi`, every
  province of the region list as `[code, name, short forms...]` (`model/provinceforms.py`),
  so that "jatim" or "jawa timur" is the province, with KIMs or not, and `kab_awalan`, the
  regencies named as a province's form and more ("jakarta pusat"; both from
  `site/provincenames.py`); and `sumber_wilayah`, the names' source and licence (ODbL),
  which the page does not read.
- `kim/kata/<xy>.json`, one shard per first two (`PREFIX`) letters of a keyword: keyword -> rows, as
  gaps (each row number minus the previous one minus one, from -1), after `_`, the
  entry's version (`berkas.versi`; no keyword is written with "_"): a shard fetched from
  the network while the page reads an older entry kept offline belongs to another build,
  whose row numbers differ, and the page leaves it unread. A shard is fetched
  only when a query word needs it. Keywords are the words, in today's spelling
  (`textfold.modern`: "tjara" is "cara"), of the offers' and needs' titles
  (first, so that no description crowds them out) and of the description that a search
  cannot already find in the KIM's name and place names, which are searched on the page.

The entry's `bidang_kata` gives, for each bidang in the vocabulary's order, the words of its
label in both languages, so that "literasi digital" or "digital literacy" finds the KIMs of
that bidang through their `bidang` mask without any keyword file.

The entry names the other files with a version (a hash of their bytes), so a browser never
mixes rows of two builds.

Growth: the entry grows by one row per KIM and the tree by the regions that have a KIM;
the names file by the districts and villages that have a KIM (at most the official
list's 7,285 and 83,762); there are at most 36 * 36 shards, and each grows with the KIMs
that use its words, by design: a KIM adds at most MAX_WORDS keywords in all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby

from generator.format.scaffold import slugify
from generator.model.kim import Kim, per_kim
from generator.model.vocab import Vocab
from generator.site.files.opendata import REGION_SOURCE
from generator.site.jsonout import json_bytes
from generator.site.routes import SEARCH_ENTRY as ENTRY
from generator.site.routes import SEARCH_NAMES as NAMES
from generator.site.routes import SEARCH_SHARDS as SHARDS
from generator.site.textfold import fold, modern, page_words

VERSION = 2
EPOCH = dt.date(2000, 1, 1)
FLAG_ACTIVE, FLAG_STALE, FLAG_SECRETARIAT, FLAG_SEEKS, FLAG_OFFERS = 1, 2, 4, 8, 16
FLAG_SAMPLE = 32  # sample data (`contoh: true`): the result is labelled, no facet filters it
FLAG_VERIFIED = 64  # a coaching office verified the data (`verifikasi`)
# The bits of the `flags` column by name, written into the entry for the page to read.
NAME_PREFIX = "KIM "  # left out of the entry's names that begin with it
FLAGS = {"aktif": FLAG_ACTIVE, "usang": FLAG_STALE, "sekretariat": FLAG_SECRETARIAT,
         "cari": FLAG_SEEKS, "tawar": FLAG_OFFERS, "contoh": FLAG_SAMPLE, "verifikasi": FLAG_VERIFIED}
PREFIX = 2  # keyword shards go by a word's first PREFIX letters
SHARD_VERSION = "_"  # a shard's key for the entry's version: never a keyword (_WORD)
MAX_WORDS = 40
MIN_WORD = 4
MIN_TITLE_WORD = 3  # offers' and needs' titles are short: "Pelatihan TIK", "Dana UMKM"
_STOP = frozenset(
    "yang dan di ke dari untuk dengan dalam pada ini itu atau juga oleh serta para kami kita "
    "akan sudah telah bagi agar secara setiap warga desa kelurahan kim".split()
)
_STOP_EN = frozenset("and of the for".split())  # in English labels of the vocabulary
_WORD = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$")


def place_words(kim: Kim) -> set[str]:
    """The words the page finds by itself: the KIM's name and its place names (each is a
    word of some form of the name in `placeForms`, util.js: "administrasi" too)."""
    p = kim.place
    return set(page_words(" ".join((kim.nama, p.name, p.district, p.regency, p.province))))


@per_kim
def keywords(kim: Kim) -> tuple[str, ...]:
    """The offers' and needs' title words, then the description's, that the names do not
    already give."""
    titles = " ".join(p.judul for p in kim.dicari + kim.ditawarkan)
    own = place_words(kim)
    seen: dict[str, None] = {}
    for text, shortest in ((titles, MIN_TITLE_WORD), (kim.deskripsi or "", MIN_WORD)):
        for word in _WORD.findall(modern(fold(text))):
            if len(word) >= shortest and word not in _STOP and word not in own:
                seen.setdefault(word)
                if len(seen) == MAX_WORDS:
                    return tuple(seen)
    return tuple(seen)


def label_words(vocab: Vocab, name: str) -> list[str]:
    """Each value's label words in both languages, as one string in the vocabulary's order."""
    out = []
    for value in vocab.values(name):
        words = page_words(" ".join(vocab.label(name, value, lang) for lang in ("id", "en")))
        out.append(" ".join(dict.fromkeys(w for w in words if len(w) > 1 and w not in _STOP and w not in _STOP_EN)))
    return out


def name_slug(nama: str) -> str:
    """A name as a slug, as `slugify` in util.js makes it for the directory (and `kim new` does)."""
    return slugify(nama)


def slug_cell(kim: Kim) -> int | str:
    """A slug as short as the page can expand it: 0 for "kim-<name>-<village code>", 1 for
    "<name>-<village code>", "+rest" for "<name>rest", else the slug itself."""
    base, code = name_slug(kim.nama), kim.place.code.replace(".", "-")
    if kim.slug == f"kim-{base}-{code}":
        return 0
    if kim.slug == f"{base}-{code}":
        return 1
    if base and kim.slug.startswith(base):
        return "+" + kim.slug[len(base):]
    return kim.slug


def expand_slug(cell: int | str, nama: str, code: str) -> str:
    """The inverse of `slug_cell`, as the page computes it."""
    base, dashed = name_slug(nama), code.replace(".", "-")
    if cell == 0:
        return f"kim-{base}-{dashed}"
    if cell == 1:
        return f"{base}-{dashed}"
    return base + cell[1:] if cell.startswith("+") else cell


def _mask(values, order: tuple[str, ...]) -> int:
    return sum(1 << order.index(v) for v in set(values) if v in order)


def flags(kim: Kim, today: dt.date) -> int:
    return (
        (FLAG_ACTIVE if kim.status == "aktif" else 0)
        | (FLAG_STALE if kim.is_stale(today) else 0)
        | (FLAG_SECRETARIAT if "sekretariat-tetap" in kim.fasilitas else 0)
        | (FLAG_SEEKS if any(kim.item_open(p, today) for p in kim.dicari) else 0)
        | (FLAG_OFFERS if any(kim.item_open(p, today) for p in kim.ditawarkan) else 0)
        | (FLAG_SAMPLE if kim.contoh else 0)
        | (FLAG_VERIFIED if kim.verified else 0)
    )


def sorted_rows(kims: list[Kim]) -> list[Kim]:
    """Row order: by village code, so the tree can hold each row's village as a difference."""
    return sorted(kims, key=lambda k: (k.place.code, k.slug))


@lru_cache(maxsize=1 << 17)  # at most one entry per village code (83,762)
def _code_parts(code: str) -> tuple[int, int, int, int]:
    # Every code in the official list has this shape; the page pads the numbers back.
    match = _CODE.match(code)
    if not match:
        raise ValueError(f"unexpected village code {code!r}")
    return tuple(int(part) for part in match.groups())


def region_tree(rows: list[Kim], region_name) -> list:
    """The provinces, regencies and districts of the rows, with each row's village."""
    tree = []
    for prov, in_prov in groupby(rows, key=lambda k: k.place.province_code):
        regencies = []
        for kab, in_kab in groupby(in_prov, key=lambda k: k.place.regency_code):
            districts = []
            for _, in_kec in groupby(in_kab, key=lambda k: k.place.district_code):
                villages, previous = [], 0
                for kim in in_kec:
                    number = _code_parts(kim.place.code)[3]
                    villages.append(number - previous)
                    previous = number
                districts.append([_code_parts(kim.place.code)[2], villages])
            regencies.append([int(kab[3:]), region_name(kab), districts])
        tree.append([int(prov), region_name(prov), regencies])
    return tree


def place_names(rows: list[Kim], region_name, today: dt.date, provinces: dict) -> dict:
    """District and village names in the order they first appear in the tree, each row's
    age, and every province with its short forms (`provinces`, of `province_names`)."""
    districts = [code for code, _ in groupby(k.place.district_code for k in rows)]
    villages = [code for code, _ in groupby(k.place.code for k in rows)]
    return {
        "version": VERSION,
        "kecamatan": [region_name(c) for c in districts],
        "desa": [region_name(c) for c in villages],
        "today": (today - EPOCH).days,
        "umur": [(today - k.diperbarui).days for k in rows],
        **provinces,
        "sumber_wilayah": REGION_SOURCE,  # the names are the official list's: its licence asks for this
    }


def keyword_shards(rows: list[Kim]) -> dict[str, dict[str, list[int]]]:
    """First two letters -> keyword -> its rows as gaps."""
    postings: dict[str, list[int]] = {}
    for row, kim in enumerate(rows):
        for word in keywords(kim):
            postings.setdefault(word, []).append(row)
    shards: dict[str, dict[str, list[int]]] = {}
    for word in sorted(postings):
        gaps, previous = [], -1
        for row in postings[word]:
            gaps.append(row - previous - 1)
            previous = row
        shards.setdefault(word[:PREFIX], {})[word] = gaps
    return shards


def _json(document) -> bytes:
    return json_bytes(document, sort_keys=False)  # the entry's keys in the order documented above


COLUMNS = ("nama", "slug", "bidang", "mitra_dicari", "flags", "sk")


@per_kim
def _cells(kim: Kim, today: dt.date, bidang: tuple[str, ...], mitra: tuple[str, ...]) -> tuple:
    """The KIM's value in each of COLUMNS."""
    return (
        kim.nama.removeprefix(NAME_PREFIX),
        slug_cell(kim),
        _mask(kim.bidang, bidang),
        _mask([j for p in kim.dicari if kim.item_open(p, today) for j in p.jenis_mitra], mitra),
        flags(kim, today),
        kim.sk_rank,
    )


def entry(rows: list[Kim], today: dt.date, vocab: Vocab, region_name, prefixes: list[str], version: str) -> dict:
    bidang, mitra = vocab.values("bidang"), vocab.values("jenis_mitra")
    columns = zip(*(_cells(k, today, bidang, mitra) for k in rows)) if rows else [()] * len(COLUMNS)
    return {
        "version": VERSION,
        "nama_awalan": NAME_PREFIX,
        "nama_utuh": [row for row, kim in enumerate(rows) if not kim.nama.startswith(NAME_PREFIX)],
        "vocab": {"bidang": list(bidang), "jenis_mitra": list(mitra)},
        "bidang_kata": label_words(vocab, "bidang"),
        "flag": FLAGS,
        "berkas": {"wilayah": NAMES.removeprefix("kim/"), "kata": SHARDS.removeprefix("kim/"),
                   "awalan": "".join(prefixes), "panjang_awalan": PREFIX, "versi": version},
        "wilayah": region_tree(rows, region_name),
        **{name: list(values) for name, values in zip(COLUMNS, columns)},
    }


def index_files(kims: list[Kim], today: dt.date, vocab: Vocab, region_name,
                provinces: dict) -> Iterator[tuple[str, bytes]]:
    """Every file of the directory's index, as (path under the site root, bytes);
    `region_name(code)` names any region code, `provinces` gives every province's names and
    short forms (`site.provincenames.province_names`)."""
    rows = sorted_rows(kims)
    names = _json(place_names(rows, region_name, today, provinces))
    shards = keyword_shards(rows)
    digest = hashlib.sha256(names)
    for prefix, words in shards.items():
        digest.update(prefix.encode() + b"\0" + _json(words))
    version = digest.hexdigest()[:12]
    yield ENTRY, _json(entry(rows, today, vocab, region_name, list(shards), version))
    yield NAMES, names
    for prefix, words in shards.items():
        yield f"{SHARDS}{prefix}.json", _json({SHARD_VERSION: version, **words})
