"""The published JSON Schema (Draft 2020-12), generated from `spec`."""

from __future__ import annotations

import json

from generator.format import spec
from generator.model.vocab import Vocab, load_vocab

SCHEMA_ID = "https://kim.example.org/data/kim.schema.json"
# A real month and day, in a year from spec.EARLIEST_YEAR (tests/test_schema.py keeps the two in
# step; the checker also refuses 30 February and the future).
DATE = r"^(?:19(?:4[5-9]|[5-9][0-9])|[2-9][0-9]{3})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
# Text that is not blank: on one line (LINE), or on any number of lines (TEXT).
LINE = r"^[^\n]*\S[^\n]*$"
TEXT = r"\S"


def json_schema(vocab: Vocab | None = None) -> dict:
    vocab = vocab or load_vocab()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Profil KIM (Kelompok Informasi Masyarakat)",
        "description": "Satu berkas YAML per KIM. One YAML file per KIM: kims/<provinsi>/<kabupaten>/<slug>.yml",
    }
    schema.update(_type(spec.KIM, vocab))
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


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
        return {"type": "string", "enum": list(vocab.values(t.vocab))}
    if isinstance(t, spec.ListOf):
        out = {"type": "array", "items": _type(t.item, vocab), "maxItems": t.max_items}
        if t.unique:
            out["uniqueItems"] = True
        return out
    return _record(t, vocab)


def _record(t: spec.Record, vocab: Vocab) -> dict:
    properties = {}
    for name, field in t.fields.items():
        prop = _type(field.type, vocab)
        prop["description"] = f"{field.id} / {field.en}"
        properties[name] = prop
    out: dict = {"type": "object", "properties": properties, "additionalProperties": False}
    if t.required:
        out["required"] = list(t.required)
    conditions = [_when(rule) for rule in t.when]
    if conditions:
        out["allOf"] = conditions
    return out


def _when(rule: spec.When) -> dict:
    then = {"anyOf": [{"required": [k]} for k in rule.need]} if rule.any_of else {"required": list(rule.need)}
    return {
        "if": {"properties": {rule.key: {"enum": list(rule.values)}}, "required": [rule.key]},
        "then": then,
    }
