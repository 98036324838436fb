"""`kim impor`: every row of a sheet to a new or updated KIM file, with a report.

Without --tulis nothing is written (a dry run with the same report). A row is written
only when its village is decided, it names one file or a KIM of a village without one
(`_refusal`), and the resulting file passes `kim validate`; the others are reported as
"perlu dicek" with the reason. Exit code 0 when every row was
written or already current, 1 when any row needs attention, 2 for a usage error or an
unreadable file (nothing written).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.format import report, source, yamlnode
from generator.format.catalogue import check_bytes, former_slugs
from generator.format.masking import redacted
from generator.format.problems import Collector
from generator.format.scaffold import SLUG_MAX, default_slug, fit_slug
from generator.impor import rows as rowlib
from generator.impor.sheet import COLUMNS, HEADERS, Sheet, SheetError, load
from generator.impor.textedit import read_node, texts
from generator.impor.texts import TEXTS
from generator.impor.wanted import NeedsCheck, Wanted
from generator.model.cells import spreadsheet_csv
from generator.model.kim import identity
from generator.model.placewords import place_words
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab

WRITTEN, UPDATED, SAME, CHECK = "ditulis", "diperbarui", "sama", "perlu dicek"  # keys of impor/texts.py
REPORT_HEADER = ("row", "result", "file", "reason")  # the same


@dataclass
class Outcome:
    row: int
    result: str
    file: str = ""
    reason: str = ""
    held_back: bool = False  # the row's chair was not written for want of consent
    removed: bool = False  # nor because the file once held the name or number and removed it


class Files:
    """The KIM files under `root` by identity (region code, folded name), and their text."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # more than one file for an identity is one KIM twice (`kim validate`: same-kim)
        self.by_identity: dict[tuple[str, str], list[Path]] = {}
        self.names: dict[Path, str] = {}
        self.by_village: dict[str, list[Path]] = {}  # real KIMs only: a sample is no village's KIM
        self.samples: set[Path] = set()  # `contoh: true`: invented, never updated with real data
        self.inactive: set[Path] = set()  # `status: tidak-aktif`: to revive rather than found anew
        self.slugs: set[str] = set()
        # a former address (`slug_lama`) → the file listing it: a KIM renamed or merged away
        self.former: dict[str, Path] = {}
        self.texts: dict[Path, str] = {}  # what this run has made of a file so far
        self.raw: dict[Path, bytes] = {}
        self.first_row: dict[tuple[str, str], int] = {}  # identity → the sheet's row that named it first
        for path in sorted(root.glob("*/*/*.yml")):
            self.slugs.add(path.stem.lower())
            node = read_node(path.read_bytes())
            self.former.update((slug, path) for slug in former_slugs(node))
            head = texts(node)
            if head.get("wilayah") and head.get("nama"):
                self.by_identity.setdefault((head["wilayah"], identity(head["nama"])), []).append(path)
                self.names[path] = head["nama"]
                if head.get("contoh") == "true":
                    self.samples.add(path)
                else:
                    self.by_village.setdefault(head["wilayah"], []).append(path)
                if head.get("status") == "tidak-aktif":
                    self.inactive.add(path)

    def text(self, path: Path) -> str:
        if path not in self.texts:
            self.raw[path] = path.read_bytes()
            out = Collector(str(path))
            text = source.decode(self.raw[path], out)
            # A refused character makes the file one to fix first: its text may hold U+FFFD
            # for bytes that are lost, which writing it back would make permanent.
            self.texts[path] = "" if out.has_errors else text or ""
        return self.texts[path]

    def new_slug(self, want: Wanted) -> str:
        base = default_slug(want.nama, want.place)
        slug, n = base, 2
        while slug.lower() in self.slugs or slug.lower() in self.former:
            slug, n = f"{fit_slug(base, SLUG_MAX - 1 - len(str(n)))}-{n}", n + 1
        self.slugs.add(slug.lower())
        return slug


def _refusal(number: int, key: tuple[str, str], files: Files) -> Outcome | None:
    """Why a row naming a readable KIM is still not written: a second row of the same KIM
    (which one would win?), two files of that KIM (which one is it?), a sample file (its
    names are invented, none real goes in), or no file of it in a village that has another
    KIM (renamed, or dissolved: the office decides, the import does not found it again). The
    village is named by its word, a kampung's in Papua (`placewords`)."""
    village = place_words(key[0]).village.lower()
    if key in files.first_row:
        return Outcome(number, CHECK, "", f"KIM yang sama dengan baris {files.first_row[key]}; gabungkan kedua baris")
    files.first_row[key] = number
    paths = files.by_identity.get(key, [])
    if len(paths) > 1:
        return Outcome(number, CHECK, "", f"baris ini cocok dengan {len(paths)} berkas KIM (nama dan {village} sama): "
                       + " dan ".join(map(str, paths)) + "; hapus berkas yang tidak dipakai lagi dan tambahkan slug-nya ke slug_lama berkas "
                       "yang dipertahankan, agar alamatnya tetap berlaku, lalu impor lagi")
    if paths and paths[0] in files.samples:
        return Outcome(number, CHECK, str(paths[0]),
                       "berkas yang cocok adalah data contoh (contoh: true), KIM rekaan: impor tidak mengubahnya; "
                       "hapus dulu data contoh (panduan impor, “Mulai dengan data nyata”), atau beri KIM yang nyata "
                       "nama lain")
    others = [] if paths else files.by_village.get(key[0], [])
    if others:
        had = ", ".join(f"{files.names[other]} ({other}"
                        + (", tidak aktif: hidupkan kembali KIM itu?)" if other in files.inactive else ")")
                        for other in others)
        return Outcome(number, CHECK, "", f"KIM ini tidak ada di data, tetapi {village} ini sudah punya KIM: {had}; "
                       "bila itu KIM yang sama dengan nama lama atau lain, tulis namanya seperti di berkasnya; bila KIM "
                       f"ini sudah bubar, hapus barisnya; bila memang KIM kedua di {village} ini, buat berkasnya dengan "
                       "kim new lalu impor lagi")
    return None


def _one(number: int, row: dict, files: Files, regions, vocab, today: dt.date,
         names: dict[str, str]) -> tuple[Outcome, Path | None]:
    try:
        want = rowlib.wanted(row, regions, vocab, names)
    except NeedsCheck as exc:
        return Outcome(number, CHECK, ", ".join(map(str, files.by_identity.get(exc.kim, []))), str(exc)), None
    key = (want.place.code, identity(want.nama))
    refused = _refusal(number, key, files)
    if refused:
        return refused, None
    [path] = files.by_identity.get(key) or [None]
    new = path is None
    former = files.former.get(default_slug(want.nama, want.place).lower()) if new else None
    if former:
        # The office's sheet may still have a row of a KIM renamed, or merged into another;
        # writing that KIM's name in this row would found it again here, in the old village.
        kim = files.names.get(former, "KIM itu")
        return Outcome(number, CHECK, "", f"alamat KIM ini adalah alamat lama {kim} ({former}, slug_lama): KIM ini "
                       f"sudah bergabung ke, atau berganti nama menjadi, {kim}; hapus barisnya, atau perbarui "
                       f"baris {kim} sendiri; bila memang KIM lain, buat berkasnya dengan kim new --slug "
                       "lalu impor lagi"), None
    if new:
        slug = files.new_slug(want)
        path = files.root / want.place.province_code / want.place.regency_code / f"{slug}.yml"
        before = rowlib.skeleton(want, slug, today)
    else:
        before = files.text(path)
    try:
        after, changed = rowlib.apply(before, want, today, new, partial(_in_history, path))
    except NeedsCheck as exc:
        return Outcome(number, CHECK, "" if new else str(path), str(exc), want.held_back or exc.held,
                       exc.removed), None
    notes = want.notes
    if not new and not changed:
        return Outcome(number, SAME, str(path), "; ".join(["sudah sesuai", *notes]), want.held_back), None
    errors = [p for p in check_bytes(_encoded(after, files.raw.get(path)), str(path), today).problems if p.is_error]
    if errors:
        first = errors[0]
        column = rowlib.column_of(first.field)
        where = f"kolom {want.header(column)}" if column else first.field
        return Outcome(number, CHECK, "" if new else str(path),
                       f"hasilnya tidak lolos kim validate: {where}: {first.message()}", want.held_back), None
    files.texts[path] = after
    if new:
        files.by_village.setdefault(want.place.code, []).append(path)
        files.names[path] = want.nama
    what = "berkas baru" if new else "diubah: " + ", ".join(dict.fromkeys(changed))
    return Outcome(number, WRITTEN if new else UPDATED, str(path), "; ".join([what, *notes]), want.held_back), path


def _in_history(path: Path, text: str) -> bool:
    """Whether a commit of the file at `path` (under its earlier names too) added or removed
    `text`, git's pickaxe: a name or number the file once held. False outside a git checkout
    or without git, where no history can say it."""
    try:
        done = subprocess.run(["git", "log", "--follow", "-1", "--format=%h", "-S", text, "--", path.name],
                              cwd=path.parent, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


def _encoded(text: str, original: bytes | None) -> bytes:
    """The text in the original file's byte form: its BOM and CRLF line ends kept."""
    original = original or b""
    data = text.replace("\n", "\r\n") if b"\r\n" in original else text
    return (b"\xef\xbb\xbf" if original.startswith(b"\xef\xbb\xbf") else b"") + data.encode("utf-8")


def _unread_header(header: int) -> str:
    return (f"judul kolom berulang di baris {header} berbeda dengan judul tabel di atasnya dan tidak dapat dibaca "
            f"(perlu kolom {HEADERS['nama']} dan {HEADERS['desa']} atau {HEADERS['kode']}): baris di bawahnya tidak "
            "ditulis, agar tidak dibaca dengan kolom yang salah; samakan judul kolomnya dengan tabel pertama, atau "
            "impor tabel itu dari lembar sendiri dengan --lembar")


def import_sheet(sheet: Sheet, root: Path, today: dt.date, write: bool) -> tuple[list[Outcome], int]:
    """The outcome of every row (files written when `write`) and the number of names held back."""
    regions, vocab, files = load_regions(), load_vocab(), Files(root)
    outcomes, touched, held = [], [], 0
    for number, row in sheet.rows:
        if number in sheet.held:
            outcomes.append(Outcome(number, CHECK, "", _unread_header(sheet.held[number])))
            continue
        outcome, path = _one(number, row, files, regions, vocab, today, sheet.names)
        outcomes.append(outcome)
        held += outcome.held_back
        if path is not None:
            touched.append(path)
    if write:
        for path in dict.fromkeys(touched):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_encoded(files.texts[path], files.raw.get(path)))
    return outcomes, held


def _reported(o: Outcome, say) -> tuple[str, str, str, str]:
    """A row of the report, its contacts masked as a validation message masks them: a report is
    pasted into a pull request or a chat, and a reason may quote a number or an address."""
    return str(o.row), say(o.result), o.file, redacted(o.reason)


def render_table(outcomes: list[Outcome], say) -> str:
    rows = [_said(REPORT_HEADER, say)] + [(r, result, file or "-", reason)
                                          for r, result, file, reason in (_reported(o, say) for o in outcomes)]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "".join(f"{r[0]:>{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}".rstrip() + "\n"
                   for r in rows)


def _said(keys: tuple[str, ...], say) -> tuple[str, ...]:
    return tuple(say(key) for key in keys)


def summary(outcomes: list[Outcome], held: int, write: bool, say) -> str:
    counts = {kind: sum(o.result == kind for o in outcomes) for kind in (WRITTEN, UPDATED, SAME, CHECK)}
    text = say("summary", rows=len(outcomes), held=held,
               counts=", ".join(f"{n} {say(kind)}" for kind, n in counts.items()))
    removed = sum(o.removed for o in outcomes)
    text += say("summary-removed", n=removed) if removed else ""
    return text if write else text + "\n" + say("dry-run")


def write_report(path: Path, outcomes: list[Outcome], say) -> None:
    path.write_bytes(spreadsheet_csv([_said(REPORT_HEADER, say), *(_reported(o, say) for o in outcomes)]))


def _mapping(path: str | None) -> dict[str, str]:
    """--kolom MAP.yml: `judul di lembar: kolom kami` pairs, read with the safe positioned reader."""
    if path is None:
        return {}
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SheetError("map-unreadable", path=path, reason=exc.strerror) from None
    root = read_node(data)
    pairs = texts(root)
    if not isinstance(root, yamlnode.Map) or len(pairs) != len(root.values):
        raise SheetError("map-pairs", path=path)
    wrong = sorted(v for v in pairs.values() if v not in COLUMNS)
    if wrong:
        raise SheetError("map-unknown", path=path, wrong=", ".join(wrong), columns=", ".join(COLUMNS))
    return pairs


def run_impor(args, today: dt.date) -> int:
    say = report.speaker(TEXTS, args.lang)
    try:
        sheet = load(Path(args.berkas), args.lembar, _mapping(args.kolom))
    except SheetError as exc:
        print(f"kim impor: {exc.said(say)}", file=sys.stderr)
        return 2
    root = Path(args.root)
    if not root.is_dir():
        print(say("no-folder", command="impor", root=root), file=sys.stderr)
        return 2
    if args.laporan and not Path(args.laporan).parent.is_dir():
        print(say("no-report-folder", path=args.laporan), file=sys.stderr)
        return 2
    outcomes, held = import_sheet(sheet, root, today, args.tulis)
    if sheet.unknown:  # a column the office filled in and we did not read must not go unnoticed
        print(say("ignored", columns=", ".join(sheet.unknown)))
    if sheet.by_tail:  # "Data Ketua No. HP" read as No. HP: the office sees whose number is taken
        print(say("by-tail", columns=", ".join(f'{HEADERS[name]} ← "{sheet.names[name]}"' for name in sheet.by_tail)))
    if sheet.skipped:
        print(say("skipped", rows=", ".join(map(str, sheet.skipped))))
    sys.stdout.write(render_table(outcomes, say))
    print(summary(outcomes, held, args.tulis, say))
    if args.laporan:
        write_report(Path(args.laporan), outcomes, say)
    return 1 if any(o.result == CHECK for o in outcomes) else 0
