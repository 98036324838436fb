"""The generator is safe on its own: with validation bypassed, hostile data yields no
script, event handler, javascript: URL, iframe or form on any page."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.model.kim import build_kim
from generator.model.regions import load_regions

from .browser import Server, Watch
from .conftest import site_fixture
from .sitebuild import build_site

ATTACK = '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://evil.example"></iframe><form action="https://evil.example"><input></form>'
JS = "javascript:alert(3)"


def hostile_kims():
    value = {
        "slug": "serangan",
        "nama": "KIM " + ATTACK,
        "status": "aktif",
        "diperbarui": dt.date(2026, 11, 1),
        "alamat": ATTACK,
        "koordinat": {"lintang": -5.1, "bujur": 105.3},
        "berdiri": dt.date(2016, 1, 1),
        "asal": ATTACK,
        "basis": [ATTACK],
        "deskripsi": f"{ATTACK}\n\n[klik]({JS}) [x][1]\n\n[1]: {JS}\n\n<a href=\"{JS}\" onclick=\"alert(4)\">a</a>",
        "bidang": ["pertanian", ATTACK],
        "anggota": 5,
        "pengurus": [{"jabatan": ATTACK, "nama": ATTACK, "izin_publikasi": dt.date(2026, 1, 1)}],
        "sk": [{"tingkat": "desa", "tanggal": dt.date(2017, 1, 1), "nomor": ATTACK, "penerbit": ATTACK}],
        "fasilitas": [ATTACK],
        "media": [{"jenis": "facebook", "url": JS, "nama": ATTACK},
                  {"jenis": "situs-web", "url": ' https://ok.example.org/" onmouseover="alert(5)'}],
        "kegiatan": [{"tanggal": dt.date(2026, 5, 1), "judul": ATTACK, "adinda": ATTACK, "uraian": ATTACK}],
        "kemitraan": [{"mitra": ATTACK, "jenis": ATTACK, "sejak": 2020, "bentuk": ATTACK}],
        "peluang": {"dicari": [{"judul": ATTACK, "jenis_mitra": [ATTACK], "bidang": [ATTACK], "uraian": ATTACK}],
                    "ditawarkan": [{"judul": ATTACK, "uraian": f"[x]({JS})"}]},
        "pembinaan": [{"tanggal": dt.date(2018, 1, 1), "kegiatan": ATTACK, "penyelenggara": ATTACK}],
        "prestasi": [{"tahun": 2024, "judul": ATTACK}],
        "kontak": [{"jenis": "pribadi", "nama": ATTACK, "peran": ATTACK, "email": 'a@b.org" onclick="alert(6)',
                    "whatsapp": '+62"><script>alert(7)</script>', "telepon": JS, "izin_publikasi": dt.date(2026, 1, 1)}],
    }
    place = load_regions().place("18.07.04.2001")
    traversal = dict(value, slug="../../../../tmp/kim-escape")
    return [build_kim(value, place, "kims/18/18.07/serangan.yml"),
            build_kim(traversal, place, "kims/18/18.07/escape.yml")]


def pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


# A guide is the project's own content, yet Markdown passes raw HTML: its script must not run.
GUIDE = "panduan/media/index.html"
GUIDE_SCRIPT = "document.title = 'guide script ran'"


@site_fixture
def hostile_site(tmp_path_factory):
    """The site built from hostile KIMs (validation bypassed) and a guide with a script."""
    patch = pytest.MonkeyPatch()
    patch.setattr(catalogue, "load", lambda paths, today, **options: catalogue.Catalogue(kims=hostile_kims(), files=2))
    try:
        return build_site(tmp_path_factory.mktemp("hostile"),
                          appended={"content/panduan/media.md": f"\n<script>{GUIDE_SCRIPT}</script>\n"})
    finally:
        patch.undo()


@pytest.fixture(scope="module")
def builds(tmp_path_factory, hostile_site):
    return pages(build_site(tmp_path_factory.mktemp("benign"))), pages(hostile_site)


class Elements(HTMLParser):
    """Every element a browser would build from the page, with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {k: (v or "") for k, v in attrs}))
        if tag == "script":
            self.scripts.append((self.found[-1][1], ""))

    def handle_data(self, data):
        if self.lasttag == "script" and self.scripts:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def named(self, *names: str) -> list[tuple[str, dict]]:
        return [(t, a) for t, a in self.found if t in names]


def scripts(elements: Elements) -> set[str]:
    """Script elements; inline code counts with its text, inline data must hold no markup."""
    found = set()
    for attrs, text in elements.scripts:
        if attrs.get("type", "").startswith("application/") and "json" in attrs["type"]:
            assert "<" not in text
            text = "(data)"
        found.add(repr((sorted(attrs.items()), text.strip())))
    return found


def test_hostile_data_reaches_pages_only_as_text(builds):
    benign, hostile = builds
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile["kim/serangan/index.html"]
    allowed = set().union(*(scripts(Elements(html)) for html in benign.values()))
    benign_forms = {name: len(Elements(html).named("form")) for name, html in benign.items()}
    for name, html in hostile.items():
        elements = Elements(html)
        assert scripts(elements) <= allowed or name == GUIDE, name  # the guide's: see the policy test
        handlers = [(t, k) for t, attrs in elements.found for k in attrs if k.startswith("on")]
        assert handlers == [], name
        links = [v for _, attrs in elements.found for k, v in attrs.items() if k in ("href", "src", "action", "formaction")]
        assert not [v for v in links if v.strip().lower().startswith(("javascript:", "data:", "vbscript:"))], name
        assert not elements.named("iframe", "object", "embed", "frame"), name
        assert len(elements.named("form")) <= benign_forms.get(name, 0), name  # none injected


def test_a_traversing_slug_is_never_written(builds, tmp_path):
    _, hostile = builds
    assert not any("escape" in name for name in hostile)
    assert not Path("/tmp/kim-escape").exists()


def _policy(html: str) -> str:
    return next(a["content"] for t, a in Elements(html).named("meta") if a.get("http-equiv") == "Content-Security-Policy")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def test_only_the_themes_own_inline_scripts_get_a_hash(builds):
    benign, hostile = builds
    guide = hostile[GUIDE]
    assert f"<script>{GUIDE_SCRIPT}</script>" in guide
    policy = _policy(guide)
    assert _sha256(GUIDE_SCRIPT) not in policy
    assert policy == _policy(benign[GUIDE])
    # The theme writes no inline script of its own (Material's storage helpers come from
    # assets/javascripts/scope.js), so no script of a page runs unless it comes from a file.
    assert re.findall(r"<script>(.*?)</script>", guide, re.S) == [GUIDE_SCRIPT]
    assert "'sha256-" not in policy


def test_an_inline_theme_script_gets_its_hash_whatever_the_pages_base_url():
    """Were the theme to write an inline script again (an analytics partial, a Material
    update), it would run: the policy carries its hash, and never one of content's scripts."""
    import jinja2

    from generator.mkdocs_plugin.postprocess import policy, theme_scripts

    env = jinja2.Environment(loader=jinja2.DictLoader({
        "partials/javascripts/base.html": '<script>s=new URL("{{ base_url }}",location)</script>',
        "partials/content.html": "<script>content()</script>",
    }))
    scripts = theme_scripts(env, config={})
    page = '<script>s=new URL("../../..",location)</script><script>content()</script>'
    assert policy(page, "https://tile.example", scripts).split("; ")[1] == (
        "script-src 'self' " + _sha256('s=new URL("../../..",location)'))


@pytest.fixture(scope="module")
def hostile_server(hostile_site):
    server = Server(hostile_site)
    yield server
    server.close()


def test_the_map_shows_a_kims_name_as_text_and_a_guide_script_never_runs(browser, hostile_server):
    context = browser.new_context(viewport={"width": 1280, "height": 844})
    watch = Watch(context, hostile_server.url)
    page = watch.attach(context.new_page())
    try:
        page.goto(hostile_server.url + "kim/serangan/")
        page.locator("#kim-map").scroll_into_view_if_needed()
        page.locator("#kim-map path.leaflet-interactive").hover(timeout=10_000)
        tooltip = page.locator("#kim-map .leaflet-tooltip")
        assert tooltip.text_content() == "KIM " + ATTACK
        assert tooltip.locator("*").count() == 0  # no element came out of the name
        assert "OpenStreetMap" in page.locator("#kim-map .leaflet-control-attribution").text_content()
        page.goto(hostile_server.url + GUIDE.replace("index.html", ""))
        assert page.title() != "guide script ran"
        assert watch.third_party == []
    finally:
        context.close()
