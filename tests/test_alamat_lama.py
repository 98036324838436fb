"""A renamed or merged KIM keeps its old addresses (`slug_lama`): posters carry a QR code of
the profile's address and links were shared in messages (the tester's KIM chair). Each old
address of a profile (in both languages), poster and documents gets a tiny page that sends
the reader to the KIM's current one; a rebuild without the field removes them."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.format import catalogue
from generator.site.sections.alamatlama import FormerAddressSection

from .browser import Server, Watch
from .conftest import TODAY, site_fixture
from .sitebuild import FIXTURE_KIMS, build_site, site_model
from .test_rebuild import make_site, rebuild_equals_clean_build
from .test_serve import copy_sources, edit

KIM = "kims/18/18.07/kim-adirejo-maju.yml"
FORMER = ("adirejo-maju-lama", "kim-tunas-adirejo")  # its slug before a rename; a KIM merged into it
# each old page, the page it leads to, and the language it speaks
PAGES = [
    ("kim/{old}/", "../kim-adirejo-maju/", "kim/kim-adirejo-maju/", "id"),
    ("en/kim/{old}/", "../kim-adirejo-maju/", "en/kim/kim-adirejo-maju/", "en"),
    ("kim/{old}/poster/", "../../kim-adirejo-maju/poster/", "kim/kim-adirejo-maju/poster/", "id"),
    ("kim/{old}/dokumen/", "../../kim-adirejo-maju/dokumen/", "kim/kim-adirejo-maju/dokumen/", "id"),
]
WITH_FORMER = ("slug: kim-adirejo-maju\n", f"slug: kim-adirejo-maju\nslug_lama: [{', '.join(FORMER)}]\n")


# A partner file renamed from `contoh-kampus-lampung` (a real partner, as KIM Adirejo Maju is
# a real KIM), which the KIM still names by its old slug.
PARTNER, OLD_PARTNER = "kampus-lampung", "contoh-kampus-lampung"
PARTNER_PAGES = [("mitra/{old}/", "../kampus-lampung/", "mitra/kampus-lampung/", "id"),
                 ("en/mitra/{old}/", "../kampus-lampung/", "en/mitra/kampus-lampung/", "en")]


@site_fixture
def site(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("alamat-lama")
    shutil.copytree(FIXTURE_KIMS, where / "kims")
    shutil.copytree(FIXTURE_KIMS.parent / "mitra", where / "mitra")
    edit(where / KIM, *WITH_FORMER)
    edit(where / KIM, "diperbarui:", f"kemitraan:\n  - {{mitra: Politeknik Contoh Lampung, jenis: perguruan-tinggi, "
                                     f"slug_mitra: {OLD_PARTNER}}}\ndiperbarui:")
    old = where / "mitra" / f"{OLD_PARTNER}.yml"
    old.rename(where / "mitra" / f"{PARTNER}.yml")
    edit(where / "mitra" / f"{PARTNER}.yml", f"slug: {OLD_PARTNER}\n", f"slug: {PARTNER}\nslug_lama: [{OLD_PARTNER}]\n")
    return build_site(where / "build", where / "kims")


def test_every_old_address_sends_the_reader_to_the_current_one(site):
    for old in FORMER:
        for page, href, new, lang in PAGES:
            sentence = {"id": "KIM ini sekarang beralamat di", "en": "This KIM is now at"}[lang]
            assert_sends_on(site, page.format(old=old), href, new, lang, sentence, "KIM Adirejo Maju")


def assert_sends_on(site: Path, page: str, href: str, new: str, lang: str, sentence: str, name: str) -> None:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in html
    assert f'<meta http-equiv="refresh" content="0; url={href}">' in html
    assert f'<link rel="canonical" href="https://kim.example.org/{new}">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'<p>{sentence} <a id="kim-alamat-baru" href="{href}">https://kim.example.org/{new}</a></p>' in html
    assert f"<h1>{name}</h1>" in html
    # only the site's own script file runs (the policy allows no inline one), and the page stays tiny
    root = "../" * page.count("/")
    assert f'<script type="module" src="{root}assets/kim/alamat-lama.js?v=' in html and "<script>" not in html
    assert "script-src 'self';" in html and len(html.encode()) < 1500
    # where it leads is a page of the build
    assert (site / new / "index.html").is_file()


def test_old_addresses_are_not_in_the_sitemap(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "kim/kim-adirejo-maju/" in sitemap and f"mitra/{PARTNER}/" in sitemap
    assert not [old for old in (*FORMER, OLD_PARTNER) if re.search(rf"/{old}/", sitemap)]


def test_a_renamed_partners_old_address_sends_the_reader_to_its_page(site):
    for page, href, new, lang in PARTNER_PAGES:
        sentence = {"id": "Mitra ini sekarang beralamat di", "en": "This partner is now at"}[lang]
        assert_sends_on(site, page.format(old=OLD_PARTNER), href, new, lang, sentence,
                        "Politeknik Contoh Lampung (contoh)")



def test_an_old_address_keeps_the_links_query_and_fragment(site, browser):
    """Found by the last stop: a shared /kim/<old-slug>/#kontak landed on the top of the profile.
    With JavaScript the reader lands on the part the link named; without, on the page."""
    server = Server(site)
    links = [(f"kim/{FORMER[0]}/", "kim/kim-adirejo-maju/", "?dari=qr#mitra"),
             (f"en/kim/{FORMER[1]}/", "en/kim/kim-adirejo-maju/", "#mitra"),
             (f"mitra/{OLD_PARTNER}/", f"mitra/{PARTNER}/", "?jenis=x")]
    try:
        for scripts in (True, False):
            context = browser.new_context(java_script_enabled=scripts)
            watch = Watch(context, server.url)
            page = watch.attach(context.new_page())
            for old, new, kept in links:
                page.goto(server.url + old + kept)
                page.wait_for_url(lambda url: url.startswith(server.url + new))
                assert page.url == server.url + new + (kept if scripts else "")
                fragment = kept.partition("#")[2]
                assert not scripts or not fragment or page.locator(f"#{fragment}").count() == 1
            assert watch.console_errors == [] and watch.third_party == []
            context.close()
    finally:
        server.close()


def test_a_kim_naming_a_partners_old_slug_links_its_current_page(site):
    """Found by the partner-side review: a renamed partner file broke every KIM's `slug_mitra`."""
    profile = (site / "kim" / "kim-adirejo-maju" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="../../mitra/{PARTNER}/">Politeknik Contoh Lampung</a>' in profile
    page = (site / "mitra" / PARTNER / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../kim/kim-adirejo-maju/#mitra">KIM Adirejo Maju</a>' in page
    record = json.loads((site / "data" / "kim" / "kim-adirejo-maju.json").read_text(encoding="utf-8"))
    assert record["kemitraan"][0]["slug_mitra"] == PARTNER


@pytest.mark.build
def test_a_rebuild_without_the_field_removes_the_old_addresses(tmp_path, monkeypatch):
    folder = tmp_path / "src"
    copy_sources(folder, monkeypatch)
    edit(folder / KIM, *WITH_FORMER)
    make_site(folder, folder / "site", "--dirty")
    assert (folder / "site" / "kim" / FORMER[0] / "poster" / "index.html").is_file()
    edit(folder / KIM, WITH_FORMER[1], WITH_FORMER[0])
    rebuild_equals_clean_build(folder, tmp_path)
    assert not (folder / "site" / "kim" / FORMER[0]).exists()
    assert not (folder / "site" / "en" / "kim" / FORMER[1]).exists()


def test_an_old_address_that_is_no_slug_is_never_written():
    """Slugs become paths: a model made without validation cannot place a page elsewhere."""
    # a line end passes `$` with re.match, not a whole match
    kim = replace(catalogue.load([str(FIXTURE_KIMS)], TODAY).kims[0],
                  slug_lama=("../../keluar", "lama-sah", "baris-baru\n"))
    site = site_model([kim], TODAY, sections=(FormerAddressSection,))
    assert [page.url for lang in ("id", "en") for page in site.sections[0].shell_pages(lang)] == [
        "kim/lama-sah/", "kim/lama-sah/poster/", "kim/lama-sah/dokumen/", "en/kim/lama-sah/"]
