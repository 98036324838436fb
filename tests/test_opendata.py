"""The open data as a journalist or a researcher reuses it (data/kims.csv, kims.json,
kims.geojson, data/kim/<slug>.*): what the files hold and what the data page says of them.
Found lacking by the open-data tester; the bytes of a fixture build are in tests/golden."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from generator.format import catalogue
from generator.model.kim import for_bulk
from generator.site.files import opendata

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS

SITE_URL = "https://kim.example.org/"


@pytest.fixture(scope="module")
def kims():
    result = catalogue.load([str(FIXTURE_KIMS)], TODAY)
    assert not result.errors
    return result.kims


def test_the_csv_has_a_byte_order_mark_for_excel(kims):
    """Excel on Windows reads a CSV without one in its code page: "Regapu’u" became "Regapuâ€™u"."""
    named = [dataclasses.replace(for_bulk(kims[0]), nama="KIM Regapu’u")]
    data = opendata.kims_csv(named, TODAY, SITE_URL)
    assert data.startswith(b"\xef\xbb\xbfslug,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["nama"] == "KIM Regapu’u"
