"""Partner files (`mitra/<slug>.yml`): the bundled samples, their pages in both languages,
data/mitra.json and the sitemap."""

import dataclasses
import html
import json
import re
import shutil
from pathlib import Path

import pytest

from generator.format import catalogue, kinds, spec
from generator.model.mitra import Pembina, Wilayah
from generator.model.vocab import load_vocab
from generator.site.sections.mitra.section import PartnerSection

from .browser import Server
from .conftest import TODAY, site_fixture
from .sitebuild import build_site, site_model

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def bundled():
    return catalogue.load([str(ROOT / "kims"), str(ROOT / "mitra")], TODAY)


def test_a_file_directly_in_mitra_is_a_partners():
    assert kinds.kind_of("mitra/contoh-universitas-nusantara.yml") is spec.KINDS["mitra"]
    assert kinds.kind_of("/x/mitra/a.yml") is spec.KINDS["mitra"]
    assert kinds.kind_of("mitra/sub/a.yml") is spec.KINDS["kim"]  # a partner file sits directly in mitra/


def test_old_partner_types_stay_valid_beside_the_new_ones():
    values = load_vocab().values("jenis_mitra")
    old = ("dinas", "pemda", "lsm", "bumn", "perguruan-tinggi", "swasta", "media", "organisasi-sosial", "lainnya")
    assert set(old) <= set(values) and values[-1] == "lainnya"
    assert {"bumd", "bumdes", "koperasi", "tni-polri", "puskesmas"} <= set(values)


def test_the_sample_partners_are_plainly_samples_of_many_types(bundled):
    assert not bundled.errors
    partners = bundled.mitra
    assert len(partners) >= 8 and len({m.jenis for m in partners}) >= 8
    for m in partners:
        assert m.contoh and "(contoh)" in m.nama and m.slug.startswith("contoh-"), m.slug
        assert m.kontak and all(c.email.endswith("@example.org") and not c.telepon and not c.whatsapp
                                for c in m.kontak), m.slug
        assert m.program, m.slug


def test_the_sample_partners_name_no_person(bundled):
    # Partner files record no person: the samples show it, in their free text too.
    assert not [p for p in bundled.problems if p.code in ("person-in-unit", "person-in-partner-text")]


def _overlaps(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _open_matches(bundled) -> dict[tuple[str, str], set[str]]:
    """Each open need of a sample KIM with the partners having an open programme of the
    same bidang in a work area around the KIM (a plain check of the samples, not the
    matching function)."""
    found = {}
    for kim in bundled.kims:
        for need in kim.dicari:
            if not need.is_open(TODAY):
                continue
            found[(kim.slug, need.judul)] = {
                m.slug for m in bundled.mitra for p in m.program
                if p.is_open(TODAY) and set(p.bidang) & set(need.bidang)
                and (not m.wilayah_kerja or any(_overlaps(a, kim.place.code) for a in m.wilayah_kerja))}
    return found


def test_some_open_needs_of_sample_kims_meet_a_sample_programme_and_some_do_not(bundled):
    found = _open_matches(bundled)
    matched = {need for need, partners in found.items() if partners}
    assert len(matched) >= 5 and len(found) - len(matched) >= 3
    assert "contoh-universitas-nusantara" in found[("sinar-harapan-pekalongan", "Pelatihan jurnalisme warga")]
    # a closed programme meets nothing: the sample grant for waste banks in the KIM's area
    # ended in June 2026; and a programme outside the KIM's regency meets nothing either
    assert not found[("kota-karang-bahari", "Mesin pencacah plastik untuk bank sampah")]
    assert not found[("wiralaga-sungai-mesuji", "Alat pengukur tinggi muka air otomatis")]
    assert "contoh-bumn-energi-lampung" in found[("mangrove-margasari", "Alat ukur pasang surut dan stasiun cuaca mini")]


# ---- the built site ---------------------------------------------------------------------


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_the_list_shows_every_partner_by_type_in_both_languages(bundled_site, bundled):
    for lang, prefix, sample, heading in (("id", "", "«contoh»", "Perguruan tinggi"),
                                          ("en", "en/", "sample", "University")):
        html = page(bundled_site, f"{prefix}mitra")
        for m in bundled.mitra:
            assert f'href="../{"../" if prefix else ""}{prefix}mitra/{m.slug}/"' in html, (lang, m.slug)
        # each sample partner (but one whose name says "(contoh)" in Indonesian), and each
        # sample regency file's coach in the list of coaches
        partners = [m for m in bundled.mitra if lang == "en" or "(contoh)" not in m.nama.lower()]
        samples = len(partners) + sum(w.contoh and w.pembina is not None for w in bundled.wilayah.values())
        assert samples == len(partners) + 1 and len(partners) == (len(bundled.mitra) if lang == "en" else 0)
        assert html.count('class="kim-badge kim-badge--contoh"') == samples
        assert f'<h2 id="jenis-perguruan-tinggi">{heading}</h2>' in html
        # in the page from the start, so nothing moves when the script runs; a <noscript>
        # style hides it without JavaScript (issue 17), nojs.js where mitra.js did not start
        assert ('<noscript><style>#mitra-filter { display: none; }</style></noscript>\n'
                '<form class="kim-mitra-filter" id="mitra-filter" data-kim-needs>') in html
        assert 'data-wilayah="18.07 18.10"' in html and 'src="../' in html and "assets/kim/mitra.js" in html
    assert "Semua 8 mitra di halaman ini adalah data contoh" in page(bundled_site, "mitra")
    assert "All 8 partners on this page are sample data" in page(bundled_site, "en/mitra")


def test_the_list_offers_no_sample_coach_as_a_contact(bundled_site):
    """The tester's case: Lampung Timur's sample coach was listed as "Kontak pembina KIM yang
    tercantum (1)" with a working mailto: link, where the form sends a sample coach nothing."""
    for prefix, text in (("", "Pembina KIM data contoh (rekaan, bukan lembaga yang nyata: jangan kirim apa pun ke sana):"),
                         ("en/", "A KIM coach of sample data (invented, no real institution: send nothing there):")):
        html = page(bundled_site, f"{prefix}mitra")
        assert "pembina-kim@example.org" not in html and 'class="kim-mitra-coaches"' not in html
        label = "contoh" if not prefix else "sample"
        assert re.search(rf'<p>{re.escape(text)} Kab(upaten|\.) Lampung Timur: Diskominfo Kabupaten Contoh \(contoh\)'
                         rf' <span class="kim-badge kim-badge--contoh">{label}</span></p>', html), prefix


def test_the_list_tells_an_institution_how_to_be_listed(bundled_site):
    """The way in for a university's or a company's office: the issue form (maintainers write
    the file) or the file's format, in the repository the edit links name."""
    repo = "https://github.com/direktori-kim/direktori-kim/"
    for prefix, form, format_ in (("", '">Isi formulir', '" hreflang="en">Atau tulis sendiri'),
                                  ("en/", '" hreflang="id">Fill in', '">Or write')):
        html = page(bundled_site, f"{prefix}mitra")
        assert f'<a href="{repo}issues/new?template=5-tambah-mitra.yml{form}' in html
        assert f'<a href="{repo}blob/main/docs/format.md{format_}' in html
    assert (ROOT / ".github" / "ISSUE_TEMPLATE" / "5-tambah-mitra.yml").is_file()


def test_a_partners_page_shows_its_programmes_and_contacts_in_both_languages(bundled_site):
    html = page(bundled_site, "mitra/contoh-universitas-nusantara")
    assert "<h1>Universitas Nusantara (contoh)</h1>" in html
    assert "Ini data contoh: mitra rekaan" in html
    assert "Kabupaten Lampung Timur; Kabupaten Pringsewu" in html
    assert "<h3>KKN tematik literasi digital petani</h3>" in html
    assert "6 Januari 2027 – 28 Februari 2027" in html and "untuk 12 KIM" in html
    assert '<a href="mailto:lppm-contoh@example.org">' in html
    assert "edit/main/mitra/contoh-universitas-nusantara.yml" in html
    en = page(bundled_site, "en/mitra/contoh-universitas-nusantara")
    assert "This is sample data: an invented partner" in en
    assert "6 January 2027 – 28 February 2027" in en and "for 12 KIMs" in en
    assert 'href="../../../mitra/contoh-universitas-nusantara/" hreflang="id"' in en
    # a programme past its end shows as closed, after the open ones
    bumn = page(bundled_site, "mitra/contoh-bumn-energi-lampung")
    assert bumn.index("Bantuan peralatan peringatan dini") < bumn.index('<li class="kim-closed">')
    assert "sudah ditutup" in bumn


def test_partners_open_data_holds_no_personal_data(bundled_site, bundled):
    data = json.loads((bundled_site / "data" / "mitra.json").read_text(encoding="utf-8"))
    assert data["jumlah"] == len(bundled.mitra) == len(data["mitra"]) and data["lisensi"] == "CC-BY-4.0"
    first = next(m for m in data["mitra"] if m["slug"] == "contoh-universitas-nusantara")
    assert first["url"] == "https://kim.example.org/mitra/contoh-universitas-nusantara/"
    assert first["wilayah_kerja"] == [{"kode": "18.07", "nama": "Kabupaten Lampung Timur"},
                                      {"kode": "18.10", "nama": "Kabupaten Pringsewu"}]
    assert first["program"][0]["mulai"] == "2027-01-06" and first["program"][0]["kapasitas"] == 12
    assert first["kontak"] == [{"email": "lppm-contoh@example.org"}] and first["contoh"] is True
    assert "source" not in first
    for m in data["mitra"]:
        assert set(m) <= {"slug", "nama", "jenis", "diperbarui", "contoh", "wilayah_kerja", "deskripsi", "situs",
                          "program", "kontak", "url"}
        assert all(set(c) <= {"unit", "email", "telepon", "whatsapp"} for c in m["kontak"])


def test_the_partner_pages_are_in_the_sitemap_but_samples(bundled_site, bundled):
    sitemap = (bundled_site / "sitemap.xml").read_text(encoding="utf-8")
    for url in ("mitra/", "en/mitra/"):
        assert f"<loc>https://kim.example.org/{url}</loc>" in sitemap, url
    for m in bundled.mitra:  # the bundled partners are samples: never listed as real ones
        for prefix in ("", "en/"):
            listed = f"<loc>https://kim.example.org/{prefix}mitra/{m.slug}/</loc>" in sitemap
            assert listed is not m.contoh, m.slug


def test_a_partner_without_matches_says_so_and_leads_to_the_kims_of_its_area(bundled_site):
    html = page(bundled_site, "mitra/contoh-bumdes-maju-bersama")
    section = html[html.index('<h2 id="kim-cocok">'):]
    # a sample partner: sample KIMs only are matched with it (test_a_sample_partner_without_sample_matches_says_why)
    assert "<p>Belum ada KIM contoh di wilayah kerja mitra contoh ini yang kebutuhan atau tawarannya cocok" in section
    assert ('<p>Semua KIM di wilayah kerja ini: <a href="../../kim/?kec=18.07.04">'
            'Kec. Pekalongan, Kabupaten Lampung Timur</a></p>') in section
    # with matches, the way to the area's KIMs follows them, in the page's language
    en = page(bundled_site, "en/mitra/contoh-universitas-nusantara")
    assert ('<p>All KIMs in this work area: <a href="../../../en/kim/?kab=18.07">Kabupaten Lampung Timur</a>; '
            '<a href="../../../en/kim/?kab=18.10">Kabupaten Pringsewu</a></p>') in en


def test_the_link_to_a_work_areas_kims_filters_the_directory(browser, bundled_server, bundled):
    from .browser import Watch

    context = browser.new_context(viewport={"width": 390, "height": 844})
    watch = Watch(context, bundled_server.url)
    tab = watch.attach(context.new_page())
    tab.goto(bundled_server.url + "mitra/contoh-bumdes-maju-bersama/")
    tab.get_by_role("link", name="Kec. Pekalongan, Kabupaten Lampung Timur").click()
    tab.wait_for_url("**/kim/?kec=18.07.04")
    tab.wait_for_function("() => document.getElementById('kim-app').dataset.state === 'ready'")
    in_area = [k for k in bundled.kims if k.place.code.startswith("18.07.04.")]
    assert in_area
    assert tab.locator("#kim-results .kim-result").count() == len(in_area)
    assert sorted(tab.locator("#kim-results .kim-result__name").all_text_contents()) == sorted(k.nama for k in in_area)
    assert watch.console_errors == [] and watch.third_party == []
    context.close()


# ---- issue 17: what a CSR officer or a KKN office sees on the partner pages -------------


def partner_site(kims: Path, mitra: Path, change=None):
    """The Site of these files, without a build; `change` may rewrite the KIMs first."""
    from .sitebuild import site_model

    loaded = catalogue.load([str(kims), str(mitra)], TODAY)
    return site_model(change(loaded.kims) if change else loaded.kims, TODAY, mitra=loaded.mitra,
                      wilayah=loaded.wilayah)


def partner_page(site, slug: str, lang: str) -> str:
    from generator.site.sections.mitra.section import PartnerSection

    return PartnerSection(site)._profile_page(next(m for m in site.mitra if m.slug == slug), lang).body


FIXTURE = ROOT / "tests" / "examples" / "valid"


def test_a_work_area_without_kims_says_so_instead_of_linking_the_directory():
    """The directory filtered to a region without KIMs would show the whole country: the
    partner's page links only the areas with KIMs and names the others."""
    site = partner_site(FIXTURE / "kims", FIXTURE / "mitra")
    for lang, words in (("id", "Semua KIM di wilayah kerja ini: belum ada KIM terdaftar di Kabupaten Bengkulu Selatan</p>"),
                        ("en", "All KIMs in this work area: no KIM registered in Kabupaten Bengkulu Selatan yet</p>")):
        html = partner_page(site, "contoh-dinas-bengkulu", lang)
        assert words in html and "?kab=17.01" not in html
        assert 'kim/?kab=18.07">Kabupaten Lampung Timur</a>' in partner_page(site, "contoh-kampus-lampung", lang)


def test_a_programme_says_what_places_are_left_or_that_it_is_full():
    from .test_kemitraan import took_places

    bumn = next(m for m in catalogue.load([str(ROOT / "mitra")], TODAY).mitra if m.slug == "contoh-bumn-energi-lampung")
    site = partner_site(ROOT / "kims", ROOT / "mitra", lambda kims: took_places(kims, bumn.slug, bumn.program[0], 2))
    html = partner_page(site, bumn.slug, "id")
    assert "<dd>untuk 5 KIM · sisa 3 dari 5 tempat</dd>" in html
    assert "<dd>for 5 KIMs · 3 of 5 places left</dd>" in partner_page(site, bumn.slug, "en")
    site = partner_site(ROOT / "kims", ROOT / "mitra", lambda kims: took_places(kims, bumn.slug, bumn.program[0], 5))
    html = partner_page(site, bumn.slug, "id")
    programme = html[html.index("<h3>Bantuan peralatan peringatan dini bencana</h3>"):html.index("</li>", html.index("<h3>Bantuan"))]
    assert '<span class="kim-badge kim-badge--stale">penuh</span>' in programme and "<dd>untuk 5 KIM · penuh</dd>" in programme


def test_a_matching_kim_in_talks_says_so_on_the_partners_page():
    site = partner_site(ROOT / "kims", ROOT / "mitra")
    talks = {(m.kim.slug, m.item.judul): slug for slug, ms in site.matches.by_mitra.items() for m in ms
             if m.item.status == "dibahas"}
    assert talks
    for (kim, judul), slug in talks.items():
        html = partner_page(site, slug, "id")
        line = html[html.index(f"<b>{judul}</b>"):]
        assert line.startswith(f'<b>{judul}</b> <span class="kim-badge kim-badge--dibahas">Sedang dibahas dengan mitra</span>')


def test_the_list_offers_a_way_in_without_a_github_account():
    """A partner without a GitHub account sends its details to the regency's KIM coach, whose
    contact the site publishes (`_wilayah.yml`, as "Kirim ke pembina" on /kontribusi/); the
    GitHub routes say they need a (free) account."""
    from generator.site.sections.mitra.section import PartnerSection

    site = partner_site(ROOT / "kims", ROOT / "mitra")
    for lang, words in (("id", ("<h3 id=\"cantumkan-pembina\">Tanpa akun GitHub</h3>", "lewat e-mail atau WhatsApp",
                                "Dengan akun GitHub (gratis)")),
                        ("en", ("<h3 id=\"cantumkan-pembina\">Without a GitHub account</h3>", "by e-mail or WhatsApp",
                                "With a GitHub account (free)"))):
        html = PartnerSection(site).list_body(lang, "mitra/")
        assert all(w in html for w in words), lang
        label = "contoh" if lang == "id" else "sample"  # a sample regency file's coach: named, not offered
        assert ('Kabupaten Lampung Timur: Diskominfo Kabupaten Contoh (contoh) '
                f'<span class="kim-badge kim-badge--contoh">{label}</span></p>') in html
        assert "mailto:" not in html
        assert html.index("cantumkan-pembina") < html.index("cantumkan-github")


def test_the_work_area_counts_are_what_the_filter_shows():
    """The list's filter keeps the partners whose work area overlaps the region, nationwide
    ones included (mitra.js): each option counts exactly those."""
    from generator.model.regions import load_regions
    from generator.site.i18n import Text
    from generator.site.sections.mitra.views import list_view

    partners = catalogue.load([str(FIXTURE / "mitra")], TODAY).mitra
    assert any(not m.wilayah_kerja for m in partners)
    v = list_view(partners, Text("id", load_vocab()), load_regions(), TODAY)
    counts = {o.value: o.count for o in v.regions}
    for code, n in counts.items():
        assert n == sum(not m.wilayah_kerja or any(_overlaps(a, code) for a in m.wilayah_kerja) for m in partners), code
    assert counts["18.07"] == 3  # the campus, the company working in all of Lampung, the nationwide foundation


def test_the_list_s_filter_counts_agree_with_what_it_shows(browser, bundled_server):
    from .browser import Watch

    for javascript in (True, False):
        context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
        watch = Watch(context, bundled_server.url)
        tab = watch.attach(context.new_page())
        tab.goto(bundled_server.url + "mitra/")
        if not javascript:  # the form needs the script: without it, it is not shown
            assert tab.locator("#mitra-filter").is_hidden()
            context.close()
            continue
        assert tab.locator("#mitra-filter").is_visible()
        _each_option_counts_what_it_shows(tab, "wilayah")
        # The tester's ?wilayah=18.07: "Dinas / instansi pemerintah (1)" showed 0 partners. Each
        # menu counts beside the other's choice.
        tab.goto(bundled_server.url + "mitra/?wilayah=18.07")
        _each_option_counts_what_it_shows(tab, "jenis")
        _each_option_counts_what_it_shows(tab, "wilayah")
        assert watch.console_errors == []
        context.close()


def _each_option_counts_what_it_shows(tab, name: str) -> None:
    """Each option of the menu `name` ends in the number of partners choosing it shows."""
    select = tab.locator(f"#mitra-filter select[name={name}]")
    for value, label in [(o.get_attribute("value"), o.inner_text())
                         for o in select.locator("option").all()][1:]:
        select.select_option(value)
        shown = tab.locator(".kim-mitra-list li:visible").count()
        assert label.endswith(f"({shown})"), (name, label)
        assert tab.locator("#mitra-shown").inner_text() == f"{shown} mitra ditampilkan"
        # the jump list by type counts what is shown of each type (the tester's 18.09:
        # "Perguruan tinggi (2)" while one was shown)
        for link in tab.locator("#mitra-types li:visible").all():
            jenis = link.get_attribute("data-jenis")
            of_type = tab.locator(f'.kim-mitra-list li[data-jenis="{jenis}"]:visible').count()
            assert link.inner_text().endswith(f"({of_type})"), (value, link.inner_text())


def test_the_list_says_how_a_kim_records_a_need_a_partner_met():
    """A CSR and LPPM tester found `status`, `dipenuhi_oleh`, `tanggal_terpenuhi` only in
    docs/format.md, in English: /mitra/ says it in both languages (the guide's example)."""
    from generator.site.sections.mitra.section import PartnerSection

    site = partner_site(FIXTURE / "kims", FIXTURE / "mitra")
    for lang, title in (("id", "Bila kebutuhan KIM sudah dipenuhi mitra"), ("en", "When a partner has met a KIM&#39;s need")):
        html = PartnerSection(site).list_body(lang, "mitra/")
        section = html[html.index(f'<h2 id="kebutuhan-terpenuhi">{title}</h2>'):]
        for words in ("<code>status: dibahas</code>", "<code>status: terpenuhi</code>", "<code>dipenuhi_oleh</code>",
                      "<code>tanggal_terpenuhi</code>", "<code>slug_mitra</code>", "slug_mitra: contoh-universitas-nusantara\n"):
            assert words in section, (lang, words)


def test_a_partnership_naming_a_partner_file_links_it_both_ways():
    """A KIM's `kemitraan` naming a partner listed in mitra/ showed on its profile and on
    /kemitraan/mitra/ without a link, and the partner's page did not list it (a CSR and LPPM
    tester's find): with `slug_mitra`, all three link each other."""
    from generator.model.kim import Kemitraan
    from generator.site.sections.kemitraan.section import PartnershipSection

    def partnered(kims):
        named = Kemitraan("LPPM Politeknik Contoh", "perguruan-tinggi", 2025, "KKN tematik", "contoh-kampus-lampung")
        gone = Kemitraan("Kampus Lain (contoh)", "perguruan-tinggi", slug_mitra="kampus-yang-tidak-ada")
        same_name = Kemitraan("politeknik contoh  LAMPUNG (contoh)", "perguruan-tinggi")  # no slug, the file's name
        written = Kemitraan("LPPM Politeknik Contoh", "perguruan-tinggi")  # the linked one's words: perhaps another
        # a real KIM, as the partner is: no link crosses the sample line (the next test)
        return [dataclasses.replace(k, kemitraan=(named, gone), contoh=False) if k.slug == "kim-sidodadi"
                else dataclasses.replace(k, kemitraan=(same_name,)) if k.slug == "kim-adirejo-maju"
                else dataclasses.replace(k, kemitraan=(written,)) if k.slug == "kim-kedaton-mandiri" else k for k in kims]

    site = partner_site(FIXTURE / "kims", FIXTURE / "mitra", partnered)
    kim = next(k for k in site.kims if k.slug == "kim-sidodadi")
    for lang, root, heading, since, own in (("id", "../../", "KIM yang bermitra", "sejak 2025", ""),
                                            ("en", "../../../en/", "Partner KIMs", "since 2025", ' lang="id"')):
        html = partner_page(site, "contoh-kampus-lampung", lang)
        listed = html[html.index(f'<h2 id="kim-bermitra">{heading}</h2>'):]
        listed = listed[:listed.index("</ul>")]
        assert f'<li><a href="{root}kim/kim-sidodadi/#mitra">KIM Sidodadi</a>' in listed
        # KIM Sidodadi no longer runs: said beside its name (the reviewer)
        assert re.search(r'KIM Sidodadi</a>.*<span class="kim-badge kim-badge--inactive">[^<]+</span>', listed)
        assert f"Kabupaten Lampung Timur · {since} · " in listed and "kim-adirejo-maju" not in listed  # named, not guessed
        profile = site._profile_page(kim, lang).body
        named, gone = ("LPPM Politeknik Contoh", "Kampus Lain (contoh)") if lang == "id" else (
            '<span lang="id">LPPM Politeknik Contoh</span>', '<span lang="id">Kampus Lain (contoh)</span>')
        assert f'<li><b><a href="{root}mitra/contoh-kampus-lampung/">{named}</a></b>' in profile
        assert f"<li><b>{gone}</b>" in profile  # an unknown partner file: no link
        board = PartnershipSection(site)._partners_page(lang).body
        entry = board[board.index('<p class="kem-partner-name">'):]
        # the partner file's name; a partnership written with that name, without a slug, joins it
        assert entry.startswith(f'<p class="kem-partner-name"><strong{own}><a href="{root}mitra/contoh-kampus-lampung/">'
                                "Politeknik Contoh Lampung (contoh)</a></strong>")
        entry = entry[:entry.index('<p class="kem-partner-name">', 1)]
        assert f'{root}kim/kim-adirejo-maju/#mitra' in entry and f'{root}kim/kim-kedaton-mandiri/#mitra' not in entry
        assert f"<strong{own}>Kampus Lain (contoh)</strong>" in board
        assert f"<strong{own}>LPPM Politeknik Contoh</strong>" in board


def mixed_site(kim_contoh=None):
    """The bundled sample KIMs and partners, each beside a real twin (`-nyata`, `contoh: false`),
    as a catalogue mixing real and sample files has them; `kim_contoh` sets every KIM's instead."""
    from .sitebuild import site_model

    loaded = catalogue.load([str(ROOT / "kims"), str(ROOT / "mitra")], TODAY)
    twin = lambda x: dataclasses.replace(x, slug=x.slug + "-nyata", nama=x.nama + " Nyata", contoh=False)  # noqa: E731
    kims, partners = loaded.kims + [twin(k) for k in loaded.kims], loaded.mitra + [twin(m) for m in loaded.mitra]
    if kim_contoh is not None:
        kims = [dataclasses.replace(k, contoh=kim_contoh) for k in loaded.kims]
    return site_model(kims, TODAY, mitra=partners, wilayah=loaded.wilayah)


def test_no_page_matches_across_the_sample_line():
    """Found by the partner-side review: a sample partner's page listed real KIMs as matching
    its programmes (and a real KIM's profile a sample partner's); a real partner's page listed
    a sample KIM's need it met. Every KIM a partner's page links, and every partner a profile
    links, is of the page's own kind."""
    site = mixed_site()
    kind = {x.slug: x.contoh for x in (*site.kims, *site.mitra)}
    assert {m.mitra.contoh for ms in site.matches.by_mitra.values() for m in ms} == {True, False}
    for m in site.mitra:
        linked = set(re.findall(r'href="\.\./\.\./kim/([a-z0-9-]+)/', partner_page(site, m.slug, "id")))
        assert {kind[s] for s in linked} <= {m.contoh}, m.slug
    for k in site.kims:
        linked = set(re.findall(r'href="\.\./\.\./mitra/([a-z0-9-]+)/', site._profile_page(k, "id").body))
        assert {kind[s] for s in linked} <= {k.contoh}, k.slug
    record = partner_page(site, "contoh-bumn-energi-lampung", "id")
    assert "kim/sinar-harapan-pekalongan/" in record and "kim/sinar-harapan-pekalongan-nyata/" not in record


def test_a_need_met_across_the_sample_line_names_the_partner_as_a_sample():
    """Found by a reviewer: a real KIM's need met by a sample partner showed the partner's slug
    ("contoh-bumn-energi-lampung") on its profile, with nothing saying it is a sample."""
    site = mixed_site()
    partner = next(m for m in site.mitra if m.slug == "contoh-bumn-energi-lampung")
    kim = next(k for k in site.kims if k.slug == "sinar-harapan-pekalongan-nyata")
    for lang, label in (("id", "contoh"), ("en", "sample")):
        profile = site._profile_page(kim, lang).body
        met = profile[profile.index('<h2 id="terpenuhi">'):]
        met = met[:met.index("</ul>")]
        assert f"{html.escape(partner.nama, quote=False)}, " in met and partner.slug not in met
        assert f'</small> <span class="kim-badge kim-badge--contoh">{label}</span></li>' in met


def test_published_data_names_a_need_met_across_the_sample_line_as_the_profile_does():
    """A real KIM's need met by a sample partner: its profile names the partner, labelled and
    unlinked, while data/kims.json and data/kim/<slug>.json published the sample partner's
    slug as a link to it (and a sample KIM's the real partner's). Across the line the record
    names the partner as the profile does: its name, whether it is a sample, no slug."""
    from generator.site.routes import kim_json

    from .sitebuild import site_model

    def met(site, slug: str) -> list[dict]:
        kim = next(k for k in site.kims if k.slug == slug)
        files, record = site.kim_data(kim)
        both = [[n for n in json.loads(data)["peluang"]["dicari"] if n["status"] == "terpenuhi"]
                for data in (record, dict(files)[kim_json(slug)])]
        assert both[0] == both[1]
        return both[0]

    def who(need: dict) -> tuple:
        return tuple(need.get(key) for key in ("dipenuhi_oleh", "dipenuhi_oleh_nama", "dipenuhi_oleh_contoh"))

    site = mixed_site()
    sample, real = (next(m for m in site.mitra if m.slug == "contoh-bumn-energi-lampung" + twin)
                    for twin in ("", "-nyata"))
    [across] = met(site, "sinar-harapan-pekalongan-nyata")
    assert who(across) == (None, sample.nama, True) and across["tanggal_terpenuhi"] == "2026-03-12"
    [same] = met(site, "sinar-harapan-pekalongan")  # a sample KIM, a sample partner: linked
    assert who(same) == ("contoh-bumn-energi-lampung", None, None)
    kim = next(k for k in site.kims if k.slug == "sinar-harapan-pekalongan")
    turned = dataclasses.replace(kim, dicari=tuple(dataclasses.replace(n, dipenuhi_oleh=real.slug) if n.dipenuhi_oleh
                                                   else n for n in kim.dicari))
    other = site_model([turned], TODAY, mitra=site.mitra)  # a sample KIM naming the real partner
    [across] = met(other, kim.slug)
    assert who(across) == (None, real.nama, False)
    # `mkdocs serve` keeps a KIM's data by what it is made from: the partner's kind with it
    assert other.data_key(turned) != site_model([turned], TODAY, mitra=[sample, dataclasses.replace(
        real, contoh=True)]).data_key(turned)


def test_a_sample_partner_without_sample_matches_says_why():
    site = mixed_site(kim_contoh=False)  # real KIMs only: none matches a sample partner
    assert not [m for m in site.mitra if m.contoh and m.slug in site.matches.by_mitra]
    for lang, text in (("id", "<p>Belum ada KIM contoh di wilayah kerja mitra contoh ini yang kebutuhan atau tawarannya "
                              "cocok dengan program yang masih berjalan. Mitra contoh hanya dicocokkan dengan KIM contoh, "
                              "tidak pernah dengan KIM yang nyata.</p>"),
                       ("en", "<p>No sample KIM in this sample partner's work area has a need or an offer")):
        html = partner_page(site, "contoh-universitas-nusantara", lang)
        assert text.replace("'", "&#39;") in html
    real = partner_page(site, "contoh-universitas-nusantara-nyata", "id")
    assert '<h2 id="kim-cocok">KIM yang cocok</h2>' in real and "Mitra contoh hanya" not in real


def test_published_data_links_only_partner_pages_that_exist_and_are_of_its_kind():
    """Found by the partner-side review: a `slug_mitra` naming no partner file (a warning in
    the deploy's check, the profile shows it without a link) was published as it stood in
    data/kims.json and data/kim/<slug>.json, a link to a page that does not exist; so was one
    naming a partner across the sample line. Both are left out; the partnership stays."""
    from generator.model.kim import Kemitraan
    from generator.site.routes import kim_json

    links = (Kemitraan("Kampus Lain (contoh)", "perguruan-tinggi", slug_mitra="kampus-yang-tidak-ada"),
             Kemitraan("Politeknik Contoh Lampung (contoh)", "perguruan-tinggi", slug_mitra="contoh-kampus-lampung"),
             Kemitraan("PT Energi Nusantara (contoh)", "bumn", slug_mitra="contoh-bumn-energi"))

    def partnered(kims):
        return [dataclasses.replace(k, kemitraan=links) if k.slug in ("kim-adirejo-maju", "kim-sidodadi") else k
                for k in kims]

    site = partner_site(FIXTURE / "kims", FIXTURE / "mitra", partnered)
    # KIM Adirejo Maju is real, as Politeknik Contoh Lampung is; KIM Sidodadi a sample, as PT Energi Nusantara
    for slug, linked in (("kim-adirejo-maju", [None, "contoh-kampus-lampung", None]),
                         ("kim-sidodadi", [None, None, "contoh-bumn-energi"])):
        kim = next(k for k in site.kims if k.slug == slug)
        files, record = site.kim_data(kim)
        for data in (record, dict(files)[kim_json(slug)]):
            published = json.loads(data)["kemitraan"]
            assert [k.get("slug_mitra") for k in published] == linked
            assert [k["mitra"] for k in published] == [k.mitra for k in links]
        profile = site._profile_page(kim, "id").body
        assert re.findall(r'href="\.\./\.\./mitra/([a-z0-9-]+)/', profile) == [s for s in linked if s]


def test_a_real_coach_is_listed_and_counted_beside_a_sample_one():
    wilayah = {"18.07": Wilayah("18.07", "kims/18/18.07/_wilayah.yml", True, Pembina("Diskominfo Contoh", "a@example.org")),
               "18.10": Wilayah("18.10", "kims/18/18.10/_wilayah.yml", False, Pembina("Diskominfo Pringsewu", "b@example.org"))}
    site = site_model([], TODAY, wilayah=wilayah, sections=(PartnerSection,))
    html = next(s for s in site.sections if isinstance(s, PartnerSection)).list_body("id", "mitra/")
    assert "Kontak pembina KIM yang tercantum (1)" in html and 'href="mailto:b@example.org"' in html
    assert "a@example.org" not in html and "Diskominfo Contoh" in html


@site_fixture
def two_of_a_type(tmp_path_factory) -> Path:
    """The fixture site with a second university, working elsewhere (Bengkulu Selatan)."""
    where = tmp_path_factory.mktemp("mitra-types")
    shutil.copytree(FIXTURE / "mitra", where / "mitra")
    text = (FIXTURE / "mitra" / "contoh-kampus-lampung.yml").read_text(encoding="utf-8")
    (where / "mitra" / "contoh-kampus-bengkulu.yml").write_text(
        text.replace("contoh-kampus-lampung", "contoh-kampus-bengkulu").replace("Contoh Lampung", "Contoh Bengkulu")
        .replace('["18", "18.07", "18.07.04"]', '["17.01"]'), encoding="utf-8")
    return build_site(where / "build", FIXTURE / "kims", mitra=where / "mitra")


def test_the_type_links_count_what_the_filters_show(browser, two_of_a_type):
    """The tester's case: "?wilayah=18.09" showed one of two universities under "Perguruan
    tinggi (2)" in the links by type."""
    server = Server(two_of_a_type)
    tab = browser.new_page()
    try:
        tab.goto(server.url + "mitra/?wilayah=18")
        assert tab.locator('.kim-mitra-list li[data-jenis="perguruan-tinggi"]:visible').count() == 1
        assert tab.locator('#mitra-types li[data-jenis="perguruan-tinggi"]').inner_text().endswith("(1)")
        tab.locator("#mitra-filter select[name=wilayah]").select_option("")
        assert tab.locator('#mitra-types li[data-jenis="perguruan-tinggi"]').inner_text().endswith("(2)")
    finally:
        tab.close()
        server.close()


def test_the_region_counts_count_each_partner_once_whatever_its_areas(browser, bundled_server):
    """mitra.js counts the regions in one pass over the partners (553 regions times 1,062
    partners froze a phone a second per change). Areas that lie inside another of the same
    partner, twice the same area, or no area at all still count a partner once: each option
    ends in the number of partners choosing it shows."""
    areas = iter(["18 18.07", "18.07.04 18.07", "18.71 18.71", "", "18.07.04 18.08", "18.07.04 18.07.04.2001"])

    def nested(route):
        page = route.fetch().text()
        page = re.sub(r'data-wilayah="[^"]*"', lambda m: f'data-wilayah="{next(areas, "18.09")}"', page)
        route.fulfill(body=page, headers={"content-type": "text/html; charset=utf-8"})

    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        context.route(bundled_server.url + "mitra/", nested)
        tab = context.new_page()
        tab.goto(bundled_server.url + "mitra/")
        assert tab.locator('.kim-mitra-list li[data-wilayah="18 18.07"]').count() == 1
        _each_option_counts_what_it_shows(tab, "wilayah")
        tab.locator("#mitra-filter select[name=wilayah]").select_option("18.07")
        _each_option_counts_what_it_shows(tab, "jenis")
    finally:
        context.close()
