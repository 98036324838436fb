"""Last touches on every page the theme renders: valid markup and a Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import jinja2

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CHARSET = '<meta charset="utf-8">'
# Material 9 writes two attributes the HTML standard forbids (the Nu Html Checker reports
# them on every page): autocomplete on its checkbox toggles and an empty nav tabindex.
_INVALID_MARKUP = (
    (re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"'), r"\1"),
    (re.compile(r' tabindex=""'), ""),
)


# The templates whose inline scripts are the theme's own (Material's; our templates write
# none: their code is in files, their data in JSON script elements).
_SCRIPT_TEMPLATES = ("partials/javascripts/", "partials/integrations/analytics.html")
_HOLE = "\x00"
# What a theme script may hold where the page's base URL goes: a relative or absolute path,
# never a quote that would end the string it stands in.
_BASE_URL = r"[A-Za-z0-9._~%/-]*"


def theme_scripts(env: jinja2.Environment, config) -> re.Pattern:
    """The bodies of the inline scripts the theme writes, for any page's base URL.

    Only these get a hash in a page's policy: whatever else a finished page holds (a
    guide's Markdown may carry raw HTML) comes from content, and its scripts never run.
    """
    names = env.list_templates(filter_func=lambda name: name.startswith(_SCRIPT_TEMPLATES))
    bodies = sorted({found.group(1) for name in names for found in
                     _INLINE_SCRIPT.finditer(env.get_template(name).render(base_url=_HOLE, config=config))})
    patterns = [re.escape(body).replace(re.escape(_HOLE), _BASE_URL) for body in bodies]
    return re.compile("|".join(patterns) or "(?!)")


def policy(html: str, tile_origin: str, scripts: re.Pattern) -> str:
    hashes = sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.finditer(html) if scripts.fullmatch(m.group(1))
    })
    return "; ".join((
        "default-src 'self'",
        "script-src 'self' " + " ".join(hashes) if hashes else "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: {tile_origin}",  # connect-src and font-src: default-src's 'self'
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ))


def add_csp(html: str, tile_origin: str, scripts: re.Pattern) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html, tile_origin, scripts)}">'
    return html.replace(_CHARSET, _CHARSET + meta, 1)


_BLANKS = re.compile(r"\n\s+")


def collapse_whitespace(html: str) -> str:
    """Drop the indentation and blank lines the theme writes (about a sixth of a page).

    Only for markup without preformatted text: the shells, whose body is a placeholder.
    Newlines stay, so inline scripts keep their meaning.
    """
    if "<pre" in html or "<textarea" in html:
        return html
    return _BLANKS.sub("\n", html)


_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">\n?')
# Line breaks between two tags, outside scripts (the script part stops before its last ">",
# so a break after it is joined too): the shell's chrome is all blocks and
# flex items, where they render as nothing.
_BETWEEN_TAGS = re.compile(r"(<script\b.*?</script)|>\n(?=<)", re.S)
# The theme's alert box, which only its code-copy buttons fill: the generated pages have none,
# and its 104 bytes pay for the footer's link to the privacy notice.
_DIALOG = '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>'


def _join_tags(found: re.Match) -> str:
    return found.group(1) or ">"


def slim_shell(html: str) -> str:
    """A shell without what its pages never use, as they are copied into every profile:
    indentation, blank lines and line breaks between tags, the generator's name, and the
    theme's interface strings for its search box and code-copy buttons and the alert box of
    the latter (the generated pages have neither). About 1.2 KB in all."""
    html = _BETWEEN_TAGS.sub(_join_tags, _GENERATOR.sub("", collapse_whitespace(html))).replace(_DIALOG, "", 1)
    found = _CONFIG.search(html)
    if not found:
        return html
    config = json.loads(found.group(2))
    config["translations"] = {}
    text = json.dumps(config, sort_keys=True, separators=(",", ":")).replace("<", "\\u003c")
    return html[:found.start(2)] + text + html[found.end(2):]


def finish_page(html: str, tile_origin: str, scripts: re.Pattern) -> str:
    for pattern, replacement in _INVALID_MARKUP:
        html = pattern.sub(replacement, html)
    return add_csp(html, tile_origin, scripts)
