"""What a profile shows of a text written in Markdown, as the contact checks (contacts.py) read
it: markdown-it's reading (generator/site/richtext.py), one shown character for one written, so
that a check's offsets stay the text's. (The form: `readings` in kontribusi-text.js.)

A link shows its text joined to what stands around it, its brackets, address and title gone
("0812 [3456](https://x.example "judul") 7890" shows "0812 3456 7890"), and an image's too, as
a link after a "!" (images are off: "0812 ![3456](a.png) 7890" shows "0812 !3456 7890", read
without the "!", as "0812 *3456* 7890" is refused). A backslash before ASCII punctuation shows
nothing ("0812\\-3456"), and a hard line break (a backslash or spaces before a line's end) is
a line break as any other: the meta description shows the lines joined. Spaces and tabs in a
row show as one space ("0812    3456\\t7890" shows "0812 3456 7890"). A link's address and
title are read apart: what they hold is published all the same (a title as an attribute).
"""

from __future__ import annotations

import re
from typing import Sequence

# CommonMark's inline link, as markdown-it parses it: "[", its text (with brackets in pairs),
# "](", an address (in <...>, or without spaces and with its parentheses in pairs, two deep
# here) and a title after a space (in "", '' or ()), each after any spaces and one line break.
_SPACE = r"[ \t]*(?:\n[ \t]*)?"
_TEXT = r"(?:[^\[\]\\]|\\[\s\S]|\[(?:[^\[\]\\]|\\[\s\S])*\])*"
_IN_ADDRESS = r"(?:[^ \x00-\x1f\x7f()\\]|\\[^ \n])"
_ADDRESS = r"<(?:[^<>\n\\]|\\.)*>|(?:" + _IN_ADDRESS + r"|\((?:" + _IN_ADDRESS + r"|\(" + _IN_ADDRESS + r"*\))*\))+"
_TITLE = r""""(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|\((?:[^()\\]|\\[\s\S])*\)"""
_LINK = (r"!?\[(" + _TEXT + r")\]\(" + _SPACE + r"(?:(" + _ADDRESS + r")" + _SPACE + r"(?:(?<=[ \t\n])(" + _TITLE
         + r")" + _SPACE + r")?)?\)")
# What the page shows otherwise than written, in the order tried: a backslash's escape, a line's
# end with the spaces (and a hard break's backslash) around it, a run of spaces within a line,
# which a browser shows as one (both tried from a run's first space only: from each, a long run
# would be read again and again), and a link (or an image): its text (group 1), address (2) and
# title (3). (`readings` reads a tab as a space first.)
MARKDOWN = re.compile(r"\\[!-/:-@\[-`{-~]|(?<![ \t])[ \t]*\\?\n[ \t]*|(?<! ) {2,}|" + _LINK)
# Whether a text may show otherwise than written (the form's `maybeShown` too).
MAYBE = re.compile(r"[\[\\\n]| {2}")


def readings(plain: str) -> list[tuple[str, Sequence[int]]]:
    """What the page shows of `plain`, then each link's address and title read apart: (the
    text read, where each of its characters stands in `plain`)."""
    plain = plain.replace("\t", " ")
    if not MAYBE.search(plain):  # most texts: shown as written
        return [(plain, range(len(plain)))]
    shown, apart, at = [], [], 0
    for mark in MARKDOWN.finditer(plain):
        shown += range(at, mark.start())
        at = mark.end()
        written = mark.group()
        if written[0] in "![":
            (_, text), *inner = _apart(plain, *mark.span(1))
            shown += text
            apart += inner + _apart(plain, *mark.span(2))
            apart += _apart(plain, mark.start(3) + 1, mark.end(3) - 1) if mark.group(3) else []
        else:  # a line's end, kept; or an escape, its character kept
            shown.append(mark.start() + written.index("\n") if "\n" in written else mark.end() - 1)
    shown += range(at, len(plain))
    return [("".join(plain[i] for i in shown), shown), *apart]


def _apart(plain: str, start: int, end: int) -> list[tuple[str, Sequence[int]]]:
    """The `readings` of `plain[start:end]` (none if `start` is -1: no such part), where each of
    their characters stands in `plain`."""
    return [(text, [start + at for at in origin]) for text, origin in readings(plain[start:end])] if start >= 0 else []
