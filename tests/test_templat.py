"""The printable document templates of the guides (content/panduan/templat/)."""

from __future__ import annotations

import re

import pytest

from generator.site.sections.dokumen import letter_lines

from .conftest import site_fixture
from .sitebuild import ROOT, build_site

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


# Where a line of the printed page begins, the top of the text that starts it
_TOP = """text => { const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { const at = walker.currentNode.data.indexOf(text);
    if (at >= 0) { const range = document.createRange(); range.setStart(walker.currentNode, at);
      range.setEnd(walker.currentNode, at + text.length); return range.getBoundingClientRect().top; } } }"""


@pytest.mark.browser
@pytest.mark.parametrize("name, lines", [
    ("surat-permohonan", ["Sekretariat:", "Nomor:", "Lampiran:", "Perihal:", "Kepada Yth.", "(Kepala Desa"]),
    ("ad-art", ["Bab I.", "Pasal 1.", "Pasal 2.", "Pasal 3.", "Bab II."]),
])
def test_a_printed_template_reads_as_a_letter_line_by_line(browser, server, name, lines):
    page = browser.new_page()
    page.goto(f"{server.url}panduan/templat/{name}/")
    page.emulate_media(media="print")
    tops = [page.evaluate(_TOP, text) for text in lines]
    assert all(a < b for a, b in zip(tops, tops[1:])), list(zip(lines, tops))
    page.close()


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


def test_a_templates_paragraph_keeps_its_lines_and_other_blocks_stay_as_written():
    """The guides' Markdown joins a paragraph's lines; a template's lines are a letter's, as
    the drafts of /kim/<slug>/dokumen/ print them."""
    others = ("| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n  two\n\n1. one\ntwo\n\n# A\n## B\n\n"
              "```\ncode\nmore\n```\n\n    indented\n    code\n\n<br><br>\n(...)\n\n> quoted\nlines\n\n"
              "!!! tip\n    text\n    more\n\n---\n")
    assert letter_lines(others) == others
    letter = "**KIM ....**\nSekretariat: ....\n\nNomor: ....\nLampiran: 1\nPerihal: ....\n\nDengan hormat,\n"
    assert letter_lines(letter) == ("**KIM ....**  \nSekretariat: ....\n\nNomor: ....  \nLampiran: 1  \n"
                                    "Perihal: ....\n\nDengan hormat,\n")


@site_fixture
def guides_site(tmp_path_factory):
    """The site with a guide's paragraph written on two lines, as prose often is."""
    return build_site(tmp_path_factory.mktemp("guides"), appended={"content/panduan/organisasi.md": f"\n{WRAPPED}\n"})


WRAPPED = "Paragraf panduan yang ditulis\ndalam dua baris."


def test_the_template_pages_print_each_letter_line_and_other_guides_stay_prose(guides_site):
    page = (guides_site / "panduan" / "templat" / "surat-permohonan" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Nomor: \.+<br />\s*Lampiran: 1 \(satu\) berkas<br />\s*Perihal:", page)
    assert re.search(r"Kepada Yth\.<br />\s*\.+ \(Kepala Desa", page)
    page = (guides_site / "panduan" / "templat" / "ad-art" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Pasal 1\. [^<]*<br />\s*Pasal 2\. [^<]*<br />\s*Pasal 3\.", page)
    page = (guides_site / "panduan" / "organisasi" / "index.html").read_text(encoding="utf-8")
    assert f"<p>{WRAPPED}</p>" in page
