"""Interface text: counts in English (one plural rule, in `generator/model/plurals.py`), the
labels of region levels, and links to guides from English pages."""

from __future__ import annotations

import posixpath
import re
import subprocess

import pytest
import yaml
from markupsafe import escape

from generator.format import catalogue
from generator.model.plurals import count_of, plural
from generator.site.i18n import Text
from generator.site.menu import MenuItem, language_link
from generator.site.routes import guide_link

from .conftest import TODAY, site_fixture
from .sitebuild import ROOT, build_site

EN, ID = Text("en"), Text("id")
STRINGS = yaml.safe_load((ROOT / "generator" / "data" / "antarmuka.yml").read_text(encoding="utf-8"))


def test_every_string_is_indonesian_and_english_only():
    # a comma in an unquoted {id: ..., en: ...} splits the text into a stray key
    assert {k: set(v) for k, v in STRINGS.items() if set(v) - {"id", "en"}} == {}
    assert ID("worklist_xlsx") == "Unduh daftar kerja (XLSX, untuk spreadsheet)"


@pytest.mark.parametrize("n, text", [(0, "0 KIMs"), (1, "1 KIM"), (2, "2 KIMs"), (1234, "1,234 KIMs")])
def test_a_count_takes_its_plural_in_english(n, text):
    assert EN("kim_count", n=EN.number(n)) == text
    assert ID("kim_count", n=ID.number(n)) == f"{ID.number(n)} KIM"


def test_a_word_without_its_number():
    assert [EN.word("province_total", n) for n in (1, 2)] == ["province", "provinces"]
    assert [EN.word("regency_total", n) for n in (1, 5)] == ["regency or city", "regencies and cities"]
    assert ID.word("province_total", 1) == ID.word("province_total", 7) == "provinsi"


def test_each_count_of_a_sentence_chooses_its_own_word():
    one = EN("kem_summary", open="1", seeks="1", offers="0", kims="1")
    assert one == "1 open item: 1 request for partners and 0 offers from 1 KIM."
    assert EN("stat_of_provinces", n=1, total="38") == "of 38 provinces has a listed KIM, active or not"
    assert EN("stat_of_provinces", n=3, total="38") == "of 38 provinces have a listed KIM, active or not"


def test_a_count_is_read_as_it_was_written():
    assert [count_of(v) for v in (1, "1", "1.234", "1,234", "0")] == [1, 1, 1234, 1234, 0]
    assert plural("no marker", {}) == "no marker"


def test_every_english_count_says_its_plural():
    """No English text puts a number before a plural noun without the marker: "{n} KIMs"."""
    bare = re.compile(r"\{(\w+)\} (?!\{\1\|)(?:[a-z]+ )?(KIMs|items|requests|provinces|villages|profiles|members|"
                      r"activities|partners|offers)\b")
    wrong = {key: entry["en"] for key, entry in STRINGS.items()
             if isinstance(entry, dict) and isinstance(entry.get("en"), str) and bare.search(entry["en"])}
    # Counts the page scripts of the board and the contribution form fill in themselves, and
    # counts that are never 1 ("too many", "all {n} profiles").
    assert set(wrong) <= {"kem_newest_note", "kem_jenis_newest_note", "kem_partners_top",
                          "stale_too_many", "kf_village_count", "kf_village_more", "kf_errors", "kf_warnings",
                          "kf_errors_unseen", "contoh_all"}, wrong


def test_every_partner_type_has_a_phrase_for_the_board_to_address_it():
    """"Bermitra dengan KIM: untuk koperasi", not the label "Koperasi" in mid-sentence."""
    kinds = yaml.safe_load((ROOT / "generator" / "data" / "kosakata.yml").read_text(encoding="utf-8"))["jenis_mitra"]
    assert {f"kem_who_{kind}" for kind in kinds} <= set(STRINGS)


def test_no_template_chooses_a_plural_itself():
    found = subprocess.run(["grep", "-rnE", r'_one"? if|"[a-z_]+_one"', str(ROOT / "theme" / "kim")],
                           capture_output=True, text=True).stdout
    assert found == ""


def test_a_district_is_labelled_as_one_and_only_a_district():
    assert ID.district("Sukadana", "18.07.01") == "Kec. Sukadana"
    assert EN.district("Sukadana", "18.07.01") == "Sukadana District"


def test_a_district_in_papua_is_a_distrik_as_its_law_names_it():
    """UU No. 21 Tahun 2001, Pasal 1: "Distrik, dahulu dikenal dengan Kecamatan"."""
    assert ID.district("Merauke", "93.01.01.2008") == "Distrik Merauke"
    assert ID.district("Jayapura Utara", "91.71.01") == "Distrik Jayapura Utara"
    assert EN.district("Merauke", "93.01.01") == "Merauke District"


def test_a_guide_in_english_where_written_else_marked_indonesian():
    assert guide_link("media", "id") == guide_link("media", "id", {"media"})
    assert guide_link("media", "id").url == "panduan/media/" and guide_link("media", "id").lang_note == ""
    assert (guide_link("media", "en").url, guide_link("media", "en").lang_note) == ("panduan/media/", "id")
    english = guide_link("media", "en", {"media"})
    assert (english.url, english.lang_note) == ("en/panduan/media/", "")
    assert Text("en", guides_en={"adinda"}).guide("adinda").url == "en/panduan/adinda/"


@pytest.mark.parametrize("url, lang, english, link", [
    ("", "id", (), MenuItem("en/", "English", "en")),
    ("panduan/media/", "id", {"media"}, MenuItem("en/panduan/media/", "English", "en")),
    ("en/panduan/media/", "en", {"media"}, MenuItem("panduan/media/", "Bahasa Indonesia", "id")),
    ("panduan/media/", "id", {"adinda"}, MenuItem("en/", "English (this page is in Indonesian only)", "en")),
    ("panduan/templat/mou-pks/", "id", (), MenuItem("en/", "English (this page is in Indonesian only)", "en")),
    ("panduan/media/", "id", {"index"}, MenuItem("en/panduan/", "English (this page is in Indonesian only)", "en")),
    ("panduan/", "id", {"index"}, MenuItem("en/panduan/", "English", "en")),
    ("tentang/", "id", (), None),  # a page of content/ that is no guide: nothing known of it in English
])
def test_a_guide_links_its_english_version_else_an_english_page(url, lang, english, link):
    """The English-side tester: a guide in Indonesian only had no way back to English (menu,
    logo and footer lead to Indonesian pages)."""
    assert language_link(url, Text(lang, guides_en=english)) == link


def test_every_guide_leads_to_an_existing_english_page(bundled_site):
    guides = sorted((bundled_site / "panduan").rglob("index.html"))
    assert len(guides) == 23
    for guide in guides:
        text = guide.read_text(encoding="utf-8")
        found = re.search(r'<p class="kim-lang"><a href="([^"]*)" hreflang="en" lang="en">([^<]*)</a>', text)
        assert found, guide
        target = bundled_site / posixpath.normpath(posixpath.join(str(guide.parent.relative_to(bundled_site)), found[1]))
        assert target == bundled_site / "en" and found[2] == "English (this page is in Indonesian only)", guide
        assert '<html lang="en"' in (target / "index.html").read_text(encoding="utf-8")


@site_fixture
def english_guide_site(tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("english-guide"),
                      appended={"content/en/panduan/media.md": "# Managing media\n\nWhat a KIM publishes.\n"})


def test_a_guide_written_in_english_too_is_linked_both_ways(english_guide_site):
    def switch(url):
        page = (english_guide_site / url / "index.html").read_text(encoding="utf-8")
        return re.search(r'<p class="kim-lang"><a href="([^"]*)" hreflang="(\w+)" lang="\w+">([^<]*)</a>', page).groups()

    assert switch("panduan/media/") == ("../../en/panduan/media/", "en", "English")
    assert switch("en/panduan/media/") == ("../../../panduan/media/", "id", "Bahasa Indonesia")
    assert switch("panduan/adinda/") == ("../../en/", "en", "English (this page is in Indonesian only)")
    sitemap = (english_guide_site / "sitemap.xml").read_text(encoding="utf-8")
    assert 'hreflang="en" href="https://kim.example.org/en/panduan/media/"/>' in sitemap


def test_english_pages_name_districts_in_english(bundled_site):
    """"Kec." is Indonesian: an English page says "Pekalongan District" (the poster, printed
    for the village, is in Indonesian only)."""
    pages = [p for p in (bundled_site / "en").rglob("*.html") if "Kec. " in p.read_text(encoding="utf-8")]
    assert pages == []
    assert "District" in (bundled_site / "en" / "kemitraan" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("path, other", [
    ("en/kim/?q=pekalongan&prov=18", "kim/?q=pekalongan&prov=18"),
    ("kemitraan/?mitra=bumn", "en/kemitraan/?mitra=bumn"),
    ("en/mitra/?jenis=bumn", "mitra/?jenis=bumn"),
    ("en/kontribusi/?ubah=sinar-harapan-pekalongan", "kontribusi/?ubah=sinar-harapan-pekalongan"),
    ("en/statistik/#provinsi", "statistik/#provinsi"),  # a page without a script of its own
    ("kemitraan/?mitra=bumn#kem-jenis", "en/kemitraan/?mitra=bumn#kem-jenis"),
])
def test_the_other_language_keeps_the_page_s_query(browser, server, path, other):
    """The directory's and the board's filters and the form's ?ubah= mean the same in the
    other language: switching keeps them; and the part of the page read, its #fragment (a
    tester's case: /en/statistik/#provinsi switched to /statistik/)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url + path)
        page.locator(".kim-lang a").click()
        page.wait_for_url(server.url + other)
        # a click event alone, as some screen readers activate a link (the second tester)
        page.goto(server.url + path)
        page.locator(".kim-lang a").dispatch_event("click")
        page.wait_for_url(server.url + other)
    finally:
        context.close()


def test_the_logo_of_an_english_page_leads_to_the_english_home_page(bundled_site):
    wrong, checked = {}, 0
    for page in (bundled_site / "en").rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        if 'class="md-header"' not in text:
            continue  # a page without the site's chrome (embeds, posters, documents)
        href = re.search(r'<a href="([^"]*)" title="[^"]*" class="md-header__button md-logo"', text)
        folder = page.parent.relative_to(bundled_site).as_posix() + "/"
        home = posixpath.normpath(posixpath.join(folder, href[1])) + "/" if href else None
        checked += 1
        if home != "en/":
            wrong[folder] = home
    assert wrong == {} and checked > 100
    assert 'href="../.." title="Direktori KIM" class="md-header__button md-logo"' in (
        bundled_site / "wilayah" / "18.07" / "index.html").read_text(encoding="utf-8")


def test_an_english_page_says_once_that_a_guide_is_in_indonesian(bundled_site):
    doubled = [str(p.relative_to(bundled_site)) for p in (bundled_site / "en").rglob("*.html")
               if re.search(r"\(in Indonesian\)(?:</a>)?\s*(?:<[^>]+>\s*)*\(", p.read_text(encoding="utf-8"))]
    assert doubled == []


def test_an_english_link_that_says_in_indonesian_has_hreflang_id(bundled_site):
    """The tester: a region's worklist files said "in Indonesian" to the reader but not to
    the browser or the screen reader."""
    said = re.compile(r'<a ([^>]*)>([^<]*in Indonesian[^<]*)</a>')
    unmarked = {text for p in (bundled_site / "en").rglob("*.html")
                for attrs, text in said.findall(p.read_text(encoding="utf-8")) if 'hreflang="id"' not in attrs}
    assert unmarked == set()


def test_the_english_form_page_says_which_of_its_files_are_in_indonesian(bundled_site):
    """The tester: the spreadsheet template (Indonesian headers) was not said to be in
    Indonesian, as the guides beside it were. Every link of the English form page's text to a
    file of the site outside en/ (but the language link) says so, before it is followed."""
    html = (bundled_site / "en" / "kontribusi" / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    links = re.findall(r'<a href="\.\./\.\./(?!en/)[^"]*"([^>]*)>(.*?)</a>([^<]{0,16})', article)
    links = [link for link in links if link[1] != "Bahasa Indonesia"]
    assert len(links) >= 3
    unsaid = [link for link in links if 'hreflang="id"' not in link[0] or "(in Indonesian)" not in link[1] + link[2]]
    assert unsaid == []


def test_a_section_has_the_same_id_in_both_languages(bundled_site):
    """The language link carries the #fragment (util.js): a section must be found by the same
    id on the other language's page. A tester's case: /kontribusi/#izin switched to the top of
    /en/kontribusi/, whose section was #consent. Sections found in one language only are
    allowed (the English home page has no "start here")."""
    heading = re.compile(r'<h[23] id="([^"]+)"')
    differing = {}
    for english in (bundled_site / "en").rglob("index.html"):
        indonesian = bundled_site / english.relative_to(bundled_site / "en")
        if not indonesian.exists():
            continue
        ids = [set(heading.findall(page.read_text(encoding="utf-8"))) for page in (indonesian, english)]
        if ids[0] and ids[1] and not (ids[0] <= ids[1] or ids[1] <= ids[0]):
            differing[english.parent.relative_to(bundled_site).as_posix()] = sorted(ids[0] ^ ids[1])
    assert differing == {}


def test_indonesian_words_on_english_pages_are_marked_as_such(bundled_site):
    """The tester with a screen reader heard Indonesian link text and partners' names read with
    English pronunciation: a guide's Indonesian title linked from /en/kontribusi/, and partners'
    names on the English lists, which are written as partners wrote them, as KIMs' words are."""
    def html(url: str) -> str:
        return (bundled_site / url / "index.html").read_text(encoding="utf-8")

    kontribusi = html("en/kontribusi")
    for title in ("Memperbarui profil", "Impor daftar KIM dari lembar kerja"):
        assert re.search(rf'<a href="[^"]*" hreflang="id" lang="id">{title}</a>', kontribusi), title
    # every link to an Indonesian page whose words are Indonesian says so (its own text is English)
    unmarked = re.findall(r'<a [^>]*hreflang="id"(?![^>]*lang="id")[^>]*>([^<]*)</a>', kontribusi)
    assert not [text for text in unmarked if text.startswith(("Memperbarui", "Impor"))]
    partners = catalogue.load([str(ROOT / "mitra")], TODAY).mitra
    listing, board = html("en/mitra"), html("en/kemitraan")
    for m in partners:
        name = str(escape(m.nama))
        assert f"<strong lang=\"id\">{name}</strong>" in listing, m.slug
        assert f"<strong>{name}</strong>" not in board, m.slug
        assert f'<h1 lang="id">{name}</h1>' in html(f"en/mitra/{m.slug}")
        assert f"<strong>{name}</strong>" in html("mitra") and f"<h1>{name}</h1>" in html(f"mitra/{m.slug}")
    assert '<strong lang="id">' in board   # the programmes' cards name their partners
    assert 'class="kem-partner-name"><strong lang="id">' in html("en/kemitraan/mitra")
