"""What the guides, the home page and the issue forms tell people, where a tester reviewing them
as a Diskominfo editor found them saying more, or something else, than the directory does."""

from __future__ import annotations

import pytest
import yaml

from .sitebuild import ROOT

CONTENT = ROOT / "content"
GUIDES = CONTENT / "panduan"
FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
NOT_A_REGISTER = "Direktori ini bukan pendaftaran pemerintah: tercantum di sini bukan pendaftaran resmi dan bukan pengakuan resmi"


def read(path) -> str:
    return path.read_text(encoding="utf-8")


def test_being_listed_is_said_not_to_be_an_official_registration():
    steps = read(GUIDES / "membentuk-kim.md").split("## Langkah berikutnya")[1]
    listing = next(line for line in steps.splitlines() if "di direktori ini" in line)
    assert NOT_A_REGISTER in listing and "Daftarkan" not in listing
    assert NOT_A_REGISTER in read(CONTENT / "index.md")
    assert NOT_A_REGISTER in " ".join(read(FORMS / "1-tambah-kim.yml").split())


def test_forming_a_kim_names_no_regulation_as_its_basis():
    """The guide quoted nothing from the 2010 minister's regulation it called the basis; whether
    it still applies is the Diskominfo's to say."""
    text = read(GUIDES / "membentuk-kim.md")
    assert "Permen" not in text and "Peraturan Menteri" not in text and "Dasar aturannya" not in text
    assert "Tanyakan kepada Diskominfo kabupaten/kota atau provinsi Anda aturan yang berlaku di daerah Anda sekarang" in text


def test_a_usage_is_not_told_as_a_rule():
    assert "Sejak 2022" not in read(CONTENT / "index.md")


@pytest.mark.parametrize("name", sorted(p.name for p in FORMS.glob("[0-9]*.yml")))
def test_no_issue_form_asks_for_a_personal_contact(name):
    """An issue is public and its edit history hard to erase: names and personal contacts go into
    the KIM's file with their consent dates (a pull request or the coach), never into an issue."""
    form = yaml.safe_load(read(FORMS / name))
    fields = [item for item in form["body"] if item["type"] != "markdown"]
    for item in fields:
        label = item["attributes"]["label"].lower()
        assert "pribadi" not in label or item["type"] == "checkboxes", (name, label)
    if any(item.get("id") == "kontak-lembaga" for item in fields) or name.startswith("2-"):
        intro = form["body"][0]["attributes"]["value"]
        assert "Jangan" in intro and "izin_publikasi" in intro and "pembina KIM" in intro, name
