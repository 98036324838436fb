"""GitHub workflows, issue forms and review files: linted, and their safety checked.

actionlint (correctness) and zizmor (security, offline) must report nothing; the
safety properties that matter most are also asserted here from the parsed YAML,
so a linter update cannot silently drop them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.model.vocab import load_vocab

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"
WORKFLOW_FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*\S+@[0-9a-f]{40}\s+# v\d+\.\d+\.\d+\s*$")


def _tool(name: str) -> str:
    """The linter installed with the test extras, next to this Python."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: install the test extras (pip install -e '.[test]')"
    return found


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _on(workflow: dict) -> dict:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = workflow.get("on", workflow.get(True))
    return triggers if isinstance(triggers, dict) else {t: None for t in ([triggers] if isinstance(triggers, str) else triggers)}


def _steps(workflow: dict):
    for job_id, job in workflow["jobs"].items():
        for step in job.get("steps", ()):
            yield job_id, step


def test_the_five_workflows_exist():
    assert [p.name for p in WORKFLOW_FILES] == ["deploy.yml", "ownership.yml", "pr.yml", "tests.yml", "weekly.yml"]


# ---------------------------------------------------------------- linters


def test_actionlint_reports_nothing():
    out = subprocess.run([_tool("actionlint"), "-no-color", *map(str, WORKFLOW_FILES)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip() == ""


def test_zizmor_offline_reports_nothing():
    out = subprocess.run([_tool("zizmor"), "--offline", "--no-progress", "--format", "plain", str(WORKFLOWS)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "No findings to report" in out.stdout
    # The one accepted exception: the trigger of the ownership workflow, justified there.
    ignored = re.search(r"\((\d+) ignored", out.stdout)
    assert ignored is None or ignored.group(1) == "1", out.stdout


def test_the_only_zizmor_ignore_is_the_justified_trigger():
    ignores = [(p.name, line.strip()) for p in WORKFLOW_FILES
               for line in p.read_text(encoding="utf-8").splitlines() if "zizmor: ignore" in line]
    assert ignores == [("ownership.yml", "# zizmor: ignore[dangerous-triggers] labels and review requests on pull requests")]


# ---------------------------------------------------------------- every workflow


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version(path):
    workflow = _load(path)
    uses = [step["uses"] for _, step in _steps(workflow) if "uses" in step]
    assert uses, "every workflow uses at least checkout"
    for ref in uses:
        assert PINNED.match(ref), f"{path.name}: {ref} is not pinned to a full commit SHA"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(- )?uses:", line)]
    assert len(lines) == len(uses)
    for line in lines:
        assert VERSION_COMMENT.search(line), f"{path.name}: {line.strip()} lacks a '# vX.Y.Z' comment"


def test_one_sha_per_action_across_workflows():
    seen: dict[str, set[str]] = {}
    for path in WORKFLOW_FILES:
        for _, step in _steps(_load(path)):
            if "uses" in step:
                action, sha = step["uses"].split("@")
                seen.setdefault(action, set()).add(sha)
    assert all(len(shas) == 1 for shas in seen.values()), seen


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_checkout_drops_the_token_and_no_secret_is_used(path):
    workflow = _load(path)
    for _, step in _steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False
    assert "secrets." not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_no_expression_is_expanded_inside_a_shell_script(path):
    for _, step in _steps(_load(path)):
        assert "${{" not in step.get("run", ""), f"{path.name}: pass values to `run:` through env"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_python_packages_come_only_from_the_hash_lock(path):
    """pip installs the runtime lock with hashes, then at most the project itself without
    dependencies (`make` installs the test lock the same way)."""
    installs = [line.strip() for _, step in _steps(_load(path))
                for line in step.get("run", "").splitlines() if "pip install" in line]
    for line in installs:
        assert (line.endswith("--require-hashes -r requirements.lock")
                or line == "python -m pip install --no-deps -e ."), f"{path.name}: {line}"
    if installs:
        assert "--require-hashes -r requirements.lock" in installs[0]


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_job_has_a_timeout_and_explicit_permissions(path):
    workflow = _load(path)
    for job_id, job in workflow["jobs"].items():
        assert "timeout-minutes" in job, job_id
        assert "permissions" in job or "permissions" in workflow, job_id


# ---------------------------------------------------------------- pr.yml


def test_pr_workflow_is_read_only():
    workflow = _load(WORKFLOWS / "pr.yml")
    assert list(_on(workflow)) == ["pull_request"]
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert set(job.get("permissions", {}).values()) <= {"read"}
    checkouts = [s for _, s in _steps(workflow) if s.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(s["with"]["persist-credentials"] is False for s in checkouts)


def test_pr_workflow_steps_in_order_and_fails_only_at_the_end():
    workflow = _load(WORKFLOWS / "pr.yml")
    steps = [s for _, s in _steps(workflow)]
    runs = [s.get("run", "") for s in steps]
    text = "\n".join(runs)
    assert any(s.get("uses", "").startswith("actions/setup-python@") and s["with"]["python-version"] == "3.11"
               for s in steps)
    assert "python -m pip install --require-hashes -r requirements.lock\npython -m pip install --no-deps -e ." in text
    order = [text.index(x) for x in ("kim validate --format github", "kim validate --format json",
                                     "python -m generator.github.ci_summary", "$GITHUB_STEP_SUMMARY",
                                     "mkdocs build --strict")]
    assert order == sorted(order)
    validate = next(s for s in steps if "kim validate --format github" in s.get("run", ""))
    assert validate["run"].rstrip().endswith("exit 0"), "validation must not stop the job before the summary"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"
    last = steps[-1]
    assert last["if"] == "steps.validasi.outputs.status != '0'" and "exit 1" in last["run"]


def _merged_pull_request(tmp_path: Path, changed: list[str], deleted: list[str] = ()) -> Path:
    """A repository checked out as GitHub checks out a pull request: its merge commit."""
    repo = tmp_path / "repo"
    for name in ("kims/lama.yml", "mitra/lama.yml", *deleted):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text("lama\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "checkout", "-q", "-b", "pr")
    for name in changed:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text("baru\n")
    for name in deleted:
        (repo / name).unlink()
    _git(repo, "add", "-A", ".")
    _git(repo, "commit", "-q", "-m", "pr")
    _git(repo, "checkout", "-q", "main")
    (repo / "kims" / "lama.yml").write_text("diubah di main\n")  # main moved on meanwhile
    _git(repo, "commit", "-q", "-am", "main")
    _git(repo, "merge", "-q", "--no-ff", "--no-edit", "pr")
    return repo


@pytest.mark.parametrize(("changed", "deleted", "given"), [
    (["kims/18/18.07/baru.yml", "mitra/-x y.yml"], [], ["--", "kims/18/18.07/baru.yml", "mitra/-x y.yml"]),
    (["kims/18/18.07/baru.yml", "generator/cli.py"], [], []),  # code: every file
    ([], ["mitra/hapus.yml"], []),  # only a deletion: every file
])
def test_pr_validates_the_data_files_it_changes(tmp_path, changed, deleted, given):
    """Found by the reviewer: the pull request's check knew no file being changed, so a
    misspelt partner in one was only a warning. The workflow's own script, with a `kim`
    that records its arguments."""
    script = next(s["run"] for _, s in _steps(_load(WORKFLOWS / "pr.yml")) if s.get("id") == "validasi")
    repo = _merged_pull_request(tmp_path, changed, deleted)
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "kim").write_text("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$KIM_ARGS\"; done\n"
                              "printf '%s\\n' . >> \"$KIM_ARGS\"\n")
    (bin_ / "kim").chmod(0o755)
    calls, temp = tmp_path / "calls", tmp_path / "temp"
    temp.mkdir()
    env = {"GITHUB_OUTPUT": str(tmp_path / "output"), "RUNNER_TEMP": str(temp), "KIM_ARGS": str(calls),
           "PATH": f"{bin_}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=repo, env=env, check=True)
    runs = calls.read_text().split(".\n")[:-1]
    assert [r.splitlines() for r in runs] == [["validate", "--format", fmt, *given] for fmt in ("github", "json")]
    assert (tmp_path / "output").read_text() == "status=0\n"


# ---------------------------------------------------------------- tests.yml


def test_tests_workflow_runs_make_test_in_debian_read_only():
    workflow = _load(WORKFLOWS / "tests.yml")
    assert list(_on(workflow)) == ["pull_request"]
    assert workflow["permissions"] == {"contents": "read"}
    changes, tests = workflow["jobs"]["perubahan"], workflow["jobs"]["uji"]
    assert "permissions" not in changes and "permissions" not in tests
    assert tests["needs"] == "perubahan" and tests["if"] == "needs.perubahan.outputs.kode == 'true'"
    assert changes["outputs"] == {"kode": "${{ steps.berkas.outputs.kode }}"}
    # Debian 12 with Python 3.11, as the README's commands assume, pinned to a digest
    assert re.fullmatch(r"python:3\.11-bookworm@sha256:[0-9a-f]{64}", tests["container"]["image"])
    assert [s["run"] for s in tests["steps"] if "run" in s] == ["make test"]
    assert changes["steps"][0]["with"] == {"fetch-depth": 2, "persist-credentials": False}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.mark.parametrize(("changed", "code"), [
    (["kims/18/18.07/baru.yml"], "false"),
    # tests read the guides (consent wording, legal citations): a guide's change runs them
    (["content/panduan/adinda.md"], "true"),
    (["kims/18/18.07/baru.yml", "content/panduan/adinda.md"], "true"),
    (["generator/site.py"], "true"),
    (["kims/18/18.07/baru.yml", "tests/test_site.py"], "true"),
    (["README.md"], "true"),
    (["requirements.lock"], "true"),
    (["theme/kim/profile.html"], "true"),
    (["kims.md"], "true"),  # a file named like the folder is code
])
def test_tests_run_unless_only_kim_files_change(tmp_path, changed, code):
    """The workflow's own script, run on a merge commit like the one GitHub checks out."""
    workflow = _load(WORKFLOWS / "tests.yml")
    script = next(s["run"] for s in workflow["jobs"]["perubahan"]["steps"] if s.get("id") == "berkas")
    repo = _merged_pull_request(tmp_path, changed)
    output = tmp_path / "output"
    # as GitHub runs a `run:` script
    subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=repo, env={"GITHUB_OUTPUT": str(output), "PATH": os.environ["PATH"]},
                   check=True)
    assert output.read_text() == f"kode={code}\n"


# ---------------------------------------------------------------- ownership.yml


def test_ownership_workflow_never_checks_out_or_runs_pr_code():
    workflow = _load(WORKFLOWS / "ownership.yml")
    assert list(_on(workflow)) == ["pull_request_target"]
    # nothing refers to the PR's head: not its ref, its SHA, nor its repository
    assert "head" not in yaml.safe_dump(workflow).lower()
    steps = [s for _, s in _steps(workflow)]
    actions = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert actions == ["actions/checkout", "actions/setup-python"]
    checkout = steps[0]
    assert checkout["with"] == {"ref": "${{ github.event.pull_request.base.sha }}", "persist-credentials": False}
    # the only commands: install the base branch's hash lock, run the base branch's module
    runs = [s["run"].strip() for s in steps if "run" in s]
    assert runs == ["python -m pip install --disable-pip-version-check --require-hashes -r requirements.lock",
                    "python -m generator.github.ownership --maintainers .github/maintainers.yml"]
    for s in steps:
        assert not re.search(r"\bgit\b|\bgh\b|pull/|merge", s.get("run", ""))


def test_ownership_workflow_permissions():
    workflow = _load(WORKFLOWS / "ownership.yml")
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "pull-requests": "write", "issues": "write"}
    step = next(s for s in job["steps"] if "generator.github.ownership" in s.get("run", ""))
    assert step["env"] == {"GITHUB_TOKEN": "${{ github.token }}"}


# ---------------------------------------------------------------- deploy.yml and weekly.yml


def test_deploy_workflow_publishes_only_a_good_build():
    workflow = _load(WORKFLOWS / "deploy.yml")
    triggers = _on(workflow)
    assert triggers["push"] == {"branches": ["main"]} and "workflow_dispatch" in triggers
    # nightly too, just after midnight in Jakarta: date-bound content changes without a push
    assert triggers["schedule"] == [{"cron": "5 17 * * *"}]
    assert workflow["permissions"] == {}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = workflow["jobs"]["bangun"], workflow["jobs"]["terbitkan"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "bangun" and "if" not in deploy  # a failed build deploys nothing
    runs = "\n".join(s.get("run", "") for s in build["steps"])
    assert "kim validate" in runs and "mkdocs build --strict" in runs
    assert build["steps"][-1]["uses"].startswith("actions/upload-pages-artifact@")
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    assert deploy["environment"]["name"] == "github-pages"
    # what earlier deployments drew (the cards) is restored before the build
    cached = [s for s in build["steps"] if s.get("uses", "").startswith("actions/cache@")]
    assert [s["with"]["path"] for s in cached] == [".cache/kim"]
    assert build["steps"].index(cached[0]) < next(i for i, s in enumerate(build["steps"]) if "mkdocs build" in s.get("run", ""))


@pytest.mark.parametrize(("size", "warned"), [(10_000_000, False), (950_000_000, True)])
def test_the_deploy_run_warns_when_the_site_nears_the_pages_limit(tmp_path, size, warned):
    """The size step's own script, on a site folder of `size` bytes (a sparse file)."""
    steps = _load(WORKFLOWS / "deploy.yml")["jobs"]["bangun"]["steps"]
    script = next(s["run"] for s in steps if s.get("name") == "Periksa ukuran situs")
    (tmp_path / "site").mkdir()
    with open(tmp_path / "site" / "index.html", "wb") as fh:
        fh.truncate(size)
    summary = tmp_path / "summary.md"
    done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=tmp_path,
                          env={"GITHUB_STEP_SUMMARY": str(summary), "PATH": os.environ["PATH"]},
                          check=True, capture_output=True, text=True)
    assert f"Ukuran situs: {size // 1_000_000} MB" in summary.read_text()
    assert ("::warning::" in done.stdout) is warned


def test_only_the_deployment_keeps_a_cache():
    """A cache saved by a pull request's run could hand its drawings to main's build."""
    for path in WORKFLOW_FILES:
        if path.name != "deploy.yml":
            steps = [s for job in _load(path)["jobs"].values() for s in job.get("steps", [])]
            assert not any(s.get("uses", "").startswith("actions/cache") for s in steps), path.name


def test_weekly_workflow():
    workflow = _load(WORKFLOWS / "weekly.yml")
    triggers = _on(workflow)
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert len(triggers["schedule"]) == 1
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    assert any("python -m generator.github.linkcheck" in s.get("run", "") and "--issue" in s["run"] for s in job["steps"])


# ---------------------------------------------------------------- issue forms, templates, owners


FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("[0-9]*.yml"))
_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def test_issue_template_config():
    config = _load(GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert config["blank_issues_enabled"] is False
    assert config["contact_links"][0]["url"] == "https://kim.example.org/kontribusi/"


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.name)
def test_issue_forms_are_well_formed(path):
    form = _load(path)
    assert form["name"] and form["description"] and form["body"]
    ids = [item["id"] for item in form["body"] if "id" in item]
    assert len(ids) == len(set(ids)) and all(_ID.match(i) for i in ids)
    kinds = {"markdown", "input", "textarea", "dropdown", "checkboxes"}
    for item in form["body"]:
        assert item["type"] in kinds
        assert item["type"] == "markdown" or item["attributes"]["label"]
        if item["type"] == "dropdown":
            options = item["attributes"]["options"]
            assert options and len(options) == len(set(options))
    assert any(item["type"] != "markdown" for item in form["body"])


def test_issue_forms_cover_the_five_requests():
    forms = {p.name: _load(p) for p in FORMS}
    assert set(forms) == {"1-tambah-kim.yml", "2-koreksi-profil.yml", "3-laporkan-konten.yml",
                          "4-cabut-izin-data-pribadi.yml", "5-tambah-mitra.yml"}
    # a partner's form offers every partner type, by its label, and asks for no person
    partner = {item.get("id"): item for item in forms["5-tambah-mitra.yml"]["body"]}
    vocab = load_vocab()
    assert partner["jenis"]["attributes"]["options"] == [vocab.label("jenis_mitra", v, "id")
                                                         for v in vocab.values("jenis_mitra")]
    assert all(option["required"] for option in partner["wewenang"]["attributes"]["options"])
    add = forms["1-tambah-kim.yml"]
    ids = {item.get("id") for item in add["body"]}
    assert {"nama", "desa", "izin"} <= ids
    consent = next(item for item in add["body"] if item.get("id") == "izin")
    assert all(option["required"] for option in consent["attributes"]["options"])
    removal = forms["4-cabut-izin-data-pribadi.yml"]
    assert set(removal["labels"]) == {"urgent", "data-pribadi"}
    text = (GITHUB / "ISSUE_TEMPLATE" / "4-cabut-izin-data-pribadi.yml").read_text(encoding="utf-8")
    assert "Undang-Undang No. 27 Tahun 2022" in text and "3 × 24 jam" in text


def test_pull_request_template_checklist():
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    for needle in ("kim validate", "izin_publikasi", "diperbarui", "Sumber"):
        assert needle in text
    assert text.count("- [ ]") == 4


def test_codeowners():
    rules = [line.split() for line in (GITHUB / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    assert ["*", "@direktori-kim/pengelola"] in rules
    assert ["/kims/"] in rules  # no owner: the ownership workflow decides
    assert rules.index(["*", "@direktori-kim/pengelola"]) < rules.index(["/kims/"])
