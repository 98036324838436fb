"""The directory: its split index (generator/site/files/searchindex.py), read back in Python, and its
page (theme/assets/kim/directory.js) in a real browser against the bundled 46-KIM site.

The browser tests compare what the page shows with a model of the search written here
from the KIM files themselves, not from the index.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from generator.format import catalogue
from generator.model.kim import SK_RANK
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.files.searchindex import (
    EPOCH,
    expand_slug,
    index_files,
    keywords,
    place_words,
    slug_cell,
)
from generator.site.provincenames import province_names
from generator.site.textfold import PAGE_WORD, fold, modern, page_words, village_stem

from .browser import Watch
from .conftest import TODAY
from .golden import check_golden
from .sitebuild import FIXTURE_KIMS, ROOT

GOLDEN = Path(__file__).parent / "golden"
VOCAB = load_vocab()
BIDANG, MITRA = VOCAB.values("bidang"), VOCAB.values("jenis_mitra")


def build(kims) -> dict[str, bytes]:
    return dict(index_files(kims, TODAY, VOCAB, load_regions().name_of, province_names(load_regions())))


@pytest.fixture(scope="module")
def fixture_kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


@pytest.fixture(scope="module")
def bundled_kims():
    return catalogue.load([str(ROOT / "kims")], TODAY).kims


# ---- reading the index back -----------------------------------------------------------


def decode(files: dict[str, bytes]) -> list[dict]:
    """Every row of the index, with its place names, as the page reconstructs it."""
    entry = json.loads(files["kim/indeks.json"])
    names = json.loads(files["kim/wilayah.json"])
    assert entry["version"] == names["version"] == 2
    places, districts, villages = [], [], []
    for prov, prov_name, regencies in entry["wilayah"]:
        for kab, kab_name, kecs in regencies:
            for kec, numbers in kecs:
                districts.append(f"{prov:02}.{kab:02}.{kec:02}")
                number = None
                for delta in numbers:
                    if number is None or delta:
                        number = (number or 0) + delta
                        villages.append(f"{districts[-1]}.{number:04}")
                    places.append({"code": villages[-1], "village": names["desa"][len(villages) - 1],
                                   "district": names["kecamatan"][len(districts) - 1],
                                   "regency": kab_name, "province": prov_name})
    assert len(names["kecamatan"]) == len(districts) and len(names["desa"]) == len(villages)
    today = EPOCH + dt.timedelta(days=names["today"])
    whole = set(entry["nama_utuh"])
    rows = []
    for i, place in enumerate(places):
        nama = ("" if i in whole else entry["nama_awalan"]) + entry["nama"][i]
        rows.append({
            **place,
            "nama": nama,
            "slug": expand_slug(entry["slug"][i], nama, place["code"]),
            "bidang": {v for b, v in enumerate(entry["vocab"]["bidang"]) if entry["bidang"][i] >> b & 1},
            "mitra": {v for b, v in enumerate(entry["vocab"]["jenis_mitra"]) if entry["mitra_dicari"][i] >> b & 1},
            "flags": entry["flags"][i],
            "sk": entry["sk"][i],
            "diperbarui": today - dt.timedelta(days=names["umur"][i]),
        })
    assert all(len(entry[c]) == len(rows) for c in ("nama", "slug", "bidang", "mitra_dicari", "flags", "sk"))
    assert len(names["umur"]) == len(rows)
    return rows


def shards(files: dict[str, bytes]) -> dict[str, dict[str, list[int]]]:
    """Each shard's words, once its version is checked to be the entry's."""
    version = json.loads(files["kim/indeks.json"])["berkas"]["versi"]
    out = {path[len("kim/kata/"):-len(".json")]: json.loads(data)
           for path, data in files.items() if path.startswith("kim/kata/")}
    assert all(shard.pop("_") == version for shard in out.values())
    return out


def keyword_rows(files, prefix: str) -> set[int]:
    """The rows a keyword beginning with `prefix` leads to, as the page finds them."""
    found = set()
    for word, gaps in shards(files).get(prefix[:2], {}).items():
        if word.startswith(prefix):
            row = -1
            for gap in gaps:
                row += gap + 1
                found.add(row)
    return found


# ---- the index files ------------------------------------------------------------------


@pytest.fixture(scope="module")
def renamed_kims(fixture_kims):
    """Names that do not begin with the entry's left-out "KIM ": held whole."""
    names = ["Kelompok Informasi Anggrek", "KIMaju", "kim Kecil", "KIM  Dua Spasi"]
    return [dataclasses.replace(k, nama=names[i]) if i < len(names) else k for i, k in enumerate(fixture_kims)]


@pytest.mark.parametrize("which", ["fixture_kims", "bundled_kims", "renamed_kims"])
def test_every_row_round_trips(which, request):
    kims = request.getfixturevalue(which)
    rows = decode(build(kims))
    expected = sorted(kims, key=lambda k: (k.place.code, k.slug))
    assert [r["slug"] for r in rows] == [k.slug for k in expected]
    for row, kim in zip(rows, expected):
        p = kim.place
        assert (row["nama"], row["code"], row["village"], row["district"], row["regency"], row["province"]) == (
            kim.nama, p.code, p.name, p.district, p.regency, p.province)
        assert row["bidang"] == set(kim.bidang)
        open_needs = [n for n in kim.dicari if n.is_open(TODAY)]
        assert row["mitra"] == {j for n in open_needs for j in n.jenis_mitra}
        assert row["flags"] == ((kim.status == "aktif") | kim.is_stale(TODAY) << 1
                                | ("sekretariat-tetap" in kim.fasilitas) << 2 | bool(open_needs) << 3
                                | any(n.is_open(TODAY) for n in kim.ditawarkan) << 4 | kim.contoh << 5 | kim.verified << 6)
        assert row["sk"] == max((SK_RANK[s.tingkat] for s in kim.sk), default=0)
        assert row["diperbarui"] == kim.diperbarui


def test_keyword_shards_find_a_kim_by_the_words_of_its_description(bundled_kims):
    files = build(bundled_kims)
    rows = {r["slug"]: i for i, r in enumerate(decode(files))}
    for kim in bundled_kims:
        for word in keywords(kim):
            assert rows[kim.slug] in keyword_rows(files, word), (kim.slug, word)
    kim = next(k for k in bundled_kims if k.slug == "mangrove-margasari")
    assert "abrasi" in fold(kim.deskripsi)
    assert rows["mangrove-margasari"] in keyword_rows(files, "abra")


def test_keywords_leave_out_what_the_names_already_find(bundled_kims):
    kim = next(k for k in bundled_kims if k.slug == "sinar-harapan-pekalongan")
    assert "pekalongan" in fold(kim.deskripsi or "") and "pekalongan" in place_words(kim)
    assert "pekalongan" not in keywords(kim)
    assert not set(keywords(kim)) & place_words(kim)


def test_the_entry_names_every_shard_and_only_those(bundled_kims):
    files = build(bundled_kims)
    entry = json.loads(files["kim/indeks.json"])
    prefixes = re.findall("..", entry["berkas"]["awalan"])
    assert prefixes == sorted(shards(files)) and len(prefixes) > 10
    assert all(word.startswith(prefix) for prefix, shard in shards(files).items() for word in shard)
    assert {p for p in files if not p.startswith("kim/kata/")} == {"kim/indeks.json", "kim/wilayah.json"}


def test_builds_are_identical_and_a_change_changes_the_version(fixture_kims):
    first, again = build(fixture_kims), build(list(reversed(fixture_kims)))
    assert first == again
    changed = [dataclasses.replace(k, deskripsi=(k.deskripsi or "") + " Ekowisata.") for k in fixture_kims]
    versions = [json.loads(files["kim/indeks.json"])["berkas"]["versi"] for files in (first, build(changed))]
    assert versions[0] != versions[1]


@pytest.mark.parametrize("nama, slug, cell", [
    ("KIM Anggrek", "kim-anggrek-75-02-02-2005", 0),
    ("KIM Anggrek", "anggrek-75-02-02-2005", 1),
    ("KIM Anggrek", "anggrek-sukamaju", "+-sukamaju"),
    ("KIM Anggrek", "kelompok-lain", "kelompok-lain"),
    ("KIM Pu'uk", "puuk-75-02-02-2005", 1),  # the rule now: the apostrophe dropped
    ("KIM Pu'uk", "pu-uk-75-02-02-2005", "pu-uk-75-02-02-2005"),  # a file's slug of the rule before is kept
])
def test_slugs_are_kept_short_and_expand_back(fixture_kims, nama, slug, cell):
    kim = fixture_kims[0]
    place = dataclasses.replace(kim.place, code="75.02.02.2005")
    kim = dataclasses.replace(kim, slug=slug, nama=nama, place=place)
    assert slug_cell(kim) == cell
    assert expand_slug(cell, kim.nama, place.code) == slug


@pytest.mark.parametrize("name", ["kim/indeks.json", "kim/wilayah.json"])
def test_index_matches_golden(fixture_kims, name, update_golden):
    check_golden(GOLDEN / name.replace("/", "__"), build(fixture_kims)[name].decode(), update_golden)


def test_keyword_shards_match_golden(fixture_kims, update_golden):
    files = build(fixture_kims)
    text = "".join(f"{path}\t{files[path].decode()}\n" for path in sorted(files) if path.startswith("kim/kata/"))
    check_golden(GOLDEN / "kim__kata.txt", text, update_golden)


# ---- a model of the page's search and facets -------------------------------------------


ADMIN = re.compile(r"^(kabupaten|kota|provinsi) ")
ADMINISTRASI = re.compile(r"^(kota|kabupaten) administrasi ")
# The words a query writes before a place, by the level they name.
LEVEL = {"kab": "kabupaten", "kabupaten": "kabupaten", "kota": "kota", "kec": "kecamatan",
         "kecamatan": "kecamatan", "distrik": "kecamatan", "prov": "provinsi", "provinsi": "provinsi"}
DISTRICT = "|k "  # a term naming a district, "kec. <name>"


def forms(name: str, joined: bool = True) -> list[str]:
    """A name's words in today's spelling ("Kota Administrasi" as "Kota"); joined, without
    "kabupaten" or "kota", if several; as written, if they differ."""
    now = ADMINISTRASI.sub(r"\1 ", " ".join(page_words(name)))
    bare = ADMIN.sub("", now)
    was = " ".join(PAGE_WORD.findall(fold(name)))
    return [now] + ([modern(bare.replace(" ", ""))] if joined and " " in bare else []) + ([was] if was != now else [])


def fields(kim) -> list[list[str]]:
    """The forms of the KIM's name, then of each of its place names, village first."""
    p = kim.place
    return [forms(kim.nama, joined=False)] + [forms(x) for x in (p.name, p.district, p.regency, p.province)]


@dataclasses.dataclass(frozen=True)
class Known:
    """Region names of more than one word (with and without "kabupaten" or "kota"), of one
    word or joined, and the districts' names."""
    names: frozenset[str] = frozenset()
    joined: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()  # the words of the names of several words


def phrases(kims) -> Known:
    places = [f for k in kims for fs in fields(k)[1:] for f in fs]
    every = {p for f in places for p in (f, ADMIN.sub("", f))}
    return Known(frozenset(p for p in every if " " in p), frozenset(p for p in every if " " not in p),
                 frozenset(f for k in kims for f in fields(k)[2]), frozenset(w for p in every if " " in p for w in p.split()))


def _run(seq: list[str], k: int, names: frozenset[str], least: int, before: str = "") -> int:
    """How many words from `k` on name one of `names` (after `before`), spaced or joined."""
    return next((n for n in range(len(seq) - k, least - 1, -1)
                 if before + " ".join(seq[k:k + n]) in names
                 or (n > 1 and before + modern("".join(seq[k:k + n])) in names)), 0)


def tokens(query: str, known: Known = Known()) -> list[str]:
    """The query's words, a run of them that is a region name (in `known`), spaced or
    joined, as one phrase; a level word ("kab.", "kec.") before a place name makes it that
    level's name, and is dropped elsewhere, unless the query holds nothing else; without
    the words written before a village's name ("desa"), unless they are all it holds."""
    seq, toks, k = page_words(query), [], 0
    seq = [w for w in page_words(village_stem(" ".join(seq))) if not village_stem(w + " x") == "x"] or seq
    levels = not all(w in LEVEL for w in seq)
    while k < len(seq):
        size = _run(seq, k, known.names, 2) or _run(seq, k, known.joined, 2)
        level = levels and not size and LEVEL.get(seq[k])
        apart = modern(seq[k] + seq[k + 1]) if not size and not level and k + 1 < len(seq) else ""
        if apart in known.parts:  # "teluk betung": the word "telukbetung" of a place
            toks.append(apart)
            k += 2
            continue
        if not level:
            toks.append(" ".join(seq[k:k + max(size, 1)]))
            k += max(size, 1)
            continue
        k += 2 if seq[k + 1:k + 2] == ["administrasi"] else 1
        size = (_run(seq, k, known.districts, 1) if level == "kecamatan"
                else 0 if level == "provinsi" else _run(seq, k, known.names, 1, level + " "))
        if k < len(seq) and level != "provinsi":  # a place without a KIM: its first word, matching none
            run = " ".join(seq[k:k + max(size, 1)])
            toks.append(DISTRICT + run if level == "kecamatan" else f"{level} {run}")
            k += max(size, 1)
    words = set(toks)
    return [w for w in words if not any(u != w and u.startswith(w) for u in words)]


def label_words(kim) -> set[str]:
    """The words of its bidang labels in both languages ("dan" and "and" aside)."""
    return {w for b in kim.bidang for lang in ("id", "en") for w in page_words(VOCAB.label("bidang", b, lang))
            if w not in ("dan", "and")}


@functools.cache
def bundled_phrases() -> Known:
    return phrases(catalogue.load([str(ROOT / "kims")], TODAY).kims)


def term_match(kim, t: str) -> bool:
    """A word begins a word of the name, a place name (any form), a keyword or a bidang
    label; a phrase is whole words of one form of the name or of one place name, spaced or
    joined; a district's name is one form of the district's name."""
    spellings = (t.removeprefix(DISTRICT), modern(t.removeprefix(DISTRICT).replace(" ", "")))
    if t.startswith(DISTRICT):
        return any(f in spellings for f in fields(kim)[2])
    if " " in t:
        return any(f" {s} " in f" {f} " for fs in fields(kim) for f in fs for s in spellings)
    said = {w for fs in fields(kim) for f in fs for w in f.split()}
    return (any(w.startswith(t) for w in said | label_words(kim))
            or (len(t) >= 2 and any(k.startswith(t) for k in keywords(kim))))


def text_match(kim, query: str, known: Known | None = None) -> bool:
    """Every term of the query matches (phrases: region names of the bundled KIMs, unless
    `known` says otherwise)."""
    known = bundled_phrases() if known is None else known
    return all(term_match(kim, t) for t in tokens(query, known))


def near_prefix(word: str, name: str) -> bool:
    """Within one edit of a start of `name` (`nearPrefix` in util.js)."""
    n, i = len(word), 0
    if n < 4:
        return False
    while i < n and i < len(name) and word[i] == name[i]:
        i += 1
    if i == n:
        return True
    rest = word[i + 1:]
    return (name[i + 1:].startswith(rest) or name[i:].startswith(rest) or name[i + 1:].startswith(word[i:])
            or (word[i + 1:i + 2] == name[i:i + 1] != "" and word[i] == name[i + 1:i + 2]
                and name[i + 2:].startswith(word[i + 2:])))


def typos_of(kims, t: str) -> list[str]:
    """The words of names and places a word no KIM matches is one edit from (never in a
    number or a phrase), none that begins with another; without any, two whole words it
    runs together."""
    if len(t) < 4 or " " in t or any(c.isdigit() for c in t) or any(term_match(k, t) for k in kims):
        return []
    vocabulary = dict.fromkeys(w for k in kims for fs in fields(k) for f in fs for w in f.split() if len(w) >= 4)
    near = [w for w in vocabulary if not any(c.isdigit() for c in w) and near_prefix(t, w)]
    typos = [w for w in near if not any(u != w and w.startswith(u) for u in near)]
    # else two whole words run together ("sinarharapan"), read apart
    return typos or [f"{t[:k]} {t[k:]}" for k in range(4, len(t) - 3) if t[:k] in vocabulary and t[k:] in vocabulary]


def search(kims, query: str) -> tuple[list, list[str]]:
    """The KIMs the page lists for `query` and the spellings its typo note names. When none
    matches, a word with one near spelling takes its place in the query, which is read
    again (its phrases too); a word with more matches any of them."""
    found = [k for k in kims if text_match(k, query)]
    near = {t: typos_of(kims, t) for t in tokens(query, bundled_phrases())} if not found else {}
    used = [w for spellings in near.values() for w in spellings]
    if not used:
        return found, []
    fixed = " ".join(near[w][0] if len(near.get(w, ())) == 1 else w for w in page_words(query))
    terms = tokens(fixed, bundled_phrases())
    found = [k for k in kims if all(any(term_match(k, s) for s in (t, *near.get(t, ()))) for t in terms)]
    return found, used if found else []


def facets(kim) -> dict:
    open_needs = [n for n in kim.dicari if n.is_open(TODAY)]
    kemitraan = {"cari"} if open_needs else set()
    if any(n.is_open(TODAY) for n in kim.ditawarkan):
        kemitraan.add("tawar")
    return {
        "region": {kim.place.province_code, kim.place.regency_code, kim.place.district_code},
        "bidang": set(kim.bidang),
        "kemitraan": kemitraan,
        "mitra": {j for n in open_needs for j in n.jenis_mitra},
        "sk": {str(max((SK_RANK[s.tingkat] for s in kim.sk), default=0))},
        "aktif": {"aktif"} if kim.status == "aktif" else set(),
        "sekretariat": {"sekretariat"} if "sekretariat-tetap" in kim.fasilitas else set(),
        "usang": {"usang"} if kim.is_stale(TODAY) else set(),
    }


def passes(kim, query: str, chosen: dict[str, set], skip: str | None = None) -> bool:
    """Matches the query and every chosen facet (any of its values), `skip` aside."""
    have = facets(kim)
    return text_match(kim, query) and all(not values or have[dim] & values
                                          for dim, values in chosen.items() if dim != skip)


def count_for(kims, query, chosen, dim, value) -> int:
    """A facet value's count: the KIMs that would match if only this facet were free."""
    return sum(1 for k in kims if value in facets(k)[dim] and passes(k, query, chosen, skip=dim))


# ---- the page in a real browser ---------------------------------------------------------


@pytest.fixture
def directory(browser, server):
    """Open the directory (with a query string) and wait for its results."""
    opened = []

    def open_page(query: str = "", width: int = 1280, height: int = 900, lang: str = "", service_workers="allow"):
        context = browser.new_context(viewport={"width": width, "height": height}, service_workers=service_workers)
        watch = Watch(context, server.url)
        page = watch.attach(context.new_page())
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url[len(server.url):]))
        opened.append((context, watch))
        page.goto(server.url + lang + "kim/" + query)
        settle(page)
        return page, requests

    yield open_page
    for context, watch in opened:
        assert watch.third_party == [] and watch.console_errors == []
        context.close()


SETTLED = """() => {
  const app = document.getElementById("kim-app");
  return app.dataset.state === "ready" && !app.dataset.busy;
}"""


def settle(page) -> None:
    """Wait until the list and counts show the last change (no file still awaited)."""
    page.wait_for_function(SETTLED, timeout=15_000)


def shown(page) -> list[str]:
    # The text the list holds, not its rendering: a result scrolled out of view skips
    # rendering (content-visibility: auto), and its innerText may then read "".
    return page.locator("#kim-results .kim-result__name").all_text_contents()


def count_text(n: int) -> str:
    return f"{n} KIM ditemukan"


def option_count(page, group: str, value: str) -> int:
    text = page.locator(f"#kim-f-{group}-{value} + label .kim-opt__n").inner_text()
    return int(text.strip("()").replace(".", ""))


def test_every_kim_is_listed_and_links_to_its_profile(directory, bundled_kims):
    page, requests = directory()
    # the preload is the fetch
    assert [r for r in requests if r.startswith("kim/indeks.json")] == [page.locator("#kim-app").get_attribute("data-index")[3:]]
    assert page.locator("#kim-count").inner_text() == count_text(len(bundled_kims))
    hrefs = page.locator("#kim-results .kim-result__name").evaluate_all("els => els.map(e => e.pathname)")
    assert sorted(hrefs) == sorted(f"/kim/{k.slug}/" for k in bundled_kims)
    assert page.evaluate("performance.getEntriesByName('kim:first-results').length") == 1


@pytest.mark.parametrize("query", ["Sinar Harapan", "sinar har"])
def test_search_by_a_kim_name(directory, bundled_kims, query):
    page, _ = directory()
    page.locator("#kim-q").press_sequentially(query)
    settle(page)
    expected = sorted(k.nama for k in bundled_kims if text_match(k, query))
    assert "KIM Sinar Harapan" in expected
    assert sorted(shown(page)) == expected
    assert page.locator("#kim-count").inner_text() == count_text(len(expected))
    updates = page.evaluate("performance.getEntriesByName('kim:update').length")
    assert 1 <= updates <= len(query)


def test_search_by_a_village_name_shows_the_place(directory, bundled_kims):
    kim = next(k for k in bundled_kims if k.slug == "sinar-harapan-pekalongan")
    page, _ = directory()
    page.locator("#kim-q").fill("Pekalongan")
    settle(page)
    expected = sorted(k.nama for k in bundled_kims if text_match(k, "Pekalongan"))
    assert sorted(shown(page)) == expected and "KIM Sinar Harapan" in expected
    item = page.locator(".kim-result", has_text="KIM Sinar Harapan")
    place = f"{kim.place.name}, {kim.place.district}, {kim.place.regency}"
    assert item.locator(".kim-result__place").inner_text() == place


def test_keyword_search_fetches_one_shard_and_finds_the_description(directory, bundled_kims):
    page, requests = directory()
    assert not [r for r in requests if "/kata/" in r]   # keywords wait for a query
    users = {}
    for kim in bundled_kims:
        for word in keywords(kim):
            users.setdefault(word, set()).add(kim.nama)
    word = min((w for w in users if w.isalpha()), key=lambda w: (len(users[w]), w))   # the rarest word
    page.locator("#kim-q").press_sequentially(word)
    settle(page)
    expected = sorted(k.nama for k in bundled_kims if text_match(k, word))
    assert users[word] <= set(expected)
    assert sorted(shown(page)) == expected
    assert [r.split("?")[0] for r in requests if "/kata/" in r] == [f"kim/kata/{word[:2]}.json"]


def test_a_keyword_file_of_another_build_is_left_unread(directory, server):
    """A page reading an index kept offline gets a newer deploy's keyword file from the
    network (the testers): its row numbers are another index's, so it counts as unread.
    Without the service worker, which would fetch the file itself once it controls the page,
    past the test's route (a failure seen under load)."""
    page, _ = directory(service_workers="block")
    mine = json.loads(page.request.get(server.url + "kim/kata/ne.json").body())
    assert mine["_"] == page.evaluate("fetch('indeks.json').then((r) => r.json()).then((e) => e.berkas.versi)")
    other = {**mine, "_": "000000000000"}
    page.route("**/kim/kata/ne.json*", lambda route: route.fulfill(json=other))
    page.locator("#kim-q").fill("nelayan")
    settle(page)
    assert page.locator("#kim-partial").is_visible()


def test_two_facets_combine_and_every_count_is_right(directory, bundled_kims):
    page, _ = directory()
    page.locator("#kim-prov").select_option("18")
    settle(page)
    page.locator("#kim-kab").select_option("18.07")
    settle(page)
    page.locator("label[for='kim-f-bidang-pertanian']").click()
    settle(page)
    chosen = {"region": {"18.07"}, "bidang": {"pertanian"}}
    expected = sorted(k.nama for k in bundled_kims if passes(k, "", chosen))
    assert sorted(shown(page)) == expected
    assert page.locator("#kim-count").inner_text() == count_text(len(expected))
    for value in BIDANG:
        assert option_count(page, "bidang", value) == count_for(bundled_kims, "", chosen, "bidang", value), value
    for value in MITRA:
        assert option_count(page, "mitra", value) == count_for(bundled_kims, "", chosen, "mitra", value), value
    for value in ("cari", "tawar"):
        assert option_count(page, "kemitraan", value) == count_for(bundled_kims, "", chosen, "kemitraan", value)
    for value in "01234":
        assert option_count(page, "sk", value) == count_for(bundled_kims, "", chosen, "sk", value), value
    for value in ("aktif", "sekretariat", "usang"):
        assert option_count(page, "lain", value) == count_for(bundled_kims, "", chosen, value, value), value
    regencies = page.locator("#kim-kab option[value^='18.']").evaluate_all(
        "os => os.map(o => [o.value, o.textContent])")
    assert len(regencies) == len({k.place.regency_code for k in bundled_kims})
    for code, text in regencies:
        assert text.endswith(f"({count_for(bundled_kims, '', chosen, 'region', code)})"), text
    assert page.evaluate("performance.getEntriesByName('kim:update').length") == 3


def test_open_a_profile_from_the_results(directory):
    page, _ = directory()
    page.locator("#kim-q").fill("braja")
    settle(page)
    page.get_by_role("link", name="KIM Ternak Mandiri Braja Harjosari").click()
    page.wait_for_url("**/kim/braja-harjosari-mandiri/")
    assert page.locator("h1").inner_text() == "KIM Ternak Mandiri Braja Harjosari"


def test_a_shared_url_restores_query_facets_and_sort(directory, bundled_kims):
    query = "info lam"
    chosen = {"region": {"18.07"}, "bidang": {"diseminasi-informasi", "lingkungan"}, "aktif": {"aktif"}}
    page, _ = directory(f"?q={quote(query)}&kab=18.07&bidang=diseminasi-informasi,lingkungan&lain=aktif&urut=baru")
    assert page.locator("#kim-q").input_value() == query
    assert page.locator("#kim-prov").input_value() == "18"   # a regency fixes its province
    assert page.locator("#kim-kab").input_value() == "18.07"
    assert page.locator("#kim-sort").input_value() == "baru"
    for value in BIDANG:
        assert page.locator(f"#kim-f-bidang-{value}").is_checked() == (value in chosen["bidang"])
    assert page.locator("#kim-f-lain-aktif").is_checked()
    matching = [k for k in bundled_kims if passes(k, query, chosen)]
    assert len(matching) >= 2
    assert sorted(shown(page)) == sorted(k.nama for k in matching)
    updated = {k.nama: k.diperbarui for k in matching}
    dates = [updated[name] for name in shown(page)]
    assert dates == sorted(dates, reverse=True)
    assert page.locator("#kim-count").inner_text() == count_text(len(matching))


def test_the_url_follows_the_state(directory):
    page, _ = directory()
    page.locator("#kim-q").fill("tani")
    settle(page)
    level = page.locator("#kim-facet-sk input:enabled").last.get_attribute("value")   # a level "tani" has
    page.locator(f"label[for='kim-f-sk-{level}']").click()
    page.locator("#kim-sort").select_option("baru")
    settle(page)
    page.wait_for_function("() => location.search.includes('urut=baru')")
    assert page.evaluate("location.search") == f"?q=tani&sk={level}&urut=baru"


def test_district_names_follow_the_first_results(directory, bundled_kims):
    kim = next(k for k in bundled_kims if k.slug == "sinar-harapan-pekalongan")
    page, requests = directory(f"?kec={kim.place.district_code}")
    assert page.locator("#kim-kab").input_value() == kim.place.regency_code
    page.wait_for_function("name => document.querySelector('#kim-kec option:checked').textContent.startsWith(name)",
                           arg=kim.place.district)
    in_district = sum(1 for k in bundled_kims if k.place.district_code == kim.place.district_code)
    assert page.locator("#kim-kec option:checked").inner_text() == f"{kim.place.district} ({in_district})"
    data = [r.split("?")[0] for r in requests if r.split("?")[0].endswith(".json")]
    assert data == ["kim/indeks.json", "kim/wilayah.json"]


def test_names_sort_and_numbers_group_as_indonesian_readers_expect(directory):
    # util.js sorts names by a folded key, not Intl.Collator, and groups numbers itself,
    # not with Intl.NumberFormat (a long task on a slow phone while the page starts):
    # both must still agree with the locale's own order and grouping.
    page, _ = directory()
    got = page.evaluate("""async () => {
      const m = await import(new URL("../assets/kim/util.js", location.href).href);
      const names = ["KIM 10", "Éka Jaya", "kim 2", "Zamrud", "eka jaya", "Ada Baru", "Ada", "Sumber 2 Makmur"];
      const ids = names.map((_, i) => i);
      const collator = m.nameCollator();
      const ours = m.sortByName(ids.slice(), (i) => names[i]).map((i) => names[i]);
      const intl = ids.slice().sort((a, b) => collator.compare(names[a], names[b]) || a - b).map((i) => names[i]);
      const counts = [0, 7, 999, 1000, 12345, 1234567];
      return {
        ours, intl,
        id: counts.map(m.numberFormat("id").format), idIntl: counts.map((n) => n.toLocaleString("id")),
        en: counts.map(m.numberFormat("en").format), enIntl: counts.map((n) => n.toLocaleString("en")),
      };
    }""")
    assert got["ours"] == got["intl"]
    assert got["ours"][:3] == ["Ada", "Ada Baru", "Éka Jaya"]
    assert got["id"] == got["idIntl"] == ["0", "7", "999", "1.000", "12.345", "1.234.567"]
    assert got["en"] == got["enIntl"] == ["0", "7", "999", "1,000", "12,345", "1,234,567"]


def test_no_result_says_what_to_try_and_how_to_add_a_kim(directory, bundled_kims):
    page, _ = directory(width=360, height=740)
    empty = page.locator("#kim-empty")
    assert empty.is_hidden()
    page.locator("#kim-q").fill("Sukamaju Xyz")
    settle(page)
    assert page.locator("#kim-count").inner_text() == count_text(0)
    assert empty.is_visible()
    assert "Periksa ejaan" in empty.inner_text()
    assert empty.get_by_role("link", name="Tambahkan profilnya").get_attribute("href") == "../kontribusi/"
    empty.get_by_role("button", name="Hapus semua saringan").click()
    settle(page)
    assert page.locator("#kim-q").input_value() == ""
    assert empty.is_hidden()
    assert page.locator("#kim-count").inner_text() == count_text(len(bundled_kims))


@pytest.mark.parametrize("query, name", [("?kec=18.07.05", "18.07.05, Kabupaten Lampung Timur"),
                                         ("?kab=31.71", "31.71")])
def test_a_region_without_kims_lists_none_and_says_where(directory, query, name):
    """A partner's link to its working area (found by the testers): a region of the official
    list's shape with no KIM answers none, by name, and keeps its code in the address."""
    page, _ = directory(query)
    assert page.locator("#kim-count").inner_text() == count_text(0)
    assert page.locator("#kim-none-hint").inner_text() == f"Belum ada KIM terdaftar di {name}."
    page.wait_for_timeout(300)   # the address follows a frame later
    assert query[1:] in page.url


def test_a_region_code_of_no_known_shape_is_dropped(directory, bundled_kims):
    page, _ = directory("?kec=18.07.xx&kab=lampung")
    assert page.locator("#kim-count").inner_text() == count_text(len(bundled_kims))
    page.wait_for_timeout(300)
    assert page.url.endswith("kim/")
