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


def _text_of(markdown: str) -> str:
    """What a reader sees of Markdown, as plain text: parsed as the profile renders it, so
    `_giat_`, `**radio**`, `\\*`, list markers and links' addresses read as they show."""
    if not _OTHER_SPACE.search(markdown) and all(_PLAIN.match(line) for line in markdown.split("\n")):
        return markdown
    return " ".join("".join(child.content if child.type == "text" else " "
                            for child in token.children or () if child.type in ("text", "softbreak", "hardbreak"))
                    for token in _MD.parse(markdown) if token.type == "inline")


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


@lru_cache(maxsize=1024)  # a profile calls it twice, in each of its two languages
def lead(text: str | None, most: int = 155) -> str:
    """The start of a KIM-written text, to stand for it (a meta description, a card): the
    first paragraph as plain text, its lines joined (text is wrapped at will), up to the end
    of the first sentence that makes it LEAD_ENOUGH long, within `most` characters (search
    engines show about 155); else cut after a word, with "…"."""
    first = _PARAGRAPH_BREAK.split((text or "").strip(), maxsplit=1)[0]
    plain = " ".join(_text_of(first).split())
    if len(plain) <= most:
        return plain
    for end in _SENTENCE_END.finditer(plain, LEAD_ENOUGH - 1):
        if end.end() > most:
            break
        if end[1].lower() not in _ABBREVIATIONS:
            return plain[:end.end()]
    return plain[:most - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


LEAD_ENOUGH = 60  # characters
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! or ? before a space and a capital letter (or a digit), unless the
# word before is an abbreviation that is followed by a name ("Kec. Kramat", "Jl. Merdeka").
_SENTENCE_END = re.compile(r"(\w*)[.!?](?= [A-Z0-9])")
_ABBREVIATIONS = {"kec", "kab", "kel", "ds", "dsn", "jl", "jln", "no", "rt", "rw", "dr", "drs", "ir", "h", "hj",
                  "st", "prov", "pak", "bu", "bpk", "sdr"}
