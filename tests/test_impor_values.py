"""`kim impor` reading cells: region names to codes, and cells as offices type them (a status,
a member count)."""

import datetime as dt

import pytest

from generator.impor import values
from generator.model.regionmatch import match_village, name_key, one_edit_apart
from generator.model.regions import load_regions
from generator.model.vocab import load_vocab


def test_region_names_are_forgiven_but_never_guessed():
    regions = load_regions()

    def code(*names):
        found = match_village(regions, *names)
        return found.place.code if found.place else [p.code for p in found.candidates] or found.reason

    assert code("Desa Pekalongan", "Kec. Pekalongan") == "18.07.04.2001"
    assert code("  ds.  PEKALONGAN ", "", "Kab. Lampung Timur") == "18.07.04.2001"
    assert code("Soekadana Djaja", "", "Lampung Timur") == "18.07.01.2019"  # old spelling
    assert code("Pekalonggan", "", "Lampung Timur") == "18.07.04.2001"  # one typo, one candidate
    assert code("Sidodadi", "", "Kabupaten Lampung Timur") == ["18.07.04.2003", "18.07.05.2010"]
    assert code("Sidodadi", "Sekampung", "Lampung Timur") == "18.07.05.2010"
    assert code("Sidodadii", "", "Lampung Timur") == ["18.07.04.2003", "18.07.05.2010"]  # a typo, two villages
    assert code("Antahberantah", "", "Lampung Timur") == "desa/kelurahan 'Antahberantah' tidak ditemukan"
    assert code("Pekalongan", "Kec. Entah", "Lampung Timur") == (
        "kecamatan 'Kec. Entah' tidak ditemukan; desa/kelurahan 'Pekalongan' ada di Pekalongan, Kec. Pekalongan, "
        "Kabupaten Lampung Timur (18.07.04.2001)")
    assert name_key("Kel. Way Hui") == name_key("wayhui")
    assert one_edit_apart("pekalongan", "pekaloangn") is False and one_edit_apart("pekalongan", "pekalonagn")


def test_cells_as_offices_type_them():
    assert values.phone(81234567890) == "+6281234567890"
    assert values.phone(81234567890.0) == "+6281234567890"
    assert values.phone("0812-3456-7890") == "+6281234567890"
    assert values.phone("+62 812 3456 7890") == "+6281234567890"
    assert values.date(44060) == dt.date(2020, 8, 17)
    assert values.date("44060") == dt.date(2020, 8, 17)
    assert values.date("17/08/2020") == values.date("17 Agustus 2020") == dt.date(2020, 8, 17)
    assert values.date("2020/08/17") == values.date("2020.8.17") == dt.date(2020, 8, 17)  # found by a regency coach
    assert values.date(dt.datetime(2020, 8, 17, 0, 0)) == dt.date(2020, 8, 17)
    assert values.whole("15 orang") == values.whole(15.0) == "15"
    assert values.founded(2016) == values.founded("2016") == "2016"
    assert values.consent("Ya") == (True, None) and values.consent("tidak") == (False, None)
    assert values.consent(None) == (None, None)
    with pytest.raises(values.Unreadable):
        values.phone("08123")


def test_aktif_negated_is_tidak_aktif_never_a_typo_of_aktif():
    # Found by a regency coach: "Nonaktif" was refused with the hint "(mungkin Aktif)", the
    # opposite of what the office meant, and "Non-aktif" was not recognised.
    vocab = load_vocab()
    for typed in ("Nonaktif", "NONAKTIF", "Non-aktif", "non - aktif", "Non Aktif", "TIDAK AKTIF", "tidak-aktif"):
        assert values.status(typed, vocab) == "tidak-aktif", typed
    assert values.status("Aktif", vocab) == "aktif"
    with pytest.raises(values.Unreadable, match=r"^'Nonaktf' tidak dikenal \(yang dikenal: Aktif, Tidak aktif\)$"):
        values.status("Nonaktf", vocab)


def test_a_member_count_below_one_says_what_is_needed():
    # Found by a regency coach: Jumlah anggota "-5" was "bukan bilangan", as if a number it is
    # not; the format needs a whole number of 1 or more.
    assert values.whole("18 orang") == "18"
    for typed in ("-5", "0", "banyak"):
        with pytest.raises(values.Unreadable, match=rf"^'{typed}' bukan bilangan bulat 1 atau lebih$"):
            values.whole(typed)


def test_an_unreadable_phone_cell_is_quoted_with_every_address_masked():
    """The report is pasted into pull requests: no address in it in full, the second neither."""
    with pytest.raises(values.Unreadable) as refused:
        values.phone("budi@gmail.com sari@sarikeluarga.id")
    assert str(refused.value) == "'b…@gmail.com s…@….id' tidak terbaca"
