"""`kim validate FILE`: the checks across files run against the rest of the file's data tree,
so that a single file passes only when the pull request's check of every file would pass it."""

import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.format import catalogue

ROOT = Path(__file__).parent.parent
FAR = "kims/18/18.07/kim-jauh.yml"  # in Lampung Timur, with a point in Papua
TWIN = "kims/18/18.01/kim-jauh.yml"  # the same slug in Lampung Selatan
SEED = "kims/18/18.07/sinar-harapan-pekalongan.yml"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for folder in ("kims", "mitra"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    text = (ROOT / SEED).read_text(encoding="utf-8").replace("slug: sinar-harapan-pekalongan", "slug: kim-jauh")
    text = text.replace("\nnama: KIM Sinar Harapan\n", "\nnama: KIM Jauh\n")  # not the same KIM twice (same-kim)
    far = text.replace("koordinat: {lintang: -5.0921, bujur: 105.3802, tempat_umum: true}",
                       "koordinat: {lintang: -2.5, bujur: 140.7, tempat_umum: true}")
    assert far != text
    (tmp_path / FAR).write_text(far, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def validate(capsys, *args):
    code = main(["validate", "--today", "2026-12-01", *args])
    out, err = capsys.readouterr()
    return code, out, err


def codes(out: str) -> list[tuple[str, str]]:
    return sorted((line.split(":")[0], line.split("[")[1].split("]")[0]) for line in out.splitlines())


def test_a_file_gets_the_warnings_across_files_a_full_check_gives(tree, capsys):
    # Found by testers: `kim validate kims/18/18.07/kim-jauh.yml` said 0 errors where
    # `kim validate` found the slug twice and the point far from the regency.
    assert (FAR, "coordinates-far") in codes(validate(capsys)[1])
    code, out, err = validate(capsys, FAR)
    assert code == 0 and codes(out) == [(FAR, "coordinates-far")]
    assert err == "0 galat dan 1 peringatan dalam 1 berkas data\n"


def test_a_slug_taken_in_another_regency_is_found_from_either_file(tree, capsys):
    shutil.copy(tree / SEED.replace("18.07/sinar-harapan-pekalongan", "18.01/cahaya-ilmu-way-hui"), tree / TWIN)
    text = (tree / TWIN).read_text(encoding="utf-8")
    (tree / TWIN).write_text(text.replace("slug: cahaya-ilmu-way-hui", "slug: kim-jauh")
                             .replace("\nnama: KIM Cahaya Ilmu Way Hui\n", "\nnama: KIM Jauh Juga\n"), encoding="utf-8")
    full = [c for c in codes(validate(capsys)[1]) if c[1] == "duplicate-slug"]
    assert full == [(FAR, "duplicate-slug")]
    for asked, blamed in ((FAR, FAR), (TWIN, TWIN), ("kims/18/18.01", TWIN), ("kims/18", FAR)):
        code, out, _ = validate(capsys, asked)
        assert code == 1 and codes(out) == [(blamed, "duplicate-slug")], asked


def test_a_new_file_with_a_taken_slug_is_told_to_change_it(tree, capsys):
    # Found by the tester: the established KIM was told to "pilih slug lain".
    taken, new = "kims/18/18.72/yosodadi-smart.yml", "kims/18/18.71/yosodadi-smart.yml"
    text = (tree / taken).read_text(encoding="utf-8")
    (tree / new).write_text(text.replace('wilayah: "18.72.04.1001"', 'wilayah: "18.71.13.1010"'), encoding="utf-8")
    code, out, _ = validate(capsys, new)
    assert code == 1 and out.startswith(f"{new}:4:7: error[duplicate-slug] slug: slug `yosodadi-smart` sudah "
                                        f"dipakai oleh {taken}; pilih slug lain")
    assert codes(out) == [(new, "duplicate-slug")]


def test_an_unknown_partner_is_found_without_naming_mitra(tree, capsys):
    # Found by testers: missed with a file argument, or `kims` without `mitra`.
    seed = tree / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("dipenuhi_oleh: contoh-bumn-energi-lampung",
                                                             "dipenuhi_oleh: tidak-ada"), encoding="utf-8")
    for args in (("kims",), (SEED,), ("kims/18/18.07",)):
        code, out, _ = validate(capsys, *args)
        assert code == 1 and (SEED, "unknown-partner") in codes(out), args
    # the check of every file (the deploy's): a removed partner file must not block the deploy
    code, out, _ = validate(capsys)
    assert code == 0 and (SEED, "unknown-partner-met") in codes(out)


def test_a_misspelt_partner_is_an_error_in_a_file_being_changed(tree, capsys):
    # Found by the reviewer: a typo in `dipenuhi_oleh` of a newly met need passed the pull
    # request's check as a warning. The files given are the files being changed.
    seed = tree / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("dipenuhi_oleh: contoh-bumn-energi-lampung",
                                                             "dipenuhi_oleh: contoh-bumn-energi-lampng"), encoding="utf-8")
    code, out, _ = validate(capsys, SEED)
    assert code == 1 and codes(out) == [(SEED, "unknown-partner-hint")]
    assert "error[unknown-partner-hint]" in out and "mungkin maksudnya `contoh-bumn-energi-lampung`?" in out
    # the same file, not being changed: the partner's file went
    code, out, _ = validate(capsys, "mitra/contoh-universitas-nusantara.yml")
    assert (code, out) == (0, "")
    code, out, _ = validate(capsys)
    assert code == 0 and (SEED, "unknown-partner-met-hint") in codes(out)


def link_partner(seed, jenis: str) -> str:
    """`seed`'s first partnership rewritten as one of type `jenis` with the sample partner file
    contoh-universitas-nusantara, linked by its slug; the file's new text."""
    text = seed.read_text(encoding="utf-8")
    linked = text.replace("  - mitra: Dinas Pertanian (contoh)\n    jenis: dinas\n",
                          f"  - mitra: Universitas Nusantara (contoh)\n    jenis: {jenis}\n"
                          "    slug_mitra: contoh-universitas-nusantara\n", 1)
    assert linked != text
    seed.write_text(linked, encoding="utf-8")
    return linked


def test_a_partnership_naming_a_partner_file_is_checked_like_a_need(tree, capsys):
    """`kemitraan[].slug_mitra` links the partner's page (a partner tester's find: a KIM's
    partnership never reached it): a typo is an error in a file being changed, with what was
    meant; elsewhere a warning, so that a partner file renamed stops no deploy."""
    seed = tree / SEED
    linked = link_partner(seed, "perguruan-tinggi")
    assert validate(capsys, SEED)[:2] == (0, "")
    seed.write_text(linked.replace("slug_mitra: contoh-universitas-nusantara", "slug_mitra: contoh-universitas-nusantra"),
                    encoding="utf-8")
    code, out, _ = validate(capsys, SEED)
    assert code == 1 and codes(out) == [(SEED, "unknown-partner-link-hint")]
    assert "error[unknown-partner-link-hint] kemitraan[0].slug_mitra:" in out
    assert "mungkin maksudnya `contoh-universitas-nusantara`?" in out.lower()
    code, out, _ = validate(capsys)
    assert code == 0 and (SEED, "unknown-partner-link-hint") in codes(out) and "warning[unknown-partner-link-hint]" in out


def test_a_real_kim_naming_a_sample_partner_or_another_type_is_warned(tree, capsys):
    """The guide's example copied into a real KIM's file linked the invented "Universitas
    Nusantara (contoh)" and took a place in its programme without a word; a partnership of
    another type than its partner file's passed too (a CSR and LPPM tester's finds).
    `kim validate FILE` reads the partner files the file names to tell."""
    seed = tree / SEED
    linked = link_partner(seed, "lsm")
    code, out, _ = validate(capsys, SEED)
    assert code == 0 and "warning[partner-type-differs] kemitraan[0].jenis: jenis `lsm`" in out
    assert "sample-partner" not in out  # a sample KIM may name a sample partner
    seed.write_text(linked.replace("\ncontoh: true\n", "\n", 1), encoding="utf-8")
    code, out, _ = validate(capsys, SEED)
    assert code == 0 and "warning[real-kim-names-sample-partner] kemitraan[0].slug_mitra:" in out
    code, out, _ = validate(capsys)
    assert (SEED, "real-kim-names-sample-partner") in codes(out) and (SEED, "partner-type-differs") in codes(out)


def test_a_real_kim_in_a_regency_with_sample_settings_is_warned(tree, capsys):
    """The tester of going live: the bundled regency file, a sample, stayed beside an office's
    first real KIM, and its invented coach was offered to the KIM's volunteers. `kim validate
    FILE` reads the regency file beside the file to tell; real settings are no warning."""
    seed, settings = tree / SEED, tree / "kims/18/18.07/_wilayah.yml"
    code, out, _ = validate(capsys, SEED)
    assert code == 0 and "real-kim-sample-settings" not in out  # a sample KIM among samples
    seed.write_text(seed.read_text(encoding="utf-8").replace("\ncontoh: true\n", "\n", 1), encoding="utf-8")
    code, out, _ = validate(capsys, SEED)
    assert code == 0 and (SEED, "real-kim-sample-settings") in codes(out)
    assert "sample-settings] wilayah: KIM ini nyata, sedangkan pengaturan kabupaten/kotanya, kims/18/18.07/_wilayah.yml," in out
    settings.write_text(settings.read_text(encoding="utf-8").replace("\ncontoh: true\n", "\n"), encoding="utf-8")
    code, out, _ = validate(capsys, SEED)
    assert "real-kim-sample-settings" not in out


def test_problems_of_other_files_are_not_reported(tree, capsys):
    (tree / "kims/18/18.07/rusak.yml").write_text("versi: 1\n", encoding="utf-8")
    code, out, err = validate(capsys, SEED)
    assert (code, out, err) == (0, "", "0 galat dan 0 peringatan dalam 1 berkas data\n")


def test_only_what_the_checks_need_is_read(tree, monkeypatch):
    read = []
    check = catalogue.check_file
    monkeypatch.setattr(catalogue, "check_file", lambda path, *a, **k: read.append(path) or check(path, *a, **k))
    catalogue.load_given([FAR], catalogue.dt.date(2026, 12, 1), workers=1)
    # the KIM files of its regency, and the partner files it names
    assert read and {str(Path(p).parent) for p in read} == {"kims/18/18.07", "mitra"}
    named = set(re.findall(r"(?:slug_mitra|dipenuhi_oleh): (\S+)", Path(FAR).read_text(encoding="utf-8")))
    assert named and {Path(p).stem for p in read if p.startswith("mitra")} == named
    assert len(read) == len(set(read))


def test_a_file_outside_a_data_tree_says_what_was_skipped(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kim-jauh.yml").write_text((ROOT / SEED).read_text(encoding="utf-8"), encoding="utf-8")
    _, _, err = validate(capsys, "kim-jauh.yml")
    assert err.splitlines()[0] == ("pemeriksaan antarberkas dilewati (slug ganda, mitra, koordinat jauh dari "
                                   "kabupaten): tidak di dalam folder kims/ atau mitra/: kim-jauh.yml")
    _, _, err = validate(capsys, "--lang", "en", "kim-jauh.yml")
    assert err.splitlines()[0].startswith("cross-file checks skipped (duplicate slugs, partners, coordinates far")


def test_a_tree_without_partner_files_says_the_partner_check_was_skipped(tree, capsys):
    shutil.rmtree(tree / "mitra")
    _, _, err = validate(capsys, SEED)
    assert err.splitlines()[0] == ("pemeriksaan mitra dilewati (dipenuhi_oleh): tidak ada folder mitra/ "
                                   "di samping kims/")


@pytest.mark.parametrize("folder, path", [
    ("kims/18/18.72", "yosodadi-smart.yml"),
    ("kims/18", "18.72/yosodadi-smart.yml"),
    (".", "kims/18/18.71/../18.72/yosodadi-smart.yml"),
    ("kims/18/18.71", "../18.72/yosodadi-smart.yml"),
    ("kims/18/18.07", "_wilayah.yml"),  # a regency's settings too ("./ bukan folder kabupaten/kota")
])
def test_a_relative_path_is_placed_by_the_folders_the_file_is_in(folder, path, capsys, monkeypatch):
    # Found by the tester: each said "bukan //", "bukan /18.72/", "bukan ../18.72/".
    monkeypatch.chdir(ROOT / folder)
    assert validate(capsys, path) == (0, "", "0 galat dan 0 peringatan dalam 1 berkas data\n")


def test_a_relative_path_in_the_wrong_folder_names_it_resolved(tree, capsys, monkeypatch):
    moved = tree / "kims/18/18.71/yosodadi-smart.yml"
    shutil.move(tree / "kims/18/18.72/yosodadi-smart.yml", moved)
    monkeypatch.chdir(moved.parent)
    code, out, _ = validate(capsys, "yosodadi-smart.yml")
    assert code == 1 and out == ("yosodadi-smart.yml:7:10: error[folder-mismatch] wilayah: kode wilayah 18.72.04.1001 "
                                 "berarti berkas ini harus ada di folder kims/18/18.72/, bukan 18/18.71/; "
                                 "pindahkan berkasnya\n")


@pytest.mark.parametrize("twice", [("./" + SEED,), ("kims//18/18.07/sinar-harapan-pekalongan.yml",),
                                   ("kims/18/18.01/../18.07/sinar-harapan-pekalongan.yml",)])
def test_a_file_named_twice_is_checked_once(tree, capsys, twice):
    # Found by the red-team tester: each said the file's slug was taken by itself.
    assert validate(capsys, SEED, *twice) == (0, "", "0 galat dan 0 peringatan dalam 1 berkas data\n")


def test_a_former_address_is_found_from_either_file(tree, capsys):
    # A KIM renamed from `yosodadi-smart` keeps it in `slug_lama`; a new KIM may not take it,
    # and it is found when only the new file is given, though the renamed one is in another
    # regency (read because it lists former addresses).
    renamed, new = "kims/18/18.72/yosodadi-smart.yml", "kims/18/18.71/yosodadi-smart.yml"
    text = (tree / renamed).read_text(encoding="utf-8")
    moved = tree / "kims/18/18.72/yosodadi-cerdas.yml"
    moved.write_text(text.replace("slug: yosodadi-smart\n", "slug: yosodadi-cerdas\nslug_lama: [yosodadi-smart]\n"),
                     encoding="utf-8")
    (tree / renamed).unlink()
    assert validate(capsys, "kims/18/18.72/yosodadi-cerdas.yml")[0] == 0
    (tree / new).write_text(text.replace('wilayah: "18.72.04.1001"', 'wilayah: "18.71.13.1010"'), encoding="utf-8")
    code, out, _ = validate(capsys, new)
    assert code == 1 and out.startswith(f"{new}:4:7: error[slug-is-former] slug: slug `yosodadi-smart` adalah alamat "
                                        "lama kims/18/18.72/yosodadi-cerdas.yml (`slug_lama`)")
    code, out, _ = validate(capsys, new, "kims/18/18.72/yosodadi-cerdas.yml")
    assert code == 1 and [c for c in codes(out) if "former" in c[1]] == [
        ("kims/18/18.72/yosodadi-cerdas.yml", "former-slug-in-use")]
    # Found by the reviewer: the check of every file (no file known to be changed) told the
    # renamed KIM to give up its old address, which breaks its printed QR codes.
    code, out, _ = validate(capsys)
    assert code == 1 and [c for c in codes(out) if "former" in c[1]] == [
        ("kims/18/18.72/yosodadi-cerdas.yml", "former-slug-in-use-unknown")]
    assert (f"Bila {new} KIM baru, KIM itu memilih slug lain" in out
            and "bila alamat lama KIM ini memang dilepas, hapus `yosodadi-smart` dari `slug_lama` berkas ini" in out)


def test_a_rename_whose_old_file_is_kept_is_told_to_delete_it(tree, capsys):
    # Found by the tester: the message said to remove the old slug from `slug_lama`, which
    # drops the redirect; a rename or merge is finished by deleting the old file.
    old, renamed = "kims/18/18.72/yosodadi-smart.yml", "kims/18/18.72/yosodadi-cerdas.yml"
    (tree / renamed).write_text((tree / old).read_text(encoding="utf-8").replace(
        "slug: yosodadi-smart\n", "slug: yosodadi-cerdas\nslug_lama: [yosodadi-smart]\n"), encoding="utf-8")
    code, out, _ = validate(capsys, renamed)
    assert code == 1 and (f"`yosodadi-smart` masih menjadi slug {old}. Bila KIM itu berganti nama atau bergabung ke "
                          f"KIM ini, hapus berkas {old} dalam perubahan yang sama: alamatnya lalu mengarah ke sini. "
                          f"Bila {old} KIM lain yang tetap memakai alamatnya, hapus `yosodadi-smart` dari "
                          "`slug_lama` berkas ini") in out


def test_a_kim_copied_to_a_new_file_is_the_same_kim_twice(tree, capsys):
    # Found by the tester: a rename done as "add a new file" on GitHub left two identical
    # entries, and `kim validate` said nothing.
    copy = "kims/18/18.07/sinar-harapan-pekalongan-baru.yml"
    (tree / copy).write_text((tree / SEED).read_text(encoding="utf-8").replace(
        "slug: sinar-harapan-pekalongan", "slug: sinar-harapan-pekalongan-baru"), encoding="utf-8")
    code, out, _ = validate(capsys, copy)
    assert code == 0 and codes(out) == [(copy, "same-kim")]
    assert f"KIM ini bernama sama dengan {SEED}, di desa/kelurahan yang sama (18.07.04.2001)" in out
    # Found by the tester: deleting the old file without keeping its slug broke its QR codes.
    assert "hapus berkas yang lama dan tambahkan slug-nya ke `slug_lama` berkas yang dipertahankan" in out
    code, out, _ = validate(capsys)
    assert code == 0 and [c for c in codes(out) if c[1] == "same-kim"] == [(copy, "same-kim"), (SEED, "same-kim")]


def test_a_renamed_partner_file_keeps_the_kims_naming_its_old_slug(tree, capsys):
    # A partner file renamed with its old slug in `slug_lama`: a KIM still naming the old slug
    # names the partner (a warning to write the new one), whether the KIM file alone is given
    # (the partner file is read because it lists former addresses) or every file is checked.
    old, new = "mitra/contoh-bumn-energi-lampung.yml", "mitra/contoh-energi-lampung.yml"
    text = (tree / old).read_text(encoding="utf-8")
    (tree / new).write_text(text.replace("slug: contoh-bumn-energi-lampung\n",
                                         "slug: contoh-energi-lampung\nslug_lama: [contoh-bumn-energi-lampung]\n"),
                            encoding="utf-8")
    (tree / old).unlink()
    for args, told in (((SEED,), [SEED]), ((), [FAR, SEED])):  # the fixture's kim-jauh is a copy of SEED
        code, out, _ = validate(capsys, *args)
        assert code == 0 and [c for c in codes(out) if "partner" in c[1]] == [(f, "partner-renamed") for f in told]
    assert ("error" not in out and "`contoh-bumn-energi-lampung` adalah alamat lama mitra `contoh-energi-lampung` "
            "(mitra/contoh-energi-lampung.yml, `slug_lama`)" in out)
    # a new partner file may not take the old slug: it leads to the renamed partner
    (tree / old).write_text(text, encoding="utf-8")
    code, out, _ = validate(capsys, old)
    assert code == 1 and out.startswith(f"{old}:4:7: error[partner-slug-is-former] slug: slug `contoh-bumn-energi-lampung` "
                                        f"adalah alamat lama {new} (`slug_lama`) dan mengarah ke mitra itu")
