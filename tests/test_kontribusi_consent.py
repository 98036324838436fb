"""Consent in the contribution form as a volunteer meets it on a phone: consent loaded with a
KIM's file or given in the form stays with the person it was given by, a person's numbers do
not become the KIM's, the status never calls a file with errors sendable, and a tap right
after typing lands."""

from __future__ import annotations

import pytest

from generator.model.vocab import load_vocab
from generator.site.i18n import Text

from . import test_kontribusi
from .test_kontribusi import (
    LAMPUNG_TIMUR,
    add_personal_contact,
    add_row,
    choose_village,
    described_by,
    message,
    new_kim,
    text,
)

form = test_kontribusi.form  # the contribution page's fixture, opened in a phone-sized window

WORDS = Text("id", load_vocab())
CHAIR = "  - {jabatan: ketua, nama: Bima (contoh), izin_publikasi: 2026-10-01}\n"


def row(page, list_key: str, n: int):
    return page.locator(f'[data-list="{list_key}"] [data-row]').nth(n)


def name_of(r):
    return r.get_by_role("textbox", name="Nama", exact=True)


def check(page) -> str:
    page.get_by_role("button", name="Periksa isian").click()
    return page.input_value("#kf-yaml")


def consent_said(page, r) -> str:
    return described_by(page, "#" + r.get_by_role("checkbox").get_attribute("id"))


# ---- 1. consent belongs to the person it was given by (loaded with the file or in the form) ---

def test_a_changed_person_does_not_keep_the_loaded_consent(form):
    """The tester's case: the chair renamed, a contact renamed, a number added to a third."""
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    chair, ayu, bima = row(page, "pengurus", 0), row(page, "kontak", 1), row(page, "kontak", 2)
    assert CHAIR in check(page)
    name_of(chair).fill("Rudi (uji)")
    name_of(bima).fill("Nina (uji)")
    ayu.get_by_role("textbox", name="WhatsApp").fill("0813 9999 8888")
    yaml = check(page)

    for r in (chair, ayu, bima):
        assert not r.get_by_role("checkbox").is_checked()
        assert text("kf_consent_changed") in consent_said(page, r)
    assert "  - {jabatan: ketua}\n" in yaml
    for written in ("Rudi", "Nina", "6281399998888", "ayu.sinarharapan", "bima.sinarharapan"):
        assert written not in yaml
    # The chair's name is left out (a warning); personal contacts without consent are errors.
    assert "Peringatan: " + text("kf_consent_changed") == consent_said(page, chair)
    assert "Masih ada 2 kesalahan" in page.locator("#kf-state").inner_text()
    assert page.locator("#kf-github").is_hidden()

    # The new person's e-mail, ticked again: the consent needs the new person's date.
    assert bima.get_by_role("textbox", name="E-mail").input_value() == ""
    bima.get_by_role("textbox", name="E-mail").fill("nina.uji@example.net")
    bima.get_by_role("checkbox").check()
    assert bima.get_by_label("Tanggal izin diberikan").input_value() == ""
    bima.get_by_label("Tanggal izin diberikan").fill("2026-11-20")
    assert "    nama: Nina (uji)\n    peran: ketua\n    email: nina.uji@example.net\n" \
           "    izin_publikasi: 2026-11-20\n" in check(page)

    # The details as loaded again: the consent given for them comes back.
    name_of(chair).fill("Bima (contoh)")
    ayu.get_by_role("textbox", name="WhatsApp").fill("")
    yaml = check(page)
    assert chair.get_by_role("checkbox").is_checked() and ayu.get_by_role("checkbox").is_checked()
    assert chair.get_by_label("Tanggal izin diberikan").input_value() == "2026-10-01"
    assert CHAIR in yaml and "    nama: Ayu (contoh)\n" in yaml
    assert text("kf_consent_changed") not in consent_said(page, chair)


def test_a_name_written_anew_keeps_its_persons_consent_and_e_mail(form):
    """The second lifecycle tester: correcting only the case or spacing of a contact's name
    ("bima  (Contoh)") removed her e-mail and consent, and so her name from the file."""
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    bima = row(page, "kontak", 2)
    name_of(bima).fill("bima  (Contoh)")
    yaml = check(page)
    assert "    nama: bima  (Contoh)\n" in yaml and "    email: bima.sinarharapan@example.org\n" in yaml
    assert bima.get_by_role("checkbox").is_checked()
    assert text("kf_consent_changed") not in consent_said(page, bima)


def test_a_consent_given_in_the_form_stays_with_its_person(form):
    """The tester's case (a): a new board member consents, then the name is changed."""
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    name_of(board).fill("Bima (uji)")
    board.get_by_role("checkbox").check()
    board.get_by_label("Tanggal izin diberikan").fill("2026-11-01")
    assert "    nama: Bima (uji)\n    izin_publikasi: 2026-11-01\n" in check(page)
    name_of(board).fill("Rudi (uji)")
    yaml = check(page)
    assert "Rudi" not in yaml and "2026-11-01" not in yaml and "  - jabatan: ketua\n" in yaml
    assert not board.get_by_role("checkbox").is_checked()
    assert text("kf_consent_changed") in consent_said(page, board)
    name_of(board).fill("Bima (uji)")  # the person it was given by: the consent comes back
    assert "    nama: Bima (uji)\n    izin_publikasi: 2026-11-01\n" in check(page)


def test_a_consent_dated_anew_stays_with_its_person(form):
    """The tester's case (b): a loaded consent's date changed, then the name."""
    page, _ = form("?ubah=yosodadi-smart", phone=True)
    chair = row(page, "pengurus", 0)
    chair.get_by_label("Tanggal izin diberikan").fill("2026-07-15")
    assert '  - {jabatan: ketua, nama: "Galih (contoh)", izin_publikasi: 2026-07-15}\n' in check(page)
    name_of(chair).fill("Rudi (uji)")
    yaml = check(page)
    assert "Rudi" not in yaml and "  - {jabatan: ketua}\n" in yaml
    assert text("kf_consent_changed") in consent_said(page, chair)
    name_of(chair).fill("Galih (contoh)")
    assert '  - {jabatan: ketua, nama: "Galih (contoh)", izin_publikasi: 2026-07-15}\n' in check(page)


def test_a_consent_ticked_before_the_name_is_the_named_persons(form):
    """Ticked and dated on an empty row, the consent is given by the name then typed, and
    follows it from then on."""
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    board.get_by_role("checkbox").check()
    board.get_by_label("Tanggal izin diberikan").fill("2026-11-01")
    name_of(board).fill("Bima (uji)")
    assert "    nama: Bima (uji)\n    izin_publikasi: 2026-11-01\n" in check(page)
    name_of(board).fill("Rudi (uji)")
    assert "Rudi" not in check(page)
    assert not board.get_by_role("checkbox").is_checked()


def consenting_contact(page):
    """A new KIM's personal contact, Rina, ticked on a phone as consenting on 2026-11-03, with no
    channel yet: its row."""
    page.fill("#kf-nama", "KIM Harapan Uji")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    contact = add_row(page, "kontak")
    contact.get_by_label("Jenis kontak").select_option("pribadi")
    name_of(contact).fill("Rina (uji)")
    contact.get_by_role("checkbox").tap()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-11-03")
    return contact


def test_a_contact_filled_top_to_bottom_keeps_the_consent_given_on_the_way(form):
    """The volunteer tester's case: name, consent and its date, then the WhatsApp number below
    them, and a tap elsewhere cleared the consent just given and blocked sending. A channel
    empty when consent was given may be filled in; once left, it is the person's: changed, or
    the name changed, the consent goes as before."""
    page, _ = form(phone=True)
    contact = consenting_contact(page)
    whatsapp = contact.get_by_role("textbox", name="WhatsApp")
    whatsapp.tap()
    whatsapp.press_sequentially("0812 3456 7890", delay=30)
    page.wait_for_timeout(300)  # a pause while typing: the form checks what is there so far
    name_of(contact).tap()  # leaving the field, as a tap elsewhere does
    email = contact.get_by_role("textbox", name="E-mail")
    email.fill("rina.uji@example.net")
    name_of(contact).tap()
    yaml = check(page)
    assert contact.get_by_role("checkbox").is_checked()
    assert contact.get_by_label("Tanggal izin diberikan").input_value() == "2026-11-03"
    assert text("kf_consent_changed") not in consent_said(page, contact)
    assert "    nama: Rina (uji)\n    email: rina.uji@example.net\n    whatsapp: \"+6281234567890\"\n" \
           "    izin_publikasi: 2026-11-03\n" in yaml
    assert page.locator("#kf-github").is_visible()

    # The number, now the person's, changed: the consent recorded for it goes.
    whatsapp.fill("0813 9999 8888")
    yaml = check(page)
    assert not contact.get_by_role("checkbox").is_checked()
    assert text("kf_consent_changed") in consent_said(page, contact)
    assert "Rina" not in yaml and "6281399998888" not in yaml
    whatsapp.fill("0812 3456 7890")  # as it was: the consent comes back
    assert "    izin_publikasi: 2026-11-03\n" in check(page)

    # Another name: the consent goes, and the numbers and e-mail typed for Rina with it.
    name_of(contact).fill("Sari (uji)")
    yaml = check(page)
    assert not contact.get_by_role("checkbox").is_checked()
    assert whatsapp.input_value() == email.input_value() == ""
    assert "6281234567890" not in yaml and "rina.uji" not in yaml


def test_a_reload_keeps_whose_consent_was_loaded(form):
    """The draft (a phone reloads a tab left for WhatsApp) knows what the consent was given for."""
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    chair = row(page, "pengurus", 0)
    name_of(chair).fill("Rudi (uji)")
    page.reload()  # at once, as a phone does
    page.wait_for_selector("#kf-form[data-ready]")
    assert name_of(chair).input_value() == "Rudi (uji)"
    assert "{jabatan: ketua}\n" in check(page)
    assert not chair.get_by_role("checkbox").is_checked()
    name_of(chair).fill("Bima (contoh)")
    assert CHAIR in check(page)


def test_withdrawn_consent_is_not_given_back(form):
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    chair = row(page, "pengurus", 0)
    name_of(chair).fill("Rudi (uji)")
    check(page)
    chair.get_by_role("checkbox").check()  # the volunteer decides: ticked, then not
    chair.get_by_role("checkbox").uncheck()
    name_of(chair).fill("Bima (contoh)")
    assert "{jabatan: ketua}\n" in check(page)
    assert not chair.get_by_role("checkbox").is_checked()


def test_a_renamed_contact_loses_the_previous_persons_numbers(form):
    """The tester's case: the chair's contact renamed from Bima to the new chair; consent
    ticked again for him would have published Bima's e-mail under his name."""
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    bima = row(page, "kontak", 2)
    email = bima.get_by_role("textbox", name="E-mail")
    name_of(bima).fill("Rudi (uji)")
    check(page)
    assert email.input_value() == ""
    said = described_by(page, "#" + email.get_attribute("id"))
    assert text("kf_person_channels_cleared") in said
    page.reload()  # the draft keeps why they went
    page.wait_for_selector("#kf-form[data-ready]")
    bima.get_by_role("checkbox").check()
    bima.get_by_label("Tanggal izin diberikan").fill("2026-11-20")
    yaml = check(page)
    assert "bima.sinarharapan" not in yaml  # consented, but no channel: an error there now
    assert "isi minimal satu cara menghubungi" in described_by(page, "#" + email.get_attribute("id"))
    assert page.locator("#kf-github").is_hidden()
    bima.get_by_role("textbox", name="WhatsApp").fill("0813 9999 8888")
    assert bima.get_by_role("checkbox").is_checked()  # filled in after consent given in the form: kept
    bima.get_by_label("Tanggal izin diberikan").fill("2026-11-20")
    yaml = check(page)
    assert "    nama: Rudi (uji)\n    peran: ketua\n    whatsapp: \"+6281399998888\"\n" \
           "    izin_publikasi: 2026-11-20\n" in yaml
    assert "bima.sinarharapan" not in yaml
    assert text("kf_person_channels_cleared") not in described_by(page, "#" + email.get_attribute("id"))


def test_a_contact_named_as_it_was_gets_its_numbers_back(form):
    page, _ = form("?ubah=sinar-harapan-pekalongan", phone=True)
    bima = row(page, "kontak", 2)
    name_of(bima).fill("Rudi (uji)")
    check(page)
    name_of(bima).fill("Bima (contoh)")
    assert "    nama: Bima (contoh)\n    peran: ketua\n    email: bima.sinarharapan@example.org\n" \
           "    izin_publikasi: 2026-10-01\n" in check(page)
    assert bima.get_by_role("checkbox").is_checked()


def test_a_loaded_consent_ticked_off_and_on_covers_only_what_the_file_held(form):
    """The second volunteer tester: Fadli's consent ticked off and on again (its date still the
    file's) counted as given in the form, and a phone number typed afterwards went out under it."""
    page, _ = form("?ubah=cahaya-ilmu-way-hui", phone=True)
    fadli = row(page, "kontak", 1)
    fadli.get_by_role("checkbox").uncheck()
    fadli.get_by_role("checkbox").check()
    assert fadli.get_by_label("Tanggal izin diberikan").input_value() == "2026-04-04"
    fadli.get_by_role("textbox", name="Telepon").fill("0721555666")
    yaml = check(page)
    assert not fadli.get_by_role("checkbox").is_checked()
    assert text("kf_consent_changed") in consent_said(page, fadli)
    assert "721555666" not in yaml and "Fadli (contoh)\n    peran" not in yaml


def test_a_number_typed_but_not_left_does_not_stay_with_the_next_name(form):
    """The second volunteer tester: Rina's WhatsApp number, typed but not left before the tab
    was reloaded (or sent by a keyboard without `change`), stayed for Budi, consented anew."""
    page, _ = form(phone=True)
    contact = consenting_contact(page)
    name_of(contact).tap()
    whatsapp = contact.get_by_role("textbox", name="WhatsApp")
    whatsapp.evaluate("(e) => { e.value = '081234567890'; e.dispatchEvent(new Event('input', {bubbles: true})); }")
    page.wait_for_timeout(1200)  # the draft is saved
    page.reload()
    page.wait_for_selector("#kf-form[data-ready]")
    assert whatsapp.input_value() == "081234567890"
    name_of(contact).fill("Budi (uji)")
    name_of(contact).tap()
    check(page)
    assert whatsapp.input_value() == ""
    contact.get_by_role("checkbox").check()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-11-04")
    yaml = check(page)
    assert "    nama: Budi (uji)\n    izin_publikasi: 2026-11-04\n" in yaml and "6281234567890" not in yaml


# ---- 3. a tap right after typing lands where it was aimed ------------------------------------

def test_a_tap_on_add_right_after_typing_a_name_adds_a_row(form):
    """Leaving the name shows a warning above the button: it must not move under the tap."""
    page, _ = form(phone=True)
    add_row(page, "pengurus").get_by_label("Jabatan").select_option("ketua")
    name = name_of(row(page, "pengurus", 0))
    name.fill("Dimas (uji)")
    add = page.locator('[data-list="pengurus"] .kf-add')
    add.scroll_into_view_if_needed()
    before = add.bounding_box()
    page.touchscreen.tap(before["x"] + before["width"] / 2, before["y"] + before["height"] / 2)
    rows = page.locator('[data-list="pengurus"] [data-row]')
    assert rows.count() == 2
    assert page.evaluate("document.activeElement.id") == row(page, "pengurus", 1).get_by_label("Jabatan").get_attribute("id")
    page.locator("#" + name.get_attribute("id") + "-error").wait_for()  # and the warning is shown after
    assert text("kf_name_not_written") in described_by(page, "#" + name.get_attribute("id"))


def test_a_ticked_consent_without_its_date_asks_for_the_date_at_the_name_and_the_date(form):
    """The tester chose Ketua, typed "Siti" and ticked consent: the warning still said to tick
    it, and only the name's field was described by it."""
    page, _ = form(phone=True)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    name = name_of(board)
    name.fill("Siti")
    board.get_by_role("checkbox").check()
    date = board.get_by_label("Tanggal izin diberikan")
    page.locator("#" + name.get_attribute("id") + "-error").wait_for()
    warning = WORDS("kf_warning") + " " + text("kf_name_no_date")
    assert described_by(page, "#" + name.get_attribute("id")) == warning
    assert described_by(page, "#" + date.get_attribute("id")) == warning
    date.fill("2026-11-01")
    page.locator("#" + name.get_attribute("id") + "-error").wait_for(state="hidden")
    assert described_by(page, "#" + date.get_attribute("id")) == ""
    assert "    nama: Siti\n    izin_publikasi: 2026-11-01\n" in check(page)


# ---- 4. a person's numbers do not become the KIM's --------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_person_made_an_institutional_contact_loses_their_numbers(form, server, lang):
    page, _ = form(phone=True)
    if lang == "en":
        page.goto(server.url + "en/kontribusi/")
        page.wait_for_selector("#kf-form[data-ready]")
    words = Text(lang, load_vocab())
    contact = add_row(page, "kontak")
    kind = contact.locator('[data-key="jenis"]')
    kind.select_option("pribadi")
    contact.locator('input[data-key="nama"]').fill("Budi (uji)")
    whatsapp = contact.locator('[data-key="whatsapp"]')
    whatsapp.fill("0812 3456 7890")
    contact.locator('[data-key="email"]').fill("budi.uji@example.net")
    kind.select_option("lembaga")
    assert whatsapp.input_value() == contact.locator('[data-key="email"]').input_value() == ""
    assert words("kf_warning") + " " + words("kf_consent_org_cleared") in described_by(page, "#" + kind.get_attribute("id"))
    page.locator("#kf-check").click()
    yaml = page.input_value("#kf-yaml")
    assert "6281234567890" not in yaml and "budi" not in yaml.lower()

    # The KIM's own number, typed on purpose, is written, and the note has gone.
    whatsapp.fill("0725 000000")
    page.locator("#kf-check").click()
    assert 'whatsapp: "+62725000000"' in page.input_value("#kf-yaml")
    assert described_by(page, "#" + kind.get_attribute("id")) == ""


def test_an_institutional_contact_keeps_what_was_typed_into_it(form):
    page = new_kim(form)
    contact = add_row(page, "kontak")
    contact.locator('[data-key="jenis"]').select_option("pribadi")
    contact.get_by_role("textbox", name="WhatsApp").fill("0725 000000")
    contact.locator('[data-key="jenis"]').select_option("lembaga")  # no person's name: nothing to clear
    assert contact.get_by_role("textbox", name="WhatsApp").input_value() == "0725 000000"


# ---- 5. the status and the row's messages agree -----------------------------------------------

def test_a_file_with_errors_is_never_called_sendable(form):
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    name_of(board).fill("Dimas (uji)")  # no consent: a warning, the role is written
    contact = add_personal_contact(page, "Rini (uji)", "+6281234567890")  # no consent: an error
    check(page)
    state = page.locator("#kf-state").inner_text()
    assert state == WORDS("kf_errors", n=1) + " " + WORDS("kf_status_warnings", n=1)
    assert "dapat dikirim" not in state
    # The contact's row says to tick consent or remove it, not that only its role is written.
    assert described_by(page, "#" + name_of(contact).get_attribute("id")) == ""
    assert message("consent-missing") in consent_said(page, contact)
    assert text("kf_name_not_written") in described_by(page, "#" + name_of(board).get_attribute("id"))

    contact.get_by_role("checkbox").check()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    check(page)
    assert page.locator("#kf-state").inner_text() == WORDS("kf_no_errors") + " " + WORDS("kf_warnings", n=1)
