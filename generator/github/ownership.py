"""Who must review a pull request: labels and reviewers from the changed paths.

Run by `.github/workflows/ownership.yml` on `pull_request_target`, from the BASE
branch only: the pull request's code is never checked out or run. The decision is
a pure function (`decide`) of

- the changed paths (from the GitHub API, never from the PR's working tree),
- the maintainers file of the base branch (`.github/maintainers.yml`),
- the PR author's GitHub login.

Rules:

- a regency's settings (`kims/<province>/<regency>/_wilayah.yml`: its coach's contact and
  its target) are the regency's: any change needs a regional maintainer, as a KIM file
  that is added or moved does (a KIM's own accounts never suffice);
- an existing KIM file (`kims/<province>/<regency>/<slug>.yml`) modified by an account
  listed for that KIM (`kim:` in the maintainers file) needs no reviewer beyond the
  KIM's own other accounts, unless it changes the file's `verifikasi` (`verification`);
- a KIM file modified by anyone else, and any KIM file added, copied, moved or deleted
  (even by the KIM's own account: a slug's accounts own its file, not the right to
  place it), needs a regional maintainer: of the regency, falling back to the
  province, then to the project maintainers;
- anything else (outside `kims/`, or a path under `kims/` that is not a well-formed
  KIM file path) needs a project maintainer, and so does a pull request whose list of
  files GitHub did not give whole (it lists at most 3,000): what was not seen may be
  anything;
- a changed KIM file that names another person under the consent date recorded for the
  previous one (`consent.py`) is labelled for the reviewers, at the level it has anyway.

The author is never asked to review their own pull request: when that leaves a
level empty, the next level up is asked.

`main()` is the thin edge: GitHub's REST API through urllib and the workflow's
GITHUB_TOKEN, no third-party library beyond PyYAML for the maintainers file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from generator.format import spec
from generator.github import consent, verification
from generator.github.client import GitHubAPI
from generator.github.maintainers import PROVINCE, REGENCY, SLUG, Maintainers, parse_maintainers

# Levels of review, from the lowest to the highest.
LEVEL_NONE = "tidak-ada"  # nothing that needs review (no files)
LEVEL_KIM = "kim"  # the KIM's own listed account changed only its own KIM
LEVEL_WILAYAH = "wilayah"  # a regional (or project) maintainer must approve
LEVEL_PROYEK = "proyek"  # a project maintainer must approve
_RANK = {LEVEL_NONE: 0, LEVEL_KIM: 1, LEVEL_WILAYAH: 2, LEVEL_PROYEK: 3}

LABEL_PROYEK = "perlu-tinjauan-proyek"
LABEL_WILAYAH = "perlu-tinjauan-wilayah"
LABEL_KIM = "diajukan-pengelola-kim"
LABEL_NEW = "kim-baru"
LABEL_REMOVED = "hapus-kim"
LABEL_REGION_PREFIX = "wilayah:"
LABEL_MANY_REGIONS = "wilayah:banyak"
# Labels this tool sets and may therefore remove again when the PR changes.
MANAGED_LABELS = {LABEL_PROYEK, LABEL_WILAYAH, LABEL_KIM, LABEL_NEW, LABEL_REMOVED, consent.LABEL}
MAX_REGION_LABELS = 10
MAX_REVIEWERS = 15  # GitHub refuses larger review requests
MAX_LISTED = 3000  # GitHub lists at most this many files of a pull request
_PAGE = 100
MAX_PATH = 1024


# ---------------------------------------------------------------- paths


@dataclass(frozen=True)
class KimPath:
    province: str
    regency: str
    slug: str  # the KIM's; for the regency's settings, their file name
    settings: bool = False  # the regency's `_wilayah.yml`


def kim_path(path: Any) -> KimPath | None:
    """The parts of a well-formed path of a KIM file (or of a regency's settings beside
    them), or None for anything else.

    Strict on purpose: backslashes, `..`, `.`, empty segments, absolute paths,
    upper case, other extensions or a regency outside its province are not KIM
    paths, and so need a project maintainer.
    """
    if not safe_path(path):
        return None
    parts = path.split("/")
    if len(parts) != 4 or parts[0] != "kims" or not parts[3].endswith(".yml"):
        return None
    province, regency, name = parts[1], parts[2], parts[3][: -len(".yml")]
    match = REGENCY.fullmatch(regency)
    if not PROVINCE.fullmatch(province) or not match or match.group(1) != province:
        return None
    if parts[3] == spec.SETTINGS_FILE:
        return KimPath(province, regency, spec.SETTINGS_FILE, settings=True)
    return KimPath(province, regency, name) if SLUG.fullmatch(name) else None


def safe_path(path: Any) -> bool:
    """A plain relative POSIX path without tricks."""
    if not isinstance(path, str) or not path or len(path) > MAX_PATH:
        return False
    if path.startswith("/") or "\\" in path or any(ord(c) < 32 or ord(c) == 127 for c in path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


# ---------------------------------------------------------------- the decision


@dataclass(frozen=True)
class Change:
    """One changed file; `status` as GitHub reports it (added, removed, modified, renamed...)."""

    path: str
    status: str = "modified"
    previous: str = ""  # a renamed file's path at the base


@dataclass
class Decision:
    level: str = LEVEL_NONE
    labels: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)  # user logins
    team_reviewers: list[str] = field(default_factory=list)  # team slugs (of the repository's org)
    reasons: list[str] = field(default_factory=list)  # Indonesian, one line per rule applied
    annotations: list[tuple[str, int, str]] = field(default_factory=list)  # (path, line, message) for the diff


def decide(changes: Iterable[str | Change], maintainers: Maintainers, author: str,
           complete: bool = True, touches_verifikasi: Callable[[str], bool] | None = None,
           borrowed_consent: Callable[[str, str], list[consent.Borrowed] | None] | None = None) -> Decision:
    """Labels, reviewers and the level of approval a pull request needs; `complete` is False
    when `changes` may lack some files; `touches_verifikasi(path)`: did a file's `verifikasi` or `slug_lama` change;
    `borrowed_consent(path, previous path)`: the entries of a changed KIM file that keep a previous
    person's consent date (`consent.checker`), which the reviewers are told of."""
    author_key = (author or "").strip().lstrip("@").lower()
    decision = Decision()
    reviewers: list[str] = []
    regencies: list[str] = []
    outside: list[str] = []
    statuses: set[str] = set()
    findings: list[consent.Finding] = []
    needs_regional = False
    # reason text (without the KIM slugs) -> the slugs it applies to, in order
    grouped: dict[tuple[str, str], list[str]] = {}

    def raise_level(level: str) -> None:
        if _RANK[level] > _RANK[decision.level]:
            decision.level = level

    for change in changes:
        if not isinstance(change, Change):
            change = Change(change)
        where = kim_path(change.path)
        if where is None:
            outside.append(change.path if isinstance(change.path, str) else repr(change.path))
            continue
        if not where.settings:  # the labels of new and removed KIMs
            statuses.add(change.status)
        if where.regency not in regencies:
            regencies.append(where.regency)
        if borrowed_consent and not where.settings and change.status in ("modified", "renamed"):
            found = borrowed_consent(change.path, change.previous or change.path)
            findings.append(consent.Finding(change.path, where.slug, where.regency,
                                            None if found is None else tuple(found)))
        own = () if where.settings else maintainers.kim.get(where.slug, ())
        listed = author_key in {a.lower() for a in own}
        verifies = listed and change.status == "modified" and bool(touches_verifikasi and touches_verifikasi(change.path))
        if listed and change.status == "modified" and not verifies:
            raise_level(LEVEL_KIM)
            others = _without(own, author_key)
            reviewers.extend(others)
            text = "diajukan oleh akun yang terdaftar untuk KIM ini" + (
                f"; ditinjau oleh akun KIM lainnya ({_mentions(others)})" if others else "")
            grouped.setdefault((where.regency, text), []).append(where.slug)
            continue
        raise_level(LEVEL_WILAYAH)
        needs_regional = True
        reviewers.extend(_without(own, author_key))  # the KIM's own accounts are told, but do not suffice
        chosen, source = _regional(where, maintainers, author_key)
        reviewers.extend(chosen)
        if where.settings:
            why = "pengaturan kabupaten/kota (pembina, target) diubah"
        elif change.status == "removed":
            why = "berkas KIM dihapus"
        elif listed:
            why = ("`verifikasi` atau `slug_lama` diubah (hanya pengelola wilayah yang boleh mengubahnya)" if verifies else
                   "berkas KIM baru, disalin atau dipindah (akun KIM hanya cukup untuk mengubah berkas yang sudah ada)")
        else:
            why = "pengaju tidak terdaftar untuk KIM ini" if own else "KIM belum punya akun terdaftar"
        text = (f"{why}; perlu persetujuan pengelola {source}"
                + (f" ({_mentions(chosen)})" if chosen else " (belum ada yang terdaftar)"))
        grouped.setdefault((where.regency, text), []).append(where.slug)

    for (regency, text), slugs in grouped.items():
        decision.reasons.append(f"{_listing([f'`{s}`' for s in _dedupe(slugs)])} ({regency}): {text}")
    project = []
    if outside:
        project.append(f"perubahan di luar berkas KIM ({_listing([f'`{_shorten(p)}`' for p in outside])})")
    if not complete:
        most = f"{MAX_LISTED:,}".replace(",", ".")  # Indonesian thousands: 3.000
        project.append(f"daftar berkas tidak lengkap (GitHub memberikan paling banyak {most} berkas; "
                       "berkas yang tidak terlihat bisa berupa apa saja)")
    lines, decision.annotations = consent.notes(findings)
    decision.reasons.extend(lines)
    if project:
        raise_level(LEVEL_PROYEK)
        chosen = _without(maintainers.proyek, author_key)
        reviewers.extend(chosen)
        for text in project:
            decision.reasons.append(f"{text}: perlu persetujuan pengelola proyek"
                                    + (f" ({_mentions(chosen)})" if chosen else " (belum ada yang terdaftar)"))

    if "added" in statuses:
        decision.labels.append(LABEL_NEW)
    if "removed" in statuses:
        decision.labels.append(LABEL_REMOVED)
    if len(regencies) > MAX_REGION_LABELS:
        decision.labels.append(LABEL_MANY_REGIONS)
    else:
        decision.labels.extend(LABEL_REGION_PREFIX + code for code in regencies)
    # One label per kind of approval needed (a project maintainer may give both).
    if needs_regional:
        decision.labels.append(LABEL_WILAYAH)
    if project:
        decision.labels.append(LABEL_PROYEK)
    if decision.level == LEVEL_KIM:
        decision.labels.append(LABEL_KIM)
    if decision.annotations:
        decision.labels.append(consent.LABEL)

    users, teams = [], []
    for name in _dedupe(reviewers):
        if "/" in name:
            teams.append(name.split("/", 1)[1])
        else:
            users.append(name)
    decision.reviewers = users[:MAX_REVIEWERS]
    decision.team_reviewers = _dedupe(teams)[: max(0, MAX_REVIEWERS - len(decision.reviewers))]
    return decision


def _listing(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" dan {len(items) - limit} lainnya" if len(items) > limit else "")


def _regional(where: KimPath, maintainers: Maintainers, author_key: str) -> tuple[list[str], str]:
    """Regency maintainers, else the province's, else the project's (never the author)."""
    for accounts, source in (
        (maintainers.wilayah.get(where.regency, ()), f"wilayah {where.regency}"),
        (maintainers.wilayah.get(where.province, ()), f"provinsi {where.province}"),
        (maintainers.proyek, "proyek"),
    ):
        chosen = _without(accounts, author_key)
        if chosen:
            return chosen, source
    return [], f"wilayah {where.regency}"


def _without(accounts: Iterable[str], author_key: str) -> list[str]:
    return [a for a in accounts if a.lower() != author_key]


def _dedupe(names: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def _mentions(accounts: Iterable[str]) -> str:
    return ", ".join(f"@{a}" for a in accounts)


def _shorten(path: str, limit: int = 80) -> str:
    path = "".join(c if c.isprintable() and c != "`" else "?" for c in path)
    return path if len(path) <= limit else path[: limit - 1] + "…"


def render_summary(decision: Decision, author: str) -> str:
    """The job summary, in Indonesian Markdown."""
    level = {
        LEVEL_PROYEK: "perlu persetujuan **pengelola proyek**",
        LEVEL_WILAYAH: "perlu persetujuan **pengelola wilayah** (atau pengelola proyek)",
        LEVEL_KIM: "diajukan oleh **akun pengelola KIM** yang terdaftar",
        LEVEL_NONE: "tidak ada berkas yang berubah",
    }[decision.level]
    lines = ["## Pemeriksaan kepemilikan", "", f"Pengaju: @{author}: {level}.", ""]
    lines += [f"- {r}" for r in decision.reasons]
    lines += ["", "Label: " + (", ".join(f"`{label}`" for label in decision.labels) or "tidak ada")]
    asked = [f"@{r}" for r in decision.reviewers] + [f"tim `{t}`" for t in decision.team_reviewers]
    lines += ["", "Peninjau yang diminta: " + (", ".join(asked) or "tidak ada"), ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- GitHub edge


class GitHub(GitHubAPI):
    """The REST calls of the ownership check."""

    def changed_files(self, number: int, expected: int | None = None) -> tuple[list[Change], bool]:
        """The changed files, page by page, and whether they are all of them: GitHub lists
        at most 3,000, and `expected` is the count the pull request gave (if any)."""
        changes: list[Change] = []
        listed, whole = 0, False
        for page in range(1, MAX_LISTED // _PAGE + 1):
            batch = self.request("GET", f"/pulls/{number}/files?per_page={_PAGE}&page={page}") or []
            listed += len(batch)
            for item in batch:
                changes.append(Change(item.get("filename", ""), item.get("status", "modified"),
                                      item.get("previous_filename") or ""))
                if item.get("previous_filename"):  # a rename touches the old place too
                    changes.append(Change(item["previous_filename"], "removed"))
            if len(batch) < _PAGE:
                whole = True  # a short page is the last one; a full 30th may have more behind it
                break
        return changes, whole and (expected is None or listed >= expected)


def apply(gh: GitHub, number: int, decision: Decision, current_labels: Iterable[str]) -> list[str]:
    """Set labels and request reviews; returns warnings (never raises on API refusals)."""
    problems: list[str] = []
    stale = [label for label in current_labels
             if (label in MANAGED_LABELS or label.startswith(LABEL_REGION_PREFIX)) and label not in decision.labels]
    for label in stale:
        try:
            gh.request("DELETE", f"/issues/{number}/labels/{urllib.parse.quote(label, safe='')}")
        except urllib.error.HTTPError as exc:
            problems.append(f"label {label} tidak dapat dihapus: HTTP {exc.code}")
    if decision.labels:
        try:
            gh.request("POST", f"/issues/{number}/labels", {"labels": decision.labels})
        except urllib.error.HTTPError as exc:
            problems.append(f"label tidak dapat dipasang: HTTP {exc.code}")
    if decision.reviewers or decision.team_reviewers:
        body = {"reviewers": decision.reviewers, "team_reviewers": decision.team_reviewers}
        try:
            gh.request("POST", f"/pulls/{number}/requested_reviewers", body)
        except urllib.error.HTTPError:
            # One account that is not a collaborator makes GitHub refuse the whole
            # request (422): ask one by one so the others still get asked.
            for key, names in (("reviewers", decision.reviewers), ("team_reviewers", decision.team_reviewers)):
                for name in names:
                    try:
                        gh.request("POST", f"/pulls/{number}/requested_reviewers", {key: [name]})
                    except urllib.error.HTTPError as exc:
                        problems.append(f"peninjau {name} tidak dapat diminta: HTTP {exc.code}")
    return problems


def load_maintainers(path: str) -> Maintainers:
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except FileNotFoundError:
        return Maintainers(warnings=(f"{path} tidak ditemukan; semua perubahan ke pengelola proyek",))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        return Maintainers(warnings=(f"{path} tidak dapat dibaca ({type(exc).__name__}); semua perubahan ke pengelola proyek",))
    return parse_maintainers(data)


def unowned_kims(maintainers: Maintainers, folder: str) -> tuple[str, ...]:
    """A warning for each `kim:` entry whose slug no KIM file under `folder` has (a KIM
    renamed, merged or deleted): its accounts would own a later KIM given that slug."""
    slugs = {name[:-4] for _, _, names in os.walk(folder) for name in names if name.endswith(".yml")}
    return tuple(f"kim: {slug!r} tidak punya berkas KIM ({folder}/.../{slug}.yml); bila KIM itu berganti nama, "
                 f"tulis slug barunya, bila bergabung atau dihapus, hapus entri ini" for slug in maintainers.kim
                 if slug not in slugs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.github.ownership",
                                     description="Label dan minta tinjauan PR sesuai berkas pengelola.")
    parser.add_argument("--maintainers", default=".github/maintainers.yml")
    parser.add_argument("--kims", default="kims", help="folder berkas KIM cabang dasar")
    parser.add_argument("--event", default=os.environ.get("GITHUB_EVENT_PATH"), help="berkas JSON peristiwa GitHub")
    parser.add_argument("--dry-run", action="store_true", help="hanya cetak keputusan, tanpa memanggil API untuk mengubah")
    args = parser.parse_args(argv)
    if not args.event:
        parser.error("--event atau $GITHUB_EVENT_PATH diperlukan")
    with open(args.event, encoding="utf-8") as fh:
        event = json.load(fh)
    pr = event["pull_request"]
    number, author = int(pr["number"]), pr["user"]["login"]
    token, repo = os.environ.get("GITHUB_TOKEN", ""), os.environ.get("GITHUB_REPOSITORY", "")
    if not token or not repo:
        parser.error("$GITHUB_TOKEN dan $GITHUB_REPOSITORY diperlukan")
    gh = GitHub(token, repo, os.environ.get("GITHUB_API_URL", "https://api.github.com"))

    maintainers = load_maintainers(args.maintainers)
    changes, complete = gh.changed_files(number, pr.get("changed_files"))
    fetch, commits = verification.fetcher(gh), [(pr.get(side) or {}).get("sha", "") for side in ("base", "head")]
    decision = decide(changes, maintainers, author, complete, verification.checker(fetch, *commits),
                      consent.checker(fetch, *commits))
    summary = render_summary(decision, author)
    for warning in (*maintainers.warnings, *unowned_kims(maintainers, args.kims)):
        print(f"::warning title=maintainers.yml::{_escape(warning)}")
    problems = [] if args.dry_run else apply(gh, number, decision, [lb["name"] for lb in pr.get("labels", ())])
    for problem in problems:
        print(f"::warning title=ownership::{_escape(problem)}")
    for path, line, note in decision.annotations:
        print(f"::warning file={_escape(path)},line={line},title=izin_publikasi::{_escape(note)}")
    if problems:
        summary += "\n" + "\n".join(f"> {p}" for p in problems) + "\n"
    print(summary)
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
            fh.write(summary)
    return 0


def _escape(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


if __name__ == "__main__":
    sys.exit(main())
