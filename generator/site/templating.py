"""Our templates' Jinja environment: loading per language, and autoescaping at under half
of MarkupSafe's cost per value.

Jinja compiles every `{{ value }}` of an autoescaping template to MarkupSafe's `escape`:
Python code that also wraps each result in a `Markup` object, about 1 µs a value. A
profile page writes about 120 values and is rendered 20,000 times at 10,000 KIMs, so
escaping was two fifths of rendering it. Here plain text (`str`, nearly every value) is
escaped with the same five replacements, in C string methods, and stays a `str`: in an
output position Jinja only joins it with the rest of the page. Anything else (`Markup`,
numbers, undefined values) goes to MarkupSafe as before. The pages are byte for byte
the same (tests/test_escaping.py renders every page body, hostile data included, both ways).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from markupsafe import escape

from generator.model.caches import kept
from generator.site.assets import assets_beside
from generator.site.i18n import LANGS, Text


def escape_text(value) -> str:
    if type(value) is str:  # exactly str: a Markup subclass is already safe
        return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
                .replace("'", "&#39;").replace('"', "&#34;"))
    return escape(value)


class _CodeGenerator(CodeGenerator):
    def _output_child_pre(self, node, frame, finalize) -> None:
        # Jinja's hook for what wraps each output value. Should a later Jinja stop calling
        # it, the templates fall back to MarkupSafe: the same pages, only slower.
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("environment.escape_text(")
            if finalize.src is not None:
                self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)


class TextEscapingEnvironment(Environment):
    """An Environment (autoescape on) whose templates escape text with `escape_text`."""

    code_generator_class = _CodeGenerator
    escape_text = staticmethod(escape_text)


@kept()
def template_env(templates: str) -> Environment:
    """Our templates' environment, kept across the rebuilds of `mkdocs serve`, which then reuse
    the compiled templates. Keyed on the folder only: the interface strings written into the
    `<lang>/` templates (and the templates themselves) are part of the build's fingerprint,
    and a change of it empties this cache (`caches.clear_all`). So Jinja need not look at a
    template file's date whenever a page imports it (`auto_reload`): thousands of calls a build."""
    env = TextEscapingEnvironment(loader=_Loader(templates), autoescape=True, auto_reload=False,
                                  undefined=StrictUndefined, keep_trailing_newline=True)
    # `asset("map.js")`: the address of one of the theme's scripts or stylesheets
    # (assets.py), from the site's root, as a page links it.
    env.globals["asset"] = assets_beside(Path(templates)).address
    return env


_STRING = re.compile(r"(?<![\w.])s\.(\w+)")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
# The name in `{% import "x.html" ... %}` and `{% from "x.html" import ... %}`.
_IMPORT = re.compile(r"""(\{%-?\s*(?:from|import)\s+["'])(?=[^"'/]+["'])""")
# A line break after a tag or a statement, before a tag or a statement: in the templates loaded
# per language (the profile, written twice for every KIM) these are the edges of blocks, where
# a break renders as nothing. About 140 bytes of a profile; tests/test_site.py checks that the
# text reads the same with and without them.
_BREAK_BETWEEN_TAGS = re.compile(r"(?:(?<=>)|(?<=%\}))\n(?=<|\{%)")


class _Loader(FileSystemLoader):
    """Also loads `<lang>/<name>`: template `name` with each interface string (`s.key`)
    written in as a constant, which Jinja escapes once when it compiles the template
    instead of on every render (a profile is rendered for every KIM in both languages),
    and without the line breaks between its tags; the templates it imports are loaded so too,
    so that their macros write what its own markup would.
    Only our own strings (data/antarmuka.yml) are written into a template, never KIM data."""

    def get_source(self, environment, template):
        lang, _, name = template.partition("/")
        if lang not in LANGS:
            return super().get_source(environment, template)
        source, filename, uptodate = super().get_source(environment, name)
        strings = Text(lang).s

        def constant(use: re.Match) -> str:
            return json.dumps(getattr(strings, use.group(1)))

        source = _TAG.sub(lambda tag: _STRING.sub(constant, tag.group()), source)
        source = _IMPORT.sub(lambda use: f"{use.group(1)}{lang}/", source)
        return _BREAK_BETWEEN_TAGS.sub("", source), filename, uptodate
