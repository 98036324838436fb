"""The KIM file format and its validation: bytes → text → positioned YAML nodes → checked
values and problems (`path:line:col: error[CODE] field.path: message`).

`spec` is the single source of truth; the JSON Schema (`schema`) and the format reference
(`docs`) are generated from it. May import `generator.model`; knows nothing of the site,
Jinja, HTML or MkDocs.
"""
