"""What the tests of `kim impor` and `kim ekspor` start from: a data folder with one bundled KIM
made real, the `kim` command run in it, and an office's messy workbook."""

import datetime as dt
import re
from pathlib import Path

import openpyxl

from generator.cli import main

ROOT = Path(__file__).parent.parent
BUNDLED = ROOT / "kims"
SEED = BUNDLED / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
TODAY = "2026-12-03"
TEMPLATE = ROOT / "content" / "panduan" / "templat-impor-kim.xlsx"


def real(text: str) -> str:
    """A bundled KIM made a real one for a test: the bundled KIMs are all samples
    (`contoh: true`), which `kim impor` never updates and `kim ekspor` leaves out, and a sheet
    holding their "(contoh)" names and "CONTOH/" SK numbers is refused as template data."""
    return re.sub(r"^contoh: true.*\n", "", text, flags=re.M).replace("(contoh)", "(uji)").replace("CONTOH/", "UJI/")


REAL = real(SEED.read_text(encoding="utf-8"))


def kim(args, cwd, capsys, monkeypatch):
    monkeypatch.chdir(cwd)
    code = main([*args, "--today", TODAY])
    out, err = capsys.readouterr()
    return code, out, err


def report(work, capsys, monkeypatch, text: str, *args) -> tuple[int, list[str]]:
    """`kim impor` of a CSV `text`: the exit code and the report's lines without the table's
    header and the summary."""
    (work / "daftar.csv").write_text(text, encoding="utf-8")
    code, out, err = kim(["impor", "daftar.csv", *args], work, capsys, monkeypatch)
    assert err == ""
    return code, [line.rstrip() for line in out.splitlines() if not line.startswith(("baris ", "Uji coba"))][:-1]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yml"))}


def seeded(tmp_path: Path) -> Path:
    """A data folder with one bundled KIM made real (Sinar Harapan, Pekalongan, Lampung Timur)."""
    folder = tmp_path / "kims" / "18" / "18.07"
    folder.mkdir(parents=True)
    (folder / SEED.name).write_text(REAL, encoding="utf-8")
    return tmp_path


def unsampled(folder: Path) -> None:
    for path in folder.rglob("*.yml"):
        path.write_text(real(path.read_text(encoding="utf-8")), encoding="utf-8")


def messy_workbook(path: Path) -> None:
    """A title row, two-row merged headers, blank rows, numbers as text and text as numbers."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Data KIM"
    ws.append(["DAFTAR KIM KABUPATEN LAMPUNG TIMUR TAHUN 2026"])
    ws.merge_cells("A1:N1")
    ws.append(["No", "Nama KIM", "Wilayah", None, "Kabupaten/Kota", "Ketua", None, "Nomor SK", "Tanggal SK",
               "Tingkat SK", "Tahun Berdiri", "Bidang", "Jumlah Anggota", "Izin Publikasi"])
    ws.append([None, None, "Desa/Kel.", "Kecamatan", None, "Nama", "No. HP"])
    for rng in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:L3",
                "M2:M3", "N2:N3"):
        ws.merge_cells(rng)
    rows = [
        [1, "KIM Maju Jaya", "Ds. Adijaya", "Kec. Pekalongan", "Kab. Lampung Timur", "Siti (uji)",
         81234567890, "141/05/KPTS/2020", 44060, "Desa", "2019", "Pertanian, UMKM", "25", "ya"],
        [None] * 14,
        [2, "KIM Sido Rukun", "Sidodadi", None, "Lampung Timur", None, None, None, None, None, None, None,
         None, None],
        [3, "KIM Antah", "Desa Antahberantah", None, "Lampung Timur"] + [None] * 9,
        [4, "KIM Tanpa Izin", "Soekadana Djaja", "Sukadana", "Lampung Timur", "Budi (uji)", "0812 0000 0001",
         None, None, None, 2018, "Kesehatan", 12, None],
        [5, "KIM Tanggal Izin", "Kalibenning", None, "Lampung Timur", "Rina (uji)", "+62 812 0000 0002",
         "UJI/7/2021", dt.datetime(2021, 3, 1), "SK Camat", None, None, "30 orang",
         dt.datetime(2026, 11, 20)],
        [None] * 14,
    ]
    for row in rows:
        ws.append(row)
    book.save(path)
