"""The contribution page: the village search data, the form in a real browser (a new KIM, wrong
entries, updating a profile), and the form's JSON Schema interpreter against jsonschema."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gzip
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from jsonschema import Draft202012Validator
from yaml import safe_load

from generator.format import catalogue, source, spec
from generator.format.checker import PHONE_EXAMPLE
from generator.format.contacts import contact_in_link, contacts_in
from generator.format.dates import WIB
from generator.format.names import NAME_FLAGS
from generator.format.schema import json_schema
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab
from generator.site.files.villages import shard_key, village_files
from generator.site.i18n import Text
from generator.site.sections.kontribusi import (
    ContributionSection,
    form_messages,
    format_shape,
    github_target,
    village_kims,
)
from generator.site.textfold import fold, page_words, village_stem

from .browser import Watch
from .conftest import TODAY
from .sitebuild import ROOT, site_model
from .test_contacts import ACCOUNTS, CORPUS, HOLDERS, ID_LINKS, PROVINCES
from .test_masked_links import HIDDEN_LINKS

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LAMPUNG_TIMUR = "Pekalongan, Kec. Pekalongan, Kabupaten Lampung Timur, Lampung"


def today_wib() -> dt.date:
    """Jakarta's day as the validator takes it (generator/format/dates.py), read when a file
    the form wrote is checked: never a day before the form's, as one read when the tests were
    collected could be past midnight WIB."""
    return dt.datetime.now(WIB).date()


def message(message_code: str, **args) -> str:
    """A validator message as the form words it."""
    return form_messages(Text("id", load_vocab()))[message_code].format(**args)


def text(key: str) -> str:
    """An interface string of the form, in Indonesian."""
    return Text("id", load_vocab())(key)


# ---- the village search data -------------------------------------------------------------

@pytest.fixture(scope="module")
def shards() -> dict[str, bytes]:
    return dict(village_files(load_regions()))


def test_every_village_is_in_the_shard_of_its_name(shards):
    regions = load_regions()
    seen = Counter()
    for path, data in shards.items():
        key = path.rsplit("/", 1)[1][:-len(".json")]
        shard = json.loads(data)
        assert shard["v"] == sorted(shard["v"]), path
        for code, name in shard["v"]:
            assert regions.villages[code][0] == name
            # "Kampung Baru" is found from "ba" and from "ka", "Oebelo" from "oe" and "ub" (the
            # directory's spelling); "pa", "su"... are split by a third letter
            texts = (fold(name), " ".join(page_words(name)), " ".join(page_words(village_stem(fold(name)))))
            assert key in {shard_key(name, len(key))} | {_start(text, len(key)) for text in texts}, (key, name)
            assert shard["k"][code[:8]] == regions.districts[code[:8]][0]
            assert shard["b"][code[:5]] == regions.regencies[code[:5]][0]
            seen[code] += 1
        # and the districts and regencies named so (test_directory_places.py), with their regencies
        assert {code[:8] for code, _ in shard["v"]} <= set(shard["k"])
        assert {code[:5] for code in shard["k"]} <= set(shard["b"])
    assert set(seen) == set(regions.villages)
    assert sum(1 for n in seen.values() if n == 1) > 83000  # only names with a prefix or an old spelling twice
    assert set(seen.values()) == {1, 2}
    assert len(seen) == 83762


def test_every_regency_is_in_the_shard_of_its_name_without_its_level(shards):
    """The directory told "kota bogor" and "kab bima" to check their spelling: it looked for
    the regency among the regencies of villages that happen to start as its name does."""
    regions = load_regions()
    found = {}
    for path, data in shards.items():
        key = path.rsplit("/", 1)[1][:-len(".json")]
        for code, name in json.loads(data)["b"].items():
            assert regions.regencies[code][0] == name
            bare = re.sub(r"^(kabupaten|kota)( administrasi)? ", "", fold(name))
            if _start(bare, len(key)) == key:
                found[code] = key
    assert set(found) == set(regions.regencies)
    assert found["32.71"] == found["32.01"] and found["52.72"] == found["52.06"] == "bi"
    assert found["31.01"].startswith("ke")   # Kabupaten Administrasi Kepulauan Seribu
    assert "33.75" in json.loads(shards["data/desa/pek.json"])["b"]   # Kota Pekalongan


def _start(folded: str, length: int) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "_" for c in folded.strip()[:length].ljust(length))


def test_shards_are_small_enough_for_a_phone(shards):
    sizes = {path: len(gzip.compress(data, 9)) for path, data in shards.items()}
    print("\nvillage shards, gzip bytes: largest", max(sizes.values()), "median",
          sorted(sizes.values())[len(sizes) // 2], "all", sum(sizes.values()), "files", len(sizes))
    # One search costs one shard: the villages and the names of their districts and regencies.
    assert max(sizes.values()) < 30_000
    assert "data/desa/pa.json" not in shards and sizes["data/desa/pek.json"] < 5_000


def test_the_shards_name_every_level_and_the_json_is_deterministic(shards):
    shard = json.loads(shards["data/desa/pek.json"])
    code = "18.07.04.2001"
    assert [code, "Pekalongan"] in shard["v"]
    assert f"Pekalongan, Kec. {shard['k'][code[:8]]}, {shard['b'][code[:5]]}, Lampung" == LAMPUNG_TIMUR
    again = dict(village_files.__wrapped__(load_regions()))
    assert again == shards
    assert b", " not in shards["data/desa/pek.json"]


def test_folding_matches_the_shards():
    assert fold("Udek Du’en") == "udek du’en"
    assert fold("Éndé") == "ende"
    # Every mark goes, as the pages' /\p{M}+/gu drops it, also spacing marks (Javanese
    # pepet, U+A9BC, and the Devanagari vowel sign aa, U+093E, have combining class 0).
    assert fold("ꦱꦼ") == fold("ꦱ") and fold("का") == "क"
    assert shard_key("19 Nopember") == "19"
    assert shard_key("Ängel") == "an"
    assert shard_key("U") == "u_" and shard_key("O'o") == "o_"
    assert shard_key("Desa Pekalongan") == shard_key("kel. pekalongan") == shard_key("Pekalongan") == "pe"


def test_the_form_learns_the_format_from_spec():
    order, kinds = format_shape()
    assert order[""] == list(spec.KIM.fields)
    assert order["kontak"] == list(spec.KONTAK.fields)
    assert order["peluang/dicari"] == list(spec.DICARI.fields)
    assert kinds["wilayah"] == kinds["kontak/whatsapp"] == kinds["sk/nomor"] == "quoted"
    assert kinds["media/url"] == "url"
    assert kinds["berdiri"] == "yearday" and kinds["peluang/dicari/hingga"] == "day-future"
    assert kinds["bidang"] == "list-choice" and kinds["deskripsi"] == "markdown"
    assert kinds["koordinat/tempat_umum"] == "flag"


def test_the_taken_slugs_hold_former_addresses_with_their_kims_slug():
    # Found by the reviewer: the form let a new KIM take another's former address (`slug_lama`),
    # whose pages lead to that KIM; only the pull request's check caught it.
    kims = catalogue.load([str(ROOT / "kims" / "18" / "18.07")], TODAY).kims
    kims = [dataclasses.replace(k, slug_lama=("harapan-lama", "zaman-dulu")) if k.slug == "sinar-harapan-pekalongan"
            else k for k in kims]
    shards = ContributionSection(site_model(kims, TODAY, sections=()))._slugs()
    assert ["harapan-lama", "18/18.07", "sinar-harapan-pekalongan"] in shards["h"]
    assert shards["z"] == [["zaman-dulu", "18/18.07", "sinar-harapan-pekalongan"]]
    assert ["sinar-harapan-pekalongan", "18/18.07"] in shards["s"]
    assert all(rows == sorted(rows) for rows in shards.values())


def test_the_kims_of_each_village_are_sent_by_regency():
    kims = catalogue.load([str(ROOT / "kims" / "18" / "18.07")], TODAY).kims
    second = next(k for k in kims if k.slug == "sinar-harapan-pekalongan")
    kims = [*kims, dataclasses.replace(second, slug="harapan-baru-pekalongan", nama="KIM Harapan Baru")]
    files = village_kims(kims)
    assert list(files) == ["18.07"]
    villages = json.loads(files["18.07"])
    assert villages["18.07.04.2001"] == [["harapan-baru-pekalongan", "KIM Harapan Baru", True, "aktif"],
                                         ["sinar-harapan-pekalongan", "KIM Sinar Harapan", True, "aktif"]]
    assert villages["18.07.19.2001"] == [["pasir-sakti-bersatu", "KIM Pasir Sakti Bersatu", True, "tidak-aktif"]]
    assert sum(map(len, villages.values())) == len(kims)


def test_github_target_comes_from_the_edit_links():
    assert github_target("https://github.com/direktori-kim/direktori-kim/edit/main/") == ("direktori-kim/direktori-kim", "main")
    assert github_target("https://github.com/someone/kim-fork/edit/dev/") == ("someone/kim-fork", "dev")
    assert github_target("https://gitlab.com/x/y/-/edit/main/") == ("direktori-kim/direktori-kim", "main")
    assert github_target(None) == ("direktori-kim/direktori-kim", "main")


# ---- the form in a real browser ----------------------------------------------------------


PHONE = {"width": 360, "height": 740}  # a small phone, as the QA tester's


@pytest.fixture
def form(browser, server):
    """Open the contribution page (a phone-sized window) and wait for the form to be ready;
    `phone=True`: a small touch phone (360 × 740)."""
    opened = []

    def open_form(query: str = "", bypass_csp: bool = False, phone: bool = False, clock: str | None = None,
                  zone: str = "UTC"):
        # No service worker (offline reading registers one on every page): the tests answer
        # some requests themselves (page.route), which a worker's own fetches would bypass.
        size = PHONE if phone else {"width": 390, "height": 844}
        # The browser's zone is UTC whatever the machine's (or `zone`): the form's dates must not follow it.
        context = browser.new_context(viewport=size, has_touch=phone, is_mobile=phone, accept_downloads=True,
                                      bypass_csp=bypass_csp, service_workers="block", timezone_id=zone)
        watch = Watch(context, server.url)
        page = watch.attach(context.new_page())
        opened.append((context, watch))
        if clock:
            page.clock.set_fixed_time(clock)
        page.goto(server.url + "kontribusi/" + query)
        page.wait_for_selector("#kf-form[data-ready]")
        return page, watch

    yield open_form
    for context, watch in opened:
        assert watch.third_party == []
        assert watch.console_errors == []
        context.close()


def choose_village(page, query: str, label: str) -> None:
    page.fill("#kf-desa-q", query)
    page.locator("#kf-desa-list li").first.wait_for()
    page.get_by_role("radio", name=label).check()


def add_row(page, list_key: str):
    page.locator(f'[data-list="{list_key}"] .kf-add').click()
    return page.locator(f'[data-list="{list_key}"] [data-row]').last


def new_kim(form, clock: str | None = None):
    """The form opened for a new KIM with its name and village filled in (at the time `clock`)."""
    page, _ = form(clock=clock)
    page.fill("#kf-nama", "KIM Maju Bersama")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    return page


def add_personal_contact(page, name: str, whatsapp: str):
    contact = add_row(page, "kontak")
    contact.get_by_label("Jenis kontak").select_option("pribadi")
    contact.get_by_role("textbox", name="Nama", exact=True).fill(name)
    contact.get_by_role("textbox", name="WhatsApp").fill(whatsapp)
    return contact


def described_by(page, selector: str) -> str:
    """The text a screen reader reads as the description of a control."""
    return page.eval_on_selector(selector, """e => (e.getAttribute("aria-describedby") || "").split(/\\s+/)
        .filter(Boolean).map(id => document.getElementById(id).textContent).join(" | ")""")


def github_target_of(page) -> tuple[str, str, str]:
    href = page.locator("#kf-github").get_attribute("href")
    parts = urlsplit(href)
    query = parse_qs(parts.query, keep_blank_values=True)
    return parts.netloc + parts.path, query["filename"][0], query["value"][0]


def test_a_new_kim_from_the_form_passes_the_real_validator(form):
    page = new_kim(form)
    assert "Lampung Timur" in page.locator("#kf-desa-chosen").inner_text()
    assert page.input_value("#kf-slug") == "maju-bersama-pekalongan"
    page.locator("#kf-bidang").get_by_label("Pertanian").check()
    contact = add_personal_contact(page, "Rini (uji)", "+6281234567890")
    contact.get_by_role("checkbox").check()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()

    where, filename, value = github_target_of(page)
    assert where == "github.com/direktori-kim/direktori-kim/new/main/kims/18/18.07"
    assert filename == "maju-bersama-pekalongan.yml"
    assert value == page.input_value("#kf-yaml")
    assert value.startswith("# yaml-language-server: $schema=../../../schema/kim.schema.json\n")
    assert 'wilayah: "18.07.04.2001"' in value and 'whatsapp: "+6281234567890"' in value

    path = where.split("/new/main/", 1)[1] + "/" + filename
    result = catalogue.check_bytes(value.encode(), path, today_wib())
    assert [p for p in result.problems if p.is_error] == []
    assert result.kim.place.code == "18.07.04.2001"
    assert result.kim.bidang == ("pertanian",)
    assert result.kim.kontak[0].izin_publikasi == dt.date(2026, 10, 1)

    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh berkas").click()
    assert download.value.suggested_filename == filename
    assert Path(download.value.path()).read_text(encoding="utf-8") == value


def test_wrong_entries_are_explained_at_the_field_in_indonesian(form):
    page = new_kim(form, clock="2026-12-05T05:00:00Z")  # the day the future-date message names
    contact = add_personal_contact(page, "Rini (uji)", "+6281234567890")
    medium = add_row(page, "media")
    medium.get_by_label("Jenis media").select_option("facebook")
    medium.get_by_role("textbox", name="Alamat").fill("javascript:alert(1)")
    medium.get_by_role("textbox", name="Alamat").blur()

    # A wrong link is explained as soon as the field is left.
    url = "#" + medium.get_by_role("textbox", name="Alamat").get_attribute("id")
    page.wait_for_selector(url + '[aria-invalid="true"]')
    assert message("url-dangerous", value="javascript:alert(1)") in described_by(page, url)

    page.get_by_role("button", name="Periksa isian").click()
    consent = "#" + contact.get_by_role("checkbox").get_attribute("id")
    assert page.get_attribute(consent, "aria-invalid") == "true"
    assert message("consent-missing") in described_by(page, consent)
    assert page.locator("#kf-summary").is_visible()
    assert page.locator("#kf-github").is_hidden()
    assert "Masih ada 2 kesalahan" in page.locator("#kf-state").inner_text()

    # Consent ticked but no date: the date field says what the validator says.
    contact.get_by_role("checkbox").check()
    date = "#" + contact.get_by_label("Tanggal izin diberikan").get_attribute("id")
    page.wait_for_selector(date + '[aria-invalid="true"]')
    assert message("consent-missing") in described_by(page, date)

    # A Facebook link to another site, a future date, an organisation's mobile number (a warning).
    medium.get_by_role("textbox", name="Alamat").fill("https://facebook.example.com/kim")
    contact.get_by_label("Tanggal izin diberikan").fill("2099-01-01")
    own = add_row(page, "kontak")
    own.get_by_label("Jenis kontak").select_option("lembaga")
    own.get_by_role("textbox", name="Telepon").fill("081234567890")
    page.get_by_role("button", name="Periksa isian").click()
    assert message("media-host", kind="facebook", host="facebook.example.com",
                   expected="facebook.com, fb.com, fb.me") in described_by(page, url)
    assert message("future-date", value="2099-01-01", today="2026-12-05 WIB") in described_by(page, date)
    phone = "#" + own.get_by_role("textbox", name="Telepon").get_attribute("id")
    assert "Peringatan: " + message("mobile-in-org-contact", value="+6281234567890") in described_by(page, phone)
    assert page.get_attribute(phone, "aria-invalid") is None  # a warning does not block


def test_the_form_never_writes_a_name_without_a_consent_date(form):
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    name = board.get_by_role("textbox", name="Nama", exact=True)
    name.fill("Dimas (uji)")
    contact = add_personal_contact(page, "Rini (uji)", "+6285700000000")
    contact.get_by_role("textbox", name="Peran (mis. sekretaris)").fill("sekretaris")
    contact.get_by_role("textbox", name="E-mail").fill("rini.sinar@example.net")
    page.get_by_role("button", name="Periksa isian").click()

    # Without a date: the roles only, and each name field says why.
    yaml = page.input_value("#kf-yaml")
    assert "pengurus:\n  - jabatan: ketua\nkontak:\n  - jenis: pribadi\n    peran: sekretaris\n" in yaml
    for written in ("Dimas", "Rini", "6285700000000", "rini.sinar"):
        assert written not in yaml
    board_name = "#" + name.get_attribute("id")
    contact_name = "#" + contact.get_by_role("textbox", name="Nama", exact=True).get_attribute("id")
    assert "Peringatan: " + text("kf_name_not_written") in described_by(page, board_name)
    assert page.get_attribute(board_name, "aria-invalid") is None  # the role alone is a valid entry
    # the contact's row shows its error (tick consent or remove it), not "only the role is written"
    assert described_by(page, contact_name) == ""
    email = "#" + contact.get_by_role("textbox", name="E-mail").get_attribute("id")
    assert described_by(page, email) == ""  # not told to fill in a channel it filled in
    assert page.locator("#kf-github").is_hidden()  # a personal contact without consent is an error

    # Consent ticked without a date is still no consent.
    board.get_by_role("checkbox").check()
    contact.get_by_role("checkbox").check()
    assert "Dimas" not in page.input_value("#kf-yaml") and "Rini" not in page.input_value("#kf-yaml")

    # With the dates, the names (and the contact) are written with them.
    board.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    contact.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()
    yaml = page.input_value("#kf-yaml")
    assert "  - jabatan: ketua\n    nama: Dimas (uji)\n    izin_publikasi: 2026-10-01\n" in yaml
    result = catalogue.check_bytes(yaml.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", today_wib())
    assert [p for p in result.problems if p.is_error] == []
    assert result.kim.pengurus[0].nama == "Dimas (uji)" and result.kim.kontak[0].nama == "Rini (uji)"

    # Taking consent back takes the name out again.
    board.get_by_role("checkbox").uncheck()
    assert "Dimas" not in page.input_value("#kf-yaml")


def test_the_form_dates_a_file_by_jakartas_day(form):
    """The reviewer: the form took the browser's local date, while the validator on the pull
    request takes Jakarta's, so a volunteer in Papua (UTC+9) writing just after midnight dated
    the file a day the validator calls the future. At 17:30 UTC it is the next day in Jakarta;
    the browser here runs in UTC (the fixture sets it)."""
    page, _ = form(clock="2026-12-05T17:30:00Z")
    assert "diperbarui: 2026-12-06\n" in page.input_value("#kf-yaml")


def test_a_village_in_papua_is_a_kampung_in_a_distrik(form):
    """The tester, in Wasur, Merauke: the picker said "Kec. Merauke" and "Desa", Java's words.
    UU No. 21 Tahun 2001, Pasal 1, names them a distrik and a kampung."""
    page, _ = form()
    page.fill("#kf-nama", "KIM Kampung Wasur Anim Ha")
    wasur = "Wasur, Distrik Merauke, Kabupaten Merauke, Papua Selatan"
    choose_village(page, "Wasur", wasur)
    label = page.locator('label[for="kf-desa-93-01-01-2008"]').text_content()
    assert label == wasur + " (Kampung, 93.01.01.2008)"
    assert page.text_content("#kf-desa-chosen-text") == f"Kampung {wasur} (93.01.01.2008)"
    yaml = page.input_value("#kf-yaml")
    assert f"\n# Kampung {wasur}\n" in yaml and 'wilayah: "93.01.01.2008"  # Kampung Wasur;' in yaml
    # a name that starts with its word is not given it twice ("Kampung Kampung Baru", the tester)
    kampung_baru = "Kampung Baru, Distrik Kokas, Kabupaten Fak Fak, Papua Barat"
    choose_village(page, "kampung baru kokas", kampung_baru)
    assert page.text_content("#kf-desa-chosen-text") == f"{kampung_baru} (92.03.04.2011)"
    yaml = page.input_value("#kf-yaml")
    assert f"\n# {kampung_baru}\n" in yaml and 'wilayah: "92.03.04.2011"  # Kampung Baru;' in yaml
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)  # elsewhere, the words of a desa
    assert f"\n# Desa {LAMPUNG_TIMUR}\n" in page.input_value("#kf-yaml")


@pytest.mark.parametrize("query, first", [
    ("kampung gelgel", "Kampung Gelgel, Kec. Klungkung, Kabupaten Klungkung, Bali (Desa, 51.05.03.2004)"),
    ("negeri baru", "Negeri Baru, "), ("kampung baru", "Kampung Baru, "), ("dusun baru", "Dusun Baru, "),
    ("lembang lembang", "Lembang Lembang, "),
])
def test_a_name_that_starts_with_a_village_word_is_listed_before_the_name_without_it(form, query, first):
    """The tester typed "kampung gelgel" and the first row was its neighbour Gelgel (the KIM
    filed in the wrong village); "negeri baru" listed 20 of 245 Baru, none Negeri Baru. The
    whole name comes first, as `kim new` takes it; the names without the word follow."""
    page, _ = form()
    page.fill("#kf-desa-q", query)
    rows = page.locator("#kf-desa-list li")
    rows.first.wait_for()
    assert rows.first.inner_text().strip().startswith(first)
    if query == "kampung gelgel":
        assert page.locator("#kf-desa-count").inner_text() == "2 desa cocok."
        assert rows.nth(1).inner_text().strip().startswith("Gelgel, Kec. Klungkung")


def test_a_kampung_is_counted_and_noted_as_a_kampung(form):
    """The tester chose Kampung Tobati (Jayapura): the picker said "1 desa/kelurahan cocok."
    and the note of its KIMs "Di desa ini sudah ada: ... satu desa boleh punya lebih dari satu
    KIM". Both say kampung; a desa is still a desa."""
    page, _ = form()
    # a KIM in Tobati, which the bundled KIMs have not
    page.route("**/kontribusi/", lambda route: route.fulfill(
        response=route.fetch(), body=route.fetch().text().replace('"kimRegencies":[', '"kimRegencies":["91.71",')))
    page.route("**/data/desa-kim/91.71.json", lambda route: route.fulfill(
        json={"91.71.02.2008": [["tobati-maju", "KIM Tobati Maju", False, "aktif"]]}))
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    tobati = "Tobati, Distrik Jayapura Selatan, Kota Jayapura, Papua"
    choose_village(page, "tobati", tobati)
    assert page.locator("#kf-desa-count").inner_text() == "1 kampung cocok."
    note = page.locator("#kf-desa-kim")
    note.wait_for()
    said = [line for line in note.inner_text().split("\n") if line]
    assert said[0] == "Di kampung ini sudah ada:"
    assert said[-1].endswith("satu kampung boleh punya lebih dari satu KIM.")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.wait_for_function("() => /Sinar Harapan/.test(document.getElementById('kf-desa-kim').textContent)")
    said = [line for line in note.inner_text().split("\n") if line]
    assert said[0] == "Di desa ini sudah ada:" and said[-1].endswith("satu desa boleh punya lebih dari satu KIM.")


def test_a_future_date_names_the_day_it_is_in_jakarta(form):
    """The tester, as a volunteer in Merauke at 01:30 WIT on 6 December (16:30 UTC, still
    23:30 on the 5th in Jakarta), typed that day's date and was told it lay in the future,
    without a reason: the message names the day the form counts from, as `kim validate` does."""
    page, _ = form(clock="2026-12-05T16:30:00Z", zone="Asia/Jayapura")
    contact = add_personal_contact(page, "Yohana", "081234567890")
    contact.get_by_role("checkbox").check()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-12-06")
    page.get_by_role("button", name="Periksa isian").click()
    date = "#" + contact.get_by_label("Tanggal izin diberikan").get_attribute("id")
    said = described_by(page, date)
    assert message("future-date", value="2026-12-06", today="2026-12-05 WIB") in said
    assert "masih di masa depan (hari ini 2026-12-05 WIB)" in said


def test_an_sk_s_levels_are_worded_as_the_village_s_province_names_them(form):
    """The SK level offered "Desa" and "Kecamatan" for Kampung Wasur, Distrik Merauke: the form
    names them as the profile will (UU No. 21 Tahun 2001), and writes the levels' values."""
    page, _ = form()
    sk = add_row(page, "sk")  # a row added before the village is chosen follows it
    level = sk.get_by_label("Tingkat SK")

    def offered():
        return {o.get_attribute("value"): o.inner_text() for o in level.locator("option").all()}
    assert (offered()["desa"], offered()["kecamatan"]) == ("Desa", "Kecamatan")
    choose_village(page, "Wasur", "Wasur, Distrik Merauke, Kabupaten Merauke, Papua Selatan")
    page.wait_for_function("() => /Kampung/.test(document.querySelector('[data-key=tingkat]').textContent)")
    assert offered() == {"": text("kf_unset"), "desa": "Kampung", "kelurahan": "Kelurahan",
                         "kecamatan": "Distrik", "kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}
    level.select_option(label="Distrik")
    assert "  - tingkat: kecamatan\n" in page.input_value("#kf-yaml")
    later = add_row(page, "sk").get_by_label("Tingkat SK")
    later.select_option(label="Kampung")
    assert "  - tingkat: desa\n" in page.input_value("#kf-yaml")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.wait_for_function("() => /Kecamatan/.test(document.querySelector('[data-key=tingkat]').textContent)")
    assert (offered()["desa"], offered()["kecamatan"]) == ("Desa", "Kecamatan")


@pytest.mark.parametrize("query, place, chosen", [
    ("dusun tua pelang", "Dusun Tua Pelang, Kec. Kelayang, Kabupaten Indragiri Hulu, Riau",
     "Desa Dusun Tua Pelang, Kec. Kelayang, Kabupaten Indragiri Hulu, Riau (14.02.03.2031)"),
    ("kp. bantan", "Kp. Bantan, Kec. Cot Girek, Kabupaten Aceh Utara, Aceh",
     "Desa Kp. Bantan, Kec. Cot Girek, Kabupaten Aceh Utara, Aceh (11.08.17.2003)"),
])
def test_a_village_named_after_a_part_of_one_keeps_its_word(form, query, place, chosen):
    """The form's `worded` took "Dusun" (a part of a village) and "Kp." for a village's own word
    and wrote "# Dusun Tua Pelang, ..." where `kim new` writes Desa Dusun Tua Pelang."""
    page, _ = form()
    choose_village(page, query, place)
    assert page.text_content("#kf-desa-chosen-text") == chosen
    assert f"\n# {chosen.rsplit(' (', 1)[0]}\n" in page.input_value("#kf-yaml")


def test_a_public_place_is_a_checkbox_that_writes_tempat_umum(form):
    page, _ = form()
    page.fill("#kf-lintang", "-5.0921")
    page.fill("#kf-bujur", "105.3802")
    page.get_by_role("checkbox", name="Titik ini tempat umum (mis. balai desa)").check()
    yaml = page.input_value("#kf-yaml")
    assert "koordinat: {lintang: -5.0921, bujur: 105.3802, tempat_umum: true}\n" in yaml
    assert "rumah pengurus" in described_by(page, "#kf-tempat_umum")
    # Not a public place: the point is written to about 100 m (the file is public), and the
    # file passes the validator's point-too-precise rule; the fields keep what was typed.
    page.get_by_role("checkbox", name="Titik ini tempat umum (mis. balai desa)").uncheck()
    yaml = page.input_value("#kf-yaml")
    assert "koordinat: {lintang: -5.092, bujur: 105.38}\n" in yaml
    assert page.input_value("#kf-lintang") == "-5.0921" and page.input_value("#kf-bujur") == "105.3802"
    assert "point-too-precise" not in {p.code for p in catalogue.check_bytes(
        yaml.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", today_wib()).problems}


def test_a_taken_slug_and_a_kelurahan_sk_level_are_caught(form):
    page, _ = form()
    page.fill("#kf-nama", "KIM Sinar Harapan")
    choose_village(page, "pekalongan lampung", LAMPUNG_TIMUR)  # a region's name narrows the search
    assert page.locator("#kf-desa-count").inner_text() == "1 desa cocok."
    assert page.input_value("#kf-slug") == "sinar-harapan-pekalongan"
    page.wait_for_selector('#kf-slug[aria-invalid="true"]')
    assert message("duplicate-slug", slug="sinar-harapan-pekalongan", field="Nama berkas", profile="lihat profilnya",
                   update="perbarui profil itu lewat formulir") in described_by(page, "#kf-slug")
    page.fill("#kf-slug", "sinar-harapan-pekalongan-2")
    sk = add_row(page, "sk")
    sk.get_by_label("Tingkat SK").select_option("kelurahan")
    sk.get_by_label("Tanggal SK").fill("2016-05-02")
    page.get_by_role("button", name="Periksa isian").click()
    level = "#" + sk.get_by_label("Tingkat SK").get_attribute("id")
    assert message("sk-village-level", village="Pekalongan", code="18.07.04.2001", expected="desa",
                   value="kelurahan") in described_by(page, level)
    assert page.get_attribute("#kf-slug", "aria-invalid") is None


def test_a_coaching_session_before_the_founding_is_refused_as_the_validator_refuses_it(form):
    """`pembinaan-before-founding` is an error of `kim validate` (the tester's coaching dated
    2010 for a KIM founded in 2018): the form says so too, instead of offering a file that the
    coach's `kim terima` would refuse."""
    page = new_kim(form)
    page.fill("#kf-berdiri", "2018")
    page.locator("#kf-more-pembinaan > summary").click()
    session = add_row(page, "pembinaan")
    session.get_by_label("Tanggal").fill("2010-01-01")
    session.get_by_label("Nama kegiatan pembinaan").fill("Bimtek media sosial")
    page.get_by_role("button", name="Periksa isian").click()
    day = "#" + session.get_by_label("Tanggal").get_attribute("id")
    assert message("pembinaan-before-founding", date="2010-01-01", founded="2018") in described_by(page, day)
    assert "Masih ada" in page.locator("#kf-state").inner_text()
    session.get_by_label("Tanggal").fill("2018-03-01")  # in the year founded: a year-only berdiri allows it
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()


def test_a_phone_number_in_the_description_is_refused_before_the_file_is_offered(form):
    """The validator refuses contacts in free text (`phone-in-text`): the form says so at the
    field, in its own words, instead of writing a file that a coach would have to send back."""
    page = new_kim(form)
    page.fill("#kf-deskripsi", "Kami melatih warga. Hubungi 0812-3456-7890 atau siti (at) example.org.")
    page.locator("#kf-deskripsi").blur()
    page.wait_for_selector('#kf-deskripsi[aria-invalid="true"]')
    said = described_by(page, "#kf-deskripsi")
    assert message("email-in-text", value="siti (at) example.org") in said or \
        message("phone-in-text", value="0812-3456-7890") in said
    assert "tulis di bagian Kontak" in message("phone-in-text", value="0812-3456-7890")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Masih ada" in page.locator("#kf-state").inner_text()
    assert page.locator("#kf-github").is_hidden()

    page.fill("#kf-deskripsi", "Kami melatih warga pukul 08.00-12.00 sejak 02-10-2026 dengan dana Rp 12.075.000.")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()


def test_contacts_written_with_other_scripts_are_judged_as_the_validator_judges_them(form):
    """The tester's texts: an accented e-mail address and full-width digits passed the form and
    failed `kim validate`; a number after an accented letter failed the form only. (A mobile
    number is one whatever letter touches it; another number is not.)"""
    page = new_kim(form)
    for typed, refused in (("Tulis ke bimà@gmail.com.", True), ("WA 0８１２３４５６７８９.", True),
                           ("Kode é0812 3456 7890.", True), ("Kode é0721 345 678.", False)):
        assert bool(contacts_in(typed)) == refused
        page.fill("#kf-deskripsi", typed)
        page.get_by_role("button", name="Periksa isian").click()
        state = page.locator("#kf-state").inner_text()
        assert ("Masih ada" in state) == refused and ("Tidak ada kesalahan" in state) != refused, typed


def test_a_chat_link_in_a_description_is_judged_as_the_validator_judges_it(form):
    """The red-team tester's: a percent-encoded wa.me link in the description's Markdown, and
    a number written in full-width digits from the first."""
    page = new_kim(form)
    for typed in ("Tanya [lewat WhatsApp](https://wa.me/%36281234567891).", "WA ０８１２３４５６７８９０."):
        page.fill("#kf-deskripsi", typed)
        page.get_by_role("button", name="Periksa isian").click()
        assert "Masih ada" in page.locator("#kf-state").inner_text(), typed


def test_the_form_finds_the_contacts_the_validator_finds(form):
    """And the ID numbers, given the province codes (the form's prose check gives its page's)."""
    page, _ = form()
    provinces = dict.fromkeys(PROVINCES, "")
    found = page.evaluate("([texts, provinces]) => texts.map((t) => window.kimKontribusi.contactsIn(t, provinces))",
                          [CORPUS, provinces])
    assert found == [[[kind, value] for _, kind, value in contacts_in(text, PROVINCES)] for text in CORPUS]


def test_the_form_finds_the_id_numbers_in_links_the_validator_finds(form):
    page, _ = form()
    provinces = dict.fromkeys(PROVINCES, "")
    found = page.evaluate("([urls, provinces]) => urls.map((u) => window.kimKontribusi.contactInLink(u, provinces))",
                          [[*ID_LINKS, *HIDDEN_LINKS], provinces])
    assert found == [list(found) if (found := contact_in_link(url, PROVINCES)) else None
                     for url in [*ID_LINKS, *HIDDEN_LINKS]]


def test_an_id_number_in_a_text_is_refused_as_the_validator_refuses_it(form):
    """A NIK passed the form, being no phone number: `nik-in-text`, in the validator's words."""
    page = new_kim(form)
    page.fill("#kf-deskripsi", "Ketua kami, NIK 3471 0155 0890 0001, melatih warga.")
    page.locator("#kf-deskripsi").blur()
    page.wait_for_selector('#kf-deskripsi[aria-invalid="true"]')
    assert message("nik-in-text", value="3471 0155 0890 0001") in described_by(page, "#kf-deskripsi")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Masih ada" in page.locator("#kf-state").inner_text()
    page.fill("#kf-deskripsi", "Kami melayani warga tanpa NIK; token listrik 1234 5678 9012 3456, dana Rp 12.075.000.")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()


def test_the_form_words_an_id_shaped_account_number_as_the_validator_does(form):
    """A treasurer's donation account shaped as a NIK: refused, saying why, at the field; the
    codes of every text of the validator's table (`ACCOUNTS`) are the validator's."""
    page = new_kim(form)
    provinces = dict.fromkeys(PROVINCES, "")
    found = page.evaluate("([texts, provinces]) => texts.map((t) => window.kimKontribusi.inTextCodes(t, provinces))",
                          [list(ACCOUNTS), provinces])
    # people's names (names.py) are another check's: test_the_form_finds_the_names_the_validator_finds
    expected = [[code for code in codes if code != "person-in-text"] for codes in ACCOUNTS.values()]
    assert [[code for code, _ in codes] for codes in found] == expected
    page.fill("#kf-deskripsi", "Donasi: rekening BRI 3471 0155 0890 0001")
    page.locator("#kf-deskripsi").blur()
    page.wait_for_selector('#kf-deskripsi[aria-invalid="true"]')
    said = described_by(page, "#kf-deskripsi")
    assert message("nik-shaped-account", value="3471 0155 0890 0001") in said
    assert "tidak dapat dibedakan dari NIK" in said and "halaman donasi resmi" in said


def test_a_phone_hint_passes_the_fields_own_rule(form):
    page, _ = form()
    doc = _valid_document()
    doc["kontak"][0].update(whatsapp="0812345", telepon="0721-345")
    found = {p["path"]: p["args"]["hint"] for p in page.evaluate("d => window.kimKontribusi.check(d)", doc)
             if p["code"] in ("bad-phone", "bad-whatsapp")}
    assert found == {"kontak/0/whatsapp": PHONE_EXAMPLE, "kontak/0/telepon": "+62721345"}


def test_a_phone_hint_drops_the_0_form_s_0_after_the_country_code(form):
    """"+62 0812…" and "0062 721…" are hinted as "+62812…" and "+62721…": a +62 number never
    goes on with a 0 (contacts.py's finder and the fields' own format read them so too)."""
    page, _ = form()
    doc = _valid_document()
    doc["kontak"][0].update(whatsapp="+62 0812-3456-7890", telepon="0062 721 345678")
    found = {p["path"]: p["args"]["hint"] for p in page.evaluate("d => window.kimKontribusi.check(d)", doc)
             if p["code"] in ("bad-phone", "bad-whatsapp")}
    assert found == {"kontak/0/whatsapp": "+6281234567890", "kontak/0/telepon": "+62721345678"}


def test_an_unknown_profile_opens_an_empty_form(form):
    page, _ = form("?ubah=tidak-ada-kim-ini")
    assert "tidak ditemukan" in page.locator("#kf-load").inner_text()
    assert page.input_value("#kf-nama") == ""
    assert page.locator("#kf-edit").is_hidden()


def test_an_empty_form_asks_for_the_name_not_the_file_name_made_from_it(form):
    page, _ = form()
    page.get_by_role("button", name="Periksa isian").click()
    summary = page.locator("#kf-summary").inner_text()
    assert "Nama KIM" in summary and "Nama berkas" not in summary
    page.fill("#kf-nama", "KIM Maju")
    page.fill("#kf-slug", "")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Nama berkas" in page.locator("#kf-summary").inner_text()  # emptied by hand: asked for


def test_the_form_in_use_has_no_axe_violations(form):
    page, _ = form(bypass_csp=True)
    page.fill("#kf-desa-q", "suk")
    page.wait_for_selector("#kf-desa-list li")
    assert page.locator("#kf-desa-list li").count() == 20
    assert re.match(r"[0-9.]+ desa/kelurahan(/kampung)? cocok; 20 yang pertama ditampilkan", page.locator("#kf-desa-count").inner_text())
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    add_row(page, "kontak").get_by_label("Jenis kontak").select_option("pribadi")
    add_row(page, "peluang/dicari")
    page.locator("#kf-more-kegiatan summary").click()
    add_row(page, "kegiatan")
    page.get_by_role("button", name="Periksa isian").click()
    assert page.locator("#kf-summary").is_visible()
    page.wait_for_timeout(300)  # let the scroll to the summary settle: axe measures what is on screen
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], v["help"], [(n["target"], n["failureSummary"]) for n in v["nodes"]]) for v in result["violations"]] == []


def test_the_english_page_speaks_english(form, server):
    page, _ = form()
    page.goto(server.url + "en/kontribusi/")
    page.wait_for_selector("#kf-form[data-ready]")
    page.get_by_role("button", name="Check the form").click()
    assert form_messages(Text("en", load_vocab()))["missing-key"] in described_by(page, "#kf-nama")


@pytest.mark.parametrize("list_key", ["pengurus", "kontak"])
def test_a_consent_box_stays_where_it_is_tapped(form, list_key):
    """A tap on the consent box first leaves the name field; what that shows (the name is not
    written without consent) appears below the box, so the click lands where the touch did."""
    page, _ = form(phone=True)
    row = add_row(page, list_key)
    row.locator('[data-key="jenis"], [data-key="jabatan"]').first.select_option(
        "pribadi" if list_key == "kontak" else "ketua")
    name = row.get_by_role("textbox", name="Nama", exact=True)
    name.fill("Rini (uji)")
    box = row.get_by_role("checkbox")
    box.scroll_into_view_if_needed()
    before = box.bounding_box()
    name.blur()  # the touch takes the focus away from the name ...
    page.locator("#" + name.get_attribute("id") + "-error").wait_for()  # ... and its warning shows
    page.touchscreen.tap(before["x"] + before["width"] / 2, before["y"] + before["height"] / 2)
    assert box.is_checked()
    row.get_by_label("Tanggal izin diberikan").wait_for()
    assert box.bounding_box()["y"] == before["y"]
    # still the name's description, which now asks for the date alone: the box is ticked
    assert text("kf_name_no_date" if list_key == "pengurus" else "kf_contact_no_date") in \
        described_by(page, "#" + name.get_attribute("id"))


DRAFT_KEY = "kim-kontribusi-draft:"


def test_a_reload_keeps_what_was_typed_until_started_afresh(form):
    page = new_kim(form)
    page.locator("#kf-bidang").get_by_label("Pertanian").check()
    page.locator("#kf-bidang").get_by_label("UMKM").check()
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    board.get_by_role("textbox", name="Nama", exact=True).fill("Dimas (uji)")
    page.fill("#kf-alamat", "Balai Desa")  # and the page is reloaded at once, as a phone does
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")

    notice = page.locator("#kf-draft")
    assert notice.is_visible() and text("kf_draft_restored") in notice.inner_text()
    assert page.input_value("#kf-nama") == "KIM Maju Bersama"
    assert page.input_value("#kf-alamat") == "Balai Desa"
    assert "Lampung Timur" in page.locator("#kf-desa-chosen").inner_text()
    assert page.input_value("#kf-slug") == "maju-bersama-pekalongan"
    rows = page.locator('[data-list="pengurus"] [data-row]')
    assert rows.count() == 1
    assert rows.first.get_by_label("Jabatan").input_value() == "ketua"
    assert rows.first.get_by_role("textbox", name="Nama", exact=True).input_value() == "Dimas (uji)"
    page.get_by_role("button", name="Periksa isian").click()
    yaml = page.input_value("#kf-yaml")
    assert "bidang: [pertanian, umkm]\n" in yaml and "alamat: Balai Desa\n" in yaml
    assert "pengurus:\n  - jabatan: ketua\n" in yaml and "Dimas" not in yaml  # still no consent

    page.get_by_role("button", name=text("kf_draft_clear")).click()
    assert notice.is_hidden()
    assert page.input_value("#kf-nama") == page.input_value("#kf-alamat") == page.input_value("#kf-slug") == ""
    assert page.locator("#kf-desa-chosen-text").inner_text() == text("kf_village_none_chosen")
    assert rows.count() == 0
    assert not page.locator("#kf-bidang").get_by_label("Pertanian").is_checked()
    assert page.evaluate("k => Object.keys(sessionStorage).filter(x => x.startsWith(k))", DRAFT_KEY) == []
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    assert notice.is_hidden() and page.input_value("#kf-nama") == ""


def test_a_draft_never_fills_in_another_kims_update(form, server):
    page = new_kim(form)
    page.fill("#kf-alamat", "Balai Desa")
    page.goto(server.url + "kontribusi/?ubah=sinar-harapan-pekalongan")
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.input_value("#kf-nama") == "KIM Sinar Harapan"
    assert page.input_value("#kf-alamat") != "Balai Desa"
    assert page.locator("#kf-draft").is_hidden()
    # The update has its own draft; the new KIM's is still there.
    page.fill("#kf-anggota", "25")
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.input_value("#kf-anggota") == "25" and page.input_value("#kf-nama") == "KIM Sinar Harapan"
    page.goto(server.url + "kontribusi/")
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.input_value("#kf-nama") == "KIM Maju Bersama" and page.input_value("#kf-alamat") == "Balai Desa"


def test_tick_box_options_are_easy_to_tap_on_a_phone(form):
    page, _ = form(phone=True)
    for fieldset in ("#kf-bidang", "#kf-basis", "#kf-fasilitas"):
        labels = page.eval_on_selector_all(fieldset + " label", "ls => ls.map(l => l.getBoundingClientRect().toJSON())")
        assert min(label["height"] for label in labels) >= 40, fieldset
        # two options a row: 16 fields of work take about half the screen, not all of it
        height = page.eval_on_selector(fieldset + " ul", "u => u.getBoundingClientRect().height")
        assert height <= 56 * -(-len(labels) // 2), fieldset
    # a tap anywhere on the label ticks the box
    option = page.locator("#kf-bidang").get_by_label("Pertanian")
    page.locator('label[for="kf-bidang-pertanian"]').scroll_into_view_if_needed()
    label = page.locator('label[for="kf-bidang-pertanian"]').bounding_box()
    page.touchscreen.tap(label["x"] + label["width"] - 4, label["y"] + 3)
    assert option.is_checked()


def form_in(form, server, lang: str):
    """The form's page in `lang`, ready."""
    page, _ = form()
    if lang == "en":
        page.goto(server.url + "en/kontribusi/")
        page.wait_for_selector("#kf-form[data-ready]")
    return page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_taken_file_name_points_to_the_listed_kim(form, server, lang):
    page = form_in(form, server, lang)
    page.fill("#kf-nama", "KIM Sinar Harapan")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.wait_for_selector('#kf-slug[aria-invalid="true"]')
    said = page.locator("#kf-slug-error")
    words = Text(lang, load_vocab())
    shown = said.inner_text()
    assert not shown.startswith(words("kf_warning"))  # an error: nothing is sent while it stands
    assert "slug" not in shown.replace("sinar-harapan-pekalongan", "")
    assert f"“{words('kf_slug')}”" in shown
    profile = said.get_by_role("link", name=words("kf_slug_taken_profile"))
    update = said.get_by_role("link", name=words("kf_slug_taken_update"))
    prefix = "en/" if lang == "en" else ""
    assert profile.evaluate("a => a.href") == f"{server.url}{prefix}kim/sinar-harapan-pekalongan/"
    assert update.evaluate("a => a.href") == f"{server.url}{prefix}kontribusi/?ubah=sinar-harapan-pekalongan"
    update.click()
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.locator("#kf-edit").is_visible() and page.input_value("#kf-slug") == "sinar-harapan-pekalongan"


def test_the_village_note_does_not_push_the_next_field_under_the_finger(form):
    """The second volunteer tester, on a slow network: the note came 0.46 s after the village
    was picked and pushed the status field ~190 px down, under the finger about to tap it. Its
    file is asked for while the list is read, and the note comes with the tap."""
    page, _ = form(phone=True)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 460,
                                                  "downloadThroughput": -1, "uploadThroughput": -1})
    page.fill("#kf-desa-q", "Pekalongan")
    village = page.get_by_role("radio", name=LAMPUNG_TIMUR)
    village.wait_for()
    page.wait_for_timeout(1500)  # the volunteer reads the list
    village.check()
    status = page.locator("#kf-status")
    at_tap = status.bounding_box()["y"]
    page.wait_for_timeout(1500)
    assert page.locator("#kf-desa-kim").is_visible()
    assert status.bounding_box()["y"] == at_tap


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_village_with_a_kim_names_it_to_a_new_kim(form, server, lang):
    """The volunteer tester: "KIM Harapan Baru" in Pekalongan, Lampung Timur, was not told of
    KIM Sinar Harapan there. The KIMs of the village are named with their profiles and the form
    to update them, and nothing is blocked: a village may have two KIMs. A sample KIM is said
    to be only that, and no volunteer is invited to update it (the tester of going live: a real
    volunteer was asked to take over an invented KIM's file)."""
    page = form_in(form, server, lang)
    words = Text(lang, load_vocab())
    prefix = "en/" if lang == "en" else ""
    page.fill("#kf-nama", "KIM Harapan Baru")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    note = page.locator("#kf-desa-kim")
    note.wait_for()
    update = words("kf_village_kim_update")
    said = [line for line in note.inner_text().split("\n") if line]
    sample = " " + words("kf_village_kim_sample")  # the second volunteer tester took it for a real KIM
    assert said == [words("kf_village_kims", kata="desa"), words("kf_village_kim_contoh", kim="KIM Sinar Harapan", marks=sample),
                    words("kf_village_kims_note", kata="desa")]
    assert note.get_by_role("link", name=update).count() == 0
    # The same village once its KIMs are real: each one may be the volunteer's.
    page.route("**/data/desa-kim/18.07.json", lambda route: route.fulfill(json={
        village: [[slug, name, False, status] for slug, name, _, status in kims]
        for village, kims in route.fetch().json().items()}))
    page.reload()  # the draft's village is named again
    page.wait_for_selector("#kf-form[data-ready]")
    note.wait_for()
    said = [line for line in note.inner_text().split("\n") if line]
    assert said == [words("kf_village_kims", kata="desa"), words("kf_village_kim", kim="KIM Sinar Harapan", marks="", update=update),
                    words("kf_village_kims_note", kata="desa")]
    profile = note.get_by_role("link", name="KIM Sinar Harapan")
    assert profile.evaluate("a => a.href") == f"{server.url}{prefix}kim/sinar-harapan-pekalongan/"
    assert note.get_by_role("link", name=update).evaluate("a => a.href") == \
        f"{server.url}{prefix}kontribusi/?ubah=sinar-harapan-pekalongan"
    page.locator("#kf-check").click()
    assert page.locator("#kf-github").is_visible()  # said, not in the way
    page.reload()  # the draft's village is named again
    page.wait_for_selector("#kf-form[data-ready]")
    note.wait_for()
    assert note.get_by_role("link", name="KIM Sinar Harapan").is_visible()

    # An inactive KIM is said to be one.
    choose_village(page, "Pasir Sakti", "Pasir Sakti, Kec. Pasir Sakti, Kabupaten Lampung Timur, Lampung")
    page.wait_for_function("() => /Pasir Sakti Bersatu/.test(document.getElementById('kf-desa-kim').textContent)")
    marks = " " + words("kf_village_kim_inactive")
    assert words("kf_village_kim", kim="KIM Pasir Sakti Bersatu", marks=marks, update=update) in note.inner_text()

    # A village of the same regency without a KIM: nothing is said.
    choose_village(page, "Adijaya", "Adijaya, Kec. Pekalongan, Kabupaten Lampung Timur, Lampung")
    page.wait_for_function("() => document.getElementById('kf-desa-kim').hidden")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    note.wait_for()
    # Updating that KIM's profile: its own village's KIM is not named to it.
    note.get_by_role("link", name=update).click()
    page.wait_for_selector("#kf-form[data-ready]")
    assert page.locator("#kf-edit").is_visible()
    page.wait_for_timeout(300)
    assert note.is_hidden()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_former_address_points_to_the_kim_it_leads_to(form, server, lang):
    # Found by the tester: a new KIM's file name that is another KIM's former address
    # (`slug_lama`) was said to be a file of that name, and none is.
    page = form_in(form, server, lang)

    def with_former(route):
        rows = route.fetch().json() + [["sinar-lama-pekalongan", "18/18.07", "sinar-harapan-pekalongan"]]
        route.fulfill(json=sorted(rows))

    page.route("**/slug/s.json*", with_former)
    page.fill("#kf-nama", "KIM Sinar Lama")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.wait_for_selector('#kf-slug[aria-invalid="true"]')
    said = page.locator("#kf-slug-error")
    words = Text(lang, load_vocab())
    former = {"id": "alamat lama KIM", "en": "former address of the KIM"}[lang] + " “sinar-harapan-pekalongan”"
    assert said.inner_text().startswith("“sinar-lama-pekalongan” ") and former in said.inner_text()
    profile = said.get_by_role("link", name=words("kf_slug_taken_profile"))
    update = said.get_by_role("link", name=words("kf_slug_taken_update"))
    prefix = "en/" if lang == "en" else ""
    assert profile.evaluate("a => a.href") == f"{server.url}{prefix}kim/sinar-harapan-pekalongan/"
    assert update.evaluate("a => a.href") == f"{server.url}{prefix}kontribusi/?ubah=sinar-harapan-pekalongan"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_contact_warning_names_the_choice_as_the_list_shows_it(form, server, lang):
    page = form_in(form, server, lang)
    contact = add_row(page, "kontak")
    kind = contact.locator('[data-key="jenis"]')
    kind.select_option("pribadi")
    name = contact.locator('input[data-key="nama"]')
    name.fill("Rini (uji)")
    name.blur()
    warning = page.locator("#" + name.get_attribute("id") + "-error")
    warning.wait_for()
    option = kind.locator('option[value="lembaga"]').inner_text()
    assert f"“{option}”" in warning.inner_text()
    assert "lembaga" not in warning.inner_text().replace(option, "")


# ---- the schema interpreter against jsonschema -----------------------------------------

def _valid_document() -> dict:
    """A document as the form writes it: its point is not a public place, so 3 decimals."""
    return {
        "versi": 1, "slug": "maju-bersama-pekalongan", "nama": "KIM Maju Bersama", "status": "aktif",
        "wilayah": "18.07.04.2001", "koordinat": {"lintang": -5.092, "bujur": 105.381},
        "berdiri": 2016, "basis": ["karang-taruna"], "bidang": ["pertanian", "umkm"], "anggota": 18,
        "pengurus": [{"jabatan": "ketua", "nama": "Ahmad", "izin_publikasi": "2026-10-01"}],
        "media": [{"jenis": "facebook", "url": "https://www.facebook.com/kim"}, {"jenis": "buletin", "nama": "Warta"}],
        "peluang": {"dicari": [{"judul": "Pelatihan", "jenis_mitra": ["media"], "hingga": "2027-06-30"}]},
        "kontak": [{"jenis": "lembaga", "email": "kim@example.org"},
                   {"jenis": "pribadi", "nama": "Siti", "whatsapp": "+6281234567890", "izin_publikasi": "2026-10-01"}],
        "diperbarui": "2026-11-01",
    }


def _variants() -> dict[str, dict]:
    def change(edit):
        doc = _valid_document()
        edit(doc)
        return doc

    return {
        "valid": _valid_document(),
        "missing required": change(lambda d: d.pop("nama")),
        "integer as text": change(lambda d: d.update(anggota="18")),
        "boolean is no integer": change(lambda d: d.update(anggota=True)),
        "not in the vocabulary": change(lambda d: d["bidang"].append("tani")),
        "bad slug": change(lambda d: d.update(slug="Bad Slug")),
        "too long": change(lambda d: d.update(nama="K" * 121)),
        "empty text": change(lambda d: d.update(alamat="")),
        "line break": change(lambda d: d.update(nama="KIM\nMaju")),
        "below minimum": change(lambda d: d.update(anggota=0)),
        "fixed version": change(lambda d: d.update(versi=2)),
        "out of Indonesia": change(lambda d: d["koordinat"].update(lintang=105.0)),
        "too many items": change(lambda d: d.update(kontak=[{"jenis": "lembaga", "email": "a@b.id"}] * 11)),
        "duplicate item": change(lambda d: d["bidang"].append("umkm")),
        "unknown key": change(lambda d: d.update(telpon="0812")),
        "unknown nested key": change(lambda d: d["pengurus"][0].update(hp="0812")),
        "year or date": change(lambda d: d.update(berdiri="kemarin")),
        "consent missing": change(lambda d: d["kontak"][1].pop("izin_publikasi")),
        "no channel": change(lambda d: d["kontak"][0].pop("email")),
        "platform without url": change(lambda d: d["media"][0].pop("url")),
        "radio without name or url": change(lambda d: d["media"][1].pop("nama")),
        "bad date": change(lambda d: d.update(diperbarui="02/10/2026")),
        "month 13": change(lambda d: d.update(diperbarui="2026-13-01")),
        "blank text": change(lambda d: d.update(alamat="   ")),
        "html": change(lambda d: d.update(alamat="Jl. <b>Raya</b>")),
        "valid: comparison signs": change(lambda d: d.update(alamat="harga < Rp 10.000, Kopi & Teh")),
        "wrong container": change(lambda d: d.update(bidang="pertanian", peluang=[])),
        "many at once": change(lambda d: (d.pop("slug"), d.update(anggota=-1, status="mati"),
                                          d["kontak"][1].pop("nama"))),
    }


def test_the_schema_interpreter_agrees_with_jsonschema(form):
    page, _ = form()
    schema = json_schema()
    validator = Draft202012Validator(schema)
    served = json.loads(page.evaluate("fetch('../data/kim.schema.json').then(r => r.text())"))
    assert served == schema
    for name, doc in _variants().items():
        expected = sorted({("/".join(map(str, e.absolute_path)), e.validator) for e in validator.iter_errors(doc)})
        got = page.evaluate("""([s, d]) => window.kimKontribusi.schemaErrors(s, d)
            .map(e => [e.path.join("/"), e.keyword])""", [schema, copy.deepcopy(doc)])
        assert sorted(set(map(tuple, got))) == expected, name
        assert bool(expected) == (not name.startswith("valid")), name
    error = page.evaluate("""() => { try { window.kimKontribusi.schemaErrors({const: 1}, 1); return ""; }
        catch (e) { return e.message; } }""")
    assert re.search("unsupported JSON Schema keyword: const", error)



def test_the_form_refuses_the_characters_the_validator_refuses(form):
    """Both read the same rule (generator/format/source.py) from their own Unicode tables: they agree
    on every code point both know (the browser's Unicode may be newer than Python's)."""
    page, _ = form()
    found = page.evaluate("""() => { const out = {};
        for (let c = 0; c < 0x110000; c++) {
            const bad = (c < 0xd800 || c > 0xdfff) && window.kimKontribusi.badCharacter(String.fromCodePoint(c));
            if (bad) out[c] = bad[0];
        }
        return out; }""")
    browser = {int(code): problem for code, problem in found.items()}
    python = {code: source.character_problem(chr(code)) for code in range(0x110000)
              if source.find_bad_character(chr(code))}
    python[0] = "control-char"  # a NUL in a file makes it binary ("nul-byte"); in the form it is text
    unknown = {code for code in browser.keys() - python.keys() if unicodedata.category(chr(code)) == "Cn"}
    assert {c: p for c, p in browser.items() if c not in unknown} == python


LINKS = [
    "https://www.facebook.com/kim", "https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F",
    "https://lm.facebook.com/l.php?u=x", "https://l.instagram.com/?u=x", "https://t.co/AbCd12",
    "https://www.youtube.com/redirect?q=x", "https://m.youtube.com/Redirect/?q=x",
    "https://www.youtube.com/watch?v=x", "https://www.google.co.id/url?q=x", "https://www.google.com/search?q=x",
    "https://xn--fcebook-8va.com/kim", "https://kim.xn--p1ai/", "http://kim.example.org/",
    "javascript:alert(1)", "https://user@kim.example.org/",
    # a long s, an s to Python's re.I: JavaScript's `i` reads it so only with `u`
    "java\u017fcript:alert(1)",
    # an address in a query, a chat link to a number: a contact without consent (a number is
    # also a phone in the description's text)
    "https://example.org/daftar?email=siti.pribadi%40example.org",
    "https://WA.ME/6281234567890", "https://T.ME/+6281234567890", "https://wa.me/62-812-3456-7890",
    "https://wa.me/%2B62.812.3456.7890",
    # a page or address named after a mobile number (the privacy tester's)
    "https://www.facebook.com/darto.0812.3456.7890", "https://kim.example.id/hub-pak-darto-081234567890",
    # a page named after an ID number (the NIK red team's): `nik-in-text`
    *ID_LINKS,
]


def test_the_form_judges_links_as_the_validator_does(form):
    page, _ = form()
    for url in LINKS:
        doc = _valid_document()
        doc.update(media=[{"jenis": "situs-web", "url": url}], deskripsi=f"Lihat [situs kami]({url}).")
        found = page.evaluate("d => window.kimKontribusi.check(d)", doc)
        yaml = page.evaluate("d => window.kimKontribusi.toYaml(d)", doc)
        result = catalogue.check_bytes(yaml.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", dt.date(2026, 11, 27))
        assert {(p["severity"], p["code"], p["path"]) for p in found} == {
            ("error" if p.is_error else "warning", p.code, p.field.replace("[", "/").replace("].", "/").replace("]", ""))
            for p in result.problems}, url

def test_the_form_judges_a_previous_holders_contact_as_the_validator_does(form):
    """The board names Ahmad as chair and Budi as secretary: Siti's personal contact as
    chair's is the previous chair's, refused (`contact-not-role-holder`), "Ketua KIM" as well;
    Ahmad's own, written with a form of address and a degree, is not; nor is a contact for a
    post the board names no one in."""
    page, _ = form()
    cases = {("Siti", "ketua"): True, ("Bapak Ahmad, S.Pd.", "Ketua"): False, ("Siti", "bendahara"): False,
             ("Siti", "narahubung"): False,
             # everyday forms of address and a degree without its comma; a post written freely
             ("Pak Ahmad", "ketua"): False, ("Mbah Ahmad", "Ketua KIM"): False, ("Kang Ahmad S.Pd", "KETUA"): False,
             ("Siti", "Ketua KIM"): True, ("Siti", " KETUA "): True, ("Siti", "ketua kim maju bersama"): True,
             # the contact red team's: titles without their dot, undotted degrees after a comma
             ("Hj Ahmad", "ketua"): False, ("KH. Ahmad", "ketua"): False, ("Ustadz Ahmad", "ketua"): False,
             ("Ahmad, SE", "ketua"): False, ("Drs Ahmad, SH, MH", "ketua"): False, ("Sdr. Ahmad", "ketua"): False,
             # posts written freely or misspelled, regional forms of address (Budi is the secretary)
             **HOLDERS}
    for (name, role), refused in cases.items():
        doc = _valid_document()
        doc["pengurus"].append({"jabatan": "sekretaris", "nama": "Budi", "izin_publikasi": "2026-10-01"})
        doc["kontak"][1].update(nama=name, peran=role)
        found = page.evaluate("d => window.kimKontribusi.check(d)", doc)
        yaml = page.evaluate("d => window.kimKontribusi.toYaml(d)", doc)
        result = catalogue.check_bytes(yaml.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", dt.date(2026, 11, 27))
        assert {(p["severity"], p["code"], p["path"]) for p in found} == {
            ("error" if p.is_error else "warning", p.code, p.field.replace("[", "/").replace("].", "/").replace("]", ""))
            for p in result.problems}, name
        assert ("contact-not-role-holder" in {p.code for p in result.problems}) == refused, name


NAMES_EXAMPLE = ROOT / "tests/examples/invalid/person-named-outside-consent-fields/kims/18/18.07/sinar-harapan-pekalongan.yml"
NAME_CODES = ("person-in-text", "unconsented-name-in-text", "listed-name-in-text")
# Free texts and what the validator says of them with `_named_board`'s board (Budi, Sri
# Lestarijati with consent; Rini Handayani without): a name of one word is no one's ("budi
# daya"), a title names someone, but not the people a unit serves ("Kelas Ibu Hamil").
NAMED_TEXTS = {
    "Pelatihan budi daya lele bersama Budi.": [],
    "Kelas Ibu Hamil dan Program Bapak Asuh tiap bulan.": [],
    "Posko dipandu Ibu Sri Lestarijati.": ["listed-name-in-text"],
    "Laporan dari SRI  lestarijati dan rini handayani.": ["unconsented-name-in-text", "listed-name-in-text"],
    "Dibuka oleh Ibu Wati.": ["person-in-text"],
    "Narasumber: Wati, S.Pd. dari dinas.": ["person-in-text"],
    "Dibuka Dr.Wati.": ["person-in-text"],
    "Hj. Wati memimpin doa.": ["person-in-text"],
    # a degree's border is Unicode's, as Python's `\b` is: "JoséS.E." holds none
    "Tamu: JoséS.E. dan éIbu Wati.": [],
    "Sri Lestari hadir.": [],
}


def _named_board(doc: dict) -> dict:
    doc["pengurus"] = [{"jabatan": "ketua", "nama": "Ibu Sri Lestarijati, S.E.", "izin_publikasi": "2026-10-01"},
                       {"jabatan": "anggota", "nama": "Budi", "izin_publikasi": "2026-10-01"},
                       {"jabatan": "bendahara", "nama": "Rini Handayani"}]
    return doc


def _name_problems(found: list[dict]) -> list[tuple]:
    """The form's problems of names: (severity, code, path, the name's field)."""
    return sorted((p["severity"], p["code"], p["path"], p["args"].get("field", "")) for p in found
                  if p["code"] in NAME_CODES)


def _validator_name_problems(yaml: str) -> list[tuple]:
    result = catalogue.check_bytes(yaml.encode(), "kims/18/18.07/maju-bersama-pekalongan.yml", dt.date(2026, 11, 27))
    as_path = lambda field: field.replace("[", "/").replace("].", "/").replace("]", "")  # noqa: E731
    return sorted(("error" if p.is_error else "warning", p.code, as_path(p.field), as_path(p.args.get("field", "")))
                  for p in result.problems if p.code in NAME_CODES)


def test_the_form_finds_the_names_the_validator_finds(form):
    """names.py's checks of free texts, on the example folder's file, on hand-made texts and on
    the contact checks' texts: the same codes at the same fields, naming the same list entry."""
    page, _ = form()
    example = safe_load(NAMES_EXAMPLE.read_text(encoding="utf-8"))
    docs = [json.loads(json.dumps(example, default=str))]
    for typed in [*NAMED_TEXTS, *CORPUS]:
        docs.append(_named_board(_valid_document()))
        docs[-1]["kegiatan"] = [{"tanggal": "2026-09-03", "judul": "Rapat rutin", "uraian": typed}]
    for doc in docs:
        found = page.evaluate("d => window.kimKontribusi.check(d)", doc)
        written = page.evaluate("d => window.kimKontribusi.toYaml(d)", doc)
        assert _name_problems(found) == _validator_name_problems(written), doc.get("kegiatan")
    said = [sorted(p[1] for p in _name_problems(page.evaluate("d => window.kimKontribusi.check(d)", doc)))
            for doc in docs[1:len(NAMED_TEXTS) + 1]]
    assert said == [sorted(codes) for codes in NAMED_TEXTS.values()]
    assert {code for problems in said for code in problems} == set(NAME_CODES)


# Names holding every character Python's re.escape escapes, and letters beyond ASCII.
TRICKY_NAMES = ["St. Fatimah (Alm.)", "Ni [Luh] Putu+", "A*b? c|d", "Back\\slash ^Top$", "Budi {2,3} #1",
                "R&D ~Nusantara", "Siti-Aminah  Zahra", "Çağlar Núñez Öztürk", "Nguyễn Thị Ánh", "Ἀλέξανδρος",
                "Ahmad\tDahlan\nJaya\rSari\vDewi\fRatna"]


def test_the_form_escapes_a_name_as_python_does(form):
    """kontribusi-names.js escapes a listed name's words as names.py does with re.escape: the
    same escapes but those a u-mode pattern refuses, which leave the character as itself; and
    with the form's flags the pattern matches the texts Python's matches."""
    page, _ = form()
    probes = {name: sorted({name, name.upper(), name.lower(), name + "x",
                            *(name.replace(c, "x") for c in set(name) if re.escape(c) != c)})
              for name in TRICKY_NAMES}
    got = page.evaluate(r"""async (probes) => {
      const { literal } = await import(new URL("../assets/kim/kontribusi-names.js", location.href).href);
      const flags = JSON.parse(document.getElementById("kf-config").textContent).listedName[3];
      const refused = (c) => { try { new RegExp("\\" + c, "u"); return false; } catch { return true; } };
      return Object.entries(probes).map(([name, texts]) => {
        const pattern = new RegExp("^(?:" + literal(name) + ")$", flags);
        return [literal(name), [...name].filter(refused), texts.map((text) => pattern.test(text))];
      });
    }""", probes)
    unescaped = set()
    for (name, texts), (escaped, refused, found) in zip(probes.items(), got):
        needless = {c for c in refused if re.escape(c) != c}  # escaped by Python, an error in u-mode
        assert escaped == "".join(c if c in needless else re.escape(c) for c in name), name
        assert found == [bool(re.fullmatch(re.escape(name), text, NAME_FLAGS)) for text in texts], name
        assert found[texts.index(name)]
        unescaped |= needless
    assert unescaped == set("-&~# \t\n\r\v\f")  # every one of them is among the names


def test_a_board_member_named_in_an_activity_is_refused_at_the_field(form):
    """The chair types a board member's name in an activity: refused at the field, in the
    validator's words, before anything is sent; also while the name waits for its consent date
    (the form keeps it out of the file, not out of the text)."""
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("sekretaris")
    board.get_by_role("textbox", name="Nama", exact=True).fill("Sri Lestarijati")
    page.locator("#kf-more-kegiatan summary").click()
    activity = add_row(page, "kegiatan")
    activity.get_by_label("Tanggal").fill("2026-09-03")
    activity.get_by_label(text("kf_activity_title")).fill("Posko informasi")
    about = activity.get_by_label(text("kf_item_desc"))
    about.fill("Posko dipandu Ibu Sri Lestarijati.")
    page.get_by_role("button", name="Periksa isian").click()
    field = "#" + about.get_attribute("id")
    assert page.get_attribute(field, "aria-invalid") == "true"
    assert message("unconsented-name-in-text", name="Sri Lestarijati") in described_by(page, field)
    assert "Masih ada" in page.locator("#kf-state").inner_text() and page.locator("#kf-github").is_hidden()

    board.get_by_role("checkbox").check()
    board.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    page.get_by_role("button", name="Periksa isian").click()
    assert message("listed-name-in-text", name="Sri Lestarijati") in described_by(page, field)

    about.fill("Posko dipandu Ibu Wati, tempat budi daya lele.")
    page.get_by_role("button", name="Periksa isian").click()
    assert "Peringatan: " + message("person-in-text", value="Ibu") in described_by(page, field)
    assert page.get_attribute(field, "aria-invalid") is None  # a warning does not block
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()


# ---- the YAML the form writes, and its slug rule -------------------------------------------

TRICKY = [
    'KIM "Maju": #1 Bersama', "yes", "No", "on", "null", "2016", "12:30", "- mulai dengan tanda hubung",
    "[x] dalam kurung", "{y}", "& jangkar", "*alias", "!tag", "%persen", "@akun", "`petik", "'tunggal",
    '"ganda', "|pipa", ">besar", "? tanya", "Jl. Merdeka No. 5, RT 01/RW 02", "Émile ünïcode", "emoji 🎉 pesta",
    "titik dua di akhir:", "garis\\miring", "a # bukan komentar", "Kepala Desa", "0812345", "1e3", ".inf",
]
MULTILINE = [
    "  mulai dengan spasi\nbaris dua",
    "baris satu\n\tbaris bertab",
    "baris satu\n\nbaris tiga   \n  - butir menjorok",
    "baris satu\n---\n...\n# bukan judul YAML",
    "satu baris saja: dengan titik dua",
]


def test_the_yaml_writer_survives_awkward_text(form):
    page, _ = form()
    for i, text in enumerate(MULTILINE):
        doc = _valid_document()
        doc.update(slug=f"uji-teks-{i}", deskripsi=text,
                   kegiatan=[{"tanggal": "2026-01-01", "judul": t, "uraian": text} for t in TRICKY],
                   sk=[{"tingkat": "desa", "tanggal": "2016-05-02", "nomor": t[:100], "penerbit": t} for t in TRICKY[:20]])
        yaml = page.evaluate("d => window.kimKontribusi.toYaml(d)", doc)
        result = catalogue.check_bytes(yaml.encode(), f"kims/18/18.07/uji-teks-{i}.yml", dt.date(2026, 11, 27))
        assert [p for p in result.problems if p.is_error] == [], yaml
        kim = result.kim
        assert kim.deskripsi == text.strip()
        assert sorted(k.judul for k in kim.kegiatan) == sorted(TRICKY)
        assert {k.uraian for k in kim.kegiatan} == {text.strip()}
        assert sorted(s.penerbit for s in kim.sk) == sorted(TRICKY[:20])


SLUG_CASES = [
    ("KIM Sinar Harapan", "Pekalongan"), ("Kim Ünggul Jaya!", "Sukamaju"), ("KIM", "Way Hui"),
    ("KIM Pekalongan Maju", "Pekalongan"), ("KIM 19 Nopember", "19 Nopember"), ("kim-kim", "Éndé"),
    ("KIM " + "Sangat Panjang " * 8, "Gunung Terang"), ("  ", "Bumi Dipasena Jaya"),
    ("KIM Pu'uk Saboh", "Lam Ujong"), ("KIM Pu’uk Saboh", "Pu`uk"),
    ("KIM Yoboi", "Desa Adat Yoboi"), ("KIM Gelgel Kampung", "Kampung Gelgel"), ("KIM Tua", "Dusun Tua"),
    ("KIM Sukamaju", "Maju"), ("KIM Kampung", "Kampung"), ("KIM Baru", "Kampung Kampung Baru"),
    # cut after a whole word within 80 characters; a first word past 80 inside it
    ("KIM Kampuang Tanjuang Koto Mambang Sungai Durian Informasi Masyarakat Bersatu Membangun", "Nagari"),
    ("KIM Informasi Masyarakat Bersatu Membangun Nagari Koto Mambang Sungai Durian", "Tanjuang Koto"),
    ("KIM " + "a" * 85, "Sukamaju"),
]


def test_the_proposed_slug_follows_kim_new(form):
    from types import SimpleNamespace

    from generator.format.scaffold import default_slug

    page, _ = form()
    proposed = page.evaluate("cases => cases.map(([n, v]) => window.kimKontribusi.defaultSlug(n, v))", SLUG_CASES)
    assert proposed == [default_slug(n, SimpleNamespace(name=v)) for n, v in SLUG_CASES]
