"""Our templates escape text themselves (generator/site/templating.py): the same bytes as
MarkupSafe's autoescaping, for every page body, hostile data included."""

from __future__ import annotations

import pytest
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup, escape

from generator.format import catalogue  # noqa: F401  (registers the site's sections)
from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.pages import Deferred
from generator.site.templating import TextEscapingEnvironment, escape_text

from .conftest import TODAY
from .sitebuild import FIXTURE_KIMS, site_model
from .test_security import ATTACK, hostile_kims


@pytest.mark.parametrize("value", [
    "", "plain", ATTACK, "a & b < c > d 'e' \"f\"", "&amp; already", "Śląsk ñ 日本 \u202e", "\n\t",
    Markup("<b>safe</b>"), 3, 2.5, None, True,
])
def test_escape_text_is_markupsafe_escape(value):
    assert escape_text(value) == str(escape(value))


def test_templates_use_it_only_where_jinja_would_escape():
    env = TextEscapingEnvironment(autoescape=True, undefined=StrictUndefined)
    assert "environment.escape_text(" in env.compile("{{ x }}", raw=True)
    template = env.from_string(
        "{{ x }}|{{ m }}|{% set c %}{{ x }}{% endset %}{{ c }}|{% macro f(v) %}<i>{{ v }}</i>{% endmacro %}{{ f(x) }}"
        "|{% autoescape false %}{{ x }}{% endautoescape %}")
    assert template.render(x="<a&'\">", m=Markup("<b>")) == (
        "&lt;a&amp;&#39;&#34;&gt;|<b>|&lt;a&amp;&#39;&#34;&gt;|<i>&lt;a&amp;&#39;&#34;&gt;</i>|<a&'\">")


def _bodies(site: Site) -> dict[str, str]:
    bodies = {}
    for lang in LANGS:
        for item in site.shell_pages(lang):
            page = item.make() if isinstance(item, Deferred) else item
            bodies[page.url] = page.body
    for page in site.theme_pages():
        bodies[page.src] = site.theme_body(page, page.src.replace("index.md", ""), {})
    return bodies


@pytest.mark.slow  # every page body, twice
def test_every_page_body_is_the_same_as_with_markupsafe():
    kims = catalogue.load([str(FIXTURE_KIMS)], TODAY).kims + hostile_kims()
    site = site_model(kims, TODAY)
    assert isinstance(site.env, TextEscapingEnvironment)  # what the build renders with
    ours = _bodies(site)
    plain = Environment(loader=site.env.loader, autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    plain.globals.update(site.env.globals)
    site.env = plain
    site.templates = {}
    assert _bodies(site) == ours
    assert len(ours) > 2 * len(kims) and any("&lt;script&gt;" in body for body in ours.values())
