"""The published JSON Schema: generated from the spec, committed for editors, and
accepting exactly what the bundled files hold (an editor-independent check)."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from generator.format import catalogue, source, spec, yamlnode
from generator.format.problems import Collector
from generator.format.schema import schema_text
from generator.model.vocab import load_vocab

from .conftest import TODAY
from .golden import check_golden

ROOT = Path(__file__).parent.parent
BUNDLED = sorted(p for p in (ROOT / "kims").glob("*/*/*.yml") if p.name != "_wilayah.yml")
SETTINGS = sorted((ROOT / "kims").glob("*/*/_wilayah.yml")) + sorted(
    (ROOT / "tests" / "examples" / "valid" / "kims").glob("*/*/_wilayah.yml"))


def as_json(node):
    """A node tree as YAML 1.2 editors see it: plain numbers are numbers, the rest text."""
    if isinstance(node, yamlnode.Map):
        return {k: as_json(v) for k, v in node.values.items()}
    if isinstance(node, yamlnode.Seq):
        return [as_json(v) for v in node.items]
    kind = node.core_kind
    if kind == "int":
        return int(node.text)
    if kind == "float":
        return float(node.text)
    if kind == "bool":
        return node.text.lower() == "true"
    return None if kind == "null" else node.text


def load_json(path: Path):
    out = Collector(str(path))
    return as_json(yamlnode.read(source.decode(path.read_bytes(), out), out))


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("kind", list(spec.KINDS))
def test_committed_schema_is_current(kind, update_golden):
    check_golden(ROOT / "schema" / spec.KINDS[kind].schema, schema_text(kind), update_golden)


def kind_validator(kind: str):
    schema = json.loads(schema_text(kind))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_partner_files_fit_their_schema():
    partners = kind_validator("mitra")
    files = sorted((ROOT / "mitra").glob("*.yml")) + sorted((ROOT / "tests" / "examples" / "valid" / "mitra").glob("*.yml"))
    assert len(files) >= 10
    for path in files:
        assert list(partners.iter_errors(load_json(path))) == [], path
    base = load_json(files[0])
    assert list(partners.iter_errors({**base, "kontak": [{"jenis": "pribadi", "email": "a@example.org"}]}))
    assert list(partners.iter_errors({**base, "kontak": [{"jenis": "lembaga", "nama": "Budi", "email": "a@example.org"}]}))
    assert list(partners.iter_errors({**base, "wilayah_kerja": ["18.07.04.2001"]}))


def test_regency_settings_fit_their_schema_and_not_the_kim_one(validator):
    assert SETTINGS and any(p.is_relative_to(ROOT / "kims") for p in SETTINGS)
    settings = kind_validator("wilayah")
    for path in SETTINGS:
        data = load_json(path)
        assert list(settings.iter_errors(data)) == [], path
        assert list(validator.iter_errors(data)), path
    # what the checker requires beyond single keys, the schema says too
    assert list(settings.iter_errors({"versi": 1}))  # neither coach nor target
    assert list(settings.iter_errors({"versi": 1, "pembina": {"nama": "Diskominfo"}}))  # no channel
    assert list(settings.iter_errors({"versi": 1, "pembina": {"nama": "D", "email": "a@example.org"},
                                      "target_tahun": 2027}))  # a year without a target
    assert list(settings.iter_errors({"versi": 1, "target_kim": 5, "kode": "18.07"}))  # unknown key


def test_bundled_data_is_valid_and_covers_lampung():
    result = catalogue.load([str(ROOT / "kims")], TODAY)
    assert not result.errors
    assert len(result.kims) >= 40
    regencies = {k.place.regency_code for k in result.kims}
    assert regencies == {f"18.{n:02d}" for n in range(1, 14)} | {"18.71", "18.72"}
    assert any(k.is_stale(TODAY) for k in result.kims)
    assert any(not k.sk for k in result.kims)
    assert any(k.dicari for k in result.kims) and any(k.ditawarkan for k in result.kims)
    assert any(c.jenis == "pribadi" for k in result.kims for c in k.kontak)
    # every value the site shows in its own way: each kind of medium, partner, ADINDA letter,
    # SK level and status, and points both exact (public places) and rounded
    vocab = load_vocab()
    kims = result.kims
    assert {m.jenis for k in kims for m in k.media} == set(vocab.values("media"))
    assert {m.jenis for k in kims for m in k.kemitraan} == set(vocab.values("jenis_mitra"))
    assert {a.adinda for k in kims for a in k.kegiatan} == set(vocab.values("adinda"))
    assert {s.tingkat for k in kims for s in k.sk} == set(vocab.values("sk_tingkat"))
    assert {k.status for k in kims} == set(vocab.values("status"))
    points = [d["koordinat"] for d in map(load_json, BUNDLED) if "koordinat" in d]
    assert {p.get("tempat_umum", False) for p in points} == {True, False}


PLATFORM_HOSTS = ("facebook.com", "instagram.com", "youtube.com", "tiktok.com", "x.com", "chat.whatsapp.com", "t.me")


def _urls(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _urls(v)
    elif isinstance(value, list):
        for v in value:
            yield from _urls(v)
    elif isinstance(value, str):
        yield from re.findall(r"https?://[^\s)\]]+", value)


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_file_is_a_sample_that_reaches_no_one(path):
    """The bundled KIMs are invented: they say so, and no link, number or name in them can
    reach or stand for a real person or body."""
    text = path.read_text(encoding="utf-8")
    data = load_json(path)
    assert list(data)[:2] == ["versi", "contoh"] and data["contoh"] is True
    assert not (data.get("asal") == "kelompok-baru" and data.get("basis")), "a new group grew out of no group"
    for url in _urls(data):
        host = urlsplit(url).hostname
        if host == "example.org" or host.endswith((".example.org", ".example")):
            continue
        assert host.removeprefix("www.") in PLATFORM_HOSTS and "contoh" in url.lower(), url
    assert not re.search(r"\+62|\b0\d{8,}|\b62\d{8,}", text), "no phone numbers in sample data"
    for line in text.splitlines():
        if "@" in line and not line.strip().startswith("email:"):
            assert re.search(r"/@contoh", line), line  # only platform handles, never an address
    for contact in data.get("kontak", []):
        assert "telepon" not in contact and "whatsapp" not in contact
        assert contact.get("email", "").endswith("@example.org")
        assert (contact["jenis"] == "pribadi") == ("nama" in contact)
    for person in data.get("pengurus", []) + [c for c in data.get("kontak", []) if "nama" in c]:
        assert "nama" not in person or ("izin_publikasi" in person and person["nama"].endswith(" (contoh)")), person
    for sk in data.get("sk", []):
        assert sk["nomor"].startswith("CONTOH/") and sk["penerbit"].endswith("(contoh)"), sk


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_schema_accepts_bundled_file(path, validator):
    errors = [e.message for e in validator.iter_errors(load_json(path))]
    assert errors == []


@pytest.mark.parametrize("change, fragment", [
    (lambda d: d.pop("wilayah"), "'wilayah' is a required property"),
    (lambda d: d.update(deskrispi="x"), "Additional properties are not allowed"),
    (lambda d: d.update(status="hidup"), "is not one of"),
    (lambda d: d["kontak"].append({"jenis": "pribadi", "nama": "X", "email": "x@example.org"}), "'izin_publikasi' is a required property"),
    (lambda d: d.update(wilayah="18.07"), "does not match"),
    (lambda d: d.update(nama="   "), "does not match"),
    (lambda d: d.update(deskripsi=" \n\n "), "does not match"),
    (lambda d: d.update(alamat="Jl. <b>Raya</b>"), "should not be valid"),
    (lambda d: d.update(alamat="Kopi &amp; Teh"), "should not be valid"),
    (lambda d: d.update(diperbarui="2026-13-02"), "does not match"),
    (lambda d: d.update(diperbarui="2026-10-32"), "does not match"),
    (lambda d: d.update(diperbarui="1944-12-31"), "does not match"),
    (lambda d: d.update(berdiri="2016-00-10"), "is not valid under any of the given schemas"),
])
def test_schema_rejects(change, fragment, validator):
    """What the checker refuses and the schema can say too: editors show it as it is typed."""
    data = load_json(ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml")
    change(data)
    messages = " | ".join(e.message for e in validator.iter_errors(data))
    assert fragment in messages


PRIVACY_REFUSED = {
    "a board member named without consent": (lambda d: d["pengurus"].append({"jabatan": "sekretaris", "nama": "Budi"}),
                                             "'izin_publikasi' is a required property"),
    "a name in the KIM's own contact": (lambda d: d["kontak"].append({"jenis": "lembaga", "nama": "Budi",
                                                                      "email": "kim@example.org"}),
                                        "should not be valid under {}"),
    "a role in the KIM's own contact": (lambda d: d["kontak"].append({"jenis": "lembaga", "peran": "ketua",
                                                                      "email": "kim@example.org"}),
                                        "should not be valid under {}"),
}


@pytest.mark.parametrize("change, fragment", PRIVACY_REFUSED.values(), ids=PRIVACY_REFUSED)
def test_schema_refuses_what_the_consent_rules_refuse(change, fragment, validator):
    """What `kim validate` refuses for privacy (format.rules), the published schema refuses too:
    the open-data tester found both let through. The validator agrees on the same data."""
    path = ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml"
    data = load_json(path)
    assert list(validator.iter_errors(data)) == []
    change(data)
    messages = " | ".join(e.message for e in validator.iter_errors(data))
    assert fragment in messages
    # (JSON is YAML: the validator reads the same data)
    result = catalogue.check_bytes(json.dumps(data, ensure_ascii=False).encode(), str(path.relative_to(ROOT)), TODAY)
    assert {p.code for p in result.problems} & {"name-without-consent", "name-in-org-contact", "role-in-org-contact"}


@pytest.mark.parametrize("change", [
    lambda d: d["pengurus"].append({"jabatan": "sekretaris"}),
    lambda d: d["pengurus"].append({"jabatan": "sekretaris", "nama": "Budi", "izin_publikasi": "2026-10-01"}),
    lambda d: d["kontak"].append({"jenis": "pribadi", "nama": "Budi", "peran": "sekretaris",
                                  "email": "budi@example.org", "izin_publikasi": "2026-10-01"}),
], ids=["a role alone", "a consented name", "a consented personal contact with a role"])
def test_schema_keeps_taking_what_consent_allows(change, validator):
    data = load_json(ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml")
    change(data)
    assert list(validator.iter_errors(data)) == []


@pytest.mark.parametrize("text", ["harga < Rp 10.000", "nilai <5", "Kopi & Teh", "R&D"])
def test_schema_takes_comparison_signs_and_ampersands_for_prose(text, validator):
    data = load_json(ROOT / "kims" / "18" / "18.07" / "sinar-harapan-pekalongan.yml")
    data["alamat"] = text
    assert list(validator.iter_errors(data)) == []


def test_editor_settings_tie_the_schema_to_kim_files():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    # a regency's _wilayah.yml names its own schema in its first line, which editors prefer
    assert settings["yaml.schemas"] == {"schema/kim.schema.json": "kims/**/*.yml", "schema/mitra.schema.json": "mitra/*.yml"}
    assert (ROOT / "schema" / "kim.schema.json").is_file() and settings["[yaml]"]["editor.insertSpaces"]


def test_the_schemas_date_pattern_starts_at_the_formats_earliest_year():
    import re

    from generator.format import schema, spec

    assert re.match(schema.DATE, f"{spec.EARLIEST_YEAR}-01-01")
    assert not re.match(schema.DATE, f"{spec.EARLIEST_YEAR - 1}-12-31")
