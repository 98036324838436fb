"""Updating a profile with the form (`/kontribusi/?ubah=<slug>`): the KIM's own file, published
at data/kim/<slug>.yml byte for byte but for the schema its first line names, fills the form
(consented names and contacts included), and saving writes that file again, the repository's
first line back, with only the lines of what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.site.core import Site
from generator.site.files.opendata import published_source
from generator.site.routes import kim_source

from .sitebuild import ROOT
from .test_kontribusi import form as opened_form
from .test_kontribusi import today_wib

form = opened_form  # the contribution page's fixture (test_kontribusi.py), under its name here

BUNDLED = sorted(p for p in (ROOT / "kims").rglob("*.yml") if p.name != "_wilayah.yml")  # KIM files, not settings
SINAR = ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
DIPERBARUI = re.compile(r"^diperbarui: .*$", re.M)


def saved(page) -> str:
    """The file the form writes after "Periksa isian" (which must find nothing wrong)."""
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()
    return page.input_value("#kf-yaml")


def unchanged(path: Path) -> str:
    """The file as an unchanged save writes it: the same but for the date of the update."""
    return unchanged_text(path.read_text(encoding="utf-8"))


def changes(before: str, after: str) -> list[tuple[list[str], list[str]]]:
    """The lines that differ, as (removed, added) per changed place, the update's date aside."""
    a, b = unchanged_text(before).split("\n"), after.split("\n")
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
            if tag != "equal"]


def unchanged_text(text: str) -> str:
    """`text` with the form's date of the update: Jakarta's day when the form saved it."""
    return DIPERBARUI.sub("diperbarui: " + today_wib().isoformat(), text, count=1)


def edit(form, slug: str = "sinar-harapan-pekalongan"):
    page, _ = form("?ubah=" + slug)
    return page


def row(page, list_key: str, n: int):
    return page.locator(f'[data-list="{list_key}"] [data-row]').nth(n)


# ---- the published file ------------------------------------------------------------------

def test_every_kim_publishes_its_own_file_byte_for_byte(bundled_site):
    """All but the first line's schema: the repository's is a missing address on the site."""
    assert BUNDLED
    for path in BUNDLED:
        published = bundled_site / kim_source(path.stem)
        first, rest = published.read_bytes().split(b"\n", 1)
        assert first == b"# yaml-language-server: $schema=https://kim.example.org/data/kim.schema.json", path
        assert rest == path.read_bytes().split(b"\n", 1)[1], path
        assert "\ncontoh: true\n" in path.read_text(encoding="utf-8")  # the bundled files are samples
    sitemap = (bundled_site / "sitemap.xml").read_text(encoding="utf-8")
    assert ".yml" not in sitemap  # a data file, not a page


def test_a_file_changed_after_validation_is_not_published(tmp_path):
    path = tmp_path / "sinar-harapan-pekalongan.yml"
    path.write_bytes(SINAR.read_bytes())
    kim = catalogue.check_bytes(SINAR.read_bytes(), "kims/18/18.07/sinar-harapan-pekalongan.yml", dt.date(2026, 12, 1)).kim
    kim = dataclasses.replace(kim, source=str(path))
    site = Site.__new__(Site)
    site.site_url, site.today, site.mitra = "https://kim.example.org/", dt.date(2026, 12, 1), ()
    files, _record = site.kim_data(kim)
    assert dict(files)[kim_source(kim.slug)] == published_source(SINAR.read_bytes(), site.site_url)
    path.write_bytes(SINAR.read_bytes().replace(b"anggota: 18", b"anggota: 19"))
    with pytest.raises(RuntimeError, match="changed while the site was being built"):
        site.kim_data(kim)
    # A model not made from a file publishes no file.
    files, _record = site.kim_data(dataclasses.replace(kim, digest=b""))
    assert [p for p, _ in files] == [f"data/kim/{kim.slug}.json"]


# ---- the form ------------------------------------------------------------------------------

@pytest.mark.slow
def test_an_unchanged_update_of_every_bundled_kim_gives_back_its_file(form, server):
    page = edit(form, BUNDLED[0].stem)
    different = []
    for path in BUNDLED:
        page.goto(server.url + "kontribusi/?ubah=" + path.stem)
        page.wait_for_selector("#kf-form[data-ready]")
        if saved(page) != unchanged(path):
            different.append(path.name)
    assert different == []


def test_an_update_starts_from_the_file_with_its_names_and_contacts(form):
    page = edit(form)
    assert page.input_value("#kf-nama") == "KIM Sinar Harapan"
    assert page.locator("#kf-slug").get_attribute("readonly") is not None
    note = page.locator("#kf-edit")
    assert note.is_visible() and "termasuk nama pengurus" in note.inner_text()
    edit_link = "https://github.com/direktori-kim/direktori-kim/edit/main/kims/18/18.07/sinar-harapan-pekalongan.yml"
    assert page.locator("#kf-edit-link").get_attribute("href") == edit_link

    chair = row(page, "pengurus", 0)
    assert chair.get_by_role("textbox", name="Nama", exact=True).input_value() == "Bima (contoh)"
    assert chair.get_by_role("checkbox").is_checked()
    assert chair.get_by_label("Tanggal izin diberikan").input_value() == "2026-10-01"
    contact = row(page, "kontak", 1)
    assert contact.get_by_role("textbox", name="Nama", exact=True).input_value() == "Ayu (contoh)"
    assert contact.get_by_role("textbox", name="E-mail").input_value() == "ayu.sinarharapan@example.org"

    value = saved(page)
    assert page.locator("#kf-github").get_attribute("href") == edit_link
    assert value == unchanged(SINAR)
    result = catalogue.check_bytes(value.encode(), "kims/18/18.07/sinar-harapan-pekalongan.yml", today_wib())
    assert result.problems == []


def test_changing_a_simple_value_changes_its_line_only(form):
    page = edit(form)
    page.fill("#kf-anggota", "25")
    page.fill("#kf-alamat", "Balai Desa Pekalongan")
    assert changes(SINAR.read_text(encoding="utf-8"), saved(page)) == [
        (["alamat: Balai Desa Pekalongan, Jl. Raya Pekalongan"], ["alamat: Balai Desa Pekalongan"]),
        (["anggota: 18"], ["anggota: 25"]),
    ]


def test_changing_list_items_changes_their_lines_only(form):
    page = edit(form)
    # A name given with consent, in an item written as {…}: the item stays on its line.
    treasurer = row(page, "pengurus", 2)
    treasurer.get_by_role("checkbox").check()
    treasurer.get_by_label("Tanggal izin diberikan").fill("2026-11-02")
    treasurer.get_by_role("textbox", name="Nama", exact=True).fill("Citra (contoh)")
    # An item of a block list: only its changed key; an item removed from the middle.
    row(page, "kegiatan", 1).locator('[data-key="judul"]').fill("Menghimpun jadwal pupuk bersubsidi")
    page.locator('[data-list="prestasi"] [data-row]').nth(1).locator("[data-remove]").click()
    assert changes(SINAR.read_text(encoding="utf-8"), saved(page)) == [
        (["  - {jabatan: bendahara}"], ['  - {jabatan: bendahara, nama: "Citra (contoh)", izin_publikasi: 2026-11-02}']),
        (["    judul: Menghimpun jadwal penyaluran pupuk bersubsidi dari penyuluh"],
         ["    judul: Menghimpun jadwal pupuk bersubsidi"]),
        (["  - {tahun: 2021, judul: Juara I Lomba KIM Tingkat Kabupaten (contoh)}"], []),
    ]


def test_changing_a_nested_record_changes_its_lines_only(form):
    page = edit(form)
    page.fill("#kf-lintang", "-5.0931")
    need = row(page, "peluang/dicari", 0)
    need.get_by_label("Berlaku sampai (opsional)").fill("2027-09-30")
    contact = row(page, "kontak", 0)
    contact.get_by_role("textbox", name="Telepon").fill("+62725000000")
    after = saved(page)
    assert changes(SINAR.read_text(encoding="utf-8"), after) == [
        (["koordinat: {lintang: -5.0921, bujur: 105.3802, tempat_umum: true}"],
         ["koordinat: {lintang: -5.0931, bujur: 105.3802, tempat_umum: true}"]),
        (["      hingga: 2027-06-30"], ["      hingga: 2027-09-30"]),
        ([], ['    telepon: "+62725000000"']),
    ]
    result = catalogue.check_bytes(after.encode(), "kims/18/18.07/sinar-harapan-pekalongan.yml", today_wib())
    assert [p for p in result.problems if p.is_error] == []


def test_a_point_no_longer_public_is_written_rounded(form):
    """The point turns out to be a house: unticking "public place" writes its line to 3 decimals
    (the file is public; point-too-precise), and nothing else."""
    page = edit(form)
    page.get_by_role("checkbox", name="Titik ini tempat umum (mis. balai desa)").uncheck()
    after = saved(page)
    assert changes(SINAR.read_text(encoding="utf-8"), after) == [
        (["koordinat: {lintang: -5.0921, bujur: 105.3802, tempat_umum: true}"],
         ["koordinat: {lintang: -5.092, bujur: 105.38}"]),
    ]
    result = catalogue.check_bytes(after.encode(), "kims/18/18.07/sinar-harapan-pekalongan.yml", today_wib())
    assert [p for p in result.problems if p.is_error] == []


def test_a_new_item_and_a_removed_key_touch_nothing_else(form):
    page = edit(form)
    page.locator('[data-list="pembinaan"] .kf-add').click()
    coaching = row(page, "pembinaan", 2)
    coaching.locator('[data-key="tanggal"]').fill("2026-03-03")
    coaching.locator('[data-key="kegiatan"]').fill("Pelatihan jurnalistik warga")
    page.fill("#kf-alamat", "")
    assert changes(SINAR.read_text(encoding="utf-8"), saved(page)) == [
        (["alamat: Balai Desa Pekalongan, Jl. Raya Pekalongan"], []),
        ([], ['  - {tanggal: 2026-03-03, kegiatan: "Pelatihan jurnalistik warga"}']),
    ]


def partnered_file() -> str:
    """Sinar Harapan's file with two partnerships naming partner files (`slug_mitra`): one
    item written as {…}, one as a block."""
    text = SINAR.read_text(encoding="utf-8").replace(
        "  - mitra: Dinas Pertanian (contoh)\n    jenis: dinas\n    sejak: 2021\n    bentuk: Penyuluhan bersama setiap bulan\n",
        "  - {mitra: Universitas Nusantara (contoh), jenis: perguruan-tinggi, sejak: 2024, slug_mitra: contoh-universitas-nusantara}\n")
    return text.replace("    bentuk: Pendampingan konten dan siaran bersama program pemerintah daerah\n",
                        "    bentuk: Pendampingan konten dan siaran bersama program pemerintah daerah\n"
                        "    slug_mitra: contoh-radio-swara-lampung\n")


def edit_file(form, text: str):
    page = edit(form)
    page.route("**/data/kim/sinar-harapan-pekalongan.yml", lambda route: route.fulfill(body=text))
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    return page


def test_an_edited_partnership_keeps_the_partner_file_it_names(form):
    """`kemitraan[].slug_mitra` has no field to type in: an item written as {…} and edited was
    written again without it, and the link to the partner's page was gone (a partner tester's
    find)."""
    text = partnered_file()
    page = edit_file(form, text)
    row(page, "kemitraan", 0).locator('[data-key="bentuk"]').fill("KKN tematik")
    row(page, "kemitraan", 1).locator('[data-key="bentuk"]').fill("Siaran bersama")
    assert changes(text, saved(page)) == [
        (["  - {mitra: Universitas Nusantara (contoh), jenis: perguruan-tinggi, sejak: 2024, slug_mitra: contoh-universitas-nusantara}"],
         ['  - {mitra: "Universitas Nusantara (contoh)", jenis: perguruan-tinggi, sejak: 2024, bentuk: "KKN tematik", '
          "slug_mitra: contoh-universitas-nusantara}"]),
        (["    bentuk: Pendampingan konten dan siaran bersama program pemerintah daerah"], ["    bentuk: Siaran bersama"]),
    ]


KOMINFO = "  - mitra: Dinas Komunikasi dan Informatika (contoh)\n"
UNIVERSITAS = ("  - {mitra: Universitas Nusantara (contoh), jenis: perguruan-tinggi, sejak: 2024, "
               "slug_mitra: contoh-universitas-nusantara}\n")
SIARAN = "    bentuk: Pendampingan konten dan siaran bersama program pemerintah daerah\n"


def test_a_partner_file_stays_with_its_partnership_when_another_row_goes(form):
    """A row removed and a later one edited: the removed item's lines go, the edited one is
    patched where it stands, keeping its own partner file."""
    text = partnered_file()
    page = edit_file(form, text)
    row(page, "kemitraan", 1).locator('[data-key="bentuk"]').fill("Siaran bersama")
    row(page, "kemitraan", 0).locator("[data-remove]").click()
    assert saved(page) == unchanged_text(text.replace(UNIVERSITAS, "").replace(SIARAN, "    bentuk: Siaran bersama\n"))


NEED_REMOVED = """    - judul: Pelatihan jurnalisme warga
      jenis_mitra: [perguruan-tinggi, media]
      bidang: [literasi-digital]
      uraian: Kami ingin relawan bisa menulis berita desa dan membuat video pendek yang layak tayang.
      hingga: 2027-06-30
      diunggah: 2026-09-14
      jangkauan: 40
"""
NEED_FULFILLED = "    - judul: Pemancar radio cadangan setelah pemancar lama tersambar petir\n"


def test_a_fulfilled_need_stays_fulfilled_when_a_need_before_it_goes(form):
    """The tester (a university LPPM) removed the first need and renamed the second, fulfilled
    one: it lost `status: terpenuhi`, `dipenuhi_oleh` and `tanggal_terpenuhi` and took the
    removed need's `diunggah` and `jangkauan`."""
    page = edit(form)
    row(page, "peluang/dicari", 1).locator('[data-key="judul"]').fill("Pemancar radio cadangan")
    row(page, "peluang/dicari", 0).locator("[data-remove]").click()
    before = SINAR.read_text(encoding="utf-8")
    assert saved(page) == unchanged_text(before.replace(NEED_REMOVED, "").replace(
        NEED_FULFILLED, "    - judul: Pemancar radio cadangan\n"))


def test_a_reload_keeps_which_item_each_row_stands_for(form):
    """The draft knows which file item each row came from, and which partner page it links."""
    text = partnered_file()
    page = edit_file(form, text)
    row(page, "peluang/dicari", 1).locator('[data-key="judul"]').fill("Pemancar radio cadangan")
    row(page, "peluang/dicari", 0).locator("[data-remove]").click()
    row(page, "kemitraan", 0).locator("[data-remove]").click()
    row(page, "kemitraan", 0).locator('[data-key="mitra"]').fill("Bank Lampung")
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    row(page, "kemitraan", 0).locator('[data-key="mitra"]').fill("Dinas Komunikasi dan Informatika (contoh)")
    assert saved(page) == unchanged_text(text.replace(NEED_REMOVED, "").replace(
        NEED_FULFILLED, "    - judul: Pemancar radio cadangan\n").replace(UNIVERSITAS, ""))


def test_an_offer_keeps_its_own_keys_when_an_offer_before_it_goes(form):
    page = edit(form)
    row(page, "peluang/ditawarkan", 1).locator('[data-key="uraian"]').fill("Satu jam tiap malam Jumat.")
    row(page, "peluang/ditawarkan", 0).locator("[data-remove]").click()
    before = SINAR.read_text(encoding="utf-8")
    expected = before.replace(
        "    - judul: Penyebaran informasi ke 1.200 warga lewat grup WhatsApp dan pengeras suara\n"
        "      bidang: [diseminasi-informasi]\n", "").replace(
        "      uraian: Satu jam tiap malam Jumat, gratis untuk dinas dan puskesmas.\n",
        "      uraian: Satu jam tiap malam Jumat.\n")
    assert saved(page) == unchanged_text(expected)


def test_a_partnership_given_another_partner_loses_its_partner_page(form):
    """The tester typed "Bank Lampung" over a partnership linked to the LPPM's page: the
    profile then linked Bank Lampung to it. The row shows the link; another partner's name
    drops it, the same name written otherwise keeps it, and the button removes it."""
    text = partnered_file()
    page = edit_file(form, text)
    kominfo = row(page, "kemitraan", 1)
    note = kominfo.locator(".kf-linked")
    assert note.inner_text().startswith("Terhubung ke halaman mitra: Dinas Komunikasi dan Informatika (contoh)")
    name = kominfo.locator('[data-key="mitra"]')
    name.fill("dinas  komunikasi dan informatika (CONTOH)")
    name.blur()
    assert "slug_mitra: contoh-radio-swara-lampung" in saved(page)
    name.fill("Bank Lampung")
    name.blur()
    page.wait_for_function("() => !document.getElementById('kf-yaml').value.includes('contoh-radio-swara-lampung')")
    assert not note.is_visible()
    university = row(page, "kemitraan", 0)
    university.get_by_role("button", name="Lepas tautan ke halaman mitra").click()
    assert not university.locator(".kf-linked").is_visible()
    assert saved(page) == unchanged_text(text.replace(KOMINFO, "  - mitra: Bank Lampung\n").replace(
        SIARAN + "    slug_mitra: contoh-radio-swara-lampung\n", SIARAN).replace(
        UNIVERSITAS, '  - {mitra: "Universitas Nusantara (contoh)", jenis: perguruan-tinggi, sejak: 2024}\n'))


# ---- the patcher on its own ------------------------------------------------------------------

PATCHER = """async ([text, next, paths]) => {
  const lib = await import("/assets/kim/yamlpatch.js");
  const parsed = lib.parse(text);
  const base = JSON.parse(JSON.stringify(parsed.value));
  const w = {
    has: (path) => paths.includes(path),
    order: () => [],
    entry: (key, value) => [key + ": " + JSON.stringify(value)],
    item: (key, value) => ["- " + JSON.stringify(value)],
    flow: (value) => JSON.stringify(value),
    from: (path, j) => j,
  };
  return [parsed.value, lib.patch(parsed, base, Object.assign(JSON.parse(JSON.stringify(base)), next), w)];
}"""

HANDWRITTEN = """\ufeff# a comment before everything
versi: 1   # the format's version
nama: 'KIM ''Maju'''
rahasia:                 # a key the form has no field for
  - x
deskripsi: >-
  Folded
  text.

  Second paragraph.
bidang:
- pertanian
- umkm
diperbarui: 2026-01-01
"""


def test_the_patcher_reads_yaml_as_the_validator_and_keeps_what_the_form_lacks(form, server):
    page, _ = form()
    paths = ["versi", "nama", "deskripsi", "bidang", "diperbarui"]
    value, same = page.evaluate(PATCHER, [HANDWRITTEN, {}, paths])
    assert value == {"versi": 1, "nama": "KIM 'Maju'", "rahasia": ["x"],
                     "deskripsi": "Folded text.\nSecond paragraph.", "bidang": ["pertanian", "umkm"],
                     "diperbarui": "2026-01-01"}
    assert same == HANDWRITTEN
    # `rahasia` is not the form's: dropping it from the new values keeps it; a changed value
    # keeps the comment of its line.
    _, after = page.evaluate(PATCHER, [HANDWRITTEN.replace("\n", "\r\n"), {"versi": 2, "rahasia": None}, paths])
    assert after == HANDWRITTEN.replace("versi: 1   # the format's version", "versi: 2   # the format's version").replace("\n", "\r\n")
    # A file the reader refuses throws: the form then starts from the public data.
    with pytest.raises(Exception, match="unsupported YAML"):
        page.evaluate(PATCHER, ["versi: &a 1\nnama: *a\n", {}, paths])
    assert json.loads(json.dumps(value)) == value


def test_the_patcher_keeps_what_the_form_lacks_in_an_item_written_again(form, server):
    """An item written as {…} is written whole when it changes: the keys the form has no
    field for (a fulfilled need's `dipenuhi_oleh`) go with it, as in an item written as a block."""
    page, _ = form()
    text = ("peluang:\n  dicari:\n"
            "    - {judul: Pelatihan, status: terpenuhi, dipenuhi_oleh: contoh-universitas-nusantara, tanggal_terpenuhi: 2026-09-01}\n")
    paths = ["peluang", "peluang/dicari", "peluang/dicari/judul", "peluang/dicari/uraian"]
    edited = {"peluang": {"dicari": [{"judul": "Pelatihan", "uraian": "Dua hari"}]}}
    _, after = page.evaluate(PATCHER, [text, edited, paths])
    assert after == ('peluang:\n  dicari:\n    - {"judul":"Pelatihan","uraian":"Dua hari","status":"terpenuhi",'
                     '"dipenuhi_oleh":"contoh-universitas-nusantara","tanggal_terpenuhi":"2026-09-01"}\n')


def test_a_file_the_reader_refuses_falls_back_to_the_public_data(form):
    page = edit(form)
    page.route("**/data/kim/sinar-harapan-pekalongan.yml", lambda route: route.fulfill(body="versi: &a 1\n"))
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.input_value("#kf-nama") == "KIM Sinar Harapan"
    assert row(page, "pengurus", 0).get_by_role("textbox", name="Nama", exact=True).input_value() == ""
    assert "# Profil KIM Sinar Harapan\n" in page.input_value("#kf-yaml")  # written anew, as before


def test_a_file_written_anew_keeps_a_fulfilled_need_fulfilled(form):
    """Written anew from the public data, a fulfilled need came back open (the tester)."""
    page = edit(form)
    page.route("**/data/kim/sinar-harapan-pekalongan.yml", lambda route: route.fulfill(body="versi: &a 1\n"))
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    row(page, "peluang/dicari", 1).locator('[data-key="judul"]').fill("Pemancar radio cadangan")
    row(page, "peluang/dicari", 0).locator("[data-remove]").click()
    after = saved(page)
    assert after[after.index("\n  dicari:\n"):after.index("\npembinaan:")] == """
  dicari:
    - judul: Pemancar radio cadangan
      jenis_mitra: [bumn, swasta]
      bidang: [diseminasi-informasi]
      hingga: 2026-03-31
      diunggah: 2025-12-02
      status: terpenuhi
      dipenuhi_oleh: contoh-bumn-energi-lampung
      tanggal_terpenuhi: 2026-03-12"""


def test_the_english_status_counts_one_error_and_one_warning_in_the_singular(form, server):
    """The tester read "1 warnings" and "1 errors left" on the English form."""
    page, _ = form()
    page.goto(server.url + "en/kontribusi/?ubah=yosodadi-smart")
    page.wait_for_selector("#kf-form[data-ready]")
    state = page.locator("#kf-state")
    row(page, "media", 0).get_by_role("textbox", name="Address").fill("http://yosodadi.example.org")
    page.fill("#kf-nama", "")
    page.locator("#kf-nama").blur()
    page.wait_for_function("() => document.getElementById('kf-state').textContent.includes('left')")
    assert state.inner_text() == "1 error left. Press Check the form to see the list. 1 warning."
    page.get_by_role("button", name="Check the form").click()
    assert state.inner_text() == "1 error left. Fix the marked fields. 1 warning."
    page.fill("#kf-nama", "KIM Yosodadi Smart")
    page.get_by_role("button", name="Check the form").click()
    assert state.inner_text() == "No errors. The file is ready to send. 1 warning; the file can still be sent."
