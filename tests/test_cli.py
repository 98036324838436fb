"""The `kim` command as a user runs it: exit codes, output formats, no tracebacks."""

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.format import report
from generator.format.catalogue_messages import CATALOGUE
from generator.format.contacts import contacts_in
from generator.format.dates import reference_date
from generator.format.messages import MESSAGES
from generator.format.problems import Problem
from generator.format.scaffold import TEXTS as NEW_TEXTS
from generator.impor.texts import TEXTS as IMPOR_TEXTS
from generator.mkdocs_plugin.messages import TEXTS as PLUGIN_TEXTS
from generator.model.regionmatch import REASONS

ROOT = Path(__file__).parent.parent
VALID = ROOT / "tests" / "examples" / "valid"
SEED = VALID / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"


def run(args, cwd, capsys, monkeypatch):
    monkeypatch.chdir(cwd)
    code = main([*args, "--today", "2026-11-27"] if args and args[0] in ("validate", "new") else args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hostile_tree(tmp_path):
    """One valid file and one whose name carries annotation-breaking characters."""
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder)
    text = SEED.read_text(encoding="utf-8").replace("nama: KIM Sinar Harapan", 'nama: "KIM\\n::error file=x::injected %0A"')
    (folder / "sinar-harapan-pekalongan.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_valid_tree_exits_zero_with_warnings(capsys, monkeypatch):
    code, out, err = run(["validate", "kims"], VALID, capsys, monkeypatch)
    assert code == 0
    assert "warning[url-http]" in out
    assert "0 galat" in err


def test_validate_without_arguments_checks_kims_and_partners(capsys, monkeypatch, tmp_path):
    shutil.copytree(VALID, tmp_path, dirs_exist_ok=True)
    (tmp_path / "mitra" / "contoh-kampus-lampung.yml").write_text("versi: 1\n", encoding="utf-8")
    code, out, err = run(["validate"], tmp_path, capsys, monkeypatch)
    assert code == 1 and "mitra/contoh-kampus-lampung.yml:1:1: error[missing-key] diperbarui:" in out
    assert "kims/18/18.07/kim-siraman-lestari.yml:10:29: warning[url-http]" in out
    files = len(list(tmp_path.rglob("*.yml")))
    assert err.strip().endswith(f"dalam {files} berkas data")
    # without mitra/, kims/ alone
    shutil.rmtree(tmp_path / "mitra")
    assert run(["validate"], tmp_path, capsys, monkeypatch)[0] == 0


def test_validate_of_the_repository_checks_its_data_folders_as_without_arguments(capsys, monkeypatch, tmp_path):
    """`kim validate .` in the repository read the site's code and tests as stray KIM files
    (193,841 errors) and skipped the checks across files."""
    shutil.copytree(VALID, tmp_path, dirs_exist_ok=True)
    (tmp_path / "theme").mkdir()
    (tmp_path / "theme" / "main.html").write_text("<html></html>\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Direktori\n", encoding="utf-8")
    whole = run(["validate"], tmp_path, capsys, monkeypatch)
    assert whole[0] == 0 and "dalam" in whole[2]
    assert run(["validate", "."], tmp_path, capsys, monkeypatch) == whole
    code, out, err = run(["validate", str(tmp_path)], tmp_path.parent, capsys, monkeypatch)
    assert (code, err) == (0, whole[2]) and "stray-file" not in out and "dilewati" not in err
    # a folder inside the data is checked as it is, its tree around it
    code, out, err = run(["validate", "kims/18"], tmp_path, capsys, monkeypatch)
    assert code == 0 and "dilewati" not in err


def test_errors_exit_one_and_english(capsys, monkeypatch, hostile_tree):
    code, out, err = run(["validate", "--lang", "en"], hostile_tree, capsys, monkeypatch)
    assert code == 1
    assert out.splitlines() == [
        "kims/18/18.07/sinar-harapan-pekalongan.yml:3:7: error[single-line] nama: must be a single line; remove the line break",
    ]
    assert err.strip().endswith("1 error and 0 warnings in 1 data file")


def test_english_summary_counts_in_plural():
    problem = Problem("a.yml", 1, 1, "warning", "url-http", "situs")
    assert report.summary([problem, problem], 3, "en") == "0 errors and 2 warnings in 3 data files"
    assert report.summary([problem], 1, "id") == "0 galat dan 1 peringatan dalam 1 berkas data"


def test_every_english_count_of_the_commands_says_its_plural():
    """No command's English text puts a number before a plural noun without the marker
    ("{n|village|villages}", `plurals`): "1 villages match", "1 rows: ..."."""
    tables = (MESSAGES, CATALOGUE, PLUGIN_TEXTS, IMPOR_TEXTS, NEW_TEXTS, REASONS, {"summary": ("", report.SUMMARY["en"])})
    bare = re.compile(r"\{(\w+)\} (?!\{\1\|)(?:[a-z]+ )?(KIMs|villages|rows|files|errors|warnings|items|links|"
                      r"problems|people|partners|lines)\b")
    wrong = {key: en for table in tables for key, (_, en) in table.items() if bare.search(en)}
    # counts never 1: a list over its limit, a list under its minimum of one, the parser's limit
    assert set(wrong) <= {"list-too-long", "list-too-short", "too-many-items"}, wrong


def test_github_annotations_cannot_be_injected(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    # a file name and value chosen to smuggle a second workflow command
    (folder / "x%0A::error::y.yml").write_text("nama: [\n", encoding="utf-8")
    code, out, _ = run(["validate", "--format", "github"], tmp_path, capsys, monkeypatch)
    assert code == 1
    lines = out.splitlines()
    assert all(line.startswith("::error ") for line in lines)
    assert "file=kims/18/18.07/x%250A%3A%3Aerror%3A%3Ay.yml" in lines[0]
    assert out.count("::error") == len(lines)


def test_json_format(capsys, monkeypatch):
    code, out, _ = run(["validate", "--format", "json"], VALID, capsys, monkeypatch)
    problems = json.loads(out)
    assert code == 0
    assert {"path", "line", "column", "severity", "code", "field", "message"} <= set(problems[0])


# Cases whose problems are about a phone number or an e-mail address: in free text, a comment,
# a media or Markdown link, an institution's contact, a field's value, a link's or a hint.
CONTACT_CASES = ["phone-and-email-in-free-text-with-error", "contact-hidden-in-a-media-link-or-role",
                 "media-contact-written-other-ways", "contact-in-names-chat-links-and-telegram-me",
                 "mobile-number-in-org-contact-with-error", "partner-contacts-in-free-text-with-error",
                 "contact-quoted-in-link-and-field-messages", "contact-in-a-key-or-a-count-with-error"]


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
@pytest.mark.parametrize("case", CONTACT_CASES)
def test_no_output_quotes_a_contact_in_full(case, fmt, capsys, monkeypatch):
    """Every output of `kim validate` goes to public logs, annotations and job summaries: a
    contact is quoted masked ("0812…90"), with the line and column to find it by."""
    folder = ROOT / "tests" / "examples" / "invalid" / case
    written = {value for path in folder.rglob("*.yml") for _, _, value in contacts_in(path.read_text(encoding="utf-8"))}
    assert written
    for lang in ("id", "en"):
        code, out, _ = run(["validate", "--format", fmt, "--lang", lang], folder, capsys, monkeypatch)
        assert code == 1 and "\u2026" in out and ":" in out
        assert [value for value in written if value in out] == []


@pytest.mark.parametrize("args", [["validate", "--format", "xml"], ["validate", "nope/"], ["frobnicate"], []])
def test_usage_errors_exit_two(args, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2


def test_schema_command_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "wilayah" in schema["required"]


def test_schema_command_prints_each_kinds_schema(capsys):
    assert main(["schema", "wilayah"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"].endswith("/wilayah.schema.json") and "pembina" in schema["properties"]
    with pytest.raises(SystemExit):
        main(["schema", "apa"])


def test_installed_command_never_shows_a_traceback(tmp_path):
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    (folder / "a.yml").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "b.yml").write_bytes(b"a: &x [*x]\n")
    (folder / "c.yml").write_bytes(b"- [\n")
    kim = Path(sys.executable).parent / "kim"
    done = subprocess.run([str(kim), "validate", "kims"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1
    as_module = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "kims"], cwd=tmp_path,
                               capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (as_module.returncode, as_module.stdout) == (1, done.stdout)
    assert "Traceback" not in done.stdout + done.stderr
    assert [line.split(": ")[1].split("]")[0] for line in done.stdout.splitlines()] == [
        "error[utf16", "error[yaml-anchor", "error[yaml-alias", "error[yaml-syntax"]


@pytest.mark.parametrize("args, env, message", [
    (["validate", "--today", "2026-13-01"], {},
     "kim: error: --today: '2026-13-01' bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date"),
    (["new", "--lang", "en"], {"KIM_TODAY": "2026-13-01"},
     "kim: error: $KIM_TODAY: '2026-13-01' bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date"),
    (["validate", "--jobs", "-3"], {},
     "kim validate: error: argument --jobs: '-3' bukan bilangan bulat 1 atau lebih / "
     "is not a whole number of 1 or more"),
    (["validate", "--jobs", "0"], {},
     "kim validate: error: argument --jobs: '0' bukan bilangan bulat 1 atau lebih / "
     "is not a whole number of 1 or more"),
], ids=["today", "kim-today", "negative-jobs", "no-jobs"])
def test_a_wrong_date_or_count_is_a_usage_error_in_both_languages(args, env, message, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == message


@pytest.mark.parametrize("utc, day", [
    ("2026-12-05T16:59:59+00:00", "2026-12-05"),
    ("2026-12-05T17:00:00+00:00", "2026-12-06"),  # midnight in Jakarta
    ("2026-12-06T06:00:00+09:00", "2026-12-06"),  # a clock in Jayapura's zone, 04:00 in Jakarta
])
def test_today_is_jakartas_date_whatever_the_machines_zone(utc, day, monkeypatch):
    """The tester: a build in Pago Pago's zone said "made on 4 December" while one in UTC said
    5 December, and 149 files differed."""
    monkeypatch.delenv("KIM_TODAY", raising=False)
    assert reference_date(None, "--today", dt.datetime.fromisoformat(utc)).isoformat() == day


@pytest.mark.parametrize("args, env, today", [
    (["--today", "2026-12-05"], None, "2026-12-05"),
    ([], "2026-12-05", "2026-12-05"),
    ([], None, "2026-12-06 WIB"),  # 17:30 UTC on the 5th: the 6th in Jakarta
])
def test_a_future_date_names_the_zone_only_of_jakarta_s_clock(args, env, today, capsys, monkeypatch, tmp_path):
    """The message said "(hari ini 2026-12-05 WIB)" of a date fixed by --today, which is no
    day of a zone: the zone is named only of the day the clock gives. The clock is fixed
    (`reference_date`'s `now`): a day read from the real one could pass midnight in Jakarta
    between the test's collection and its run."""
    monkeypatch.setattr("generator.cli.reference_date", lambda given, option: reference_date(
        given, option, dt.datetime(2026, 12, 5, 17, 30, tzinfo=dt.timezone.utc)))
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    seed = Path(__file__).parents[1] / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
    text = seed.read_text(encoding="utf-8").replace("berdiri: 2016-04-10", "berdiri: 2099-04-10")
    (folder / seed.name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIM_TODAY", raising=False)
    if env:
        monkeypatch.setenv("KIM_TODAY", env)
    assert main(["validate", str(folder / seed.name), *args]) == 1
    assert f"tanggal `2099-04-10` masih di masa depan (hari ini {today}); isi" in capsys.readouterr().out
    assert main(["validate", str(folder / seed.name), "--lang", "en", *args]) == 1
    assert f"the date `2099-04-10` is in the future (today is {today}); use" in capsys.readouterr().out


def test_a_broken_data_file_of_the_generator_is_named_without_a_traceback(capsys, monkeypatch, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parents[1] / "generator" / "data", data)
    (data / "kosakata.yml").write_text("bidang: [\n", encoding="utf-8")
    monkeypatch.setenv("KIM_DATA_DIR", str(data))
    monkeypatch.chdir(tmp_path)
    shutil.copytree(Path(__file__).parents[1] / "kims" / "18" / "18.07", tmp_path / "kims" / "18" / "18.07")
    assert main(["validate"]) == 2
    assert capsys.readouterr().err == (
        f"kim: {data / 'kosakata.yml'}:2:1: bukan YAML yang sah / not valid YAML (did not find expected node content)\n")
