"""Partner files (`mitra/<slug>.yml`): the bundled samples, their pages in both languages,
data/mitra.json and the sitemap."""

import json
from pathlib import Path

import pytest

from generator.format import catalogue, kinds, spec
from generator.model.vocab import load_vocab

from .conftest import TODAY

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
        assert html.count('class="kim-badge kim-badge--contoh"') == len(bundled.mitra)
        assert f'<h2 id="jenis-perguruan-tinggi">{heading}</h2>' in html
        # readable without JavaScript: the filter form is hidden until the script shows it
        assert '<form class="kim-mitra-filter" id="mitra-filter" hidden>' in html
        assert 'data-wilayah="18.07 18.10"' in html and 'src="../' in html and "assets/kim/mitra.js" in html
    assert "Semua 8 mitra di halaman ini adalah data contoh" in page(bundled_site, "mitra")
    assert "All 8 partners on this page are sample data" in page(bundled_site, "en/mitra")


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
    assert "<p>Belum ada KIM di wilayah kerja mitra ini yang kebutuhan atau tawarannya cocok" in section
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
