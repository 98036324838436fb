"""A KIM's printable drafts, `kim/<slug>/dokumen/` (issue 18, "Documents from a profile"):
the guides' templates filled in from the KIM's own data, blanks where it has none."""

from __future__ import annotations

import posixpath
import re
import shutil

import pytest
from markupsafe import Markup, escape

from generator.model.kim import build_kim
from generator.model.placewords import DESA, KELURAHAN
from generator.model.regions import load_regions
from generator.site.pages import SourceError
from generator.site.sections.dokumen import (
    BLANK,
    NAME,
    DocumentsSection,
    load_sheets,
)

from .conftest import TODAY, site_fixture
from .sitebuild import ROOT, build_site, site_model

SHEETS = ("sk-kepala-desa", "surat-permohonan", "proposal", "mou-pks", "pemetaan-potensi")
SHEETS_KELURAHAN = ("sk-lurah", *SHEETS[1:])  # a lurah's SK, under an anchor of its own
FULL = "kim-surabaya-bersatu"  # not a sample; founded 2019-08-17, its chair named with consent
SPARSE = "kim-sidodadi"  # a sample with nothing beyond the required fields
RICH = "sinar-harapan-pekalongan"  # a sample with activities, needs, offers and reach
TEMPLATES = ROOT / "content" / "panduan" / "templat"


@site_fixture
def site(tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("dokumen"))


def page(site, slug: str) -> str:
    return (site / "kim" / slug / "dokumen" / "index.html").read_text(encoding="utf-8")


def sheet(html: str, name: str) -> str:
    return re.search(rf'<section class="sheet" id="{name}".*?</section>', html, re.S).group()


def test_every_kim_has_the_five_drafts_each_on_a_sheet_of_its_own(site):
    for slug, sheets in ((FULL, SHEETS_KELURAHAN), (SPARSE, SHEETS), (RICH, SHEETS)):
        html = page(site, slug)
        assert re.findall(r'<section class="sheet" id="([a-z-]+)"', html) == list(sheets)
        assert re.findall(r'<li><a href="#([a-z-]+)"', html) == list(sheets)  # the list of drafts
        assert '<meta name="robots" content="noindex">' in html
        assert "@page { size: A4;" in html and "break-before: page" in html
        assert "md-header" not in html  # its own document: no site chrome
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/dokumen/" not in sitemap  # like the poster: paper for a page that is listed


def test_the_drafts_are_filled_in_from_the_kims_data(site):
    html = page(site, FULL)
    sk = sheet(html, "sk-lurah")
    assert "<strong>PENGUKUHAN KELOMPOK INFORMASI MASYARAKAT (KIM) SURABAYA BERSATU</strong>" in sk
    assert "telah dibentuk melalui musyawarah warga pada tanggal 17 Agustus 2019;" in sk
    assert "<strong>KECAMATAN KEDATON KOTA BANDAR LAMPUNG</strong>" in sk
    letter = sheet(html, "surat-permohonan")
    # A tester found the address and the place run together, the district twice: the address
    # leaves the places it ends with to the line ("Kantor Kelurahan Surabaya, Kecamatan Kedaton")
    assert "Sekretariat: Kantor Kelurahan Surabaya, Kelurahan Surabaya, Kecamatan Kedaton<" in letter
    assert ("Sekretariat: Balai Desa Pekalongan, Jl. Raya Pekalongan, Desa Pekalongan, Kecamatan Pekalongan<"
            in sheet(page(site, RICH), "surat-permohonan"))
    assert "(Hendra (uji))" in letter  # the chair, who consented to be named
    assert ("Diajukan oleh KIM Surabaya Bersatu, Kelurahan Surabaya, Kecamatan Kedaton, Kota Bandar Lampung<"
            in sheet(html, "proposal"))
    assert "<li>SK pengukuhan: Kota No. 489/IV.28/HK/2021 (15 Maret 2021)<" in sheet(html, "proposal")
    assert "(Hendra (uji))" in sheet(html, "mou-pks")
    assert "<strong>PEMETAAN POTENSI KELURAHAN SURABAYA</strong>" in sheet(html, "pemetaan-potensi")
    assert "contoh" not in html.lower()


def test_the_proposal_has_the_kims_activities_reach_and_needs_and_an_empty_budget(site):
    proposal = sheet(page(site, RICH), "proposal")
    assert ("<li>Jangkauan: 1.200 warga (Penyebaran informasi ke 1.200 warga lewat grup WhatsApp dan pengeras "
            "suara)<") in proposal
    assert re.search(r"Tiga sampai lima kegiatan terakhir: <ul><li>\d+ \w+ 20\d\d: ", proposal)
    assert re.search(r"Yang diharapkan dari mitra.</strong> <ul><li>Pelatihan jurnalisme warga</li>", proposal)
    budget = proposal[proposal.index("Rencana anggaran biaya (RAB)"):]
    rows = budget[:budget.index("</table>")].split("<tr>")[1:]  # end tags left out: tr, th, td
    assert len(rows) == 8  # the header, six lines, the total
    assert rows[0].count("<th>") == 7
    for row in rows[1:]:
        cells = row.split("<td>")[1:]
        assert len(cells) == 7
        assert [c for c in cells if c not in ("", "<strong>Jumlah</strong>") and not c.isdigit()] == []


def test_missing_data_stays_a_blank_line_never_invented(site):
    html = page(site, SPARSE)
    sk = sheet(html, "sk-kepala-desa")
    assert f"telah dibentuk melalui musyawarah warga pada tanggal {BLANK};" in sk
    letter = sheet(html, "surat-permohonan")
    assert f"Sekretariat: {BLANK}, Desa Sidodadi, Kecamatan" in letter
    assert letter.count(f"({BLANK})") == 2  # no names for the signatures
    about = re.search(r"Tentang KIM.*?</ul>", sheet(html, "proposal"), re.S).group()
    assert about.count(BLANK) == 5  # founded, SK, members, media, reach
    assert f"Tiga sampai lima kegiatan terakhir: {BLANK}" in sheet(html, "proposal")


def test_a_sample_says_so_on_the_page_and_on_every_sheet(site):
    html = page(site, SPARSE)
    assert html.count("Data contoh: KIM rekaan, bukan KIM yang nyata.") == 1 + len(SHEETS)
    assert "Sample data: an invented KIM, not a real one." in html


def test_the_legal_text_is_the_templates_own(site):
    """Not a second copy: the bases the SK template cites, as it cites them."""
    template = (TEMPLATES / "sk-kepala-desa.md").read_text(encoding="utf-8")
    bases = re.search(r"\*\*Mengingat:\*\*\n\n(.*?)\n\n", template, re.S).group(1).split("\n")
    sk = sheet(page(site, RICH), "sk-kepala-desa")  # a desa's
    assert len(bases) == 4
    for line in bases:
        assert re.search(f"<li>{re.escape(line.split('. ', 1)[1])}(<li>|</ol>)", sk)


def test_a_desa_s_drafts_name_its_head_the_village_law_and_the_kind_of_regency(site):
    sk = sheet(page(site, RICH), "sk-kepala-desa")  # Desa Pekalongan, Kabupaten Lampung Timur
    for said in ("<strong>KEPALA DESA PEKALONGAN</strong>", "KECAMATAN PEKALONGAN KABUPATEN LAMPUNG TIMUR<",
                 "<strong>KEPUTUSAN KEPALA DESA PEKALONGAN</strong>", "<strong>DESA PEKALONGAN</strong>",
                 "<li>Undang-Undang Nomor 6 Tahun 2014 tentang Desa, beserta perubahannya;", "<td>Kepala Desa Pekalongan"):
        assert said in sk, said
    assert "KABUPATEN/KOTA" not in sk and "Kabupaten/Kota" not in sheet(page(site, RICH), "proposal")


def test_a_kelurahan_s_drafts_name_the_lurah_and_cite_no_village_law(site):
    """A coach tested it: Kelurahan Yosodadi's SK was a Kepala Desa's, citing the law on desa."""
    html = page(site, FULL)  # Kelurahan Surabaya, Kota Bandar Lampung
    sk = sheet(html, "sk-lurah")
    for said in ("<strong>LURAH SURABAYA</strong>", "KECAMATAN KEDATON KOTA BANDAR LAMPUNG<",
                 "<strong>KEPUTUSAN LURAH SURABAYA</strong>", "<strong>KELURAHAN SURABAYA</strong>",
                 "<strong>LURAH SURABAYA,</strong>", "<td>Lurah Surabaya", "kepada Lurah secara berkala",
                 f"<li>{BLANK} [dasar hukum tentang kelurahan, diisi penyusun bila ada];<li>"):
        assert said in sk, said
    assert "tentang Desa" not in sk and "Nomor 6 Tahun 2014" not in sk
    bases = re.search(r"Mengingat:</strong></p><ol>(.*?)</ol>", sk)[1].split("<li>")[1:]
    assert [b[-1] for b in bases] == [";", ";", ";", "."]  # a tester found item 2 without its ";"
    for name in SHEETS_KELURAHAN:  # not a word of a desa left, in any draft or heading (nor dusun)
        assert not re.search(r"\b(?:desa|dusun)\b", re.sub(r"<[^>]+>", "", sheet(html, name)), re.I), name
    assert "<th>Lokasi / RW<th>" in sheet(html, "pemetaan-potensi")
    assert "<th>Lokasi / dusun<th>" in sheet(page(site, RICH), "pemetaan-potensi")
    assert "Rancangan SK lurah tentang pengukuhan KIM</a>" in html


def test_the_annex_names_the_board_as_the_letter_and_the_mou_do(site):
    """A coach tested it: the annex left Ketua and Sekretaris blank beside the letter's names."""
    html = page(site, RICH)
    annex = sheet(html, "sk-kepala-desa").split("<hr>")[1]
    letter, mou = sheet(html, "surat-permohonan"), sheet(html, "mou-pks")
    chair = re.search(r"<td>Ketua<td>([^<]+)", annex)[1]
    secretary = re.search(r"<td>Sekretaris<td>([^<]+)", annex)[1]
    assert chair != BLANK and f"({chair})" in letter and f"({chair})" in mou
    assert secretary != BLANK and f"({secretary})" in letter
    sparse = sheet(page(site, SPARSE), "sk-kepala-desa").split("<hr>")[1]
    assert f"<td>Ketua<td>{BLANK}" in sparse and f"<td>Sekretaris<td>{BLANK}" in sparse


def test_the_profile_links_its_documents_in_both_languages(site):
    # An English reader is told before following it that the drafts are in Indonesian (the tester).
    for prefix, text, lang in (("", "Cetak rancangan dokumen", ""),
                               ("en/", r"Print draft documents \(in Indonesian\)", ' hreflang="id"')):
        profile = (site / prefix / "kim" / FULL / "index.html").read_text(encoding="utf-8")
        [href] = re.findall(rf'<a href="([^"]*)"{lang}>{text}</a>', profile)
        assert posixpath.normpath(posixpath.join(f"{prefix}kim/{FULL}", href)) == f"kim/{FULL}/dokumen"
    assert not (site / "en" / "kim" / FULL / "dokumen").exists()
    # and the page leads back to both (a tester: an English reader landed on the Indonesian one)
    documents = page(site, FULL)
    for href, lang in (("../../../kim/", "id"), ("../../../en/kim/", "en")):
        assert f'<a href="{href}{FULL}/"' in documents, lang


def test_the_guides_on_these_documents_point_to_the_filled_drafts():
    for guide in ("sk-pengukuhan", "kemitraan", "pemetaan-potensi", "templat/index"):
        text = (ROOT / "content" / "panduan" / f"{guide}.md").read_text(encoding="utf-8")
        assert "**Cetak rancangan dokumen**" in text, guide


def test_a_name_without_consent_never_reaches_a_draft():
    value = {"slug": "kim-uji", "nama": "KIM Uji", "status": "aktif", "wilayah": "18.07.04.2001",
             "diperbarui": TODAY,
             "pengurus": [{"jabatan": "ketua", "nama": "Budi Tanpa Izin"},
                          {"jabatan": "sekretaris", "nama": "Sari Setuju", "izin_publikasi": TODAY}]}
    kim = build_kim(value, load_regions().place(value["wilayah"]), "kims/18/18.07/kim-uji.yml")
    site = site_model([kim], TODAY, sections=(DocumentsSection,), docs=ROOT / "content")
    html = site.sections[0].page(kim).body
    assert "Budi" not in html
    assert "(Sari Setuju)" in sheet(html, "surat-permohonan")


@pytest.mark.parametrize("nama", ["KIM Uji", 'KIM "Uji" <b>&amp; KIMDOKNAMA KIMDOKSHEET0 KIMDOKSLUG'])
@pytest.mark.parametrize("contoh", [False, True])
def test_a_page_joined_into_the_frame_is_the_templates_own(nama, contoh):
    """The page is rendered once a build with placeholders, then joined with each KIM's values:
    byte for byte what its template writes for the KIM, even for a name holding a placeholder."""
    value = {"slug": "kim-uji", "nama": nama, "status": "aktif", "wilayah": "18.07.04.2001",
             "diperbarui": TODAY, "contoh": contoh, "alamat": "Jl. <Uji> & Co",
             "pengurus": [{"jabatan": "ketua", "nama": "Sari Setuju", "izin_publikasi": TODAY}]}
    kim = build_kim(value, load_regions().place(value["wilayah"]), "kims/18/18.07/kim-uji.yml")
    section = site_model([kim], TODAY, sections=(DocumentsSection,), docs=ROOT / "content").sections[0]
    values = section.values(kim)
    direct = section.render({**{k: Markup(v) for k, v in values.items()}, NAME: nama}, contoh, DESA)
    assert section.page(kim).body == direct
    assert direct.count(f": {escape(nama)}</h2>") == len(SHEETS)
    assert "<b>" not in direct
    assert ("Data contoh" in direct) == contoh



def papua_page(code: str, nama: str) -> str:
    """The drafts of a KIM in Papua, whose law names a village a kampung and a district a distrik."""
    value = {"slug": "kim-uji", "nama": nama, "status": "aktif", "wilayah": code, "diperbarui": TODAY}
    kim = build_kim(value, load_regions().place(code), f"kims/{code[:2]}/{code[:5]}/kim-uji.yml")
    return site_model([kim], TODAY, sections=(DocumentsSection,), docs=ROOT / "content").sections[0].page(kim).body


def test_a_kampung_in_papua_is_a_kampung_in_a_distrik_as_its_law_names_them():
    """The tester, for a KIM in Wasur, Merauke: the SK was a kepala desa's, in a kecamatan.
    UU No. 21 Tahun 2001, Pasal 1, names them a kampung, its kepala kampung, and a distrik."""
    html = papua_page("93.01.01.2008", "KIM Kampung Wasur Anim Ha")
    sk = sheet(html, "sk-kepala-kampung")
    for said in ("<strong>KEPALA KAMPUNG WASUR</strong>", "<strong>DISTRIK MERAUKE KABUPATEN MERAUKE</strong>",
                 "<strong>KEPUTUSAN KEPALA KAMPUNG WASUR</strong>", "<strong>KAMPUNG WASUR</strong>",
                 "<td>Kepala Kampung Wasur", "kepada Kepala Kampung secara berkala",
                 # the village law governs a kampung too, under its title as enacted
                 "<li>Undang-Undang Nomor 6 Tahun 2014 tentang Desa, beserta perubahannya;"):
        assert said in sk, said
    letter = sheet(html, "surat-permohonan")
    assert ", Kampung Wasur, Distrik Merauke<" in letter and "(Kepala Kampung / Kepala Distrik / " in letter
    assert "Kampung Wasur, Distrik Merauke, Kabupaten Merauke<" in sheet(html, "proposal")
    sheets = "".join(re.findall(r'<section class="sheet".*?</section>', html, re.S)).replace("tentang Desa", "")
    text = re.sub(r"<[^>]+>", "", sheets)
    assert not re.search(r"\b(?:desa|kecamatan|camat|kec\.)", text, re.I)
    assert "Rancangan SK kepala kampung tentang pengukuhan KIM</a>" in html


def test_a_kelurahan_in_papua_has_a_lurah_in_a_distrik():
    sk = sheet(papua_page("91.71.01.1001", "KIM Gurabesi"), "sk-lurah")
    for said in ("<strong>LURAH GURABESI</strong>", "<strong>DISTRIK JAYAPURA UTARA KOTA JAYAPURA</strong>",
                 "<strong>KELURAHAN GURABESI</strong>"):
        assert said in sk, said
    assert "KECAMATAN" not in sk and "Nomor 6 Tahun 2014" not in sk


def test_an_edited_template_with_another_number_of_blanks_stops_the_build(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    assert len(load_sheets(tmp_path / "content")) == len(SHEETS)
    path = tmp_path / "content" / "panduan" / "templat" / "proposal.md"
    path.write_text(path.read_text(encoding="utf-8").replace("**Sasaran.**", f"**Sasaran.** {BLANK}"),
                    encoding="utf-8")
    with pytest.raises(SourceError) as exc:
        load_sheets(tmp_path / "content")
    assert str(exc.value) == (
        f"{path}: bagian 1 memuat 20 baris isian ({BLANK}), padahal sections/dokumen.py mengisi 19: "
        f"samakan jumlahnya, atau perbarui DRAFTS di sana / part 1 has 20 blank lines ({BLANK}), "
        "sections/dokumen.py fills 19: make them the same, or update DRAFTS there")


def test_a_template_without_a_phrase_a_kelurahan_s_draft_changes_stops_the_build(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    path = tmp_path / "content" / "panduan" / "templat" / "sk-kepala-desa.md"
    path.write_text(path.read_text(encoding="utf-8").replace("tentang Desa, beserta", "tentang Desa beserta"),
                    encoding="utf-8")
    with pytest.raises(SourceError, match="Nomor 6 Tahun 2014"):
        load_sheets(tmp_path / "content", KELURAHAN)


# ---- on paper ---------------------------------------------------------------------------


def test_the_documents_print_on_a4_each_draft_on_a_new_page_without_menus(browser, server):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(f"{server.url}kim/{RICH}/dokumen/")
    assert tab.locator(".screen").is_visible()
    tab.emulate_media(media="print")
    assert not tab.locator(".screen").is_visible()  # the page's own links and notes
    for chrome in (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", "nav"):
        assert tab.locator(chrome).count() == 0 or not tab.locator(chrome).first.is_visible(), chrome
    breaks = tab.eval_on_selector_all(
        "section.sheet", "els => els.map(e => [e.id, getComputedStyle(e).breakBefore])")
    assert [name for name, _ in breaks] == list(SHEETS)
    assert [b for _, b in breaks] == ["auto"] + ["page"] * (len(SHEETS) - 1)
    pdf = tab.pdf(prefer_css_page_size=True)
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert box and (round(float(box[1])), round(float(box[2]))) == (595, 842)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= len(SHEETS)
    context.close()


def test_on_a_phone_a_wide_table_scrolls_in_its_own_box_and_prints_whole(browser, server):
    """A coach found the page 484 px wide on a 360 px phone: the budget's columns stuck out."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    for slug in (RICH, "yosodadi-smart"):
        tab.goto(f"{server.url}kim/{slug}/dokumen/")
        assert tab.evaluate("document.documentElement.scrollWidth") <= 360, slug
        budget = tab.locator("#proposal table").filter(has=tab.locator("th:nth-child(7)"))
        box = budget.locator("xpath=..")
        width, seen, overflow = box.evaluate("t => [t.scrollWidth, t.clientWidth, getComputedStyle(t).overflowX]")
        assert width > seen and overflow == "auto"  # it scrolls, in its own box
        # which a keyboard reaches and scrolls, named for a screen reader
        assert box.evaluate("b => [b.tabIndex, b.getAttribute('role'), b.getAttribute('aria-label')]") == [
            0, "region", "Tabel 1: Proposal kegiatan dan rencana anggaran biaya (RAB)"]
        box.focus()
        tab.keyboard.press("ArrowRight")
        tab.wait_for_function("b => b.scrollLeft > 0", arg=box.element_handle(), timeout=3000)
    tab.emulate_media(media="print")
    assert budget.evaluate("t => getComputedStyle(t).display") == "table"
    assert tab.evaluate("getComputedStyle(document.querySelector('.sheet')).paddingTop") == "0px"
    context.close()


@pytest.mark.parametrize("code, sk, head", [
    ("91.03.01.3007", "sk-kepala-kampung", "DESA ADAT YOBOI"),  # one of Kabupaten Jayapura's kampung adat
    ("11.01.01.2004", "sk-kepala-desa", "GAMPONG DRIEN"),  # Aceh's gampong, named so in the official list
])
def test_a_village_whose_name_carries_its_title_is_not_titled_twice(code, sk, head):
    """The tester: "KEPUTUSAN KEPALA KAMPUNG DESA ADAT YOBOI". The official name already says
    what the village is: the draft writes it alone, its head "Kepala Desa Adat Yoboi"."""
    html = papua_page(code, "KIM Uji")
    text = re.sub(r"<[^>]+>", "", html)
    for said in (f"<strong>KEPALA {head}</strong>", f"<strong>KEPUTUSAN KEPALA {head}</strong>",
                 f"<strong>{head}</strong>", f"<td>Kepala {head.title()}"):
        assert said in sheet(html, sk), said
    assert not re.search(rf"(?i)\b(?:desa|kampung) {head}", text)
    assert f"warga {head.title()} telah" in text


def test_the_sk_and_its_request_send_copies_to_the_camat_and_the_regency_office():
    """A village head's SK reached no one at the regency: the SK draft and the request for it
    have a "Tembusan" to the camat and the regency's communication office, filled in here."""
    html = papua_page("18.07.04.2001", "KIM Uji")  # Pekalongan, Kabupaten Lampung Timur
    for name in ("sk-kepala-desa", "surat-permohonan"):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", sheet(html, name)))
        copies = text[text.index("Tembusan"):]
        assert "Camat Pekalongan;" in copies, name
        assert ("Kepala dinas yang membidangi komunikasi dan informatika Kabupaten Lampung Timur;"
                in copies), name
    for template in ("sk-kepala-desa.md", "surat-permohonan.md"):
        assert "1. Camat ........................;\n" in (TEMPLATES / template).read_text(encoding="utf-8")


def test_the_drafts_link_the_privacy_notice_on_screen_only():
    """The drafts name the chair and the secretary: the page says where their consent and its
    withdrawal are explained, in the block that does not print (a link does nothing on paper)."""
    html = papua_page("91.71.01.1001", "KIM Uji")
    screen = re.search(r'<div class="screen">.*?</div>', html, re.S).group()
    assert '<a href="../../../privasi/">pemberitahuan privasi</a>' in screen
    assert '<a href="../../../en/privasi/" hreflang="en">privacy notice</a>' in screen
    assert ".screen, .md-skip { display: none; }" in html
