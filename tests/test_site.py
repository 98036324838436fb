"""Real builds of a fixture site: every page exists, data matches golden files,
builds are reproducible, and a build with invalid data deploys nothing."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree

import pytest
from mkdocs.exceptions import Abort, PluginError

from generator.format import catalogue
from generator.site import templating
from generator.site.files.sitemap import robots_txt, sitemap_files
from generator.site.i18n import LANGS
from generator.site.templating import template_env

from .conftest import TODAY, site_fixture
from .golden import check_golden
from .sitebuild import FIXTURE_KIMS, ROOT, all_files, build_site, site_model
from .test_security import hostile_kims

GOLDEN = Path(__file__).parent / "golden"


@site_fixture
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="module")
def kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_every_kim_has_a_profile_in_both_languages(site, kims):
    for kim in kims:
        for prefix, site_name in (("", "Direktori KIM"), ("en/", "KIM Directory")):
            page = read(site, f"{prefix}kim/{kim.slug}")
            marked = f" ({'contoh' if not prefix else 'sample'})" if kim.contoh else ""  # the share preview's title
            assert f"<title>{kim.nama}{marked} - {site_name}</title>" in page
            assert page.count("<h1") == 1
            # schema.org data for a real KIM only: a sample is no organisation
            assert ('<script type="application/ld+json">' in page) is not kim.contoh
            assert (site / "data" / "kim" / f"{kim.slug}.json").exists()


def test_profile_content(site):
    page = read(site, "kim/sinar-harapan-pekalongan")
    assert 'href="../../wilayah/18/">Lampung</a>' in page
    assert 'href="../../wilayah/18.07/">Kabupaten Lampung Timur</a>' in page
    assert "<li><b>Ketua</b>: Dimas (uji)</li>" in page
    assert "<li>Bendahara: <small>nama tidak ditampilkan</small></li>" in page  # no consent: the role only
    assert 'href="https://wa.me/6285700000000"' in page
    assert 'href="https://github.com/direktori-kim/direktori-kim/edit/main/kims/18/18.07/sinar-harapan-pekalongan.yml"' in page
    assert 'data-lat="-5.093" data-lon="105.381"' in page
    assert 'http-equiv="Content-Security-Policy"' in page
    assert '<link rel="canonical" href="https://kim.example.org/kim/sinar-harapan-pekalongan/">' in page
    english = read(site, "en/kim/sinar-harapan-pekalongan")
    assert '<html lang="en"' in english and "Last checked" in english


def test_profile_chrome_stays_light(site):
    """What every one of 20,000 profiles carries: the logo as one cached file (not two inline
    SVGs), no generator tag, no empty footer, no line breaks between the theme's tags."""
    page = read(site, "kim/sinar-harapan-pekalongan")
    shell = page[:page.index("<article")]
    assert shell.count('<img src="../../assets/kim/logo.svg" alt="" width="24" height="24">') == 2
    assert "M12 8a3 3 0 0 0 3-3" not in page  # the logo's own path, formerly inline twice
    assert 'name="generator"' not in page and "md-footer" not in page
    assert ">\n<" not in shell
    assert (site / "assets" / "kim" / "logo.svg").is_file()
    # No palette (kim.css holds the colours): neither its stylesheet nor its restoring script.
    assert "palette" not in page and "data-md-color" not in page
    assert "__tabbed_" not in page  # the script for content tabs, which the site has none of
    assert 'class="md-top' not in page and 'class="md-top' in read(site, "panduan/adinda")
    # The menu: one plain link per section, without the theme's per-item wrappers.
    menu = shell[shell.index('<ul class="md-nav__list"'):]
    assert 'href="../../panduan/" class="md-nav__link">Panduan</a></li>' in menu
    assert "md-ellipsis" not in menu and "md-nav__item--pruned" not in menu


def test_profile_markup_is_compact(site):
    page = read(site, "kim/sinar-harapan-pekalongan")
    body = page[page.index('<div class="kim-profile">'):page.index("</article>")]
    assert ('<li>Situs web: <a href="https://sinarharapan.example.org" rel="nofollow ugc">'
            "sinarharapan.example.org</a></li>") in body
    assert ('<li>Facebook: <a href="https://www.facebook.com/uji.kimsinarharapan" rel="nofollow ugc">'
            "facebook.com/uji.kimsinarharapan</a></li>") in body
    assert "<li><b>Radio komunitas</b> <small>Radio Sinar (uji) 107.7 FM</small></li>" in body  # no link
    assert "</a></li><li>Pekalongan</li></ol></nav>" in body  # the village: text, not a third link
    assert "<strong>" not in body and "kim-list" not in body
    assert body.count('class="kim-body"') == 1  # the description; items' texts need no wrapper
    assert "\n<li" not in body and "</li>\n" not in body  # no line breaks between the template's tags
    assert "numberOfEmployees" not in page


def test_stale_profile_is_marked(site, kims):
    stale = [k for k in kims if k.is_stale(catalogue.dt.date(2026, 11, 27))]
    fresh = [k for k in kims if k not in stale]
    assert stale and fresh
    assert "Perlu diperbarui" in read(site, f"kim/{stale[0].slug}")
    assert "Perlu diperbarui" not in read(site, f"kim/{fresh[0].slug}")


def test_region_pages(site, kims):
    province = read(site, "wilayah/18")
    regency = read(site, "wilayah/18.07")
    assert "<h1>Lampung</h1>" in province and "Kabupaten Lampung Timur" in province
    # each table names what its rows are, and each row is headed by its region
    assert ('<h2 id="kabupaten">Kabupaten/kota</h2>' in province
            and '<th scope="row"><a href="../../wilayah/18.07/">Kabupaten Lampung Timur</a>' in province)
    for url, title in (("wilayah", "Provinsi"), ("en/wilayah", "Provinces")):
        national = read(site, url)
        assert f'<h2 id="provinsi">{title}</h2>' in national and 'id="kabupaten"' not in national
        assert re.search(r'<th scope="row"><a href="[./]*(en/)?wilayah/18/">Lampung</a>( <small>[^<]*</small>)?</th>', national)
    for kim in kims:
        if kim.place.regency_code == "18.07":
            assert f'href="../../kim/{kim.slug}/"' in regency
    villages = sum(1 for _ in open(Path("generator/data/wilayah/villages.csv"))) - 1
    assert (site / "wilayah" / "11.01" / "index.html").exists()  # every regency, with or without KIMs
    assert len(list((site / "wilayah").iterdir())) == 38 + 514 + 1
    assert villages == 83762


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_province_page_links_its_section_of_the_statistics(site, lang):
    """The tester's case: at 10,000 KIMs /statistik/ is 74,000 px tall; a province's page
    leads to its own section, which the statistics page's contents list too."""
    prefix = "" if lang == "id" else "en/"
    province = read(site, f"{prefix}wilayah/18")
    link = re.search(r'<p><a href="([./]*)(en/)?statistik/#kabupaten-18">([^<]+)</a></p>', province)
    assert link and link[3] == ("Statistik KIM menurut kabupaten/kota di Lampung" if lang == "id"
                                else "KIM statistics by regency and city in Lampung")
    assert (link[2] or "") == prefix and link[1] == "../../" + "../" * (lang == "en")
    statistics = read(site, f"{prefix}statistik")
    assert '<h3 id="judul-kabupaten-18">Lampung</h3>' in statistics  # the target in its fold, which opens
    contents = statistics[statistics.index('<nav class="kim-toc"'):]
    contents = contents[:contents.index("</nav>")]
    targets = re.findall(r'href="#([^"]+)"', contents)
    assert "kabupaten-18" in targets and "cakupan" in targets
    assert all(f'id="{target}"' in statistics for target in targets)
    assert 'statistik/#' not in read(site, f"{prefix}wilayah/18.07")  # a regency has no section of its own


def test_no_javascript_listing_reaches_every_kim(site, kims):
    directory = read(site, "kim")
    reached = set()
    for regency in re.findall(r'href="\.\./wilayah/([0-9.]+)/"', directory):
        reached |= set(re.findall(r'href="\.\./\.\./kim/([a-z0-9-]+)/"', read(site, f"wilayah/{regency}")))
    assert reached == {k.slug for k in kims}


@pytest.mark.parametrize("name", ["data/kims.json", "data/kims.csv", "data/kims.geojson", "kim/indeks.json",
                                  "data/kim/sinar-harapan-pekalongan.json", "sitemap.xml"])
def test_generated_data_matches_golden(site, name, update_golden):
    check_golden(GOLDEN / name.replace("/", "__"), (site / name).read_text(encoding="utf-8"), update_golden)


def test_robots_txt_names_the_sitemap(site):
    assert (site / "robots.txt").read_text(encoding="utf-8") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://kim.example.org/sitemap.xml\n")
    assert robots_txt("/") is None  # no absolute address, no sitemap line to give


def test_a_sitemap_past_the_protocols_limit_becomes_an_index_of_parts():
    """The English-side tester: at two profiles a KIM one file passes the 50,000 addresses a
    search engine reads from it near 24,000 KIMs."""
    pages = [(f"kim/k{n}/", None) for n in range(5)]
    (index, xml), *parts = sitemap_files("https://x.org/", ["", "kim/"], pages, {"kim/k4/"}, most=3)
    assert index == "sitemap.xml" and [path for path, _ in parts] == ["sitemap-1.xml", "sitemap-2.xml"]
    assert xml.decode().splitlines()[1:] == [
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <sitemap><loc>https://x.org/sitemap-1.xml</loc></sitemap>",
        "  <sitemap><loc>https://x.org/sitemap-2.xml</loc></sitemap>",
        "</sitemapindex>"]
    listed = [re.findall(r"<loc>https://x.org/(.*?)</loc>", data.decode()) for _, data in parts]
    assert listed == [["", "kim/", "kim/k0/"], ["kim/k1/", "kim/k2/", "kim/k3/"]]
    assert all(data.decode().splitlines()[1].startswith("<urlset ") for _, data in parts)
    assert [path for path, _ in sitemap_files("https://x.org/", ["", "kim/"], pages, most=7)] == ["sitemap.xml"]
    # past the size a file may have, too (50 MB): the alternates make a line four times longer
    by_size = sitemap_files("https://x.org/", ["", "kim/"], pages, most=7, most_bytes=100)  # two lines
    assert [path for path, _ in by_size] == ["sitemap.xml", *(f"sitemap-{n}.xml" for n in range(1, 5))]
    assert [data.count(b"<url>") for _, data in by_size[1:]] == [2, 2, 2, 1]


SITE = "https://kim.example.org/"
XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_names_each_page_in_the_other_language(bundled_site):
    """The English-side tester: search engines could not tell that /en/kim/x/ is /kim/x/ in
    English. Every alternate is a page of the site, listed with the same alternates (the pairs
    are symmetric), the one its language link leads to; a guide in Indonesian only has none."""
    site = bundled_site
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    found = {}
    for entry in root.iter(SITEMAP_NS + "url"):
        links = entry.findall(XHTML + "link")
        assert all(link.get("rel") == "alternate" for link in links)
        found[entry.find(SITEMAP_NS + "loc").text[len(SITE):]] = {
            link.get("hreflang"): link.get("href")[len(SITE):] for link in links}
    paired = {url: links for url, links in found.items() if links}
    assert len(paired) > 500 and len(paired) % 2 == 0
    for url, links in paired.items():
        assert set(links) == {"id", "en", "x-default"} and links["x-default"] == links["id"]
        assert links["en"] == "en/" + links["id"] and url in (links["id"], links["en"])
        for href in links.values():
            assert (site / href / "index.html").is_file() and found[href] == links
        other = links["id" if url.startswith("en/") else "en"]
        switch = re.search(r'class="kim-lang"><a href="([^"]*)"', read(site, url))
        assert switch and urljoin(SITE + url, switch[1]) == SITE + other, url
    assert not found["panduan/media/"] and not found["panduan/templat/sk-kepala-desa/"]
    assert {url for url in found if re.fullmatch(r"(en/)?kim/[a-z0-9-]+/", url)} <= set(paired)


OWN_FILE = "data/kim/sinar-harapan-pekalongan.yml"  # the KIM's file, byte for byte
# The fixture's consented personal contact (sinar-harapan-pekalongan): its WhatsApp number and
# e-mail address, as written and as links.
PERSONAL = (b"6285700000000", b"rini.sinar@example.net")


def test_personal_contacts_appear_on_html_pages_only(site):
    """A consented personal contact is on the KIM's profile, and in no bulk copy: no file of
    the site that is not a page (JSON, CSV, GeoJSON, the search index, the board's data, the
    feed, ...) holds it, but the KIM's own file (data/kim/<slug>.yml, as in the repository)."""
    files = all_files(site)
    for lang in ("", "en/"):
        profile = files[f"{lang}kim/sinar-harapan-pekalongan/index.html"]
        assert all(needle in profile for needle in PERSONAL)
    holding = {name for name, data in files.items() if any(needle in data for needle in PERSONAL)}
    assert holding >= {"kemitraan/perguruan-tinggi/index.html", "en/kemitraan/media/index.html"}
    assert {name for name in holding if not name.endswith(".html")} == {OWN_FILE}
    assert json.loads(files["data/kims.json"])["jumlah"] == 7


def test_board_members_names_appear_on_html_pages_only(site):
    """A consented board member's name is on the profile; the bulk copies keep the role only,
    as the privacy notice says."""
    files = all_files(site)
    name = b"Dimas (uji)"  # the fixture's consented ketua of sinar-harapan-pekalongan
    assert name in files["kim/sinar-harapan-pekalongan/index.html"]
    assert {n for n, data in files.items() if name in data and not n.endswith(".html")} == {OWN_FILE}
    record = json.loads(files["data/kim/sinar-harapan-pekalongan.json"])
    assert record["pengurus"][0] == {"jabatan": "ketua"}


def test_points_are_published_at_about_100_m_unless_a_public_place(site):
    """sinar-harapan-pekalongan's secretariat (-5.093468, 105.381249) is published at 3
    decimals; kim-kedaton-mandiri's, a public place (-5.373149, 105.251372), at the 4 the
    format keeps. Every output gets the same point."""
    files = all_files(site)
    private, public = ("-5.093", "105.381"), ("-5.3731", "105.2514")
    for slug, (lat, lon) in (("sinar-harapan-pekalongan", private), ("kim-kedaton-mandiri", public)):
        page = files[f"kim/{slug}/index.html"].decode()
        assert f'data-lat="{lat}" data-lon="{lon}"' in page
        if slug == "kim-kedaton-mandiri":  # JSON-LD: real KIMs only (the other is a sample)
            assert f'"latitude":{lat},"longitude":{lon}' in page
        record = json.loads(files[f"data/kim/{slug}.json"])
        assert (str(record["koordinat"]["lintang"]), str(record["koordinat"]["bujur"])) == (lat, lon)
        assert f"{slug},".encode() in files["data/kims.csv"] and f",{lat},{lon},".encode() in files["data/kims.csv"]
        assert f"[{lon},{lat}]".encode() in files["data/kims.geojson"]
    assert json.loads(files["data/kim/kim-kedaton-mandiri.json"])["koordinat"]["tempat_umum"] is True
    assert "tempat_umum" not in json.loads(files["data/kim/sinar-harapan-pekalongan.json"])["koordinat"]
    # The KIM's own file keeps the digits written, as the repository does (the guide asks for
    # 3 decimals for a house); every other output has the published point only.
    written = (b"5.093468", b"5.0935", b"105.381249", b"105.3812", b"5.373149", b"105.251372")
    assert [(name, n) for name, data in files.items() for n in written
            if n in data and not name.endswith(".yml")] == []


def test_builds_are_reproducible(site, tmp_path):
    again = build_site(tmp_path)
    first, second = all_files(site), all_files(again)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.build
def test_invalid_data_fails_the_build_and_deploys_nothing(tmp_path, caplog):
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURE_KIMS, broken)
    seed = broken / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
    seed.write_text(seed.read_text(encoding="utf-8").replace('"18.07.04.2001"', '"18.07.04.9999"'), encoding="utf-8")
    with pytest.raises(Abort, match="BuildError") as exc:
        build_site(tmp_path / "out", broken)
    # MkDocs logs a plugin's error and aborts from it: the cause must be the data, not, say,
    # a warning in strict mode.
    cause = exc.value.__context__
    assert isinstance(cause, PluginError) and str(cause).startswith(
        "Data KIM memuat galat; situs tidak dibangun / KIM data has errors; nothing is built:\n")
    assert "sinar-harapan-pekalongan.yml:5:10: error[unknown-village] wilayah: kode `18.07.04.9999`" in caplog.text
    assert "sinar-harapan-pekalongan.yml:5:10: error[unknown-village] wilayah: code `18.07.04.9999`" in caplog.text
    assert not (tmp_path / "out" / "site" / "index.html").exists()


class _Text(HTMLParser):
    """A page's text as a browser lays it out: a line per block, spaces collapsed; inline tags
    stay as tokens, so a space lost or gained beside one shows."""

    BLOCKS = {"p", "div", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "nav", "script", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.parts.append("\n" if tag in self.BLOCKS else f"<{tag}>")

    def handle_endtag(self, tag):
        self.parts.append("\n" if tag in self.BLOCKS else f"</{tag}>")

    def handle_data(self, data):
        self.parts.append(data)

    @classmethod
    def lines(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
        return [line for line in lines if line]


def test_profiles_read_the_same_without_the_line_breaks_between_tags(kims, monkeypatch):
    def bodies() -> dict[str, str]:
        model = site_model(kims + hostile_kims(), TODAY)
        model.env = template_env.__wrapped__(str(ROOT / "theme" / "kim"))  # not the cached one
        pages = (item.make() for lang in LANGS for item in model.profile_pages(lang))
        return {page.url: page.body for page in pages}

    joined = bodies()
    monkeypatch.setattr(templating, "_BREAK_BETWEEN_TAGS", re.compile("(?!)"))
    kept = bodies()
    assert sum(map(len, kept.values())) - sum(map(len, joined.values())) > 50 * len(kept)
    for url, body in kept.items():
        assert _Text.lines(joined[url]) == _Text.lines(body), url


def test_the_menu_links_a_section_to_its_first_page_however_deep():
    from types import SimpleNamespace as Node

    from generator.mkdocs_plugin.plugin import _first_page

    page = lambda url: Node(url=url, children=None)  # noqa: E731
    guides = Node(url=None, children=[Node(url=None, children=[page("panduan/dasar/"), page("panduan/lain/")]),
                                      page("x/")])
    assert _first_page(guides).url == "panduan/dasar/"
    assert _first_page(page("kim/")).url == "kim/"


def test_an_english_menu_links_english_pages_and_marks_the_others():
    from generator.site.menu import MenuItem, menus

    sections = [("Beranda", ""), ("Direktori", "kim/"), ("Panduan", "panduan/dasar/")]
    found = menus(sections, {"", "kim/", "panduan/dasar/", "en/", "en/kim/"})
    assert found["id"] == (MenuItem("", "Beranda"), MenuItem("kim/", "Direktori"), MenuItem("panduan/dasar/", "Panduan"))
    assert found["en"] == (MenuItem("en/", "Home"), MenuItem("en/kim/", "Directory"),
                           MenuItem("panduan/dasar/", "Guides (in Indonesian)", "id"))


def test_english_pages_show_the_menu_in_english(site):
    """Material's nav is mkdocs.yml's, in Indonesian: an English page's tabs and drawer name
    the sections in English and lead to the English pages."""
    for url in ("en", "en/wilayah", "en/kim/sinar-harapan-pekalongan"):
        html = read(site, url)
        menu = re.findall(r'<a href="([^"]*)" class="md-nav__link"( hreflang="id")?>([^<]*)<', html)
        assert [title for _, _, title in menu][:3] == ["Home", "Directory", "Regions"], url
        assert ("Guides (in Indonesian)", " hreflang=\"id\"") in [(t, h) for _, h, t in menu], url
        assert "Beranda" not in html.split('<div class="md-content"')[0], url
    tabs = re.findall(r'class="md-tabs__item( md-tabs__item--active)?"><a href="([^"]*)" class="md-tabs__link"[^>]*>([^<]*)<',
                      read(site, "en/wilayah"))
    assert tabs[2] == (" md-tabs__item--active", "./", "Regions") and len(tabs) == 9
    assert "md-tabs" not in read(site, "en/kim/sinar-harapan-pekalongan")  # a shell: the drawer only


def test_the_spreadsheet_template_is_linked_from_kontribusi(site):
    """`kim impor`'s template and guide: linked in both languages, the file in the site as committed."""
    for url, prefix, lang in (("kontribusi", "../", ""), ("en/kontribusi", "../../", ' hreflang="id"')):
        page = read(site, url)
        assert f'<a href="{prefix}panduan/templat-impor-kim.xlsx" download{lang}>' in page
        assert f'href="{prefix}panduan/impor-lembar-kerja/"' in page
    template = ROOT / "content" / "panduan" / "templat-impor-kim.xlsx"
    assert (site / "panduan" / "templat-impor-kim.xlsx").read_bytes() == template.read_bytes()
    assert "Impor daftar KIM dari lembar kerja" in read(site, "panduan/impor-lembar-kerja")


def test_every_page_of_the_shell_links_the_menu_to_the_same_places(site):
    """Region pages are filled into the profile's shell: its menu must not point at their own
    parent folder ("../" from wilayah/18/ is wilayah/, not the directory)."""
    for url, links in (("kim/sinar-harapan-pekalongan", ["../../kim/", "../../wilayah/"]),
                       ("wilayah/18", ["../../kim/", "../../wilayah/"]),
                       ("wilayah/18.07", ["../../kim/", "../../wilayah/"]),
                       ("en/wilayah/18", ["../../../en/kim/", "../../wilayah/"])):
        menu = re.findall(r'<a href="([^"]*)" class="md-nav__link', read(site, url))
        assert menu[1:3] == links, url


@pytest.mark.parametrize("page, form", [("index.html", "kontribusi/"), ("en/index.html", "../en/kontribusi/"),
                                        ("panduan/memperbarui-profil/index.html", "../../kontribusi/")])
def test_the_home_pages_and_the_update_guide_lead_to_the_form(bundled_site, page, form):
    """The way without a GitHub account, from where a volunteer starts."""
    assert f'href="{form}"' in (bundled_site / page).read_text(encoding="utf-8")


@pytest.mark.parametrize("n, id_, en", [(999, "999 B", "999 B"), (13_514, "13,5 kB", "13.5 kB"),
                                        (999_949, "999,9 kB", "999.9 kB"), (999_950, "1,0 MB", "1.0 MB"),
                                        (22_312_345, "22,3 MB", "22.3 MB")])
def test_a_file_size_reads_in_the_page_s_language(n, id_, en):
    from generator.site.i18n import Text

    assert (Text("id").size(n), Text("en").size(n)) == (id_, en)


@pytest.mark.parametrize("page, lang", [("data", "id"), ("en/data", "en")])
def test_the_data_page_gives_each_download_the_size_of_the_file_written(site, page, lang):
    """The tester's case: at 10,000 KIMs data/kims.json is 22 MB, and the link did not say so.
    The page is rendered once the build has written the files, kims.json last of them."""
    from generator.site.i18n import Text

    body = read(site, page)
    depth = "../" * (page.count("/") + 1)
    for name in ("kims.json", "kims.csv", "kims.geojson", "kim.schema.json", "statistik.json", "mitra.json"):
        size = Text(lang).size((site / "data" / name).stat().st_size)
        assert f'<a href="{depth}data/{name}">{name}</a> ({size}) <span class="kim-muted">' in body
    assert "<code>data/kim/&lt;slug&gt;.json</code> <span" in body  # one per KIM: no size
