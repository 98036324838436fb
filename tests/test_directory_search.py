"""The directory's search as partners use it (issue 17): bidang labels and offer titles are
searched, a region name is a phrase, and the chosen bidang combine as "any" or "all".

Each test compares the page in a real browser with the model of the search in
test_directory.py, written from the KIM files themselves.
"""

from __future__ import annotations

import re

import pytest

from generator.site.files.searchindex import keywords
from generator.site.textfold import fold, modern, page_words

from . import test_directory
from .browser import Watch
from .test_directory import (
    BIDANG,
    DISTRICT,
    VOCAB,
    bundled_phrases,
    count_text,
    facets,
    fields,
    option_count,
    passes,
    search,
    settle,
    text_match,
    tokens,
)

# The fixtures of test_directory.py, shared (assigned, as a fixture parameter shadows its name).
bundled_kims, directory = test_directory.bundled_kims, test_directory.directory


def names(kims) -> list[str]:
    return sorted(k.nama for k in kims)


def shown(page) -> list[str]:
    """The names of the results on the list, those below the fold too (content-visibility)."""
    return page.locator("#kim-results .kim-result__name").all_text_contents()


def test_a_bidang_label_is_searched_in_both_languages(directory, bundled_kims):
    digital = {k.nama for k in bundled_kims if "literasi-digital" in k.bidang}
    # Most of these KIMs say neither word anywhere but in their bidang.
    silent = [k for k in bundled_kims if k.nama in digital
              and not {"literasi", "digital"} & (set(page_words(k.deskripsi or "")) | set(page_words(k.nama)))]
    assert len(digital) >= 5 and silent
    for path, query in (("", "literasi digital"), ("en/", "digital literacy")):
        page, _ = directory(lang=path)
        page.locator("#kim-q").fill(query)
        settle(page)
        expected = names(k for k in bundled_kims if text_match(k, query))
        assert digital <= set(expected) and sorted(shown(page)) == expected, path


def test_an_offer_title_is_searched(directory, bundled_kims):
    # A word of an offer's title that no description, name or place of any KIM has.
    said = {w for k in bundled_kims for w in page_words(" ".join((k.deskripsi or "", k.nama, k.place.name,
                                                                 k.place.district, k.place.regency)))}
    kim, word = next((k, w) for k in bundled_kims for o in k.ditawarkan for w in page_words(o.judul)
                     if len(w) >= 5 and w not in said and w in keywords(k))
    page, _ = directory()
    page.locator("#kim-q").fill(word)
    settle(page)
    assert kim.nama in shown(page)
    assert sorted(shown(page)) == names(k for k in bundled_kims if text_match(k, word))


def test_a_regency_name_is_a_phrase(directory, bundled_kims):
    in_regency = names(k for k in bundled_kims if k.place.regency_code == "18.07")
    # Word by word, "lampung timur" would also find other regencies' districts named "... Timur".
    timur_elsewhere = [k for k in bundled_kims if k.place.regency_code != "18.07"
                       and "timur" in page_words(k.place.district + " " + k.place.name)]
    assert timur_elsewhere and len(in_regency) >= 2
    for query in ("lampung timur", "Kabupaten Lampung Timur", "LAMPUNG  TIMUR"):
        page, _ = directory()
        page.locator("#kim-q").fill(query)
        settle(page)
        assert sorted(shown(page)) == in_regency, query
        assert page.locator("#kim-count").inner_text() == count_text(len(in_regency))
    # A phrase and a word: the regency's KIMs whose name or keywords hold the word.
    page, _ = directory("?q=" + "lampung+timur+pertanian")
    expected = names(k for k in bundled_kims if k.place.regency_code == "18.07" and text_match(k, "pertanian"))
    assert 0 < len(expected) < len(in_regency) and sorted(shown(page)) == expected


def test_bidang_any_or_all(directory, bundled_kims):
    pair = {"pertanian", "umkm"}
    both = names(k for k in bundled_kims if pair <= set(k.bidang))
    either = names(k for k in bundled_kims if pair & set(k.bidang))
    assert 0 < len(both) < len(either)
    page, _ = directory("?bidang=pertanian,umkm")
    note = page.locator("#kim-bidang-mode-note")
    assert sorted(shown(page)) == either
    assert page.locator("#kim-bidang-salah-satu").is_checked()
    assert "salah satu" in note.inner_text() and "salah satu" in page.locator("#kim-mode-shown").inner_text()

    page.locator("label[for='kim-bidang-semua']").click()
    settle(page)
    assert sorted(shown(page)) == both
    assert page.locator("#kim-count").inner_text() == count_text(len(both))
    assert "semua" in note.inner_text() and page.locator("#kim-mode-shown").is_visible()
    # Each other bidang's count: the KIMs the results would keep if it were chosen too.
    for value in BIDANG:
        want = sum(1 for k in bundled_kims if set(k.bidang) >= pair | {value})
        assert option_count(page, "bidang", value) == want, value
    page.wait_for_function("() => location.search.includes('bidang_cocok=semua')")
    assert page.evaluate("location.search") == "?bidang=pertanian,umkm&bidang_cocok=semua"

    again, _ = directory("?bidang=pertanian,umkm&bidang_cocok=semua")   # a shared link keeps the mode
    assert again.locator("#kim-bidang-semua").is_checked() and sorted(shown(again)) == both
    again.locator("label[for='kim-bidang-salah-satu']").click()
    settle(again)
    assert sorted(shown(again)) == either
    again.wait_for_function("() => !location.search.includes('bidang_cocok')")


def test_facets_without_results_are_disabled_and_say_so(directory, bundled_kims):
    page, _ = directory("?kab=18.07")
    chosen = {"region": {"18.07"}}
    zero = [v for v in BIDANG if not any(v in facets(k)["bidang"] and passes(k, "", chosen) for k in bundled_kims)]
    some = [v for v in BIDANG if v not in zero]
    assert zero and some
    for value in zero:
        box = page.locator(f"#kim-f-bidang-{value}")
        assert box.is_disabled(), value
        assert "tidak ada KIM yang cocok" in page.locator(f"label[for='kim-f-bidang-{value}']").inner_text()
    for value in some:
        assert page.locator(f"#kim-f-bidang-{value}").is_enabled(), value
    # The accessibility tree says it: the box is disabled, and its name says why.
    snapshot = page.locator("#kim-facet-bidang").aria_snapshot()
    label = VOCAB.label("bidang", zero[0])
    assert f'checkbox "{label} (0) (tidak tersedia: tidak ada KIM yang cocok)" [disabled]' in snapshot
    # A region option that would give no result is disabled too; the chosen one never.
    assert page.locator("#kim-kab option[value='18.07']").is_enabled()


@pytest.mark.parametrize("width", [360])
def test_the_filter_panel_ends_with_a_button_to_the_results(directory, bundled_kims, width):
    page, _ = directory(width=width, height=740)
    toggle, panel, apply = page.locator("#kim-filters-toggle"), page.locator("#kim-filters"), page.locator("#kim-apply")
    assert not panel.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert panel.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    page.locator("label[for='kim-f-bidang-pertanian']").click()
    settle(page)
    n = sum(1 for k in bundled_kims if "pertanian" in k.bidang)
    assert apply.inner_text() == f"Tampilkan {n} KIM"
    apply.scroll_into_view_if_needed()
    apply.click()
    assert not panel.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text() == "Saring (1)"
    # The results are at the top of the screen, under the header, and have the focus.
    page.wait_for_function("""() => {
      const top = document.getElementById('kim-results-wrap').getBoundingClientRect().top;
      return top >= 0 && top < 120;
    }""", timeout=5_000)
    assert page.evaluate("document.activeElement.id") == "kim-count"
    first = page.locator("#kim-results .kim-result").first.bounding_box()
    assert first["y"] + first["height"] <= 740


def _village_kim(kims, kind: str):
    """A KIM whose village (a desa "2", a kelurahan "1" by the code) has a one-word name of at
    least 7 letters that no other KIM's name or place begins with."""
    def said(k):
        return set(page_words(" ".join((k.nama, k.place.name, k.place.district, k.place.regency,
                                        k.place.province))))
    return next(k for k in kims if k.place.code[9] == kind and len(page_words(k.place.name)) == 1
                and len(k.place.name) >= 7 and k.place.name.isalpha()
                and not any(w.startswith(fold(k.place.name)[:5]) for o in kims if o is not k for w in said(o)))


# "Negeri", "Desa Adat", "Jorong": found by a tester outside Java, as a query they found no KIM
@pytest.mark.parametrize(("kind", "prefixes"), [("2", ("Desa", "ds.", "Negeri", "Desa Adat", "Jorong")),
                                                ("1", ("Kelurahan", "kel.", "Kalurahan"))])
def test_a_village_prefix_in_the_query_is_dropped(directory, bundled_kims, kind, prefixes):
    kim = _village_kim(bundled_kims, kind)
    page, _ = directory()
    for prefix in prefixes:
        page.locator("#kim-q").fill(f"{prefix} {kim.place.name}")
        settle(page)
        assert kim.nama in shown(page), prefix
        assert sorted(shown(page)) == names(k for k in bundled_kims if text_match(k, kim.place.name))
    assert page.locator("#kim-typo").is_hidden()


def test_a_typo_in_a_place_name_still_finds_it_and_says_so(directory, bundled_kims):
    kim = _village_kim(bundled_kims, "2")
    place = fold(kim.place.name)
    typo = place[:3] + place[4:]  # a letter missing
    page, _ = directory()
    page.locator("#kim-q").fill(typo)
    settle(page)
    assert kim.nama in shown(page) and sorted(shown(page)) == names(search(bundled_kims, typo)[0])
    note = page.locator("#kim-typo")
    assert note.is_visible() and place in note.text_content()
    assert page.locator("#kim-empty").is_hidden()
    # the exact word again: no note
    page.locator("#kim-q").fill(place)
    settle(page)
    assert note.is_hidden() and kim.nama in shown(page)



def test_a_word_with_a_digit_is_never_read_as_a_typo(directory, bundled_kims):
    # one letter off a place's name but for a digit: a number is never forgiven
    kim = _village_kim(bundled_kims, "2")
    place = fold(kim.place.name)
    page, _ = directory()
    page.locator("#kim-q").fill(place[:-1] + "1")
    settle(page)
    assert page.locator("#kim-typo").is_hidden() and page.locator("#kim-empty").is_visible()


@pytest.mark.parametrize("query", ["?q=pekalngan+xyzab", "?q=pekalngan&bidang=keagamaan"])
def test_a_typo_note_never_promises_results_that_are_not_there(directory, bundled_kims, query):
    # A tester: "0 KIM ditemukan" beside "showing results for similar spellings: pekalongan".
    assert search(bundled_kims, "pekalngan")[1] == ["pekalongan"] and search(bundled_kims, "pekalngan xyzab") == ([], [])
    assert not any(passes(k, "pekalongan", {"bidang": {"keagamaan"}}) for k in bundled_kims)
    page, _ = directory(query)
    assert page.locator("#kim-count").inner_text() == count_text(0)
    assert page.locator("#kim-empty").is_visible() and page.locator("#kim-typo").is_hidden()


def test_a_name_run_together_is_read_as_its_words_and_says_so(directory, bundled_kims):
    """The tester: /kim/bagelenwiyata/, typed by hand, searched "bagelenwiyata" and found no KIM:
    a KIM's name has no joined form in the index, as a place's has."""
    found, typos = search(bundled_kims, "sinarharapan")
    assert names(found) == names(k for k in bundled_kims if text_match(k, "sinar harapan")) != []
    assert typos == ["sinar harapan"]
    page, _ = directory("?q=sinarharapan")
    assert sorted(shown(page)) == names(found)
    note = page.locator("#kim-typo")
    assert note.is_visible() and note.inner_text().endswith(": sinar harapan.")


def test_a_corrected_typo_is_read_as_a_region_phrase(directory, bundled_kims):
    # A tester: "lampug timur" found Telukbetung Timur and Pringsewu Timur too, word by word.
    in_regency = names(k for k in bundled_kims if k.place.regency_code == "18.07")
    found, typos = search(bundled_kims, "lampug timur")
    assert names(found) == in_regency == names(k for k in bundled_kims if text_match(k, "lampung timur"))
    assert typos == ["lampung"]
    page, _ = directory("?q=lampug+timur")
    assert sorted(shown(page)) == in_regency
    note = page.locator("#kim-typo")
    assert note.is_visible() and note.inner_text().endswith(": lampung.")


def tier(kim, query: str) -> int:
    """How the page ranks a KIM the query finds: 1 when every term is in its name or village,
    2 when some are only in its district, regency or province, 3 when some are only in its
    keywords or bidang labels."""
    f = fields(kim)

    def held(t: str, groups: list[list[str]]) -> bool:
        name = t.removeprefix(DISTRICT)
        spellings = (name, modern(name.replace(" ", "")))
        if t.startswith(DISTRICT):
            return f[2] in groups and any(x in spellings for x in f[2])
        if " " in t:
            return any(f" {s} " in f" {x} " for forms in groups for x in forms for s in spellings)
        return any(w.startswith(t) for forms in groups for x in forms for w in x.split())

    def one(t: str) -> int:
        return 1 if held(t, f[:2]) else 2 if held(t, f[2:]) else 3

    return max(one(t) for t in tokens(query, bundled_phrases()))


LISTED = """els => els.map((e) => e.classList.contains("kim-tier") ? "" : e.querySelector(".kim-result__name").textContent)"""


@pytest.mark.parametrize("sort", ["", "?urut=baru"])
def test_kims_named_or_placed_so_come_before_those_that_only_mention_it(directory, bundled_kims, sort):
    # A tester searching a village found first a KIM whose description merely mentions it.
    query = "pesisir"
    tiers = {k.nama: tier(k, query) for k in bundled_kims if text_match(k, query)}
    assert sorted(tiers.values())[0] == 1 and {2, 3} <= set(tiers.values())
    page, _ = directory(sort)
    everyone = shown(page)   # all of them on the first page, in the chosen order
    page.locator("#kim-q").fill(query)
    settle(page)
    listed = page.locator("#kim-results > li").evaluate_all(LISTED)
    found = [n for n in listed if n]
    assert sorted(found) == sorted(tiers)
    # the tiers one after another, each in the chosen order
    assert found == sorted(found, key=lambda n: (tiers[n], everyone.index(n)))
    assert listed.index("") == sum(1 for t in tiers.values() if t < 3) and listed.count("") == 1
    assert page.locator("#kim-results .kim-tier").inner_text() == "Disebut dalam profil KIM lain"


def test_a_query_of_one_tier_has_no_note(directory, bundled_kims):
    page, _ = directory("?q=lampung+timur")
    assert {tier(k, "lampung timur") for k in bundled_kims if text_match(k, "lampung timur")} == {2}
    assert page.locator("#kim-results .kim-tier").count() == 0


def _held_script(browser, server, lang: str, query: str):
    """The directory opened on a slow phone: its script held back until released, as a
    module that arrives seconds after the page."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    watch = Watch(context, server.url)
    page = watch.attach(context.new_page())
    held = []
    page.route(re.compile(r"/assets/kim/directory\.js\?"), lambda route: held.append(route))
    page.goto(server.url + lang + "kim/" + query, wait_until="commit")
    page.wait_for_selector("#kim-q")
    return context, watch, page, held


def _release(page, held) -> None:
    while not held:
        page.wait_for_timeout(50)
    held[0].continue_()
    settle(page)


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_count_says_the_list_is_loading_until_the_first_results(browser, server, bundled_kims, lang):
    # A tester on a slow phone read "10.000 KIM ditemukan" for seconds above an empty list.
    context, watch, page, held = _held_script(browser, server, lang, "?q=pesisir")
    count = page.locator("#kim-count")
    n = len(bundled_kims)
    assert count.inner_text() == (f"Memuat daftar {n} KIM…" if not lang else f"Loading the list of {n} KIMs…")
    box = count.bounding_box()
    _release(page, held)
    assert count.inner_text().startswith(str(len(shown(page))) + " KIM")
    after = count.bounding_box()
    assert (after["y"], after["height"]) == (box["y"], box["height"])   # no line more or less
    assert watch.third_party == [] and watch.console_errors == []
    context.close()


@pytest.mark.parametrize("query", ["", "?q=sinar"])
def test_what_is_typed_before_the_script_runs_is_kept(browser, server, bundled_kims, query):
    # A tester typed into the box before the script had loaded: the script erased it, or put
    # the address's query back.
    context, watch, page, held = _held_script(browser, server, "", query)
    page.locator("#kim-q").fill("pesisir")
    _release(page, held)
    assert page.locator("#kim-q").input_value() == "pesisir"
    assert sorted(shown(page)) == names(k for k in bundled_kims if text_match(k, "pesisir"))
    page.wait_for_timeout(300)   # the address follows a frame later
    assert page.url.endswith("kim/?q=pesisir")
    assert watch.third_party == [] and watch.console_errors == []
    context.close()


@pytest.mark.parametrize(("lang", "query", "text", "coach"), [
    ("", "ciawigebang", "Belum ada KIM terdaftar di Kec. Ciawigebang. ", "Pembina KIM dan KIM terdekat: Kabupaten Kuningan"),
    ("", "Kec. Ciawigebang", "Belum ada KIM terdaftar di Kec. Ciawigebang. ",
     "Pembina KIM dan KIM terdekat: Kabupaten Kuningan"),
    ("en/", "ciawigebang", "No KIM is listed in Ciawigebang District yet. ",
     "The KIM coach and nearby KIMs: Kabupaten Kuningan"),
])
def test_a_place_without_a_kim_says_so_and_where_to_start(directory, lang, query, text, coach):
    # A tester searched their district, which has no KIM, and was told to check the spelling.
    page, requests = directory(lang=lang, width=360, height=740)
    page.locator("#kim-q").fill(query)
    settle(page)
    place = page.locator("#kim-noplace")
    place.wait_for(state="visible")
    assert page.locator("#kim-none-hint").is_hidden()
    assert page.locator("#kim-noplace-text").inner_text().startswith(text)
    links = place.get_by_role("link")
    up = "../../" if lang else "../"
    assert links.evaluate_all("els => els.map((a) => a.getAttribute('href'))") == [
        up + "panduan/membentuk-kim/", up + lang + "wilayah/32.08/"]
    assert links.nth(1).inner_text() == coach
    assert [r for r in requests if r.startswith("data/")] == ["data/desa-awalan.json", "data/desa/cia.json"]
    # a word no place is called: the spelling hint again
    page.locator("#kim-q").fill("ciawigebangx")
    settle(page)
    page.wait_for_timeout(300)
    assert place.is_hidden() and page.locator("#kim-none-hint").is_visible()


@pytest.mark.parametrize("query", ["negeri ngarip", "NEGERI  Ngarip"])
def test_a_village_named_with_its_word_is_not_its_neighbour(directory, bundled_kims, query):
    """The tester's "negeri baru" listed a KIM of Kampung Baru, another village. Negeri Ngarip
    (18.06.03.2023) has no KIM; Ngarip, its neighbour in Tanggamus, has one, which is not
    Negeri Ngarip's: the query is read whole, as `kim new` reads it, and the place is named."""
    ngarip = [k.nama for k in bundled_kims if k.place.code == "18.06.15.2006"]
    assert ngarip
    page, _ = directory()
    page.locator("#kim-q").fill(query)
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert shown(page) == []
    assert page.locator("#kim-noplace-text").inner_text().startswith("Belum ada KIM terdaftar di Negeri Ngarip. ")
    # without the word, Ngarip's KIM as before
    page.locator("#kim-q").fill("desa ngarip")
    settle(page)
    assert shown(page) == ngarip


@pytest.mark.parametrize(("lang", "query", "text"), [
    ("", "kurik", "Belum ada KIM terdaftar di Distrik Kurik. "),
    ("", "distrik kurik", "Belum ada KIM terdaftar di Distrik Kurik. "),
    ("", "Distrik Okaba", "Belum ada KIM terdaftar di Distrik Okaba. "),
    ("en/", "distrik kurik", "No KIM is listed in Kurik District yet. "),
])
def test_a_district_in_papua_is_a_distrik(directory, lang, query, text):
    """The tester: "kurik" said "Kec. Kurik", a district of Merauke, Papua Selatan, which UU
    No. 21 Tahun 2001 names a distrik; "distrik kurik" was told to check its spelling."""
    page, _ = directory(lang=lang)
    page.locator("#kim-q").fill(query)
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert page.locator("#kim-noplace-text").inner_text().startswith(text)
    assert page.locator("#kim-noplace").get_by_role("link").nth(1).get_attribute("href").endswith("wilayah/93.01/")



# The brief's everyday short forms (generator/data/singkatan_provinsi.yml) and full names,
# with the province each names; the bundled KIMs are all in Lampung.
PROVINCE_QUERIES = [
    ("jatim", "35", "Jawa Timur"), ("jabar", "32", "Jawa Barat"), ("jateng", "33", "Jawa Tengah"),
    ("diy", "34", "Daerah Istimewa Yogyakarta"), ("jogja", "34", "Daerah Istimewa Yogyakarta"),
    ("yogya", "34", "Daerah Istimewa Yogyakarta"), ("jakarta", "31", "Daerah Khusus Ibukota Jakarta"),
    ("dki", "31", "Daerah Khusus Ibukota Jakarta"), ("sumut", "12", "Sumatera Utara"),
    ("sumbar", "13", "Sumatera Barat"), ("sumsel", "16", "Sumatera Selatan"), ("kaltim", "64", "Kalimantan Timur"),
    ("kalbar", "61", "Kalimantan Barat"), ("kalsel", "63", "Kalimantan Selatan"),
    ("kalteng", "62", "Kalimantan Tengah"), ("kaltara", "65", "Kalimantan Utara"),
    ("sulsel", "73", "Sulawesi Selatan"), ("sulut", "71", "Sulawesi Utara"), ("sulteng", "72", "Sulawesi Tengah"),
    ("sultra", "74", "Sulawesi Tenggara"), ("sulbar", "76", "Sulawesi Barat"),
    ("ntb", "52", "Nusa Tenggara Barat"), ("ntt", "53", "Nusa Tenggara Timur"),
    ("babel", "19", "Kepulauan Bangka Belitung"), ("kepri", "21", "Kepulauan Riau"), ("malut", "82", "Maluku Utara"),
    ("Jawa Barat", "32", "Jawa Barat"), ("provinsi jawa timur", "35", "Jawa Timur"),
    ("DKI Jakarta.", "31", "Daerah Khusus Ibukota Jakarta"), ("  JATIM, ", "35", "Jawa Timur"),
]


def test_a_province_without_a_kim_says_so_by_any_of_its_names(directory):
    """Before, "jatim" listed Cahaya Ilmu Way Hui as a typo of Jati, "babel" Bagelen's KIM,
    "jawa barat" a KIM of Metro Barat whose description says "Jawa", and most forms were told
    to check their spelling: a province that has no KIM yet is said to have none, with its page."""
    page, requests = directory(width=360, height=740)
    place, text = page.locator("#kim-noplace"), page.locator("#kim-noplace-text")
    for query, code, name in PROVINCE_QUERIES:
        page.locator("#kim-q").fill(query)
        settle(page)
        place.wait_for(state="visible")
        assert shown(page) == [] and page.locator("#kim-typo").is_hidden(), query
        assert text.inner_text().startswith(f"Belum ada KIM terdaftar di {name}. "), query
        assert page.locator("#kim-none-hint").is_hidden(), query
        link = place.get_by_role("link").nth(1)
        assert link.get_attribute("href") == f"../wilayah/{code}/", query
        assert link.inner_text() == f"Pembina KIM dan KIM terdekat: {name}", query
        page.locator("#kim-q").fill("")
        settle(page)
    # the provinces come with the place names: no village file is asked for them
    assert not [r for r in requests if r.startswith("data/desa")]


@pytest.mark.parametrize(("query", "place", "code"), [
    ("aceh", "Aceh", "11"), ("Riau.", "Riau", "14"), ("aceh besar", "Kabupaten Aceh Besar", "11.06"),
    ("jakarta pusat", "Kota Administrasi Jakarta Pusat", "31.71"),
])
def test_a_province_named_by_one_word_is_the_province_when_alone(directory, query, place, code):
    """Before, "aceh" named the village Gampong Aceh as the place without a KIM, and "jakarta
    pusat" the province DKI Jakarta ("jakarta") and the word "pusat"."""
    page, _ = directory(width=360, height=740)
    page.locator("#kim-q").fill(query)
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert page.locator("#kim-noplace-text").inner_text().startswith(f"Belum ada KIM terdaftar di {place}. ")
    assert page.locator("#kim-noplace").get_by_role("link").nth(1).get_attribute("href") == f"../wilayah/{code}/"

def test_a_province_in_english_and_a_province_with_kims(directory, bundled_kims):
    page, _ = directory(lang="en/", width=360, height=740)
    page.locator("#kim-q").fill("kaltim")
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert page.locator("#kim-noplace-text").inner_text().startswith("No KIM is listed in Kalimantan Timur yet. ")
    assert page.locator("#kim-noplace").get_by_role("link").nth(1).get_attribute("href") == "../../en/wilayah/64/"
    # "provinsi" names the province alone: before, the word was dropped and "lampung" was any
    # word beginning so; with another word, the province's KIMs that hold it
    lampung = names(k for k in bundled_kims if k.place.province_code == "18")
    for query in ("provinsi lampung", "Prov. Lampung"):
        page.locator("#kim-q").fill(query)
        settle(page)
        assert sorted(shown(page)) == lampung, query
    page.locator("#kim-q").fill("pertanian provinsi lampung")
    settle(page)
    assert sorted(shown(page)) == names(k for k in bundled_kims if text_match(k, "pertanian")), "pertanian"


@pytest.mark.parametrize(("query", "place", "code"), [
    ("kota bogor", "Kota Bogor", "32.71"), ("Kab. Bogor", "Kabupaten Bogor", "32.01"),
    ("kab bima", "Kabupaten Bima", "52.06"), ("kota bima", "Kota Bima", "52.72"),
    ("kab. solok", "Kabupaten Solok", "13.02"), ("kota kediri", "Kota Kediri", "35.71"),
    ("kab. pekalongan", "Kabupaten Pekalongan", "33.26"), ("Kota Pekalongan,", "Kota Pekalongan", "33.75"),
    ("kec. margasari", "Kec. Margasari", "33.28"),
    ("kab. kepulauan seribu", "Kabupaten Administrasi Kepulauan Seribu", "31.01"),
])
def test_a_level_word_before_a_place_without_a_kim_keeps_its_level(directory, query, place, code):
    """Before: "kota bogor", "kab bima" and "kota kediri" were told to check their spelling,
    "kab. solok" was Kampung Solok, a village; "kab. pekalongan" and "kec. margasari" listed the
    KIMs of the villages Pekalongan and Margasari in Lampung Timur."""
    page, _ = directory(width=360, height=740)
    page.locator("#kim-q").fill(query)
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert shown(page) == []
    assert page.locator("#kim-noplace-text").inner_text().startswith(f"Belum ada KIM terdaftar di {place}. ")
    assert page.locator("#kim-noplace").get_by_role("link").nth(1).get_attribute("href") == f"../wilayah/{code}/"


VILLAGE_FILES = re.compile(r"/data/desa(-awalan\.json|/)")


class HeldVillageFiles:
    """Holds every request for a village file until `release`, then lets them all go: the
    page's, and the service worker's once it controls the page (a first worker keeps nothing
    at install, so it may take the page over before the query is typed)."""

    def __init__(self, page) -> None:
        self.routes, self.holding = [], True
        page.context.route(VILLAGE_FILES, self._route)

    def _route(self, route) -> None:
        if self.holding:
            self.routes.append(route)
        else:
            route.continue_()

    def release(self) -> None:
        self.holding = False
        for route in self.routes:
            route.continue_()


def shown_before_the_village_file(page, query: str, n: int) -> None:
    """Types `query` and waits for a list of `n` results while its village file is held."""
    page.locator("#kim-q").fill(query)
    page.wait_for_function(f"() => document.getElementById('kim-count').textContent === {count_text(n)!r}"
                           " && document.querySelectorAll('#kim-results .kim-result__name').length > 0")
    assert page.locator("#kim-app").get_attribute("data-busy") == "1"   # not told yet
    assert page.locator("#kim-results").get_attribute("aria-busy") == "true"


@pytest.mark.parametrize("query", ["desa pekalongan", "pekon sekincau"])
def test_a_query_with_a_village_word_shows_results_before_its_village_file(directory, query):
    """A query beginning with a village word waited for its village file (two requests, one
    after the other) before any result showed. Its results without the word show at once,
    not yet told; the file, when it comes, leaves them as they are (no village's official
    name begins with these words) and they are told."""
    page, _ = directory("?q=" + query.split(" ", 1)[1])
    without_word = shown(page)
    assert without_word
    page, _ = directory()
    held = HeldVillageFiles(page)
    shown_before_the_village_file(page, query, len(without_word))
    assert shown(page) == without_word and held.routes
    page.wait_for_timeout(900)   # longer than the announcer's delay: nothing is said yet
    assert page.locator("#kim-announce").inner_text() == ""
    held.release()
    settle(page)
    assert shown(page) == without_word
    page.wait_for_function("() => document.getElementById('kim-announce').textContent"
                           f".startsWith({count_text(len(without_word))!r})")


def test_a_village_named_with_its_word_is_refined_when_its_file_comes(directory, bundled_kims):
    """Negeri Ngarip's query shows its neighbour Ngarip's KIM, busy, while its village file is
    held, then the answer read whole: no KIM, and the place named."""
    ngarip = [k.nama for k in bundled_kims if k.place.code == "18.06.15.2006"]
    page, _ = directory()
    held = HeldVillageFiles(page)
    shown_before_the_village_file(page, "negeri ngarip", len(ngarip))
    assert shown(page) == ngarip
    held.release()
    settle(page)
    page.locator("#kim-noplace").wait_for(state="visible")
    assert shown(page) == []
