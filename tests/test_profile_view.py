"""A KIM's profile view: the work both languages share is done once, its links are as short as
they go and still lead where the site root's would, its structured data is whole."""

from __future__ import annotations

import json
import posixpath
from dataclasses import replace

import pytest

from generator.format import catalogue
from generator.model.kim import Pengurus
from generator.site.i18n import Text
from generator.site.jsonout import json_text
from generator.site.pagejson import json_ld
from generator.site.richtext import lead
from generator.site.views import (
    page_links,
    profile_basis,
    profile_view,
    short_description,
)

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS

ID, EN = Text("id"), Text("en")
SITE_URL = "https://kim.example.org/"


@pytest.fixture(scope="module")
def kims():
    return catalogue.load([str(FIXTURE_KIMS)], TODAY).kims


@pytest.mark.parametrize("page, url, link", [
    ("kim/a/", "kim/a/poster/", "poster/"),
    ("kim/a/", "kim/a/dokumen/", "dokumen/"),
    ("kim/a/", "wilayah/18/", "../../wilayah/18/"),
    ("kim/a/", "en/kim/a/", "../../en/kim/a/"),
    ("en/kim/a/", "en/wilayah/18.07/#kec-18.07.04", "../../wilayah/18.07/#kec-18.07.04"),
    ("en/kim/a/", "en/kontribusi/?ubah=a", "../../kontribusi/?ubah=a"),
    ("en/kim/a/", "kim/a/", "../../../kim/a/"),
    ("en/kim/a/", "kim/a/poster/", "../../../kim/a/poster/"),
    ("en/kim/a/", "data/kim/a.json", "../../../data/kim/a.json"),
    ("en/kim/a/", "panduan/sk-pengukuhan/", "../../../panduan/sk-pengukuhan/"),
])
def test_links_from_a_profile_are_short_and_lead_where_the_root_does(page, url, link):
    assert page_links(page)(url) == link
    assert posixpath.normpath(posixpath.join(page, link)) == posixpath.normpath(url)


def test_both_languages_share_one_basis_and_read_as_if_computed_alone(kims):
    for kim in kims:
        profile_basis.cache_clear()
        views = [profile_view(kim, t, TODAY, SITE_URL, None) for t in (ID, EN)]
        assert profile_basis.cache_info().misses == 1  # computed once for the two
        for t, shared in zip((ID, EN), views):
            profile_basis.cache_clear()
            assert profile_view(kim, t, TODAY, SITE_URL, None) == shared


def test_a_basis_is_not_taken_for_another_day(kims):
    kim = next(k for k in kims if not k.is_stale(TODAY))
    later = TODAY.replace(year=TODAY.year + 3)
    profile_basis(kim, TODAY)
    assert profile_basis(kim, later).present != profile_basis(kim, TODAY).present


def test_structured_data_is_the_whole_sorted_json_with_the_page_address(kims):
    for kim in kims:
        for lang in ("id", "en"):
            data = json.loads(str(json_ld(kim, SITE_URL, lang)))
            assert data["url"] == SITE_URL + ("en/" if lang == "en" else "") + f"kim/{kim.slug}/"
            assert data["@type"] == "Organization" and data["name"] == kim.nama
            assert str(json_ld(kim, SITE_URL, lang)) == json_text(data).replace("<", "\\u003c") \
                .replace(">", "\\u003e").replace("&", "\\u0026")
            assert "streetAddress" in data["address"] or not kim.alamat


def test_structured_data_escapes_what_could_close_its_script(kims):
    kim = replace(kims[0], nama="KIM </script><b>&", alamat=None)
    text = str(json_ld(kim, SITE_URL, "id"))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "KIM </script><b>&"


def test_the_board_names_who_consented_and_gathers_the_other_roles_on_one_line(kims):
    kim = replace(kims[0], pengurus=(
        Pengurus("ketua", "Sari"), Pengurus("sekretaris", None), Pengurus("anggota", None),
        Pengurus("anggota", None)))
    for t, unnamed in ((ID, ["Sekretaris", "Anggota pengurus (2)"]), (EN, ["Secretary", "Board member (2)"])):
        view = profile_view(kim, t, TODAY, SITE_URL, None)
        assert view.pengurus == [(t.label("jabatan", "ketua"), "Sari")]
        assert view.pengurus_tanpa_nama == unnamed
        assert view.pengurus_tanpa_nama_orang == 3  # "names not published", though one role is named twice


@pytest.mark.parametrize("deskripsi, short", [
    # a description wrapped at will: its lines joined, up to the first sentence long enough
    ("Kami peternak sapi dan kambing yang tergabung dalam satu kelompok ternak.\n"
     "Lewat KIM, kabar soal jadwal inseminasi buatan, vaksin PMK dan harga sapi\n"
     "menjelang Iduladha cepat sampai ke peternak lain di Braja Selebah.\n\nLimbah kandang kami olah.",
     "Kami peternak sapi dan kambing yang tergabung dalam satu kelompok ternak."),
    ("Awalnya kelompok tambak\nsejak 2005. Kami menahan abrasi di pantai Margasari bersama warga. Karena warga "
     "butuh kabar cepat soal pasang rob, harga udang dan ikan, kelompok ini menjadi KIM pada 2014.",
     "Awalnya kelompok tambak sejak 2005. Kami menahan abrasi di pantai Margasari bersama warga."),
    # the first paragraph whole when it fits; Markdown reduced to its text
    ("Kabar desa lewat **radio** dan [grup WhatsApp](https://wa.me/1).\n\nParagraf kedua.",
     "Kabar desa lewat radio dan grup WhatsApp."),
    # read as the profile renders it: underscores emphasise, an escaped star is a star
    ("Kami _sangat_ giat dan __rajin__ berbagi kabar **radio**nya. Harga 5 \\* 3 rupiah.",
     "Kami sangat giat dan rajin berbagi kabar radionya. Harga 5 * 3 rupiah."),
    ("- Siaran radio\n- Papan informasi_desa", "Siaran radio Papan informasi_desa"),
    # no sentence ends within the limit (an abbreviation is not an end): cut after a word
    ("Di Kec. Kramat kami aktif sejak 2011 membagikan kabar desa lewat radio komunitas dan grup WhatsApp warga "
     "yang makin ramai setiap tahunnya, tanpa henti sama sekali dan terus bertambah",
     "Di Kec. Kramat kami aktif sejak 2011 membagikan kabar desa lewat radio komunitas dan grup WhatsApp warga "
     "yang makin ramai setiap tahunnya, tanpa henti…"),
    ("", ""),
])
def test_the_short_description_is_whole_sentences_of_the_first_paragraph(kims, deskripsi, short):
    kim = replace(next(iter(kims)), deskripsi=deskripsi)
    assert short_description(kim) == short
    assert len(short) <= 155


def test_a_partner_card_leads_with_whole_sentences_too():
    text = "Kami sebuah BUMN rekaan di\nLampung yang membantu desa memperluas akses internet. Program " + "x " * 99
    assert lead(text, 200) == "Kami sebuah BUMN rekaan di Lampung yang membantu desa memperluas akses internet."


# The language of each text node holding these words of the bundled sample KIM, as a browser
# (and so a screen reader) takes it: its nearest lang attribute.
LANG_OF = """(words) => { const found = [];
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.data.includes(words)) found.push(node.parentElement.closest('[lang]').lang);
  return found; }"""


def test_a_kims_own_words_on_its_english_profile_are_marked_indonesian(browser, server):
    """Testers' case (WCAG 3.1.2): the KIM's Indonesian text sat in <html lang="en"> unmarked,
    so a screen reader read it with English pronunciation."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + "en/kim/sinar-harapan-pekalongan/")
    own = ["Sejak mengikuti",  # its description
           "Pelatihan literasi digital untuk petani", "Dua puluh tiga petani",  # an activity, its text
           "Penyebaran informasi ke 1.200 warga", "Satu jam tiap malam Jumat",  # an offer, its text
           "Penyuluhan bersama setiap bulan",  # a partnership's terms
           "Kepala Desa (contoh)",  # an SK's issuer
           "Balai Desa Pekalongan",  # its address
           "Radio Sinar (contoh)", "Papan informasi depan balai desa"]  # its media without a web address
    for words in own:
        langs = page.evaluate(LANG_OF, words)
        assert langs and set(langs) == {"id"}, words
    # our words beside them stay English: the headings, an activity's date, a term's label
    for words in ("Activities by ADINDA", "Issued by", "Partnership"):
        langs = page.evaluate(LANG_OF, words)
        assert langs and set(langs) == {"en"}, words
    assert page.locator("#kegiatan ~ ul small").first.evaluate("e => e.closest('[lang]').lang") == "en"
    # the open needs' titles listed on the English home page and a regency's worklist
    page.goto(server.url + "en/")
    assert page.locator("#kim-permintaan + ul a").first.evaluate("e => e.closest('[lang]').lang") == "id"
    page.goto(server.url + "en/wilayah/18.07/")
    assert set(page.evaluate(LANG_OF, "Pelatihan jurnalisme warga")) == {"id"}
    assert set(page.evaluate(LANG_OF, "Open requests")) == {"en"}
    context.close()


def test_partner_and_board_texts_on_english_pages_are_marked_indonesian(browser, server):
    """The same on the partners' pages and the board: a partner's description, programmes and
    terms, and the titles of KIMs' items and partners' programmes, are Bahasa Indonesia as
    written; cards the board's script draws are marked as the ones in the page."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + "en/mitra/contoh-universitas-nusantara/")
    for words in ("Lembaga Penelitian dan Pengabdian", "KKN tematik literasi digital petani",
                  "Dua mahasiswa per KIM", "KIM menyediakan tempat kegiatan"):
        assert set(page.evaluate(LANG_OF, words) or ["missing"]) == {"id"}, words
    assert set(page.evaluate(LANG_OF, "Programmes") or ["missing"]) == {"en"}
    page.goto(server.url + "en/mitra/")
    assert set(page.evaluate(LANG_OF, "Lembaga Penelitian dan Pengabdian") or ["missing"]) == {"id"}
    # a KIM's offer on the page of a partner type, its terms with a partner on the partners' list
    page.goto(server.url + "en/kemitraan/dinas/")
    for words in ("Slot siaran radio komunitas untuk penyuluhan", "Satu jam tiap malam Jumat"):
        assert set(page.evaluate(LANG_OF, words) or ["missing"]) == {"id"}, words
    page.goto(server.url + "en/kemitraan/mitra/")
    assert set(page.evaluate(LANG_OF, "Penyuluhan bersama setiap bulan") or ["missing"]) == {"id"}
    assert set(page.evaluate(LANG_OF, "since 2021") or ["missing"]) == {"en"}
    page.goto(server.url + "en/kemitraan/")
    titles = page.locator(".kem-title")
    assert titles.count() and all(lang == "id" for lang in titles.evaluate_all("hs => hs.map((h) => h.lang)"))
    page.goto(server.url + "kemitraan/")
    assert not any(titles.evaluate_all("hs => hs.map((h) => h.lang)"))  # Indonesian pages add nothing
    context.close()
