"""The dates a run is given: an option's YYYY-MM-DD, and the reference date ("today") of the
`kim` command and of the build, the same reading for both, so that a date one refuses the
other refuses with the same words instead of a traceback."""

from __future__ import annotations

import datetime as dt
import os

ENVIRONMENT = "$KIM_TODAY"
# The directory's day is Jakarta's (WIB, UTC+7 all year), whatever the machine's zone: a
# runner in UTC and a laptop in Makassar build the same site on the same day.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
# Said before the program knows the reader's language (an option's value, the build's
# setting): in both, Indonesian first.
NOT_A_DATE = "{value!r} bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date"


class ClockDate(dt.date):
    """Today as Jakarta's clock gives it, no date being given: a message naming it says its
    zone, WIB; a date given (--today, $KIM_TODAY, the build's setting) is no day of a zone."""


def said_today(today: dt.date) -> str:
    """`today` as a message names it: "2026-12-05 WIB" by the clock, "2026-12-05" as given."""
    return today.isoformat() + (" WIB" if isinstance(today, ClockDate) else "")


class NotADate(ValueError):
    """A given date that is not YYYY-MM-DD: the message names where it was given, if known."""

    def __init__(self, value: str, where: str = "") -> None:
        super().__init__((f"{where}: " if where else "") + NOT_A_DATE.format(value=value))


def given_date(text: str, where: str = "") -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise NotADate(text, where) from None


def reference_date(given: str | None, option: str, now: dt.datetime | None = None) -> dt.date:
    """The date a run takes as today: `given` (the value of the setting called `option`), else
    $KIM_TODAY, else the date in Jakarta at `now` (the clock's)."""
    if given:
        return given_date(given, option)
    value = os.environ.get("KIM_TODAY")
    if value:
        return given_date(value, ENVIRONMENT)
    day = (now or dt.datetime.now(dt.timezone.utc)).astimezone(WIB).date()
    return ClockDate(day.year, day.month, day.day)
