"""Links as messages quote them and as the contact check reads them (the masking red team's):
a log of a pull request is public, so no message quotes a contact a link holds, however the
link escapes or hides it, and a mobile number without its 0 is read in a link as in a text."""

import datetime as dt
import json

import pytest

from generator.format import catalogue, masking
from generator.format.contacts import contact_in_link

# Links whose contact is written without its 0 after a phone's key or folder, or hidden by a
# zero-width space (the form's test runs them too): (kind, as read) of what they hold.
HIDDEN_LINKS = {"https://lembaga.example.id/?wa=81234567890": ("phone", "81234567890"),
                "https://lembaga.example.id/wa/81234567890": ("phone", "81234567890"),
                "https://lembaga.example.id/kontak/812-3456-7890": ("phone", "812-3456-7890"),
                "https://lembaga.example.id/?to=budi%E2%80%8B@gmail.com": ("contact", "budi@gmail.com"),
                "https://lembaga.example.id/program/81234567890": None}


@pytest.mark.parametrize("url", HIDDEN_LINKS)
def test_a_link_is_read_for_numbers_as_a_text_is(url):
    assert contact_in_link(url) == HIDDEN_LINKS[url]


def _problems(text: str, path: str) -> list[tuple[str, str]]:
    found = catalogue.check_bytes(text.encode(), path, dt.date(2026, 11, 27)).problems
    return [(p.code, p.message()) for p in found]


def _partner(situs: str) -> list[tuple[str, str]]:
    return _problems("versi: 1\nslug: lppm-contoh\nnama: LPPM Universitas Contoh\njenis: perguruan-tinggi\n"
                     f"wilayah_kerja: [\"18.07\"]\nsitus: {json.dumps(situs)}\n"
                     "kontak:\n  - {jenis: lembaga, email: lppm@example.org}\ndiperbarui: 2026-11-05\n",
                     "mitra/lppm-contoh.yml")


def _kim(lines: str) -> list[tuple[str, str]]:
    return _problems("versi: 1\nslug: maju-bersama-pekalongan\nnama: KIM Maju Bersama\nstatus: aktif\n"
                     f"wilayah: 18.07.04.2001\ndiperbarui: 2026-11-01\n{lines}",
                     "kims/18/18.07/maju-bersama-pekalongan.yml")


SITE_CONTACT = ("alamat situs ini memuat nomor telepon atau alamat e-mail `{}`; tulis di sini alamat situs lembaga. "
                "Nomor atau alamat e-mail kantor atau unit lembaga ditulis di `kontak` dengan `jenis: lembaga`; "
                "kontak pribadi seseorang tidak dicantumkan di berkas mitra")


def _http(https: str) -> str:
    return f"tautan memakai http:// yang tidak aman; gunakan {https} bila situsnya mendukung"


@pytest.mark.parametrize("url", [url for url, found in HIDDEN_LINKS.items() if found])
def test_a_partner_site_with_a_hidden_contact_is_refused(url):
    assert [code for code, _ in _partner(url)] == ["partner-site-contact"]


def test_the_https_a_message_suggests_holds_no_contact_a_link_escapes():
    assert _partner("http://lppm.example.ac.id/?hp=%30812-3456-7890") == [
        ("url-http", _http("https://lppm.example.ac.id/?hp=0812…90")),
        ("partner-site-contact", SITE_CONTACT.format("0812…90"))]
    assert _kim('media:\n  - jenis: facebook\n    url: "http://www.facebook.com/budi%2E0812%2E3456%2E7890"\n')[0] == (
        "url-http", _http("https://www.facebook.com/budi.0812…90"))
    assert _kim('deskripsi: "Lihat [situs](http://kim.example.id/?hp=%30812-3456-7890)."\n')[-1] == (
        "url-http", _http("https://kim.example.id/?hp=0812…90"))


def test_a_link_refused_for_its_characters_is_quoted_without_its_contact():
    assert _partner("https://lppm.example.ac.id/?e=budi%40budisantoso.id x") == [
        ("url-characters", "tautan `https://lppm.example.ac.id/?e=b…@….id x` memuat spasi atau karakter yang "
                           "tidak diizinkan; salin ulang alamatnya")]


def test_a_link_without_a_contact_is_quoted_as_written():
    assert masking.masked_url("https://kim.example.id/berita%20baru x") == "https://kim.example.id/berita%20baru x"
    assert masking.masked_url("https://wa.me/%36281234567891?text=halo%20kak") == "https://wa.me/62812…91?text=halo kak"
