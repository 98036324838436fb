"""What the guides, the home page and the issue forms tell people, where a tester reviewing them
as a Diskominfo editor found them saying more, or something else, than the directory does."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.model.vocab import load_vocab

from .sitebuild import ROOT
from .test_legal import TEXTS, sentences

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


REGULATION = ("Peraturan Menteri Komunikasi dan Informatika Nomor 08/PER/M.KOMINFO/6/2010 tentang Pedoman "
              "Pengembangan dan Pemberdayaan Lembaga Komunikasi Sosial")


def test_the_guides_name_the_regulation_the_sk_draft_cites_and_what_it_says():
    """A village head found the regulation only in the SK draft's "Mengingat": the guides on
    forming a KIM and on its SK name it as the draft does; the forming guide says what it says
    of KIM (its definition, as the regency offices that publish it quote it), no more; whether it
    still applies is the Diskominfo's to say, and the SK guide says its SK customs are customs."""
    draft = read(GUIDES / "templat" / "sk-kepala-desa.md")
    forming, sk = read(GUIDES / "membentuk-kim.md"), read(GUIDES / "sk-pengukuhan.md")
    assert REGULATION in draft and REGULATION in forming and REGULATION in sk
    said = next(s for s in sentences(forming) if s.startswith("Peraturan itu"))
    assert "lembaga komunikasi perdesaan" in said and "dibentuk oleh, dari, dan untuk masyarakat" in said
    assert "Dasar aturannya" not in forming and "Pasal" not in said
    assert "Tanyakan kepada Diskominfo kabupaten/kota atau provinsi Anda aturan yang berlaku di daerah Anda sekarang" in forming
    assert "kebiasaan di banyak daerah, bukan ketentuan yang berlaku di seluruh Indonesia" in sk


def test_claims_no_source_makes_are_left_out_or_told_as_practice():
    """"mengakui KIM Anda secara resmi", "diakui pemerintah" and "dari 3 orang sampai lebih dari
    30 orang" rested on no source the tester could find."""
    forming, sk = read(GUIDES / "membentuk-kim.md"), read(GUIDES / "sk-pengukuhan.md")
    assert "secara resmi" not in sk and "diakui pemerintah" not in sk and "30 orang" not in forming
    assert sk.count("Di banyak daerah") >= 2 and "Di banyak daerah, pengurus KIM paling sedikit" in forming


def test_forming_a_kim_ends_at_the_form_and_at_the_diskominfo_in_plain_words():
    """Its last step sent a village head to the GitHub editing guide, and it spoke in YAML
    (`asal: kelompok-lama`) outside the aside for whoever fills in the file."""
    forming = read(GUIDES / "membentuk-kim.md")
    steps = forming.split("## Langkah berikutnya")[1]
    assert "memperbarui-profil.md" not in steps and "[formulir Kontribusi](../kontribusi/index.md)" in steps
    assert "salinan berita acara pembentukan ke Diskominfo kabupaten/kota" in steps
    aside = re.search(r'!!! note "Untuk yang mengisi berkas profil"\n(    .*\n)+', forming)
    assert aside and "`asal`" in aside[0] and "`basis: [kelompok-tani]`" in aside[0]
    assert not re.search(r"`(asal|basis)\b", forming.replace(aside[0], ""))


def test_a_usage_is_not_told_as_a_rule():
    assert "Sejak 2022" not in read(CONTENT / "index.md")


def test_a_number_in_a_text_is_told_as_refused_not_warned():
    """`kim validate` reports error[phone-in-text] and error[email-in-text]: the file is refused."""
    text = read(GUIDES / "memperbarui-profil.md")
    line = next(line for line in text.splitlines() if line.startswith("- **Nomor telepon dan alamat surel**"))
    assert "menolak" in line and "kesalahan" in line and "peringatan" not in line
    assert "`phone-in-text`" in line and "`email-in-text`" in line


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


def test_consent_is_written_or_recorded_wherever_it_is_asked_for():
    """docs/format.md: `izin_publikasi` is the date of written or recorded consent."""
    said = [s for p in TEXTS for s in sentences(read(p))]
    consent = [s for s in said if re.search(r"\b(izin|persetujuan) tertulis\b", s)
               and re.search(r"nama|kontak|data pribadi|[Ii]zin publikasi|izin_publikasi", s)]
    assert consent and [s for s in consent if "terekam" not in s] == []
    english = [s for s in said if "written consent" in s]
    assert english == []


def test_indonesian_guides_and_forms_say_surel():
    places = [*GUIDES.rglob("*.md"), CONTENT / "index.md", *FORMS.glob("*.yml")]
    for path in places:
        text = read(path)
        glossed = len(re.findall(r"surel ?[(/]e-mail\b", text))
        assert len(re.findall(r"\be-mail\b", text, re.IGNORECASE)) == glossed, path.name


def test_the_partnership_guide_names_every_partner_type():
    text = read(GUIDES / "kemitraan.md")
    vocab = load_vocab()
    for value in vocab.values("jenis_mitra"):
        assert f"**{vocab.label('jenis_mitra', value, 'id')}" in text and f"(`{value}`)" in text, value


def test_the_guides_describe_the_pages_as_they_are():
    update = read(GUIDES / "memperbarui-profil.md")
    assert 'tombol "Sunting profil ini"' not in update and "Tekan tombol" not in update
    assert update.count('"Sunting profil ini"** di bagian bawah profil') == 1
    assert "centang satu per satu" not in read(GUIDES / "index.md")


def test_a_village_head_is_the_boards_pelindung_as_in_the_sk_draft():
    """"Pembina" is the Diskominfo coach in the guides; the SK draft calls the kepala desa Pelindung."""
    assert "| Pelindung | Kepala Desa" in read(GUIDES / "templat" / "sk-kepala-desa.md")
    board = read(GUIDES / "organisasi.md").split("## AD/ART")[0]
    assert "**pelindung**, biasanya kepala desa" in board and "**pembina**" not in board


def test_the_board_offers_the_sk_drafts_pelindung_and_the_form_sends_to_the_coach_of_the_diskominfo():
    """The SK draft's "Pelindung - Kepala Desa" was no role the form or `kim validate` offered, and
    the board role "Pembina" read as the Diskominfo coach the send step means: `pelindung` is a
    role (the existing `pembina` value kept: files use it), and the send step says whose coach."""
    vocab = load_vocab()
    roles = vocab.values("jabatan")
    assert "pelindung" in roles and "pembina" in roles
    assert vocab.label("jabatan", "pelindung", "id") == "Pelindung"
    assert vocab.label("jabatan", "pelindung", "en") != vocab.label("jabatan", "pembina", "en")
    assert "| `pelindung` | Pelindung |" in read(ROOT / "docs" / "format.md")
    texts = yaml.safe_load(read(ROOT / "generator" / "data" / "antarmuka.yml"))
    assert texts["kf_send_title"]["id"] == texts["kf_share"]["id"] == "Kirim ke pembina dari Diskominfo"


def test_adinda_is_listed_with_prestasi_as_the_field_accepts_it():
    vocab = load_vocab()
    labels = [vocab.label("adinda", v, "id") for v in vocab.values("adinda")]
    assert labels[-1] == "Prestasi" and len(labels) == 7
    for path in GUIDES.rglob("*.md"):
        for line in read(path).splitlines():
            if all(label in line for label in labels[:-1]):
                assert "Prestasi" in line, (path.name, line)


def met_example(text: str) -> str:
    """The YAML of the section on needs a partner met."""
    section = text[text.index("Bila kebutuhan sudah dipenuhi mitra"):]
    start = section.index("```yaml\n") + len("```yaml\n")
    return section[start:section.index("```", start)]


def test_the_partnership_guide_says_how_a_met_need_is_recorded():
    """Only docs/format.md, in English, said how a KIM records a need a partner met (`status`,
    `dipenuhi_oleh`, `tanggal_terpenuhi`) or names a listed partner (`slug_mitra`): a CSR and
    LPPM tester looked for it in the guide and on /mitra/, which now show one example."""
    from generator.format import catalogue

    guide = read(GUIDES / "kemitraan.md")
    section = guide[guide.index("### Bila kebutuhan sudah dipenuhi mitra"):guide.index("**Templat siap cetak:**")]
    for words in ("`status: dibahas`", "`status: terpenuhi`", "`dipenuhi_oleh`", "`tanggal_terpenuhi`", "`slug_mitra`"):
        assert words in section, words
    example = met_example(guide)
    page = read(ROOT / "theme" / "kim" / "mitra.html")
    assert f"><code>{example.rstrip()}</code></pre>" in page  # the partners' page shows the same (in its box)
    # valid in a KIM file, naming a partner file that comes with the directory, marked a sample
    kim = 'versi: 1\nslug: kim-contoh\nnama: KIM Contoh\nstatus: aktif\nwilayah: "18.07.04.2001"\n'
    result = catalogue.check_bytes((kim + example + "diperbarui: 2026-12-05\n").encode(), "kims/18/18.07/kim-contoh.yml",
                                   catalogue.dt.date(2026, 12, 5))
    assert [p.code for p in result.problems] == []
    named = {slug for _, slug, *_ in result.partners}
    assert named and all((ROOT / "mitra" / f"{slug}.yml").exists() and slug.startswith("contoh-") for slug in named)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_partnership_example_says_to_write_ones_own_partners_slug(lang):
    """The sample partner of the example is gone once an office deletes the samples, and its
    slug copied as it is becomes an unknown-partner error: the guide and /mitra/ say to write
    one's own partner's slug instead."""
    from generator.site.i18n import Text

    guide = read(GUIDES / "kemitraan.md")
    before = guide[:guide.index("```yaml\n" + met_example(guide))].rstrip()
    said = before[before.rindex("\n\n"):]
    assert "Jangan salin slug itu" in said and "slug berkas mitra Anda sendiri" in said and "galat mitra tak dikenal" in said
    page = Text(lang, load_vocab())("mitra_met_example")
    assert ("Jangan salin slug-nya" if lang == "id" else "Do not copy its slug") in page
    assert ("slug berkas mitra Anda sendiri" if lang == "id" else "your own partner's file") in page


def test_withdrawing_consent_deletes_the_name_and_writes_no_name_elsewhere():
    """Deleting only the contact and `izin_publikasi` leaves error[name-without-consent]; and a
    name in a comment or a text is published as plainly (error/warning[person-in-comment])."""
    text = read(GUIDES / "memperbarui-profil.md")
    withdraw = next(line for line in text.splitlines() if line.startswith("**Menarik kembali izin.**"))
    assert "hapus `nama` dan `izin_publikasi`" in withdraw
    assert "Jangan pernah menulis nama seseorang di komentar" in withdraw and "Tulis perannya saja" in withdraw
