"""The coach's worklist as a file (the site's wilayah/<code>/worklist.csv and .xlsx): its
columns and the categories of its rows. The site writes it (site/worklist.py); `kim impor`
must know it to refuse it, and may not import the site: both take them from here."""

from __future__ import annotations

from generator.model import datafiles
from generator.model.placewords import EVERY, reworded

CRITERIA_FILE = "kelembagaan.yml"  # in the data folder; its `daftar_kerja` names the other categories
SK_ENDING = "sk-berakhir"  # KIMs whose SK expired or ends soon, not renewed
REQUESTS = "mencari-mitra"  # KIMs with open partnership requests
VILLAGES = "desa-tanpa-kim"  # villages of the official list without an active KIM
RESERVED_CATEGORIES = (SK_ENDING, REQUESTS, VILLAGES)  # the categories no signal of CRITERIA_FILE names
# The keys of data/antarmuka.yml titling the reserved categories on the worklist page
RESERVED_TITLES = {SK_ENDING: "worklist_sk_expiring", REQUESTS: "worklist_requests", VILLAGES: "worklist_villages"}
# `contoh`: "ya" for a sample KIM, as in data/kims.csv: a row copied into an office's own
# spreadsheet keeps the label of invented data (empty on a village's row)
# `berlaku_hingga`: on an `sk-berakhir` row, the end of the term of its earliest ending SK
# `status`: the KIM's (aktif, tidak-aktif). A village whose only KIMs are inactive is listed by
# the first of them, its name, profile and status; one with no KIM has none. Last, so that
# older saved files keep their columns
CSV_FIELDS = ("kategori", "kode", "nama", "kecamatan", "desa_kelurahan", "diperbarui", "url", "contoh",
              "berlaku_hingga", "status")


def _listed() -> list[dict]:
    """The entries of CRITERIA_FILE's `daftar_kerja`, read leniently (the build checks that
    file; here a sheet's cells are only compared with it)."""
    data = datafiles.read_yaml(datafiles.path(CRITERIA_FILE))
    listed = data.get("daftar_kerja") if isinstance(data, dict) else None
    return [entry for entry in listed or () if isinstance(entry, dict)]


def categories() -> frozenset[str]:
    """Every category a worklist row may have: the reserved ones and those of `daftar_kerja`."""
    named = {entry.get("kategori") for entry in _listed()}
    return frozenset(RESERVED_CATEGORIES) | {c for c in named if isinstance(c, str)}


def titles() -> frozenset[str]:
    """The categories' titles in both languages, as the worklist page heads them: a coach may
    have replaced the codes of a worklist file by them ("Desa/kelurahan tanpa KIM aktif", in
    Papua "Kampung/kelurahan tanpa KIM aktif")."""
    strings = datafiles.read_yaml(datafiles.path("antarmuka.yml"))
    reserved = [strings.get(key) for key in RESERVED_TITLES.values()] if isinstance(strings, dict) else []
    texts = [text for title in [entry.get("judul") for entry in _listed()] + reserved
             if isinstance(title, dict) for text in title.values() if isinstance(text, str)]
    return frozenset(reworded(text, words) for text in texts for words in EVERY)
