"""KIM-written Markdown to safe HTML: a small subset, rendered, then sanitised.

Only paragraphs, emphasis, lists and links are parsed (no raw HTML, headings,
images or includes); the result then goes through an allow-list sanitiser and
every link is checked again, so even text that skipped validation stays inert.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from .urls import is_safe_href

_MD = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False}).enable(
    ["emphasis", "list", "link", "escape", "newline"]
)
_TAGS = {"p", "em", "strong", "ul", "ol", "li", "a", "br"}


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "a" and attribute == "href":
        return value if is_safe_href(value) else None
    return value


def render_markdown(text: str) -> Markup:
    html = _MD.render(text)
    clean = nh3.clean(
        html,
        tags=_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"https", "http"},
        link_rel="nofollow ugc noopener",
        attribute_filter=_filter,
        strip_comments=True,
    )
    return Markup(clean.strip())
