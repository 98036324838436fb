"""Sending a KIM without GitHub: `kim terima` for the coach, and the form for a volunteer on a
phone (sharing the file, inputs normalised, the village search, the jump link, the words)."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.cli import main
from generator.format.checker import DRAFT_MARK
from generator.format.terima import claimed_verification
from generator.model.mitra import Pembina, Wilayah
from generator.model.regionmatch import VILLAGE_PREFIXES
from generator.model.vocab import load_vocab
from generator.site.i18n import Text
from generator.site.sections.kontribusi import coach_files, form_messages
from generator.site.textfold import village_stem

from . import test_kontribusi
from .test_kontribusi import LAMPUNG_TIMUR, add_personal_contact, add_row, choose_village, new_kim

form = test_kontribusi.form  # the fixture: the contribution page opened in a phone-sized window

ROOT = Path(__file__).parent.parent
SEED = ROOT / "tests" / "examples" / "valid" / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
TARGET = "kims/18/18.07/sinar-harapan-pekalongan.yml"
# the directory managers' address: the data controller's in mkdocs.yml, which the site is built with
MANAGERS = re.search(r"\n\s+privasi:\n\s+pengendali: .*\n\s+email: (\S+)\n",
                     (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))[1]


# ---- kim terima ----------------------------------------------------------------------------

def terima(tmp_path, capsys, monkeypatch, received: str, *more: str) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    code = main(["terima", received, "--today", "2026-11-27", *more])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def received(tmp_path) -> Path:
    """The seed file as WhatsApp saves it: renamed, outside the repository."""
    (tmp_path / "kims").mkdir()
    (tmp_path / "Unduhan").mkdir()
    path = tmp_path / "Unduhan" / "sinar-harapan-pekalongan (1).yml"
    shutil.copy(SEED, path)
    return path


def test_a_valid_file_is_put_in_its_place_with_the_commands_to_commit(tmp_path, capsys, monkeypatch, received):
    code, out, err = terima(tmp_path, capsys, monkeypatch, "Unduhan/sinar-harapan-pekalongan (1).yml")
    assert code == 0, out + err
    assert out == """\
Berkas diterima: kims/18/18.07/sinar-harapan-pekalongan.yml

Langkah berikutnya, dari folder repositori:
  git switch -c kim/sinar-harapan-pekalongan
  git add kims/18/18.07/sinar-harapan-pekalongan.yml
  git commit -m 'Tambah profil KIM sinar-harapan-pekalongan'
  git push -u origin kim/sinar-harapan-pekalongan
Lalu buka GitHub dan tekan "Compare & pull request", lalu "Create pull request".
Perhatian: berkas ini menyatakan sudah diverifikasi (oleh Diskominfo Kabupaten (uji), tanggal 2026-10-05).
Verifikasi hanya boleh ditulis oleh pembina yang memeriksa KIM ini. Bila bukan Anda yang memeriksanya,
hapus bagian `verifikasi` dari kims/18/18.07/sinar-harapan-pekalongan.yml sebelum commit; pull request-nya juga meminta pengelola wilayah memeriksanya.
"""
    assert err == ""
    assert (tmp_path / TARGET).read_bytes() == SEED.read_bytes()
    assert claimed_verification(b"versi: 1\nslug: x\n") is None  # a file without the claim gets no notice


def test_a_village_head_as_the_boards_pelindung_is_taken_in(tmp_path, capsys, monkeypatch, received):
    """The SK draft's annex names the kepala desa Pelindung: a file saying so is a valid file."""
    text = received.read_text(encoding="utf-8")
    received.write_text(text.replace("  - {jabatan: bendahara}", "  - {jabatan: bendahara}\n  - {jabatan: pelindung}"),
                        encoding="utf-8")
    code, out, err = terima(tmp_path, capsys, monkeypatch, str(received))
    assert code == 0 and "jabatan: pelindung" in (tmp_path / TARGET).read_text(encoding="utf-8"), out + err


def test_the_same_file_again_is_said_to_be_there(tmp_path, capsys, monkeypatch, received):
    terima(tmp_path, capsys, monkeypatch, str(received))
    code, out, err = terima(tmp_path, capsys, monkeypatch, str(received))
    assert code == 0
    assert out == f"Berkas sudah ada dan isinya sama: {TARGET}\nTidak ada yang perlu di-commit.\n"


def test_a_different_file_in_its_place_is_a_conflict_and_is_kept(tmp_path, capsys, monkeypatch, received):
    target = tmp_path / TARGET
    target.parent.mkdir(parents=True)
    before = SEED.read_text(encoding="utf-8").replace("anggota: 18 ", "anggota: 17 ")
    target.write_text(before, encoding="utf-8")
    code, out, err = terima(tmp_path, capsys, monkeypatch, "Unduhan/sinar-harapan-pekalongan (1).yml")
    assert code == 1
    assert out == f"""\
Konflik: {TARGET} sudah ada dengan isi yang berbeda; berkas tidak ditimpa.
Bandingkan keduanya:
  git diff --no-index {TARGET} 'Unduhan/sinar-harapan-pekalongan (1).yml'
Bila berkas kiriman memang pembaruan profil ini, salin lalu commit:
  cp 'Unduhan/sinar-harapan-pekalongan (1).yml' {TARGET}
"""
    assert target.read_text(encoding="utf-8") == before


def test_a_slug_used_in_another_folder_is_a_conflict(tmp_path, capsys, monkeypatch, received):
    other = tmp_path / "kims" / "18" / "18.01" / "sinar-harapan-pekalongan.yml"
    other.parent.mkdir(parents=True)
    other.write_text("versi: 1\n", encoding="utf-8")
    code, out, err = terima(tmp_path, capsys, monkeypatch, str(received))
    assert code == 1
    assert out == """\
Konflik: slug sinar-harapan-pekalongan sudah dipakai oleh kims/18/18.01/sinar-harapan-pekalongan.yml; berkas tidak disalin.
Satu slug hanya untuk satu KIM. Bila KIM ini memang pindah desa, hapus berkas lama dengan git rm;
bila KIM lain, minta pengirim mengganti nama berkasnya di formulir.
"""
    assert not (tmp_path / TARGET).exists()


def test_an_invalid_file_gets_the_validators_messages_and_is_not_copied(tmp_path, capsys, monkeypatch, received):
    text = SEED.read_text(encoding="utf-8").replace('wilayah: "18.07.04.2001"', 'wilayah: "18.07.04.9999"')
    received.write_text(text.replace("status: aktif", "status: hidup"), encoding="utf-8")
    code, out, err = terima(tmp_path, capsys, monkeypatch, "Unduhan/sinar-harapan-pekalongan (1).yml")
    validate = main(["validate", "--today", "2026-11-27", "Unduhan/sinar-harapan-pekalongan (1).yml"])
    validated, _ = capsys.readouterr()
    assert code == validate == 1
    # the lines `kim validate` prints about the content, for the same file
    content = [line for line in validated.splitlines() if "[slug-filename]" not in line and "[folder-" not in line]
    assert out.splitlines() == content
    assert out == EXPECTED_INVALID
    assert err == "2 galat dan 0 peringatan dalam 1 berkas data\n"
    assert not any((tmp_path / "kims").rglob("*.yml"))


EXPECTED_INVALID = """\
Unduhan/sinar-harapan-pekalongan (1).yml:4:9: error[unknown-value] status: `hidup` bukan nilai yang dikenal; \
pilih salah satu: aktif, tidak-aktif
Unduhan/sinar-harapan-pekalongan (1).yml:5:10: error[unknown-village] wilayah: kode `18.07.04.9999` tidak ada di \
daftar resmi Kemendagri untuk Kecamatan Pekalongan; kode terdekat: "18.07.04.2009" (Kalibening, Kec. Pekalongan, \
Kabupaten Lampung Timur); "18.07.04.2012" (Adijaya, Kec. Pekalongan, Kabupaten Lampung Timur); "18.07.04.2011" \
(Gantimulyo, Kec. Pekalongan, Kabupaten Lampung Timur). Bila desa/kelurahan ini baru (pemekaran) dan belum ada di \
daftar, kode-kode itu bukan kodenya: jangan dipakai, minta pengelola direktori memperbarui daftar wilayah \
(README.md, bagian "Region data")
"""


def test_an_unreadable_file_is_a_usage_error(tmp_path, capsys, monkeypatch):
    code, out, err = terima(tmp_path, capsys, monkeypatch, "tidak-ada.yml")
    assert code == 2
    assert err.startswith("kim terima: tidak-ada.yml: tidak dapat dibaca")


def test_in_english_every_outcome_is_said_in_english(tmp_path, capsys, monkeypatch, received):
    def english(name: str) -> tuple[int, str, str]:
        return terima(tmp_path, capsys, monkeypatch, name, "--lang", "en")

    assert english("Unduhan/sinar-harapan-pekalongan (1).yml") == (0, """\
File accepted: kims/18/18.07/sinar-harapan-pekalongan.yml

Next, from the repository's folder:
  git switch -c kim/sinar-harapan-pekalongan
  git add kims/18/18.07/sinar-harapan-pekalongan.yml
  git commit -m 'Add the KIM profile sinar-harapan-pekalongan'
  git push -u origin kim/sinar-harapan-pekalongan
Then open GitHub and press "Compare & pull request", then "Create pull request".
Note: this file says it has been verified (oleh Diskominfo Kabupaten (uji), tanggal 2026-10-05).
Only the coach who checked this KIM may write a verification. If you did not check it,
remove `verifikasi` from kims/18/18.07/sinar-harapan-pekalongan.yml before the commit; its pull request also \
asks the region's maintainers to check it.
""", "")
    assert english(str(received)) == (0, f"The file is already there with the same content: {TARGET}\n"
                                         "There is nothing to commit.\n", "")
    (tmp_path / TARGET).write_text("versi: 1\n", encoding="utf-8")
    assert english("Unduhan/sinar-harapan-pekalongan (1).yml") == (1, f"""\
Conflict: {TARGET} is already there with different content; it is not overwritten.
Compare the two:
  git diff --no-index {TARGET} 'Unduhan/sinar-harapan-pekalongan (1).yml'
If the received file is indeed an update of this profile, copy it, then commit:
  cp 'Unduhan/sinar-harapan-pekalongan (1).yml' {TARGET}
""", "")
    (tmp_path / TARGET).rename(tmp_path / "kims" / "18" / "18.07" / "x.yml")
    (tmp_path / "kims" / "18" / "18.01").mkdir()
    (tmp_path / "kims" / "18" / "18.07" / "x.yml").rename(tmp_path / "kims" / "18" / "18.01" / TARGET.split("/")[-1])
    assert english(str(received)) == (1, """\
Conflict: the slug sinar-harapan-pekalongan is already used by kims/18/18.01/sinar-harapan-pekalongan.yml; \
the file is not copied.
A slug is for one KIM only. If this KIM has indeed moved to another village, delete the old file with git rm;
if it is another KIM, ask the sender to change its name in the form.
""", "")
    assert english("tidak-ada.yml") == (2, "", "kim terima: tidak-ada.yml: cannot be read (No such file or directory)\n")


# ---- what the page learns from Python ------------------------------------------------------

@pytest.mark.parametrize("written", ["Desa Pekalongan", "desa  pekalongan", "Kel. Pekalongan", "Ds.Pekalongan",
                                     "PEKON Pekalongan", "tiyuh pekalongan", "Kampung Pekalongan", "Nagari Pekalongan",
                                     "gampong pekalongan", "pekalongan",
                                     # found by a tester outside Java: Maluku's, Yogyakarta's, Bali's words
                                     "Negeri Pekalongan", "Kalurahan Pekalongan", "Desa Adat Pekalongan",
                                     "Desa  adat Pekalongan", "Jorong Pekalongan", "Dusun Pekalongan"])
def test_village_prefixes_are_dropped(written):
    assert village_stem(written.lower()) == "pekalongan"


def test_the_pages_drop_the_words_kim_impor_drops():
    # Found by a tester: the site's list had lembang and nagori, impor's kalurahan and dusun,
    # neither negeri; the site's pattern is now built from impor's list.
    assert [p for p in VILLAGE_PREFIXES if village_stem(f"{p} hila") != "hila"] == []


def test_a_prefix_alone_is_a_name():
    assert village_stem("kampung") == "kampung" and village_stem("desa ") == "desa"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_forms_messages_never_speak_of_keys_quotes_or_yaml(lang):
    messages = form_messages(Text(lang, load_vocab()))
    for code, text in messages.items():
        assert not re.search(r"`|YAML|\bkunci\b|\bkeys?\b|kutip|quotes?\b|izin_publikasi|jenis:", text), (code, text)


def test_a_date_s_pattern_is_said_in_words_in_indonesian():
    """A village head read "YYYY-MM-DD" under "Berdiri": the Indonesian texts of the form say
    tahun-bulan-tanggal, as the SK guide does; the English ones keep YYYY-MM-DD."""
    words = {lang: Text(lang, load_vocab()) for lang in ("id", "en")}
    said = {lang: [t("kf_founded_hint"), *(form_messages(t)[code] for code in ("year-or-date", "bad-date-format"))]
            for lang, t in words.items()}
    assert all("tahun-bulan-tanggal" in text and "YYYY" not in text for text in said["id"])
    assert all("YYYY-MM-DD" in text for text in said["en"])
    assert words["id"]("kf_founded_hint") == "Tahun (mis. 2016) atau tanggal tahun-bulan-tanggal (mis. 2016-04-10)."


def test_the_coaches_are_sent_by_province_without_empty_fields():
    """A sample regency file's coach is marked as open data marks samples (`"contoh": true`)."""
    coach = Pembina(nama="Diskominfo Kabupaten Contoh (contoh)", email="pembina-kim@example.org")
    files = coach_files({
        "18.07": Wilayah(kode="18.07", source="kims/18/18.07/_wilayah.yml", pembina=coach, contoh=True),
        "18.71": Wilayah(kode="18.71", source="kims/18/18.71/_wilayah.yml", target_kim=10),
        "32.04": Wilayah(kode="32.04", source="kims/32/32.04/_wilayah.yml",
                         pembina=Pembina(nama="Diskominfo Contoh (contoh)", whatsapp="+6280000000000")),
    })
    assert files == {
        "18": b'{"18.07":{"contoh":true,"email":"pembina-kim@example.org","nama":"Diskominfo Kabupaten Contoh (contoh)"}}',
        "32": b'{"32.04":{"nama":"Diskominfo Contoh (contoh)","whatsapp":"+6280000000000"}}',
    }


# ---- the form in a browser -----------------------------------------------------------------

SHARE_STUB = """(() => {
window.__shared = [];
navigator.canShare = (data) => window.__canShare === "txt" ? data.files[0].name.endsWith(".txt")
  : window.__canShare !== false && !!data.files;
navigator.share = async (data) => {
  const f = data.files[0];
  window.__shared.push({name: f.name, type: f.type, text: await f.text(), count: data.files.length});
};
})();"""


# A real coach in place of the bundled one, a sample (`contoh: true` in kims/18/18.07/_wilayah.yml),
# to whom the form sends nothing. While `offline[0]`, the file cannot be loaded.
REAL_COACH = {"18.07": {"nama": "Diskominfo Kabupaten Uji (uji)", "email": "pembina-kim@example.org"}}


def with_real_coach(page, offline: list[bool] | None = None) -> None:
    page.route("**/data/pembina/18.json",
               lambda route: route.abort() if offline and offline[0] else route.fulfill(json=REAL_COACH))


def ready_to_send(form, can_share: bool = True, coach: bool = True):
    """The form with a new KIM of Lampung Timur to send; its coach a real one, or (without
    `coach`) the bundled sample."""
    page, _ = form()
    if coach:
        with_real_coach(page)
    page.fill("#kf-nama", "KIM Maju Bersama")
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.add_init_script(SHARE_STUB)  # for reloads; and now:
    page.evaluate(SHARE_STUB)
    if not can_share:
        page.evaluate("() => { window.__canShare = false; }")
    return page


def test_shares_a_file_from_the_form(form):
    page = ready_to_send(form)
    page.get_by_role("button", name="Kirim ke pembina").click()
    page.wait_for_function("() => window.__shared.length === 1")
    shared = page.evaluate("window.__shared[0]")
    assert shared["name"] == "maju-bersama-pekalongan.yml"
    assert shared["type"] == "text/yaml"
    assert shared["count"] == 1
    assert shared["text"] == page.input_value("#kf-yaml")
    assert 'wilayah: "18.07.04.2001"' in shared["text"]
    assert page.locator("#kf-share-note").inner_text() == Text("id", load_vocab())("kf_share_done")
    assert page.locator("#kf-share-fallback").is_hidden()


def test_where_only_text_files_are_shared_the_same_text_goes_as_txt(form):
    page = ready_to_send(form)
    page.evaluate("() => { window.__canShare = 'txt'; }")
    page.get_by_role("button", name="Kirim ke pembina").click()
    page.wait_for_function("() => window.__shared.length === 1")
    shared = page.evaluate("() => window.__shared[0]")
    assert (shared["name"], shared["type"]) == ("maju-bersama-pekalongan.txt", "text/plain")
    assert shared["text"] == page.input_value("#kf-yaml")


def test_a_shared_txt_file_is_taken_in_by_kim_terima(tmp_path, capsys, monkeypatch):
    (tmp_path / "kims").mkdir()
    shutil.copy(SEED, tmp_path / "sinar-harapan-pekalongan.txt")
    code, out, err = terima(tmp_path, capsys, monkeypatch, "sinar-harapan-pekalongan.txt")
    assert code == 0 and out.startswith(f"Berkas diterima: {TARGET}\n")


def test_without_file_sharing_it_offers_download_and_email(form):
    page = ready_to_send(form, can_share=False)
    page.get_by_role("button", name="Kirim ke pembina").click()
    page.locator("#kf-share-fallback").wait_for()
    assert page.evaluate("window.__shared.length") == 0
    yaml = page.input_value("#kf-yaml")
    mail = urlsplit(page.get_attribute("#kf-mail", "href"))
    query = parse_qs(mail.query)
    assert mail.scheme == "mailto"
    assert query["subject"] == ["Profil KIM Maju Bersama untuk Direktori KIM"]
    assert query["body"][0].endswith("\n----\n\n" + yaml)
    with page.expect_download() as download:
        page.locator("#kf-share-fallback").get_by_role("button", name="Unduh berkas").click()
    assert download.value.suggested_filename == "maju-bersama-pekalongan.yml"
    assert Path(download.value.path()).read_text(encoding="utf-8") == yaml


def test_a_form_with_errors_is_not_shared(form):
    page, _ = form()
    page.evaluate(SHARE_STUB)
    page.fill("#kf-nama", "KIM Maju Bersama")
    page.get_by_role("button", name="Kirim ke pembina").click()
    assert page.locator("#kf-share-note").inner_text() == Text("id", load_vocab())("kf_share_blocked")
    assert page.locator("#kf-summary").is_visible()
    assert page.evaluate("window.__shared.length") == 0


def test_a_file_with_errors_is_downloaded_and_copied_as_a_draft(form):
    """The volunteer tester downloaded a file with a personal contact without consent, which
    the coach's `kim terima` refused, while "Kirim ke pembina" was blocked: "Unduh berkas" and
    "Salin" now hand it out as a draft, named and said so, the errors marked; without errors,
    the file as before."""
    page = ready_to_send(form)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    words = Text("id", load_vocab())
    contact = add_personal_contact(page, "Rini (uji)", "+6281234567890")  # no consent: an error
    output = page.locator(".kf-output")
    with page.expect_download() as download:
        output.get_by_role("button", name="Unduh berkas").click()
    draft = "maju-bersama-pekalongan-draf.yml"
    assert download.value.suggested_filename == draft
    assert Path(download.value.path()).read_text(encoding="utf-8").endswith("\n" + page.input_value("#kf-yaml"))
    assert page.locator("#kf-github-note").inner_text() == words("kf_file_draft", file=draft)
    # and a screen reader hears it, the draft's warning with it (the note beside the buttons is not live)
    said = page.get_by_role("status").filter(has_text=words("kf_file_draft", file=draft))
    said.wait_for(state="attached")
    assert said.evaluate("e => e.closest('.kf-output') !== null")
    assert page.locator("#kf-summary").is_visible()
    output.get_by_role("button", name="Salin").click()
    page.wait_for_function("t => document.getElementById('kf-github-note').textContent === t", arg=words("kf_copied_draft"))
    page.get_by_role("status").filter(has_text=words("kf_copied_draft")).wait_for(state="attached")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("\n" + page.input_value("#kf-yaml")) and DRAFT_MARK.match(copied)  # marked too

    # The send section's own download hands out no draft either.
    page.evaluate(SHARE_STUB)
    page.evaluate("() => { window.__canShare = false; }")
    contact.get_by_role("checkbox").check()
    contact.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    page.get_by_role("button", name="Kirim ke pembina").click()
    page.locator("#kf-share-fallback").wait_for()
    contact.get_by_label("Tanggal izin diberikan").fill("")
    downloads = []
    page.on("download", lambda d: downloads.append(d))
    page.locator("#kf-share-fallback").get_by_role("button", name="Unduh berkas").click()
    assert page.locator("#kf-share-note").inner_text() == words("kf_share_blocked")
    page.wait_for_timeout(300)
    assert downloads == []

    contact.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    with page.expect_download() as download:
        output.get_by_role("button", name="Unduh berkas").click()
    assert download.value.suggested_filename == "maju-bersama-pekalongan.yml"
    assert page.locator("#kf-github-note").inner_text() != words("kf_file_draft", file=draft)
    output.get_by_role("button", name="Salin").click()
    page.wait_for_function("t => document.getElementById('kf-github-note').textContent === t", arg=words("kf_copied"))


def test_a_downloaded_draft_says_inside_that_it_is_one_and_kim_validate_still_reads_it(form, tmp_path, capsys,
                                                                                      monkeypatch):
    """A coach sent `<slug>-draf.yml` over WhatsApp could not tell it from a finished file: its
    first lines now say it is a draft not yet checked or submitted, in Indonesian then English,
    as comments that `kim validate` reads past (the draft's one error is the form's own: a
    consent ticked without its date)."""
    page = new_kim(form)
    board = add_row(page, "pengurus")
    board.get_by_label("Jabatan").select_option("ketua")
    board.get_by_role("textbox", name="Nama", exact=True).fill("Dimas (uji)")
    board.get_by_role("checkbox").check()
    with page.expect_download() as download:
        page.locator(".kf-output").get_by_role("button", name="Unduh berkas").click()
    assert download.value.suggested_filename == "maju-bersama-pekalongan-draf.yml"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    mark = [f"# {Text(lang, load_vocab())('kf_draft_mark')}\n" for lang in ("id", "en")]
    assert mark[0].startswith("# DRAF: belum lolos pemeriksaan") and mark[1].startswith("# DRAFT: not yet checked")
    assert text == "".join(mark) + page.input_value("#kf-yaml")

    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    (folder / "maju-bersama-pekalongan.yml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "kims", "--today", test_kontribusi.today_wib().isoformat()]) == 0, capsys.readouterr()
    # the validator tells a coach who sends it on that the mark is still there (the reviewer)
    assert "1:1: warning[draft-mark-left]" in capsys.readouterr().out and DRAFT_MARK.match(text)

    # The file itself (no error left) has no such line.
    board.get_by_label("Tanggal izin diberikan").fill("2026-10-01")
    with page.expect_download() as download:
        page.locator(".kf-output").get_by_role("button", name="Unduh berkas").click()
    assert download.value.suggested_filename == "maju-bersama-pekalongan.yml"
    assert Path(download.value.path()).read_text(encoding="utf-8") == page.input_value("#kf-yaml")
    assert "DRAF" not in page.input_value("#kf-yaml")


def test_a_sample_coach_is_said_to_be_one_and_sent_nothing(form):
    """The tester of going live: a real volunteer's file was offered to the bundled regency
    file's invented coach. It is named as a sample, and neither e-mail nor chat goes to it."""
    page = ready_to_send(form, can_share=False, coach=False)
    words = Text("id", load_vocab())
    none = page.locator("#kf-pembina-none")
    none.wait_for()
    assert none.inner_text() == words("kf_pembina_sample", regency="Kabupaten Lampung Timur",
                                      name="Diskominfo Kabupaten Contoh (contoh)", email=MANAGERS)
    assert page.locator("#kf-pembina").is_hidden()
    page.get_by_role("button", name=words("kf_share_file")).click()
    page.locator("#kf-share-fallback").wait_for()
    assert page.locator("#kf-share-fallback-none").is_visible() and page.locator("#kf-share-fallback-coach").is_hidden()
    assert page.locator("#kf-wa").is_hidden()
    assert page.get_attribute("#kf-mail", "href").startswith(f"mailto:{MANAGERS}?subject=")
    assert "pembina-kim@example.org" not in page.content()


def test_the_chosen_villages_coach_is_offered(form):
    page = ready_to_send(form, can_share=False)
    coach = page.locator("#kf-pembina")
    coach.wait_for()
    assert coach.inner_text().startswith("Pembina KIM untuk Kabupaten Lampung Timur: Diskominfo Kabupaten Uji (uji)")
    assert page.get_attribute("#kf-pembina-email", "href") == "mailto:pembina-kim@example.org"
    assert page.locator("#kf-pembina-wa").is_hidden()  # the sample names no number
    page.get_by_role("button", name="Kirim ke pembina").click()
    assert page.get_attribute("#kf-mail", "href").startswith("mailto:pembina-kim@example.org?subject=")

    # A village of a regency without a coach: nothing is offered.
    page.fill("#kf-desa-q", "cibiru")
    page.locator("#kf-desa-list input").first.check()
    assert not page.locator("#kf-desa-list input").first.get_attribute("value").startswith("18.07.")
    page.wait_for_function("() => document.getElementById('kf-pembina').hidden")


def unshareable(page, server, lang: str) -> Text:
    """The form in `lang` on a phone that cannot share files, the new KIM named: the page's words."""
    if lang == "en":
        page.goto(server.url + "en/kontribusi/")
        page.wait_for_selector("#kf-form[data-ready]")
    page.evaluate(SHARE_STUB)
    page.evaluate("() => { window.__canShare = false; }")
    page.fill("#kf-nama", "KIM Maju Bersama")
    return Text(lang, load_vocab())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_a_coach_the_file_goes_to_the_directory_managers(form, server, lang):
    """Outside the regencies that list a coach: said plainly, and the file shared, downloaded or
    e-mailed to the directory's managers. A village head testing it was sent to "the regency's
    Diskominfo or anyone who can open a pull request", with no address anywhere."""
    page, _ = form()
    with_real_coach(page)
    words = unshareable(page, server, lang)
    page.fill("#kf-desa-q", "cibiru")
    page.locator("#kf-desa-list input").first.check()
    regency = page.locator("#kf-desa-list label").first.inner_text().split(", ")[2]
    none = page.locator("#kf-pembina-none")
    none.wait_for()
    assert none.inner_text() == words("kf_pembina_none", regency=regency, email=MANAGERS)
    assert "pull request" not in none.inner_text()
    assert page.locator("#kf-pembina").is_hidden()

    page.get_by_role("button", name=words("kf_share_file")).click()
    page.locator("#kf-share-fallback").wait_for()
    assert page.locator("#kf-share-fallback-none").inner_text() == words("kf_share_fallback_none")
    assert page.locator("#kf-share-fallback-coach").is_hidden()
    mail = urlsplit(page.get_attribute("#kf-mail", "href"))
    assert (mail.scheme, mail.path) == ("mailto", MANAGERS)
    body = parse_qs(mail.query)["body"][0]
    assert body.startswith(words("kf_mail_body", to=words("kf_mail_to_managers")) + "\n\n")
    assert body.endswith(page.input_value("#kf-yaml"))
    mailtos = page.eval_on_selector_all('a[href^="mailto:"]', "links => links.map(a => a.getAttribute('href'))")
    assert all(re.match(r"mailto:[^?]+@", href) for href in mailtos), mailtos
    with page.expect_download() as download:
        page.locator("#kf-share-fallback").get_by_role("button", name=words("kf_download")).click()
    assert download.value.suggested_filename == page.input_value("#kf-slug") + ".yml"

    # Where the phone can share files, the same button opens its share sheet.
    page.evaluate("() => { window.__canShare = true; }")
    page.get_by_role("button", name=words("kf_share_file")).click()
    page.wait_for_function("() => window.__shared.length === 1")
    assert page.evaluate("window.__shared[0].text") == page.input_value("#kf-yaml")

    # Back in a regency with a coach: the coach is named again, and e-mail goes to them.
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.locator("#kf-pembina").wait_for()
    assert none.is_hidden()
    page.evaluate("() => { window.__canShare = false; }")
    page.get_by_role("button", name=words("kf_share")).click()
    assert page.get_attribute("#kf-mail", "href").startswith("mailto:pembina-kim@example.org?subject=")


def test_a_coachs_whatsapp_is_a_wa_me_link(form):
    page, _ = form()
    page.route("**/data/pembina/18.json", lambda route: route.fulfill(
        content_type="application/json",
        body=json.dumps({"18.07": {"nama": "Diskominfo Contoh (contoh)", "whatsapp": "+6280000000000"}})))
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.locator("#kf-pembina-wa").wait_for()
    assert page.get_attribute("#kf-pembina-wa", "href") == "https://wa.me/6280000000000"
    assert page.locator("#kf-pembina-wa").inner_text() == "WhatsApp +6280000000000"
    assert page.locator("#kf-pembina-email").is_hidden()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_coach_with_whatsapp_alone_is_sent_the_file_through_their_chat(form, server, lang):
    """The volunteer tester: a coach with WhatsApp and no e-mail, a phone that cannot share
    files, and "Kirim ke pembina" spoke as if no coach were listed and offered no chat. The
    words follow the coach, and the coach's chat opens with a short message, the file downloaded
    to be attached."""
    page, _ = form()
    page.route("**/data/pembina/18.json", lambda route: route.fulfill(
        content_type="application/json",
        body=json.dumps({"18.07": {"nama": "Diskominfo Contoh (contoh)", "whatsapp": "+6280000000000"}})))
    words = unshareable(page, server, lang)
    page.evaluate(STAY)
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.locator("#kf-pembina-wa").wait_for()
    page.get_by_role("button", name=words("kf_share")).click()
    fallback = page.locator("#kf-share-fallback")
    fallback.wait_for()
    said = page.locator("#kf-share-fallback-wa")
    assert said.is_visible() and said.inner_text() == words("kf_share_fallback_wa", button=words("kf_wa"))
    assert page.locator("#kf-share-fallback-none").is_hidden() and page.locator("#kf-share-fallback-coach").is_hidden()
    assert page.locator("#kf-mail").is_hidden()

    chat = fallback.get_by_role("link", name=words("kf_wa"))
    file = "maju-bersama-pekalongan.yml"
    href = urlsplit(chat.get_attribute("href"))
    assert (href.scheme, href.netloc, href.path) == ("https", "wa.me", "/6280000000000")
    assert parse_qs(href.query) == {"text": [words("kf_wa_text", name="KIM Maju Bersama", file=file)]}
    with page.expect_download() as download:
        chat.click()
    assert download.value.suggested_filename == file
    assert Path(download.value.path()).read_text(encoding="utf-8") == page.input_value("#kf-yaml")
    assert page.locator("#kf-share-note").inner_text() == words("kf_wa_attach_note", button=words("kf_wa"), file=file)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_coach_not_loaded_is_not_called_no_coach_and_is_asked_for_again(form, server, lang):
    """The second volunteer tester, offline as the village was picked: "Kirim ke pembina" spoke
    of a regency without a coach and offered no chat; nothing asked for the coach again."""
    page, watch = form()
    offline = [True]
    with_real_coach(page, offline)
    words = unshareable(page, server, lang)
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    none = page.locator("#kf-pembina-none")
    none.wait_for()
    assert none.inner_text() == words("kf_pembina_unknown")
    page.get_by_role("button", name=words("kf_share")).click()  # still offline: asked again, and said so
    page.locator("#kf-share-fallback").wait_for()
    assert page.locator("#kf-share-note").inner_text().endswith(" " + words("kf_pembina_unknown"))
    assert page.locator("#kf-share-fallback-none").is_hidden()

    offline[0] = False  # on "Kirim ke pembina", the coach is asked for again before the words
    page.get_by_role("button", name=words("kf_share")).click()
    page.wait_for_function("() => document.getElementById('kf-mail').getAttribute('href').startsWith('mailto:pembina')")
    assert page.locator("#kf-share-fallback-coach").is_visible() and page.locator("#kf-pembina").is_visible()
    assert none.is_hidden()
    assert set(watch.console_errors) == {"Failed to load resource: net::ERR_FAILED"}  # the requests refused
    watch.console_errors.clear()


@pytest.mark.parametrize("again", ["the village picked again", "back online"])
def test_the_coach_and_the_villages_kims_not_loaded_are_asked_for_again(form, again):
    """Offline as the village was picked, its coach and KIMs are asked for again: when it is
    picked again (no change event fires) and when the browser is back online."""
    page, watch = form()
    offline = [True]
    with_real_coach(page, offline)
    page.route("**/data/desa-kim/18.07.json", lambda route: route.abort() if offline[0] else route.fallback())
    choose_village(page, "Pekalongan", LAMPUNG_TIMUR)
    page.locator("#kf-pembina-none").wait_for()
    offline[0] = False
    if again == "back online":
        page.evaluate("() => window.dispatchEvent(new Event('online'))")
    else:
        page.get_by_role("radio", name=LAMPUNG_TIMUR).click()
    page.locator("#kf-pembina").wait_for()
    page.locator("#kf-desa-kim").wait_for()
    assert page.locator("#kf-pembina-none").is_hidden()
    assert set(watch.console_errors) == {"Failed to load resource: net::ERR_FAILED"}
    watch.console_errors.clear()


def test_an_updated_profile_names_its_coach(form):
    """The bundled KIM's regency file is a sample: its coach is named as one."""
    page, _ = form("?ubah=sinar-harapan-pekalongan")
    page.locator("#kf-pembina-none").wait_for()
    assert "Diskominfo Kabupaten Contoh (contoh)" in page.locator("#kf-pembina-none").inner_text()


@pytest.mark.parametrize(("typed", "written"), [
    ("0812-3456-7890", "+6281234567890"),
    ("62812 3456 7890", "+6281234567890"),
    ("+62 812-3456-7890", "+6281234567890"),
    (" (0812) 3456.7890 ", "+6281234567890"),
    ("+62 0812-3456-7890", "+6281234567890"),  # a +62 number never goes on with a 0
])
def test_phone_numbers_are_written_in_the_plus_62_form(form, typed, written):
    page = new_kim(form)
    contact = add_row(page, "kontak")
    contact.get_by_label("Jenis kontak").select_option("lembaga")
    box = contact.get_by_role("textbox", name="WhatsApp")
    box.fill(typed)
    box.blur()
    assert box.input_value() == written  # shown as the file says it
    page.get_by_role("button", name="Periksa isian").click()
    assert f'whatsapp: "{written}"' in page.input_value("#kf-yaml")


def test_counts_lose_their_word_and_text_its_spaces(form):
    page = new_kim(form)
    page.fill("#kf-nama", "   KIM Maju Bersama  ")
    page.fill("#kf-anggota", "15 orang")
    page.locator("#kf-anggota").blur()
    assert page.input_value("#kf-anggota") == "15"
    page.fill("#kf-alamat", "  Balai Desa  ")
    page.get_by_role("button", name="Periksa isian").click()
    yaml = page.input_value("#kf-yaml")
    assert "\nnama: KIM Maju Bersama\n" in yaml and "\nanggota: 15\n" in yaml and "\nalamat: Balai Desa\n" in yaml
    assert "Tidak ada kesalahan" in page.locator("#kf-state").inner_text()


def test_what_cannot_be_normalised_is_explained_without_jargon(form):
    page = new_kim(form)
    contact = add_row(page, "kontak")
    contact.get_by_label("Jenis kontak").select_option("lembaga")
    box = contact.get_by_role("textbox", name="Telepon")
    box.fill("12ab")
    box.blur()
    page.get_by_role("button", name="Periksa isian").click()
    said = page.locator("#" + box.get_attribute("id") + "-error").inner_text()
    assert said.startswith("“12ab” bukan nomor telepon yang sah")
    assert not re.search(r"kutip|`|YAML|telepon:", said)


def test_the_slug_is_derived_and_shown_last(form):
    page = new_kim(form)
    assert page.input_value("#kf-slug") == "maju-bersama-pekalongan"
    # after every field the volunteer fills in, beside the file it names
    fields = page.eval_on_selector_all("#kf-form input, #kf-form select, #kf-form textarea", "e => e.map(x => x.id)")
    assert fields.index("kf-slug") > fields.index("kf-nama")
    assert page.evaluate("document.getElementById('kf-slug').closest('.kf-output') !== null")


@pytest.mark.parametrize("query", ["Desa Pekalongan", "pekalongan", "Kel. Pekalongan", "Pekalngan", "Pekalomgan",
                                   "Pekaolngan", "Pekallongan"])
def test_village_search_forgives_prefixes_and_one_typo(form, query):
    page, _ = form()
    choose_village(page, query, LAMPUNG_TIMUR)
    page.fill("#kf-nama", "KIM Maju Bersama")
    assert page.input_value("#kf-slug") == "maju-bersama-pekalongan"


# Found by a tester outside Java: "negeri hila" and "kalurahan jangkaran" found no village,
# though "hila" and "jangkaran" did.
@pytest.mark.parametrize(("query", "label", "code"), [
    ("negeri hila", "Hila, Kec. Leihitu, Kabupaten Maluku Tengah, Maluku", "81.01.15.2011"),
    ("Kalurahan Jangkaran", "Jangkaran, Kec. Temon, Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta",
     "34.01.01.2001"),
    ("Desa Adat Hila", "Hila, Kec. Kepulauan Roma, Kabupaten Maluku Barat Daya, Maluku", "81.08.16.2001"),
])
def test_village_search_drops_the_words_of_every_region(form, query, label, code):
    page, _ = form()
    choose_village(page, query, label)
    assert page.locator("#kf-desa-chosen-text").inner_text().endswith(f"({code})")


def test_a_start_shared_by_many_names_asks_for_one_more_letter(form):
    page, _ = form()
    page.fill("#kf-desa-q", "Desa Su")
    page.wait_for_function("() => document.getElementById('kf-desa-count').textContent !== ''")
    assert page.locator("#kf-desa-count").inner_text() == Text("id", load_vocab())("kf_village_short3")
    assert page.locator("#kf-desa-results").is_hidden()
    choose_village(page, "Desa Sukadana", "Sukadana, Kec. Sukadana, Kabupaten Lampung Timur")


def test_the_link_at_the_top_jumps_to_the_form(form):
    page, _ = form()
    link = page.locator(".kf-jump a")
    assert link.bounding_box()["y"] < 844  # on the first screen of a phone
    link.click()
    page.wait_for_function("() => location.hash === '#formulir'")
    top = page.evaluate("document.getElementById('formulir').getBoundingClientRect().top")
    assert 0 <= top < 200


def test_the_opening_words_say_a_github_account_is_not_needed(form):
    """A volunteer without a GitHub account learns at once that the form can still send."""
    page, _ = form()
    intro = page.locator("article p").filter(has_text="Direktori ini diisi oleh pengurus KIM sendiri")
    intro.get_by_role("link", name="Tanpa akun GitHub").click()
    page.wait_for_function("() => location.hash === '#tanpa-github'")
    assert "Kirim ke pembina" in page.locator("#tanpa-github").inner_text()


def test_githubs_english_buttons_are_named_next_to_its_link(form):
    page, _ = form()
    steps = page.locator("#kf-github-steps").inner_text()
    words = ["Fork this repository", "Commit changes…", "Propose changes", "Create pull request"]
    assert [steps.index(w) for w in words] == sorted(steps.index(w) for w in words)  # in the order pressed
    assert page.evaluate("document.getElementById('kf-github-steps').previousElementSibling.id") == "kf-github-note"


# Page-side times of the village search: the last input event and the first result shown.
TIMING = """(() => {
  window.__t = {};
  document.addEventListener("input", (e) => { if (e.target.id === "kf-desa-q") window.__t.input = performance.now(); }, true);
  document.addEventListener("DOMContentLoaded", () => {
    const list = document.getElementById("kf-desa-list");
    new MutationObserver(() => { if (list.children.length) window.__t.shown = performance.now(); })
      .observe(list, {childList: true});
  });
})();"""


@pytest.mark.slow
def test_measure_the_first_search_on_a_slow_phone(browser, server, bundled_site):
    """Not a timed assertion: prints what the first search costs on a throttled phone (3G
    as Chrome's "Fast 3G" preset: 562.5 ms round trip, 1.6 Mbit/s down; CPU 4× slower), for
    the record: the whole name pasted at once, and typed letter by letter (the shard is
    fetched while the rest is typed)."""
    for typed in (False, True):
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.add_init_script(TIMING)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 562.5,
                                                      "downloadThroughput": 1.6 * 1024 * 1024 / 8 * 0.9,
                                                      "uploadThroughput": 750 * 1024 / 8 * 0.9})
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.goto(server.url + "kontribusi/")
        page.wait_for_selector("#kf-form[data-ready]", timeout=60_000)
        page.evaluate("() => performance.clearResourceTimings()")
        if typed:
            page.locator("#kf-desa-q").press_sequentially("pekalongan", delay=150)
        else:
            page.fill("#kf-desa-q", "pekalongan")
        page.get_by_role("radio", name=LAMPUNG_TIMUR).wait_for(timeout=30_000)
        t = page.evaluate("() => window.__t")
        fetched = page.evaluate("""() => performance.getEntriesByType('resource')
            .filter(e => e.name.includes('/data/desa/')).map(e => [e.name.split('/').pop(), e.encodedBodySize])""")
        raw = dict(fetched)
        gz = {name: len(gzip.compress((bundled_site / "data" / "desa" / name).read_bytes(), 9)) for name in raw}
        how = "typed at 150 ms a letter" if typed else "pasted"
        print(f"\nvillage search, Fast 3G + CPU 4x, {how}: {(t['shown'] - t['input']) / 1000:.2f} s from the last "
              f"input to the first result; fetched {raw} bytes (gzip on a real server: {gz})")
        assert list(raw) == ["pek.json"]
        context.close()


# A mailto: or wa.me link is followed by another app: the test keeps the page, and reads the link.
STAY = """() => document.addEventListener("click", (ev) => {
  if (ev.target.closest('a[href^="mailto:"], a[href^="https://wa.me/"]')) ev.preventDefault();
})"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_too_long_for_an_email_is_downloaded_to_be_attached(form, server, lang):
    """An update is longer than an e-mail's text can hold: tapping the e-mail link downloads the
    file, the page asks for it to be attached in words true before the download and after, and
    the e-mail for the file just downloaded, never saying it already is attached (a mailto:
    link cannot attach anything; the tester found both claims)."""
    prefix = "en/" if lang == "en" else ""
    page, _ = form()
    with_real_coach(page)
    page.goto(server.url + prefix + "kontribusi/?ubah=sinar-harapan-pekalongan")
    page.wait_for_selector("#kf-form[data-ready]")
    page.locator("#kf-pembina").wait_for()
    page.evaluate(SHARE_STUB)
    page.evaluate("() => { window.__canShare = false; }")
    page.evaluate(STAY)
    words = Text(lang, load_vocab())
    page.fill("#kf-anggota", "25")
    page.get_by_role("button", name=words("kf_share")).click()
    page.locator("#kf-share-fallback").wait_for()
    attach = words("kf_mail_attach_note", file="sinar-harapan-pekalongan.yml")
    assert page.locator("#kf-share-note").inner_text() == words("kf_share_unavailable") + " " + attach
    # Said before the download too: nothing "just downloaded" yet (the tester found the claim).
    assert "sinar-harapan-pekalongan.yml" in attach
    assert not re.search(r"baru saja|sudah diunduh|terunduh|just|already|downloaded", attach)

    with page.expect_download() as download:
        page.get_by_role("link", name=words("kf_mail")).click()
    yaml = page.input_value("#kf-yaml")
    assert download.value.suggested_filename == "sinar-harapan-pekalongan.yml"
    assert Path(download.value.path()).read_text(encoding="utf-8") == yaml
    assert "anggota: 25\n" in yaml
    assert page.locator("#kf-share-note").inner_text() == attach
    body = parse_qs(urlsplit(page.get_attribute("#kf-mail", "href")).query)["body"][0]
    assert body == words("kf_mail_attach", file="sinar-harapan-pekalongan.yml", to=words("kf_mail_to_coach"))
    said = {"id": "lampirkan berkas sinar-harapan-pekalongan.yml yang baru saja diunduh",
            "en": "attach the file sinar-harapan-pekalongan.yml you just downloaded"}[lang]
    assert said in body  # written as the file is downloaded
    assert not re.search(r"terlampir|is attached|already", body)
