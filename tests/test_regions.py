"""The official region list: lookups and the codes suggested for a mistyped one."""

from generator.model.regions import load_regions


def test_a_wrong_district_suggests_villages_of_its_regency():
    # Found by testers: 18.01.02.2001 (no district 02 in Lampung Selatan) suggested villages
    # in Halmahera Barat, Maluku Tengah and Sambas.
    near = load_regions().nearest_codes("18.01.02.2001")
    assert near and {p.regency_code for p in near} == {"18.01"}


def test_a_wrong_regency_suggests_villages_of_its_province():
    near = load_regions().nearest_codes("18.99.01.2001")
    assert near and {p.province_code for p in near} == {"18"}


def test_a_wrong_village_suggests_villages_of_its_district():
    near = load_regions().nearest_codes("18.07.04.2099")
    assert near and {p.district_code for p in near} == {"18.07.04"}


def test_a_wrong_province_suggests_from_the_whole_country():
    assert load_regions().nearest_codes("99.01.01.2001")


def test_an_unknown_code_points_to_the_documented_update_of_the_list():
    """A tester's new village (pemekaran) got only the nearest codes, its neighbours': the
    message now says to ask the maintainers, and names where updating the list is written."""
    import re
    from pathlib import Path

    from generator.format.messages import MESSAGES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for code in ("unknown-village", "unknown-region-part"):
        id_, en = MESSAGES[code]
        assert "pemekaran" in id_ and "split from another" in en
        [section] = set(re.findall(r'README\.md, (?:bagian|section) "([^"]+)"', id_ + en))
        assert f"\n## {section}\n" in readme and "npm pack idn-area-data@" in readme
