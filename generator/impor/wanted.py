"""What a spreadsheet row asks of one KIM file (`Wanted`), and why a row cannot be written
(`NeedsCheck`): shared by reading a row (rows.py), the chair's holds (holds.py) and the run."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.impor.sheet import HEADERS
from generator.model.regions import Place


class NeedsCheck(Exception):
    """The row cannot be written as it is: the message says why (Indonesian). `held`: the
    row names a chair who is not written for want of their own consent; `removed`: a chair's
    name or number the file once held and no longer does, whatever consent the row gives;
    `kim`: the row's KIM, whose file the report names beside the reason."""

    def __init__(self, message: str, held: bool = False, kim: tuple[str, str] | None = None,
                 removed: bool = False) -> None:
        super().__init__(message)
        self.held = held
        self.removed = removed
        self.kim = kim  # (village code, identity) of the KIM the row names, when its village was found


@dataclass
class Wanted:
    """What the sheet says about one KIM, as the file writes it (text values)."""

    nama: str
    place: Place
    scalars: dict[str, str] = field(default_factory=dict)  # alamat, berdiri, anggota, status
    bidang: list[str] | None = None
    sk: dict[str, str] | None = None  # tingkat, nomor, tanggal
    ketua: str | None = None  # only with consent
    named: str | None = None  # the chair the row names, with consent or without
    phone: str | None = None  # only with consent
    consent: bool | None = None  # True: date or ya; False: tidak; None: empty cell
    consent_date: str | None = None
    # `held_back` and `notes` are for the report; `apply` completes them with what it makes of the chair
    held_back: bool = False  # a name (or phone) in the row not written for want of consent
    notes: list[str] = field(default_factory=list)  # e.g. a name read within one typo
    names: dict[str, str] = field(default_factory=dict)  # our column → its header in the sheet
    examples: dict[str, bool] = field(default_factory=dict)  # columns holding the template's values (_examples)
    columns: frozenset[str] = frozenset()  # the sheet's columns: an empty cell speaks, a missing column does not

    def header(self, key: str) -> str:
        return header(self.names, key)


def header(names: dict[str, str], key: str) -> str:
    """A column as the sheet names it (`names`: our column → its header), else as ours."""
    return names.get(key) or HEADERS[key]
