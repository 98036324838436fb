"""The ownership decision: who must review a pull request, as plain Python."""

from __future__ import annotations

import base64
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml

from generator.github import consent, ownership, verification
from generator.github.ownership import (
    LABEL_KIM,
    LABEL_NEW,
    LABEL_PROYEK,
    LABEL_REMOVED,
    LABEL_WILAYAH,
    LEVEL_KIM,
    LEVEL_NONE,
    LEVEL_PROYEK,
    LEVEL_WILAYAH,
    Change,
    decide,
    kim_path,
    parse_maintainers,
)

from .browser import Server

ROOT = Path(__file__).resolve().parent.parent
KIM = "kims/18/18.07/sinar-harapan-pekalongan.yml"

MAINTAINERS = parse_maintainers({
    "proyek": ["pengelola-a", "pengelola-b"],
    "wilayah": {
        "18": ["pembina-lampung"],
        "18.07": ["pembina-lamtim", "pembina-lamtim-2"],
        "35": ["pembina-jatim"],
    },
    "kim": {
        "sinar-harapan-pekalongan": ["admin-sinar", "admin-sinar-2"],
        "kim-solo": ["admin-solo"],
    },
})


def test_kim_file_by_its_listed_account_needs_only_the_kims_own_accounts():
    d = decide([KIM], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_KIM
    assert d.reviewers == ["admin-sinar-2"]
    assert d.team_reviewers == []
    assert d.labels == ["wilayah:18.07", LABEL_KIM]


def test_listed_account_matches_case_insensitively_and_with_at_sign():
    d = decide([KIM], MAINTAINERS, "@Admin-Sinar")
    assert d.level == LEVEL_KIM
    assert d.reviewers == ["admin-sinar-2"]


def test_sole_listed_account_needs_no_reviewer_at_all():
    d = decide(["kims/33/33.72/kim-solo.yml"], MAINTAINERS, "admin-solo")
    assert d.level == LEVEL_KIM
    assert d.reviewers == []
    assert d.labels == ["wilayah:33.72", LABEL_KIM]


def test_kim_file_by_a_stranger_needs_the_regency_maintainers():
    d = decide([KIM], MAINTAINERS, "orang-lain")
    assert d.level == LEVEL_WILAYAH
    # the KIM's own accounts are told, the regency's maintainers must approve
    assert d.reviewers == ["admin-sinar", "admin-sinar-2", "pembina-lamtim", "pembina-lamtim-2"]
    assert d.labels == ["wilayah:18.07", LABEL_WILAYAH]
    assert "wilayah 18.07" in d.reasons[0]


def test_stranger_in_a_regency_without_maintainers_falls_back_to_the_province():
    d = decide(["kims/18/18.01/cahaya-ilmu-way-hui.yml"], MAINTAINERS, "orang-lain")
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["pembina-lampung"]
    assert "provinsi 18" in d.reasons[0]


def test_new_kim_in_a_province_without_maintainers_falls_back_to_the_project():
    d = decide([Change("kims/11/11.01/kim-baru-aceh.yml", "added")], MAINTAINERS, "orang-baru")
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["pengelola-a", "pengelola-b"]
    assert d.labels == [LABEL_NEW, "wilayah:11.01", LABEL_WILAYAH]
    assert "proyek" in d.reasons[0]


def test_new_kim_in_a_regency_without_maintainers_goes_to_the_province():
    d = decide([Change("kims/35/35.78/kim-surabaya.yml", "added")], MAINTAINERS, "orang-baru")
    assert d.reviewers == ["pembina-jatim"]
    assert d.level == LEVEL_WILAYAH


def test_the_author_is_never_asked_and_the_next_level_is_used_instead():
    # The only regency maintainer other than the author is asked...
    d = decide([KIM], MAINTAINERS, "pembina-lamtim")
    assert d.reviewers == ["admin-sinar", "admin-sinar-2", "pembina-lamtim-2"]
    # ...and when the author is the only one at a level, the level above is asked.
    only = parse_maintainers({"proyek": ["pengelola-a"], "wilayah": {"18": ["pembina-lampung"]}})
    d = decide(["kims/18/18.01/cahaya-ilmu-way-hui.yml"], only, "pembina-lampung")
    assert d.reviewers == ["pengelola-a"]
    assert d.level == LEVEL_WILAYAH


def test_file_outside_kims_needs_a_project_maintainer():
    d = decide(["generator/format/rules.py"], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_PROYEK
    assert d.reviewers == ["pengelola-a", "pengelola-b"]
    assert d.labels == [LABEL_PROYEK]


def test_project_maintainer_changing_code_asks_the_other_project_maintainers():
    d = decide([".github/maintainers.yml"], MAINTAINERS, "pengelola-a")
    assert d.reviewers == ["pengelola-b"]
    assert d.level == LEVEL_PROYEK


def test_mixed_change_needs_both_kinds_of_approval():
    d = decide([KIM, "README.md"], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_PROYEK
    assert d.reviewers == ["admin-sinar-2", "pengelola-a", "pengelola-b"]
    assert d.labels == ["wilayah:18.07", LABEL_PROYEK]
    d = decide([KIM, "README.md"], MAINTAINERS, "orang-lain")
    assert d.labels == ["wilayah:18.07", LABEL_WILAYAH, LABEL_PROYEK]


def test_removing_a_kim_needs_a_regional_maintainer_even_from_its_own_account():
    d = decide([Change(KIM, "removed")], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["admin-sinar-2", "pembina-lamtim", "pembina-lamtim-2"]
    assert LABEL_REMOVED in d.labels



@pytest.mark.parametrize("status", ["added", "copied", "renamed"])
def test_a_kim_file_placed_by_its_own_account_needs_the_regency(status):
    # Listed for the slug, the account may edit the KIM's file, not add one (here or elsewhere).
    d = decide([Change(KIM, status)], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["admin-sinar-2", "pembina-lamtim", "pembina-lamtim-2"]
    assert LABEL_WILAYAH in d.labels and LABEL_KIM not in d.labels
    assert "berkas KIM baru, disalin atau dipindah" in d.reasons[0]
    elsewhere = decide([Change("kims/35/35.78/sinar-harapan-pekalongan.yml", status)], MAINTAINERS, "admin-sinar")
    assert elsewhere.level == LEVEL_WILAYAH
    assert elsewhere.reviewers == ["admin-sinar-2", "pembina-jatim"]


def test_an_incomplete_file_list_needs_a_project_maintainer():
    d = decide([KIM], MAINTAINERS, "admin-sinar", complete=False)
    assert d.level == LEVEL_PROYEK
    assert d.labels == ["wilayah:18.07", LABEL_PROYEK]
    assert d.reviewers == ["admin-sinar-2", "pengelola-a", "pengelola-b"]
    assert d.reasons[-1].startswith("daftar berkas tidak lengkap (GitHub memberikan paling banyak 3.000 berkas")

@pytest.mark.parametrize("path", [
    "kims/18/18.07/../../../README.md",
    "kims/18/18.07/../18.07/sinar-harapan-pekalongan.yml",
    "kims/18/./18.07/sinar-harapan-pekalongan.yml",
    "kims//18/18.07/sinar-harapan-pekalongan.yml",
    "/kims/18/18.07/sinar-harapan-pekalongan.yml",
    "kims\\18\\18.07\\sinar-harapan-pekalongan.yml",
    "kims/18/18.07/Sinar-Harapan-Pekalongan.yml",
    "kims/18/18.07/sinar-harapan-pekalongan.yaml",
    "kims/18/18.07/sinar-harapan-pekalongan.yml\n",
    "kims/18/18.07/sinar\u200bharapan.yml",
    "kims/18/19.01/sinar-harapan-pekalongan.yml",  # regency outside its province
    "kims/18/18.7/sinar-harapan-pekalongan.yml",
    "kims/18/18.07/sub/sinar-harapan-pekalongan.yml",
    "kims/18/18.07/README.md",
    "kims/18/18.07/-x-.yml",
    "kims/18/18.07/ab.yml",  # slug too short
    "KIMS/18/18.07/sinar-harapan-pekalongan.yml",
    "kims/18/18.07/" + "a" * 81 + ".yml",
    "",
])
def test_unusual_paths_are_not_kim_files_and_need_a_project_maintainer(path):
    assert kim_path(path) is None
    d = decide([path], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_PROYEK
    assert d.reviewers == ["pengelola-a", "pengelola-b"]
    assert not any(label.startswith("wilayah:") for label in d.labels)


def test_unusual_paths_are_shown_inert_in_the_reasons():
    d = decide(["evil`[x](https://example.org)\n.md"], MAINTAINERS, "x")
    assert "`" not in d.reasons[0].split("(`", 1)[1].split("`)", 1)[0]
    assert "\n" not in d.reasons[0]


def test_well_formed_kim_path():
    assert kim_path(KIM) == ownership.KimPath("18", "18.07", "sinar-harapan-pekalongan")


SETTINGS = "kims/18/18.07/_wilayah.yml"


@pytest.mark.parametrize("status", ["modified", "added", "removed"])
def test_a_regencys_settings_need_its_maintainers_whoever_changes_them(status):
    """`_wilayah.yml` (the coach's contact, the target) is the regency's own: a KIM's listed
    account never suffices, and it is neither a new nor a removed KIM."""
    assert kim_path(SETTINGS) == ownership.KimPath("18", "18.07", "_wilayah.yml", settings=True)
    d = decide([Change(SETTINGS, status)], MAINTAINERS, "admin-sinar")
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["pembina-lamtim", "pembina-lamtim-2"]
    assert d.labels == ["wilayah:18.07", LABEL_WILAYAH]
    assert d.reasons == ["`_wilayah.yml` (18.07): pengaturan kabupaten/kota (pembina, target) diubah; "
                         "perlu persetujuan pengelola wilayah 18.07 (@pembina-lamtim, @pembina-lamtim-2)"]
    # without a maintainer of the regency, its province's
    elsewhere = decide(["kims/18/18.71/_wilayah.yml"], MAINTAINERS, "x")
    assert elsewhere.reviewers == ["pembina-lampung"]


@pytest.mark.parametrize("path", ["kims/18/_wilayah.yml", "kims/18/19.01/_wilayah.yml", "kims/_wilayah.yml",
                                  "kims/18/18.07/_Wilayah.yml", "kims/18/18.07/_lain.yml"])
def test_settings_outside_a_regency_folder_need_a_project_maintainer(path):
    assert kim_path(path) is None
    assert decide([path], MAINTAINERS, "x").level == LEVEL_PROYEK


def test_no_changes_need_nothing():
    d = decide([], MAINTAINERS, "siapa")
    assert d.level == LEVEL_NONE
    assert d.labels == [] and d.reviewers == []


def test_many_regencies_get_one_label():
    paths = [f"kims/18/18.{i:02d}/kim-nomor-{i}.yml" for i in range(1, 15)]
    d = decide(paths, MAINTAINERS, "orang-lain")
    assert "wilayah:banyak" in d.labels
    assert not any(label.startswith("wilayah:18.") for label in d.labels)


def test_reviewers_are_capped_and_teams_are_split_out():
    many = parse_maintainers({"proyek": [f"orang-{i}" for i in range(20)] + ["direktori-kim/pengelola"]})
    d = decide(["README.md"], many, "x")
    assert len(d.reviewers) == ownership.MAX_REVIEWERS
    assert d.team_reviewers == []
    teams = parse_maintainers({"proyek": ["@direktori-kim/pengelola", "satu"]})
    d = decide(["README.md"], teams, "x")
    assert d.reviewers == ["satu"] and d.team_reviewers == ["pengelola"]


def test_broken_maintainers_data_only_makes_review_stricter():
    m = parse_maintainers({
        "proyek": "pengelola-a",  # a single string is accepted as a list of one
        "wilayah": {18.07: ["float-key"], 18: ["int-key"], "18.01": ["bad name!", "ok-name", "ok-name"]},
        "kim": {"sinar-harapan-pekalongan": {"not": "a list"}, "Bad Slug": ["x"]},
        "lain": 1,
    })
    assert m.proyek == ("pengelola-a",)
    assert m.wilayah == {"18.01": ("ok-name",)}
    assert m.kim == {}
    assert len(m.warnings) == 6
    # the KIM has no listed account any more: its "owner" needs a regional review
    d = decide([KIM], m, "admin-sinar")
    assert d.level == LEVEL_WILAYAH and d.reviewers == ["pengelola-a"]
    for junk in (None, [], "text", 3):
        assert parse_maintainers(junk).proyek == ()


def test_bundled_maintainers_file_parses_cleanly_and_marks_examples():
    text = (ROOT / ".github" / "maintainers.yml").read_text(encoding="utf-8")
    m = parse_maintainers(yaml.safe_load(text))
    assert m.warnings == ()
    assert m.proyek and m.wilayah and m.kim
    every = list(m.proyek) + [a for v in m.wilayah.values() for a in v] + [a for v in m.kim.values() for a in v]
    assert all(a.startswith("contoh-") for a in every)
    assert "CONTOH" in text


def test_load_maintainers_survives_missing_and_broken_files(tmp_path):
    assert ownership.load_maintainers(str(tmp_path / "missing.yml")).warnings
    bad = tmp_path / "bad.yml"
    bad.write_text("proyek: [unclosed\n", encoding="utf-8")
    assert ownership.load_maintainers(str(bad)).warnings


# ---------------------------------------------------------------- main() against a fake API on 127.0.0.1


class _FakeGitHub(BaseHTTPRequestHandler):
    files: list[dict] = []
    calls: list[tuple[str, str, object]] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def _reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802
        self.calls.append(("GET", self.path, None))
        assert self.headers["Authorization"] == "Bearer test-token"
        page = int(self.path.rsplit("page=", 1)[1])
        self._reply(200, self.files[(page - 1) * 100: page * 100])

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length)) if length else None

    def do_POST(self):  # noqa: N802
        body = self._body()
        self.calls.append(("POST", self.path, body))
        if self.path.endswith("/requested_reviewers") and "bukan-kolaborator" in body.get("reviewers", []):
            self._reply(422, {"message": "Reviews may only be requested from collaborators."})
        else:
            self._reply(201, {})

    def do_DELETE(self):  # noqa: N802
        self.calls.append(("DELETE", self.path, None))
        self._reply(200, [])


def workflow_event(tmp_path, monkeypatch, api: str, pull_request: dict, summary: Path | None = None) -> Path:
    """The event file of `pull_request`, and the environment the workflow gives
    `ownership.main`: its token, repository, API (`api`) and step summary (`summary`)."""
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": pull_request}), encoding="utf-8")
    monkeypatch.setenv("GITHUB_TOKEN", "test-token")
    monkeypatch.setenv("GITHUB_REPOSITORY", "direktori-kim/direktori-kim")
    monkeypatch.setenv("GITHUB_API_URL", api)
    if summary is None:
        monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    else:
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    return event


@pytest.fixture
def fake_github():
    _FakeGitHub.calls = []
    server = Server(handler=_FakeGitHub)
    yield server.url.rstrip("/")
    server.close()


def test_main_pages_through_files_labels_and_requests_reviews(fake_github, tmp_path, monkeypatch):
    # 150 files: two pages; one of them is a rename out of another regency.
    _FakeGitHub.files = [{"filename": f"kims/18/18.07/kim-desa-{i:03d}.yml", "status": "added"} for i in range(149)]
    _FakeGitHub.files.append({"filename": KIM, "status": "renamed",
                              "previous_filename": "kims/18/18.01/sinar-harapan-pekalongan.yml"})
    maint = tmp_path / "maintainers.yml"
    maint.write_text('proyek: [pengelola-a]\nwilayah:\n  "18.07": [bukan-kolaborator, pembina-lamtim]\n',
                     encoding="utf-8")
    summary = tmp_path / "summary.md"
    event = workflow_event(tmp_path, monkeypatch, fake_github, {
        "number": 7, "user": {"login": "orang-lain"},
        "labels": [{"name": "wilayah:11.01"}, {"name": "bug"}, {"name": LABEL_WILAYAH}],
    }, summary)

    assert ownership.main(["--maintainers", str(maint), "--event", str(event)]) == 0

    calls = _FakeGitHub.calls
    gets = [c[1] for c in calls if c[0] == "GET"]
    assert gets == ["/repos/direktori-kim/direktori-kim/pulls/7/files?per_page=100&page=1",
                    "/repos/direktori-kim/direktori-kim/pulls/7/files?per_page=100&page=2"]
    # the stale regional label goes, labels set by people stay
    assert ("DELETE", "/repos/direktori-kim/direktori-kim/issues/7/labels/wilayah%3A11.01", None) in calls
    assert not any(c[0] == "DELETE" and "bug" in c[1] for c in calls)
    labels = next(c[2] for c in calls if c[1].endswith("/issues/7/labels") and c[0] == "POST")
    assert labels == {"labels": [LABEL_NEW, LABEL_REMOVED, "wilayah:18.07", "wilayah:18.01", LABEL_WILAYAH]}
    # GitHub refused the whole request for one non-collaborator: the others are asked one by one
    reviews = [c[2] for c in calls if c[1].endswith("/requested_reviewers")]
    assert reviews[0] == {"reviewers": ["bukan-kolaborator", "pembina-lamtim", "pengelola-a"], "team_reviewers": []}
    assert {"reviewers": ["pembina-lamtim"]} in reviews and {"reviewers": ["pengelola-a"]} in reviews
    text = summary.read_text(encoding="utf-8")
    assert "## Pemeriksaan kepemilikan" in text
    assert "- `kim-desa-000`, `kim-desa-001`, `kim-desa-002`, `kim-desa-003`, `kim-desa-004` dan 145 lainnya (18.07): " \
           "KIM belum punya akun terdaftar; perlu persetujuan pengelola wilayah 18.07 " \
           "(@bukan-kolaborator, @pembina-lamtim)\n" in text
    assert "bukan-kolaborator tidak dapat diminta: HTTP 422" in text


def test_keys_with_a_trailing_newline_are_refused():
    m = parse_maintainers({"wilayah": {"18.07\n": ["a"]}, "kim": {"sinar-harapan-pekalongan\n": ["b"]},
                           "proyek": ["bad\nname"]})
    assert m.wilayah == {} and m.kim == {} and m.proyek == ()



def _run_main(tmp_path, monkeypatch, fake_github, files: list[dict], changed_files: int | None) -> list:
    _FakeGitHub.files = files
    maint = tmp_path / "maintainers.yml"
    maint.write_text("proyek: [pengelola-a]\nkim:\n  kim-desa-0000: [admin-desa]\n", encoding="utf-8")
    pr = {"number": 8, "user": {"login": "admin-desa"}, "labels": []}
    if changed_files is not None:
        pr["changed_files"] = changed_files
    event = workflow_event(tmp_path, monkeypatch, fake_github, pr)
    assert ownership.main(["--maintainers", str(maint), "--event", str(event)]) == 0
    return next(c[2]["labels"] for c in _FakeGitHub.calls if c[0] == "POST" and c[1].endswith("/issues/8/labels"))


@pytest.mark.parametrize("count, changed_files, complete", [
    (3050, None, False),  # GitHub stops listing at 3,000: what lies behind is unknown
    (3050, 3050, False),
    (120, 3500, False),  # the pull request says more files changed than were listed
    (120, 120, True),
    (120, None, True),
])
def test_main_fails_closed_when_github_lists_only_part_of_the_files(fake_github, tmp_path, monkeypatch,
                                                                    count, changed_files, complete):
    files = [{"filename": f"kims/18/18.07/kim-desa-{i:04d}.yml", "status": "modified"} for i in range(count)]
    served = files[:3000]  # the API's own cap
    labels = _run_main(tmp_path, monkeypatch, fake_github, served, changed_files)
    gets = [c for c in _FakeGitHub.calls if c[0] == "GET"]
    assert len(gets) == min(30, count // 100 + 1)
    assert (LABEL_PROYEK not in labels) == complete


# ---------------------------------------------------------------- `verifikasi`: only the regency's maintainers

VERIFIED = b'versi: 1\nslug: sinar-harapan-pekalongan\nverifikasi:\n  oleh: Diskominfo Kabupaten (uji)\n  tanggal: 2026-10-05\n'


def test_a_kims_own_account_changing_verifikasi_needs_the_regency():
    asked = []

    def touches(path):
        asked.append(path)
        return True

    d = decide([KIM], MAINTAINERS, "admin-sinar", touches_verifikasi=touches)
    assert asked == [KIM]
    assert d.level == LEVEL_WILAYAH
    assert d.reviewers == ["admin-sinar-2", "pembina-lamtim", "pembina-lamtim-2"]
    assert LABEL_WILAYAH in d.labels and LABEL_KIM not in d.labels
    assert "`verifikasi` atau `slug_lama` diubah" in d.reasons[0] and "pengelola wilayah 18.07" in d.reasons[0]


def test_the_regencys_maintainer_changing_verifikasi_asks_the_other_maintainers():
    d = decide([KIM], MAINTAINERS, "pembina-lamtim", touches_verifikasi=lambda path: True)
    assert d.level == LEVEL_WILAYAH and d.reviewers == ["admin-sinar", "admin-sinar-2", "pembina-lamtim-2"]


def test_an_edit_that_leaves_verifikasi_alone_stays_with_the_kim():
    d = decide([KIM], MAINTAINERS, "admin-sinar", touches_verifikasi=lambda path: False)
    assert d.level == LEVEL_KIM


@pytest.mark.parametrize("before, after, expected", [
    (VERIFIED, VERIFIED.replace(b"2026-10-05", b"2026-10-06"), True),
    (VERIFIED, VERIFIED.replace(b"Kabupaten (uji)", b"Kabupaten Lain (uji)"), True),
    (VERIFIED, VERIFIED.replace(b"2026-10-05", b'"2026-10-05"'), True),
    (VERIFIED, VERIFIED.split(b"verifikasi")[0], True),  # removed
    (VERIFIED.split(b"verifikasi")[0], VERIFIED, True),  # added
    (None, VERIFIED, True),  # a new file that vouches for itself
    (VERIFIED, VERIFIED + b"nama: KIM Sinar Harapan\n", False),
    (VERIFIED, VERIFIED.replace(b"  oleh:", b"  # dicek ulang\n  oleh:"), False),  # a comment only
    (VERIFIED, b"\xef\xbb\xbf" + VERIFIED.replace(b"\n", b"\r\n"), False),
    (VERIFIED, VERIFIED + b"nama: [tidak ditutup\n", True),  # unreadable: fail closed
    (VERIFIED, VERIFIED + b"slug: lagi\n", True),  # a duplicate key: the reader and others may disagree
    (b"\xff", b"\xff", True),
    # The reviewer: a KIM's own account could claim a deleted KIM's address, or squat one not
    # listed yet, through its former addresses; those are the regency maintainers' too.
    (VERIFIED, VERIFIED + b"slug_lama: [kim-lain]\n", True),
    (VERIFIED + b"slug_lama: [kim-lain]\n", VERIFIED + b"slug_lama: [kim-lain, kim-lama]\n", True),
    (VERIFIED + b"slug_lama: [kim-lain]\n", VERIFIED + b"slug_lama: [kim-lain]  # tetap\n", False),
])
def test_what_counts_as_a_change_of_verifikasi_or_former_addresses(before, after, expected):
    assert verification.changed(before, after) is expected


class _FakeContents(_FakeGitHub):
    contents: dict[tuple[str, str], bytes] = {}

    def do_GET(self):  # noqa: N802
        if "/contents/" not in self.path:
            return super().do_GET()
        self.calls.append(("GET", self.path, None))
        path, ref = self.path.split("/contents/", 1)[1].split("?ref=")
        data = self.contents.get((path, ref))
        if data is None:
            return self._reply(404, {"message": "Not Found"})
        self._reply(200, {"encoding": "base64", "content": base64.b64encode(data).decode()})


@pytest.mark.parametrize("head, level", [(VERIFIED.replace(b"2026-10-05", b"2026-11-20"), LEVEL_WILAYAH),
                                         (VERIFIED + b"anggota: 20\n", LEVEL_KIM)])
def test_main_reads_both_versions_of_a_kims_file(tmp_path, monkeypatch, capsys, head, level):
    _FakeContents.calls = []
    _FakeContents.files = [{"filename": KIM, "status": "modified"}]
    _FakeContents.contents = {(KIM, "basesha"): VERIFIED, (KIM, "headsha"): head}
    server = Server(handler=_FakeContents)
    try:
        maint = tmp_path / "maintainers.yml"
        maint.write_text('wilayah:\n  "18.07": [pembina-lamtim]\nkim:\n  sinar-harapan-pekalongan: [admin-sinar]\n'
                         '  sinar-harapan-lama: [admin-lama]\n', encoding="utf-8")
        event = workflow_event(tmp_path, monkeypatch, server.url.rstrip("/"), {
            "number": 9, "user": {"login": "admin-sinar"}, "labels": [],
            "base": {"sha": "basesha"}, "head": {"sha": "headsha"}})
        kims = str(Path(__file__).parent.parent / "kims")
        assert ownership.main(["--maintainers", str(maint), "--event", str(event), "--dry-run", "--kims", kims]) == 0
    finally:
        server.close()
    gets = [c[1] for c in _FakeContents.calls if "/contents/" in c[1]]
    assert gets == [f"/repos/direktori-kim/direktori-kim/contents/{KIM}?ref=basesha",
                    f"/repos/direktori-kim/direktori-kim/contents/{KIM}?ref=headsha"]
    out = capsys.readouterr().out
    # The tester as maintainer: an entry left after a rename went unreported, and a later KIM
    # given that slug would be approved by the old accounts. The KIM with a file is not named.
    assert [line for line in out.splitlines() if line.startswith("::warning")] == [
        f"::warning title=maintainers.yml::kim: 'sinar-harapan-lama' tidak punya berkas KIM ({kims}/.../"
        "sinar-harapan-lama.yml); bila KIM itu berganti nama, tulis slug barunya, bila bergabung atau dihapus, "
        "hapus entri ini"]
    if level == LEVEL_WILAYAH:
        assert "perlu persetujuan **pengelola wilayah**" in out and "@pembina-lamtim" in out
    else:
        assert "diajukan oleh **akun pengelola KIM**" in out


def test_verifikasi_counts_as_changed_when_the_commits_are_unknown():
    assert verification.checker(None, "", "headsha")(KIM) is True


# ---------------------------------------------------------------- a consent date kept for another person

BOARD = (b"versi: 1\nslug: sinar-harapan-pekalongan\npengurus:\n"
         b"  - {jabatan: ketua, nama: Bima (contoh), izin_publikasi: 2026-10-01}\n"
         b"  - {jabatan: sekretaris, nama: Ayu (contoh), izin_publikasi: 2026-10-01}\n"
         b"kontak:\n  - jenis: pribadi\n    nama: Bima (contoh)\n    peran: ketua\n"
         b"    email: bima@example.org\n    izin_publikasi: 2026-10-01\n")


@pytest.mark.parametrize("after, lines", [
    # the tester's case: the chair renamed in both places, the previous chair's date kept
    (BOARD.replace(b"Bima (contoh)", b"Rudi (contoh)"), [(4, "pengurus", "ketua"), (8, "kontak", "ketua")]),
    (BOARD.replace(b"nama: Bima (contoh), izin_publikasi: 2026-10-01", b"nama: Rudi (contoh), izin_publikasi: 2026-11-20"),
     []),  # the new chair's own date
    (BOARD.replace(b"nama: Bima (contoh)", b"nama: H. Bima (contoh), S.Pd."), []),  # the same person, titled
    # the secretary become chair keeps her own consent; the chair's row is hers now
    (BOARD.replace(b"ketua, nama: Bima (contoh)", b"ketua, nama: Ayu (contoh)"), []),
    (BOARD + b"  - {jenis: pribadi, nama: Citra (contoh), peran: bendahara, email: c@example.org,"
             b" izin_publikasi: 2026-10-01}\n", []),  # consented at the same meeting, a role of its own
    (BOARD.replace(b"ketua, nama: Bima (contoh), izin_publikasi: 2026-10-01", b"ketua"), []),
])
def test_a_name_changed_under_the_previous_persons_consent_date_is_found(after, lines):
    found = consent.borrowed(consent.people(BOARD), consent.people(after))
    assert [(b.line, b.where, b.role) for b in found] == lines


def test_the_reviewers_are_told_which_lines_keep_a_previous_persons_consent():
    found = consent.borrowed(consent.people(BOARD), consent.people(BOARD.replace(b"Bima (contoh)", b"Rudi (contoh)")))
    asked = []

    def check(path, previous):
        asked.append((path, previous))
        return found

    d = decide([KIM, Change("kims/18/18.07/baru.yml", "added")], MAINTAINERS, "admin-sinar", borrowed_consent=check)
    assert asked == [(KIM, KIM)]  # a new file holds no one's earlier consent
    assert consent.LABEL in d.labels
    assert decide([KIM], MAINTAINERS, "admin-sinar", borrowed_consent=check).level == LEVEL_KIM  # a warning only
    assert any(r.startswith("`sinar-harapan-pekalongan` (18.07): baris 4 (pengurus, ketua), baris 8 (kontak, ketua): "
                            "`nama` berganti, tetapi `izin_publikasi` masih tanggal izin orang sebelumnya")
               for r in d.reasons)
    assert [(path, line) for path, line, _ in d.annotations] == [(KIM, 4), (KIM, 8)]
    assert "Rudi" not in "".join(d.reasons) + "".join(note for _, _, note in d.annotations)
    assert consent.LABEL not in decide([KIM], MAINTAINERS, "admin-sinar", borrowed_consent=lambda p, q: []).labels


# the chair removed after withdrawing consent, `diperbarui` left as the runbook says
WITHDRAWN = (b"versi: 1\nslug: sinar-harapan-pekalongan\npengurus:\n  - {jabatan: ketua}\n"
             b"  - {jabatan: sekretaris, nama: Ayu (contoh), izin_publikasi: 2026-10-01}\n"
             b"kontak:\n  - {jenis: lembaga, email: kim@example.org}\ndiperbarui: 2026-10-02\n")


@pytest.mark.parametrize("after, lines", [
    # the privacy tester's case: the person put back under the withdrawn date
    (BOARD + b"diperbarui: 2026-12-01\n", [(4, "pengurus", "ketua"), (8, "kontak", "ketua")]),
    (BOARD.replace(b"izin_publikasi: 2026-10-01}\n  - {jabatan: sekretaris", b"izin_publikasi: 2026-10-02}\n"
                   b"  - {jabatan: sekretaris"), [(4, "pengurus", "ketua"), (8, "kontak", "ketua")]),
    (BOARD.replace(b"2026-10-01", b"2026-11-20"), []),  # a new consent, after the update: Ayu's own date too
    (WITHDRAWN.replace(b"diperbarui: 2026-10-02", b"diperbarui: 2026-12-01"), []),  # no one added
    # the reviewer: a board member's own contact, under her consent, is no one added back
    (WITHDRAWN.replace(b"kontak:\n", b"kontak:\n  - {jenis: pribadi, nama: Ayu (contoh), peran: sekretaris, "
                       b"email: ayu@example.org, izin_publikasi: 2026-10-01}\n"), []),
])
def test_a_person_added_under_a_consent_older_than_the_file_s_update_is_found(after, lines):
    before = consent.version(WITHDRAWN)
    found = consent.borrowed(before[0], consent.people(after), before[1])
    assert [(b.line, b.where, b.role) for b in found] == lines
    assert {b.updated for b in found} <= {"2026-10-02"}


def test_the_reviewers_are_told_a_removed_person_must_not_be_added_back():
    check = consent.checker(lambda path, ref: WITHDRAWN if ref == "basesha" else BOARD, "basesha", "headsha")
    d = decide([KIM], MAINTAINERS, "admin-sinar", borrowed_consent=check)
    assert consent.LABEL in d.labels
    assert d.reasons[-1] == (
        "`sinar-harapan-pekalongan` (18.07): baris 4 (pengurus, ketua), baris 8 (kontak, ketua): `nama` ditambahkan "
        "dengan `izin_publikasi` yang tidak lebih baru dari `diperbarui` versi sebelumnya (2026-10-02): "
        "periksa di riwayat berkas apakah orang ini pernah dihapus karena mencabut izinnya: orang itu tidak boleh "
        "ditambahkan lagi (docs/runbook-pencabutan-izin.md); bila ia orang baru dengan izinnya sendiri, abaikan "
        "peringatan ini")
    assert d.annotations[0] == (KIM, 4, "`nama` pengurus (ketua) ditambahkan dengan `izin_publikasi: 2026-10-01`, "
                                "tidak lebih baru dari `diperbarui` versi sebelumnya (2026-10-02): " + consent.READDED)
    assert "Bima" not in "".join(d.reasons) + "".join(note for _, _, note in d.annotations)


def test_a_file_that_could_not_be_compared_is_said():
    d = decide([KIM], MAINTAINERS, "admin-sinar", borrowed_consent=lambda path, previous: None)
    assert consent.LABEL not in d.labels
    assert any("`izin_publikasi` tidak dibandingkan" in r for r in d.reasons)
    fetched = []
    check = consent.checker(lambda path, ref: fetched.append(path) or BOARD, "basesha", "headsha")
    assert [check(f"kims/18/18.07/kim-{i}.yml", f"kims/18/18.07/kim-{i}.yml") for i in range(consent.MAX_COMPARED + 1)
            ][-2:] == [[], None]
    assert len(fetched) == 2 * consent.MAX_COMPARED
    assert consent.checker(lambda path, ref: BOARD, "", "headsha")(KIM, KIM) is None
    assert consent.people(b"pengurus: [tidak ditutup\n") is None


def test_main_compares_a_renamed_kims_file_with_its_previous_path(tmp_path, monkeypatch, capsys):
    old = "kims/18/18.01/sinar-harapan-pekalongan.yml"
    _FakeContents.calls = []
    _FakeContents.files = [{"filename": KIM, "status": "renamed", "previous_filename": old}]
    _FakeContents.contents = {(old, "basesha"): BOARD,
                              (KIM, "headsha"): BOARD.replace(b"Bima (contoh)", b"Rudi (contoh)")}
    server = Server(handler=_FakeContents)
    try:
        event = workflow_event(tmp_path, monkeypatch, server.url.rstrip("/"), {
            "number": 9, "user": {"login": "orang-lain"}, "labels": [],
            "base": {"sha": "basesha"}, "head": {"sha": "headsha"}})
        assert ownership.main(["--maintainers", str(tmp_path / "none.yml"), "--event", str(event), "--dry-run"]) == 0
    finally:
        server.close()
    out = capsys.readouterr().out
    assert f"::warning file={KIM},line=4,title=izin_publikasi::`nama` pengurus (ketua) berganti" in out
    assert f"::warning file={KIM},line=8,title=izin_publikasi::" in out
    assert f"`{consent.LABEL}`" in out
