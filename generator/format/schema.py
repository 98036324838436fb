"""The published JSON Schema (Draft 2020-12), generated from `spec`."""

from __future__ import annotations

import json

from generator.format import spec
from generator.model.vocab import Vocab, load_vocab

SCHEMA_BASE = "https://kim.example.org/data/"
# A real month and day, in a year from spec.EARLIEST_YEAR (tests/test_schema.py keeps the two in
# step; the checker also refuses 30 February and the future).
DATE = r"^(?:19(?:4[5-9]|[5-9][0-9])|[2-9][0-9]{3})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
# Text that is not blank: on one line (LINE), or on any number of lines (TEXT).
LINE = r"^[^\n]*\S[^\n]*$"
TEXT = r"\S"


DESCRIPTIONS = {
    "kim": "Satu berkas YAML per KIM. One YAML file per KIM: ",
    "wilayah": "Pengaturan satu kabupaten/kota, di foldernya. One regency's settings, in its folder: ",
    "mitra": "Satu berkas YAML per mitra. One YAML file per partner: ",
}


def json_schema(vocab: Vocab | None = None, kind: str = "kim") -> dict:
    """The JSON Schema of one kind of data file (`spec.KINDS`)."""
    vocab = vocab or load_vocab()
    spec_kind = spec.KINDS[kind]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE + spec_kind.schema,
        "title": spec_kind.title,
        "description": DESCRIPTIONS[kind] + spec_kind.where,
    }
    schema.update(_type(spec_kind.record, vocab))
    return schema


def schema_text(kind: str = "kim") -> str:
    return json.dumps(json_schema(kind=kind), ensure_ascii=False, indent=2) + "\n"


def _type(t: spec.Type, vocab: Vocab) -> dict:
    if isinstance(t, spec.Text):
        # Not blank (one character other than a space), on one line unless multiline, no HTML.
        out = {"type": "string", "minLength": 1, "maxLength": t.max_len}
        if t.format:
            out["pattern"] = spec.FORMATS[t.format]
        else:
            out["pattern"] = TEXT if t.multiline else LINE
        out["not"] = {"pattern": spec.HTML}
        return out
    if isinstance(t, spec.Whole):
        return {"type": "integer", "minimum": t.minimum, "maximum": t.maximum}
    if isinstance(t, spec.Decimal):
        return {"type": "number", "minimum": t.minimum, "maximum": t.maximum}
    if isinstance(t, spec.Year):
        return {"type": "integer", "minimum": t.minimum, "maximum": 2100}
    if isinstance(t, spec.Day):
        day = {"type": "string", "pattern": DATE, "format": "date"}
        return {"anyOf": [day, {"type": "integer", "minimum": t.minimum_year, "maximum": 2100}]} if t.year else day
    if isinstance(t, spec.Flag):
        return {"type": "boolean"}
    if isinstance(t, spec.Choice):
        return {"type": "string", "enum": list(t.only or vocab.values(t.vocab))}
    if isinstance(t, spec.ListOf):
        out = {"type": "array", "items": _type(t.item, vocab), "maxItems": t.max_items}
        if t.min_items:
            out["minItems"] = t.min_items
        if t.unique:
            out["uniqueItems"] = True
        return out
    return _record(t, vocab)


# What `rules` refuses for privacy and a schema can say too, so that an editor underlines it as
# it is typed: a board member's name needs its recorded consent, and a KIM's own contact
# (lembaga) names no one, nor whose it is (`peran`). Written with the keywords the contribution
# form's schema interpreter reads (kontribusi-schema.js): if/then, not, required.
PRIVACY = (
    (spec.PENGURUS, {"if": {"properties": {"nama": {}}, "required": ["nama"]},
                     "then": {"required": [spec.CONSENT]}}),
    (spec.KONTAK, {"if": {"properties": {"jenis": {"enum": ["lembaga"]}}, "required": ["jenis"]},
                   "then": {"properties": {"nama": {"not": {}}, "peran": {"not": {}}}}}),
)


def _record(t: spec.Record, vocab: Vocab) -> dict:
    properties = {}
    for name, field in t.fields.items():
        prop = _type(field.type, vocab)
        prop["description"] = f"{field.id} / {field.en}"
        properties[name] = prop
    out: dict = {"type": "object", "properties": properties, "additionalProperties": False}
    if t.required:
        out["required"] = list(t.required)
    conditions = [_when(rule) for rule in t.when] + [rule for record, rule in PRIVACY if record is t]
    conditions += [{"anyOf": [{"required": [k]} for k in group]} for group in t.any_of]
    if t.with_keys:
        out["dependentRequired"] = {key: list(needed) for key, needed in t.with_keys}
    if conditions:
        out["allOf"] = conditions
    return out


def _when(rule: spec.When) -> dict:
    then = {"anyOf": [{"required": [k]} for k in rule.need]} if rule.any_of else {"required": list(rule.need)}
    return {
        "if": {"properties": {rule.key: {"enum": list(rule.values)}}, "required": [rule.key]},
        "then": then,
    }
