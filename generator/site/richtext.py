"""KIM-written Markdown to safe HTML: a small subset, rendered, then sanitised.

Only paragraphs, emphasis, lists and links are parsed (no raw HTML, headings,
images or includes); the result then goes through an allow-list sanitiser and
every link is checked again, so even text that skipped validation stays inert.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.model.urls import is_safe_href

_MD = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False}).enable(
    ["emphasis", "list", "link", "escape", "newline"]
)
_TAGS = {"p", "em", "strong", "ul", "ol", "li", "a", "br"}


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "a" and attribute == "href":
        return value if is_safe_href(value) else None
    return value


# Text without any character that could start Markdown syntax or HTML, list markers or
# hard line breaks: most descriptions. For it, markdown-it and the sanitiser would only
# wrap paragraphs and escape & < >, so we do that directly (tests compare both paths).
_PLAIN = re.compile(r"^(?!\s*(?:[-+*]|[0-9]+[.)])(?:\s|$))[^*_\[\]<>`\\]*(?<!  )$")
_OTHER_SPACE = re.compile(r"[^\S \n]")  # tabs, CR, no-break and other spaces: trimmed differently


def _plain_html(text: str) -> Markup:
    paragraphs = [p.strip(" \n") for p in re.split(r"\n[ ]*\n", text) if p.strip(" \n")]
    escaped = ("\n".join(_escape(line.strip(" ")) for line in p.split("\n")) for p in paragraphs)
    return Markup("\n".join(f"<p>{p}</p>" for p in escaped))


def _escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=4096)  # a profile renders in two languages; the text is the same
def render_markdown(text: str) -> Markup:
    if not _OTHER_SPACE.search(text) and all(_PLAIN.match(line) for line in text.split("\n")):
        return _plain_html(text)
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
