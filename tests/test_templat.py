"""The printable document templates of the guides (content/panduan/templat/)."""

from __future__ import annotations

import re

import pytest

from .sitebuild import ROOT

TEMPLATES = sorted(p.stem for p in (ROOT / "content" / "panduan" / "templat").glob("*.md") if p.stem != "index")
# What issue 18 asks for, each under a name a reader can guess.
REQUIRED = {"sk-kepala-desa", "ad-art", "program-kerja", "berita-acara", "surat-permohonan", "proposal",
            "mou-pks", "laporan-kegiatan", "persetujuan-data-pribadi", "buku-inventaris", "pemetaan-potensi"}
GUIDES = ROOT / "content" / "panduan"


def test_every_required_template_exists_and_is_listed_and_in_the_menu():
    assert REQUIRED <= set(TEMPLATES)
    index = (GUIDES / "templat" / "index.md").read_text(encoding="utf-8")
    menu = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for name in TEMPLATES:
        assert f"({name}.md)" in index, name
        assert f"panduan/templat/{name}.md" in menu, name


def test_every_template_is_linked_from_a_guide():
    guides = " ".join(p.read_text(encoding="utf-8") for p in GUIDES.glob("*.md"))
    linked = set(re.findall(r"\(templat/([a-z-]+)\.md\)", guides))
    assert set(TEMPLATES) <= linked


@pytest.mark.browser
@pytest.mark.parametrize("name", ["sk-kepala-desa", "berita-acara", "persetujuan-data-pribadi", "proposal"])
def test_a_template_prints_on_a4_without_the_site_menus(browser, server, name):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}panduan/templat/{name}/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".kim-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("article h1").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    # A4 is 595 x 842 points; the first page's media box says what @page asked for.
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert box and (round(float(box[1])), round(float(box[2]))) == (595, 842)
    context.close()


def test_every_guide_renders_its_commands_steps_and_lists_as_written(bundled_site):
    """Python-Markdown has no fenced block inside a list item, and a step directly after a
    paragraph continues it: either shows a guide's reader raw Markdown (`sh` before a command,
    "3." inside step 2, a "[ ]" that is no box)."""
    broken = {}
    for page in sorted((bundled_site / "panduan").rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        found = (re.findall(r"<code>(?:sh|bash|yaml|text|console)\n", html)
                 + re.findall(r"<p>[^<]*\n[0-9]+\. ", html) + re.findall(r"\[ \]", html))
        if found:
            broken[str(page.relative_to(bundled_site))] = found
    assert broken == {}
