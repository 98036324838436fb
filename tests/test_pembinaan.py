"""`kim pembinaan`: one coaching session recorded in many KIM files, changing no other byte."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.format.catalogue import check_bytes

from .conftest import TODAY

VALID = Path(__file__).parent / "examples" / "valid" / "kims" / "18" / "18.07"
ARGS = ["--tanggal", "2026-11-20", "--judul", "Bimtek media sosial: video pendek",
        "--penyelenggara", "Diskominfo Kabupaten (uji)", "--today", TODAY.isoformat()]
NEW_FLOW = ('{tanggal: 2026-11-20, kegiatan: "Bimtek media sosial: video pendek", '
            'penyelenggara: Diskominfo Kabupaten (uji)}')


def real(name: str) -> str:
    """An example KIM made a real one: a folder leaves sample KIMs (`contoh: true`) out."""
    return re.sub(r"^contoh: true.*\n", "", (VALID / name).read_text(encoding="utf-8"), flags=re.M)


@pytest.fixture
def folder(tmp_path):
    regency = tmp_path / "kims" / "18" / "18.07"
    regency.mkdir(parents=True)
    for name in ("sinar-harapan-pekalongan.yml", "kim-sidodadi.yml"):
        (regency / name).write_text(real(name), encoding="utf-8")
    return regency


def run(files, capsys, *extra):
    code = main(["pembinaan", *ARGS, *extra, *map(str, files)])
    out, err = capsys.readouterr()
    return code, out, err


def test_appends_in_the_files_style_and_changes_no_other_byte(folder, capsys):
    path = folder / "sinar-harapan-pekalongan.yml"
    before = path.read_text(encoding="utf-8")
    code, out, err = run([path], capsys)
    assert (code, err) == (0, "")
    assert out == f"{path}: pembinaan dicatat\n"
    expected = before.replace(
        "penyelenggara: Diskominfo Provinsi (uji)}\n",
        f"penyelenggara: Diskominfo Provinsi (uji)}}\n  - {NEW_FLOW}\n")
    assert expected != before
    assert path.read_text(encoding="utf-8") == expected
    kim = check_bytes(path.read_bytes(), str(path), TODAY).kim
    assert kim.pembinaan[-1].kegiatan == "Bimtek media sosial: video pendek"


def test_diperbarui_is_left_as_it_was(folder, capsys):
    # Found by testers: the date the profile was last checked as true moved to the day of the
    # session, and a stale, inactive KIM left the coach's worklist of stale profiles.
    path = folder / "kim-sidodadi.yml"
    before = check_bytes(path.read_bytes(), str(path), TODAY).kim.diperbarui
    assert run([path], capsys)[0] == 0
    assert check_bytes(path.read_bytes(), str(path), TODAY).kim.diperbarui == before != TODAY


def test_starts_a_list_where_the_format_puts_it(folder, capsys):
    path = folder / "kim-sidodadi.yml"
    code, _, _ = run([path], capsys)
    assert code == 0
    assert path.read_text(encoding="utf-8") == (
        'versi: 1\nslug: kim-sidodadi\nnama: KIM Sidodadi\nstatus: tidak-aktif\n'
        f'wilayah: "18.07.04.2003"\npembinaan:\n  - {NEW_FLOW}\ndiperbarui: 2025-01-20\n')


def test_regency_settings_among_the_files_are_skipped(folder, capsys):
    settings = folder / "_wilayah.yml"
    settings.write_text("versi: 1\ntarget_kim: 12\n", encoding="utf-8")
    code, out, err = run(sorted(folder.glob("*.yml")), capsys)
    assert code == 0 and str(settings) not in err  # (the inactive KIM named has its warning there)
    assert f"{settings}: bukan berkas KIM; dilewati\n" in out
    assert settings.read_text(encoding="utf-8") == "versi: 1\ntarget_kim: 12\n"


def test_running_twice_changes_nothing_the_second_time(folder, capsys):
    files = sorted(folder.glob("*.yml"))
    assert run(files, capsys)[0] == 0
    after = {p: p.read_bytes() for p in files}
    code, out, err = run(files, capsys)
    # Found by testers: a file that already records the session is no failure.
    assert code == 0 and err == ""
    assert {p: p.read_bytes() for p in files} == after
    assert out == "".join(f"{path}: pembinaan ini sudah tercatat (2026-11-20, Bimtek media sosial: video pendek); "
                          "berkas tidak diubah\n" for path in files)


def test_a_folder_stands_for_the_kim_files_under_it(folder, capsys):
    # Found by testers: a folder failed with "Is a directory" where `kim validate` takes it.
    (folder / "_wilayah.yml").write_text("versi: 1\ntarget_kim: 12\n", encoding="utf-8")
    shutil.copy(VALID / "kim-adirejo-maju.yml", folder)
    code, out, err = run([folder.parent], capsys)
    assert (code, err) == (0, "")
    assert out == (f"{folder / 'kim-adirejo-maju.yml'}: pembinaan dicatat\n"
                   f"{folder / 'kim-sidodadi.yml'}: KIM tidak aktif (status: tidak-aktif); dilewati: "
                   "sebutkan berkasnya bila pembinaan ini memang untuknya\n"
                   f"{folder / 'sinar-harapan-pekalongan.yml'}: pembinaan dicatat\n")
    assert (folder / "_wilayah.yml").read_text(encoding="utf-8") == "versi: 1\ntarget_kim: 12\n"


def test_a_folder_leaves_out_inactive_kims_and_a_file_named_itself_is_written_with_a_warning(folder, capsys):
    """The tester's case: `kims/18/18.01` recorded the session in a dissolved KIM's file too,
    without a word."""
    inactive = folder / "kim-sidodadi.yml"
    before = inactive.read_bytes()
    code, out, err = run([folder], capsys, "--lang", "en")
    assert (code, err) == (0, "")
    assert (f"{inactive}: inactive KIM (status: tidak-aktif); skipped: name its file to record the coaching in it\n"
            in out)
    assert inactive.read_bytes() == before
    code, out, err = run([folder, inactive], capsys)  # named as well as in the folder: named
    assert code == 0 and inactive.read_bytes() != before
    assert out == (f"{inactive}: pembinaan dicatat\n"
                   f"{folder / 'sinar-harapan-pekalongan.yml'}: pembinaan ini sudah tercatat "
                   "(2026-11-20, Bimtek media sosial: video pendek); berkas tidak diubah\n")
    # the tester's kims/18/18.01/*.yml: the shell names every file, the warning says so
    assert err == (f"{inactive}: perhatian: dicatat, padahal ini KIM tidak aktif (status: tidak-aktif), karena "
                   "berkasnya disebut sendiri (pola seperti *.yml menyebut setiap berkas); bila pembinaan ini bukan "
                   "untuknya, hapus entri itu; folder yang disebut melewati KIM seperti ini\n")


def test_a_folder_leaves_out_sample_kims(folder, capsys):
    """Found by a second tester playing a regency office: a folder recorded the session in the
    sample KIMs (invented data) too."""
    sample = folder / "sinar-harapan-pekalongan.yml"
    shutil.copy(VALID / sample.name, sample)
    before = sample.read_bytes()
    code, out, err = run([folder], capsys)
    assert (code, err, sample.read_bytes()) == (0, "", before)
    assert out.splitlines()[-1] == (f"{sample}: KIM contoh (contoh: true), data rekaan; dilewati: sebutkan berkasnya "
                                    "bila pembinaan ini memang untuknya")
    code, out, err = run([sample], capsys, "--lang", "en")
    assert code == 0 and sample.read_bytes() != before and out == f"{sample}: coaching recorded\n"
    assert err == (f"{sample}: warning: recorded in this sample KIM (contoh: true), invented data because its file "
                   "was named (a pattern like *.yml names every file); if the coaching was not for it, remove the "
                   "entry; a folder named leaves such KIMs out\n")


def test_problems_are_reported_by_file_and_line(folder, capsys):
    later = folder / "sinar-harapan-pekalongan.yml"
    text = later.read_text(encoding="utf-8")
    later.write_text(text.replace("status: aktif", "status: tidur").replace("versi: 1", "versi: 7"),
                     encoding="utf-8")
    broken = folder / "kim-sidodadi.yml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("status: tidak-aktif", "status: tidur"),
                      encoding="utf-8")
    code, _, err = run([later, broken], capsys)
    assert code == 1
    assert err.index(str(broken)) < err.index(str(later))
    lines = [line for line in err.splitlines() if line.startswith(f"{later}:") and "error[" in line]
    numbers = [int(line.split(":")[1]) for line in lines]
    assert len(numbers) == 2 and numbers == sorted(numbers)


def test_block_entries_crlf_and_bom_are_kept(folder, capsys):
    path = folder / "kim-sidodadi.yml"
    text = ("\ufeffversi: 1\r\ncontoh: true\r\nslug: kim-sidodadi\r\nnama: KIM Sidodadi\r\nstatus: tidak-aktif\r\n"
            'wilayah: "18.07.04.2003"\r\npembinaan:\r\n- tanggal: 2020-02-03   # lama\r\n  kegiatan: Sosialisasi\r\n'
            "# kontak kami\r\nkontak:\r\n- {jenis: lembaga, email: kim@example.org}\r\n"
            'diperbarui: "2025-01-20"\r\n')
    path.write_bytes(text.encode("utf-8"))
    assert run([path], capsys, "--lang", "en")[0] == 0
    assert path.read_bytes().decode("utf-8") == text.replace(
        "  kegiatan: Sosialisasi\r\n",
        '  kegiatan: Sosialisasi\r\n- tanggal: 2026-11-20\r\n  kegiatan: "Bimtek media sosial: video pendek"\r\n'
        "  penyelenggara: Diskominfo Kabupaten (uji)\r\n")


def test_an_entry_that_would_not_validate_is_not_written(folder, capsys):
    path = folder / "sinar-harapan-pekalongan.yml"
    before = path.read_bytes()
    code = main(["pembinaan", "--tanggal", "2027-01-05", "--judul", "Bimtek", "--today", TODAY.isoformat(),
                 "--lang", "en", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and path.read_bytes() == before
    assert f"{path}: the new entry would not be valid, nothing was written:\n" in err
    assert "error[future-date] pembinaan[1].tanggal: the date `2027-01-05` is in the future" in err


def test_a_session_before_the_founding_is_refused(folder, capsys):
    """The tester's case: `--tanggal 2010-01-01` was recorded for a KIM founded in 2018."""
    path = folder / "kim-adirejo-maju.yml"
    shutil.copy(VALID / path.name, path)
    before = path.read_bytes()
    code = main(["pembinaan", "--tanggal", "2010-01-01", "--judul", "Bimtek", "--today", TODAY.isoformat(),
                 str(path)])
    err = capsys.readouterr().err
    assert code == 1 and path.read_bytes() == before
    assert f"{path}: entri baru tidak akan lolos pemeriksaan, tidak ada yang ditulis:\n" in err
    line = before.decode("utf-8-sig").splitlines().index("kontak:") + 2  # the new list, before `kontak`
    assert (f"{path}:{line}:15: error[pembinaan-before-founding] pembinaan[0].tanggal: pembinaan bertanggal "
            "2010-01-01, sebelum KIM berdiri (2018-02-14); periksa kedua tanggal") in err


def test_a_file_with_errors_is_left_alone_and_the_others_are_written(folder, capsys):
    broken = folder / "kim-sidodadi.yml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("status: tidak-aktif", "status: tidur"),
                      encoding="utf-8")
    before = broken.read_bytes()
    good = folder / "sinar-harapan-pekalongan.yml"
    code, out, err = run([broken, good], capsys)
    assert code == 1 and broken.read_bytes() == before
    assert out == f"{good}: pembinaan dicatat\n"
    assert f"{broken}: berkas ini bermasalah; perbaiki dulu, tidak ada yang ditulis:\n" in err
    assert "error[unknown-value" in err


@pytest.mark.parametrize("title, written", [
    ("Bimtek, hari ke-2 [lanjutan]", '"Bimtek, hari ke-2 [lanjutan]"'),
    ("yes", '"yes"'),
    ("2026", '"2026"'),
    ("Bimtek #2", '"Bimtek #2"'),
    ("Bimtek ke-2 (lanjutan)", "Bimtek ke-2 (lanjutan)"),
    ("Bimtek jurnalistik warga", "Bimtek jurnalistik warga"),
])
def test_titles_are_quoted_only_when_needed(folder, capsys, title, written):
    path = folder / "kim-sidodadi.yml"
    assert main(["pembinaan", "--tanggal", "2026-11-20", "--judul", title, "--today", TODAY.isoformat(),
                 str(path)]) == 0
    assert f"  - {{tanggal: 2026-11-20, kegiatan: {written}}}\n" in path.read_text(encoding="utf-8")
    assert check_bytes(path.read_bytes(), str(path), TODAY).kim.pembinaan[0].kegiatan == title
