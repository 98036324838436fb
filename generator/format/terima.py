"""`kim terima FILE.yml`: a coach takes in a KIM file sent from the contribution form.

The volunteer's file arrives by WhatsApp or e-mail, often renamed ("… (1).yml"). It is
checked as `kim validate` checks it, at the place its own `wilayah` and `slug` name
(`kims/<prov>/<reg>/<slug>.yml`), so the folder and file-name rules hold by construction;
problems are reported against the received file, whose lines the coach has in front of them.
A valid file is copied there byte for byte, and the git commands to propose it are printed.
An existing different file, or the slug in another folder, is a conflict: nothing is
overwritten.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
import sys
from pathlib import Path

from generator.format import report, source, spec, yamlnode
from generator.format.catalogue import check_bytes
from generator.format.problems import Collector

CONFLICT = 1
USAGE_ERROR = 2

TEXTS: dict[str, tuple[str, str]] = {
    "accepted": ("""\
Berkas diterima: {target}

Langkah berikutnya, dari folder repositori:
  git switch -c {branch}
  git add {target_q}
  git commit -m {message}
  git push -u origin {branch}
Lalu buka GitHub dan tekan "Compare & pull request", lalu "Create pull request".""", """\
File accepted: {target}

Next, from the repository's folder:
  git switch -c {branch}
  git add {target_q}
  git commit -m {message}
  git push -u origin {branch}
Then open GitHub and press "Compare & pull request", then "Create pull request"."""),
    "commit": ("Tambah profil KIM {slug}", "Add the KIM profile {slug}"),
    "same": ("Berkas sudah ada dan isinya sama: {target}\nTidak ada yang perlu di-commit.",
             "The file is already there with the same content: {target}\nThere is nothing to commit."),
    "different": ("""\
Konflik: {target} sudah ada dengan isi yang berbeda; berkas tidak ditimpa.
Bandingkan keduanya:
  git diff --no-index {target_q} {received_q}
Bila berkas kiriman memang pembaruan profil ini, salin lalu commit:
  cp {received_q} {target_q}""", """\
Conflict: {target} is already there with different content; it is not overwritten.
Compare the two:
  git diff --no-index {target_q} {received_q}
If the received file is indeed an update of this profile, copy it, then commit:
  cp {received_q} {target_q}"""),
    "claimed": ("""\
Perhatian: berkas ini menyatakan sudah diverifikasi ({claim}).
Verifikasi hanya boleh ditulis oleh pembina yang memeriksa KIM ini. Bila bukan Anda yang memeriksanya,
hapus bagian `verifikasi` dari {target_q} sebelum commit; pull request-nya juga meminta pengelola wilayah memeriksanya.""",
                """\
Note: this file says it has been verified ({claim}).
Only the coach who checked this KIM may write a verification. If you did not check it,
remove `verifikasi` from {target_q} before the commit; its pull request also asks the region's maintainers to check it."""),
    "taken": ("""\
Konflik: slug {slug} sudah dipakai oleh {other}; berkas tidak disalin.
Satu slug hanya untuk satu KIM. Bila KIM ini memang pindah desa, hapus berkas lama dengan git rm;
bila KIM lain, minta pengirim mengganti nama berkasnya di formulir.""", """\
Conflict: the slug {slug} is already used by {other}; the file is not copied.
A slug is for one KIM only. If this KIM has indeed moved to another village, delete the old file with git rm;
if it is another KIM, ask the sender to change its name in the form."""),
    "unreadable": ("kim terima: {file}: tidak dapat dibaca ({reason})", "kim terima: {file}: cannot be read ({reason})"),
    "unplaced": ("kim terima: {file}: wilayah dan slug tidak terbaca; berkas tidak disalin",
                 "kim terima: {file}: wilayah and slug cannot be read; the file is not copied"),
}


def place_of(data: bytes, root: Path) -> tuple[str, Path] | None:
    """The slug and the path `wilayah` and `slug` name, or None when either is unreadable
    (the full check then says what is wrong)."""
    node = _read(data)
    if node is None:
        return None
    found = {}
    for key in ("wilayah", "slug"):
        value = node.values.get(key)
        if not isinstance(value, yamlnode.Scalar) or not re.fullmatch(spec.FORMATS[_FORMATS[key]], value.text):
            return None
        found[key] = value.text
    code, slug = found["wilayah"], found["slug"]
    return slug, root / code[:2] / code[:5] / f"{slug}.yml"


_FORMATS = {"wilayah": "region", "slug": "slug"}


def _read(data: bytes) -> yamlnode.Map | None:
    """The file's top mapping, read as the checker reads it (its problems are the full
    check's to report), or None."""
    out = Collector("-")
    text = source.decode(data, out, None)
    node = yamlnode.read(text, out) if text is not None else None
    return node if isinstance(node, yamlnode.Map) else None


def run_terima(args, today: dt.date) -> int:
    say = report.speaker(TEXTS, args.lang)
    received = Path(args.file)
    try:
        data = received.read_bytes()
    except OSError as exc:
        print(say("unreadable", file=args.file, reason=exc.strerror or type(exc).__name__), file=sys.stderr)
        return USAGE_ERROR
    root = Path(args.root)
    placed = place_of(data, root)
    target = placed[1] if placed else received
    result = check_bytes(data, str(target), today, size=len(data), model=False)
    problems = [dataclasses.replace(p, path=str(received)) for p in result.problems]
    sys.stdout.write(report.render(sorted(problems, key=lambda p: p.sort_key()), "text", args.lang))
    if problems:
        print(report.summary(problems, 1, args.lang), file=sys.stderr)
    if any(p.is_error for p in problems):
        return 1
    if placed is None:  # the checker accepted what this reading could not: say so, never guess
        print(say("unplaced", file=received), file=sys.stderr)
        return 1
    return _place(data, received, root, *placed, say)


def _place(data: bytes, received: Path, root: Path, slug: str, target: Path, say) -> int:
    names = {"target": target, "target_q": shlex.quote(str(target)), "received_q": shlex.quote(str(received))}
    if target.exists():
        if target.read_bytes() == data:
            print(say("same", **names))
            return 0
        print(say("different", **names))
        return CONFLICT
    others = sorted(p for p in root.glob(f"*/*/{slug}.yml") if p != target)
    if others:
        print(say("taken", slug=slug, other=others[0]))
        return CONFLICT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    message = shlex.quote(say("commit", slug=slug))
    print(say("accepted", branch=f"kim/{slug}", message=message, **names))
    claim = claimed_verification(data)
    if claim:
        print(say("claimed", claim=claim, **names))
    return 0


def claimed_verification(data: bytes) -> str | None:
    """What a received file says of its verification ("oleh …, tanggal …"), or None: the
    volunteer's file must not vouch for itself in the coach's name."""
    node = _read(data)
    claim = node.values.get("verifikasi") if node is not None else None
    if not isinstance(claim, yamlnode.Map):
        return None
    return ", ".join(f"{key} {value.text}" for key, value in claim.values.items() if isinstance(value, yamlnode.Scalar))
