"""Charts drawn at build time as accessible inline SVG: no chart library, no JavaScript.

Every chart is an `<svg role="img">` named by its `<title>` and described by its
`<desc>`; the page puts the same numbers in a table next to it. Sizes are viewBox
units, so a chart scales with the column it sits in. Every text is escaped (region
names come from data files), ids derive from the chart's key (no random ids), and
the same input always gives the same bytes.

The caller formats every number (`Text.number`, `Text.percent`): this module knows
no language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup, escape

SVG_NS = "http://www.w3.org/2000/svg"
# Narrow enough that a 360 px phone draws a chart at its own size or larger, so the smallest
# text stays 12 px there; the stylesheet stops a wide screen from scaling it past 1.25.
WIDTH = 300

# Colours on white: text at least 4.5:1, graphics at least 3:1 (WCAG AA).
INK = "#1f2328"     # 15.9:1
MUTED = "#52575c"   # 7.2:1: axes, track outlines, secondary text
BAR = "#1d5e3b"     # 7.6:1: the project's deep green
BAR_ALT = "#1b5e86"  # 6.6:1: link blue, for a second series
TRACK = "#ffffff"

LABEL_SIZE = 13
VALUE_SIZE = 12
SMALL_SIZE = 11
CHAR_WIDTH = 0.56  # an average glyph, in ems: enough to keep labels apart
BOLD = ' font-weight="700"'
_ID = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True)
class Datum:
    """One bar or column: `text` is the value as the reader sees it."""

    label: str
    value: float
    text: str


def chart_id(key: str) -> str:
    """A stable, valid id for the chart `key` (e.g. "provinsi" -> "kim-chart-provinsi")."""
    return "kim-chart-" + (_ID.sub("-", key.lower()).strip("-") or "x")


def _n(value: float) -> str:
    """A coordinate: at most two decimals, no trailing zeros, never "-0"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _fits(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def _clip(text: str, room: float, size: float) -> str:
    """`text` shortened with an ellipsis to fit `room` units (the table has it in full)."""
    most = max(1, int(room / (size * CHAR_WIDTH)))
    return text if len(text) <= most else text[: max(1, most - 1)].rstrip() + "…"


def _wrap(text: str, room: float, size: float) -> list[str]:
    """`text` on a line of `room` units, else on two: broken after the last slash that fits
    (between the parts of "Village (desa)/Urban village (kelurahan)"), else at the last space,
    the second line as wide as the chart. Only what two lines cannot hold is clipped."""
    most = max(1, int(room / (size * CHAR_WIDTH)))
    if len(text) <= most:
        return [text]
    slash = text.rfind("/", 0, most)
    cut = slash + 1 if slash > 0 else text.rfind(" ", 0, most + 1)
    if cut <= 0:
        return [_clip(text, room, size)]
    return [text[:cut].rstrip(), _clip(text[cut:].lstrip(), WIDTH, size)]


def _svg(key: str, title: str, desc: str, height: float, parts: list[str], css: str) -> Markup:
    cid = chart_id(key)
    head = (
        f'<svg xmlns="{SVG_NS}" class="kim-chart {escape(css)}" id="{cid}" '
        f'viewBox="0 0 {WIDTH} {_n(height)}" width="{WIDTH}" height="{_n(height)}" role="img" '
        f'aria-labelledby="{cid}-title" aria-describedby="{cid}-desc">'
        f'<title id="{cid}-title">{escape(title)}</title>'
        f'<desc id="{cid}-desc">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(parts) + "</svg>")


def _text(x: float, y: float, text: str, size: float, fill: str = INK, anchor: str = "start",
          extra: str = "") -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" fill="{fill}" '
            f'text-anchor="{anchor}"{extra}>{escape(text)}</text>')


def _rows(data: Sequence[Datum], bar_width, track: bool, colour: str) -> tuple[float, list[str]]:
    """Rows of a horizontal chart: the label and value on one line (a long label goes on to a
    second), the bar under it."""
    row, line, bar_h, parts = 38.0, 16.0, 12.0, []
    top = 4.0
    for d in data:
        value_w = _fits(d.text, VALUE_SIZE)
        lines = _wrap(d.label, WIDTH - value_w - 12, LABEL_SIZE)
        parts.append('<g class="kim-chart-row">'
                     + "".join(_text(0, top + 13 + i * line, text, LABEL_SIZE) for i, text in enumerate(lines))
                     + _text(WIDTH, top + 13, d.text, VALUE_SIZE, anchor="end", extra=BOLD))
        y = top + 18 + (len(lines) - 1) * line
        if track:
            parts.append(f'<rect x="0.5" y="{_n(y + .5)}" width="{WIDTH - 1}" height="{_n(bar_h - 1)}" '
                         f'fill="{TRACK}" stroke="{MUTED}" stroke-width="1"/>')
        w = bar_width(d.value)
        if w > 0:
            parts.append(f'<rect x="0" y="{_n(y)}" width="{_n(max(w, 2))}" height="{_n(bar_h)}" fill="{colour}"/>')
        parts.append("</g>")
        top += row + (len(lines) - 1) * line
    return top + 2, parts


def bar_chart(key: str, title: str, desc: str, data: Sequence[Datum], colour: str = BAR) -> Markup | None:
    """Horizontal bars for counts (e.g. KIMs per region), scaled to the largest value."""
    if not data:
        return None
    top = max(d.value for d in data) or 1
    height, parts = _rows(data, lambda v: WIDTH * v / top, False, colour)
    return _svg(key, title, desc, height, parts, "kim-chart--bars")


def share_chart(key: str, title: str, desc: str, data: Sequence[Datum], colour: str = BAR) -> Markup | None:
    """Horizontal bars for shares: each value is a fraction 0..1, drawn on a 0-100% track."""
    if not data:
        return None
    height, parts = _rows(data, lambda v: WIDTH * min(max(v, 0.0), 1.0), True, colour)
    return _svg(key, title, desc, height, parts, "kim-chart--shares")


def column_chart(key: str, title: str, desc: str, data: Sequence[Datum], colour: str = BAR) -> Markup | None:
    """Vertical columns along an ordered axis (e.g. KIMs founded per year).

    Every column carries its value when the values fit above the columns; otherwise
    only the highest and the last do (the table beside the chart has them all).
    Axis labels thin out to every k-th one so they never overlap.
    """
    if not data:
        return None
    height, top_pad, bottom_pad = 220.0, 20.0, 26.0
    plot_h = height - top_pad - bottom_pad
    base = top_pad + plot_h
    slot = WIDTH / len(data)
    col_w = max(1.0, slot * 0.7)
    top = max(d.value for d in data) or 1
    widest_value = max(_fits(d.text, SMALL_SIZE) for d in data)
    label_all_values = widest_value <= slot - 2
    widest_label = max(_fits(d.label, SMALL_SIZE) for d in data)
    step = max(1, math.ceil((widest_label + 6) / slot))
    highest = max(range(len(data)), key=lambda i: (data[i].value, i))
    labelled = {highest}
    last = len(data) - 1
    if slot * (last - highest) >= (_fits(data[highest].text, SMALL_SIZE) + _fits(data[last].text, SMALL_SIZE)) / 2 + 4:
        labelled.add(last)
    axis = _axis_labels(data, slot, step)
    parts = [f'<line x1="0" y1="{_n(base + .5)}" x2="{WIDTH}" y2="{_n(base + .5)}" stroke="{MUTED}" stroke-width="1"/>']
    for i, d in enumerate(data):
        centre = slot * i + slot / 2
        h = plot_h * d.value / top
        parts.append('<g class="kim-chart-col">')
        if h > 0:
            parts.append(f'<rect x="{_n(centre - col_w / 2)}" y="{_n(base - max(h, 1))}" '
                         f'width="{_n(col_w)}" height="{_n(max(h, 1))}" fill="{colour}"/>')
        if label_all_values or i in labelled:
            anchor = "middle"
            x = centre
            if not label_all_values:  # keep a lone label inside the chart
                w = _fits(d.text, SMALL_SIZE) / 2
                x = min(max(centre, w), WIDTH - w)
            parts.append(_text(x, base - h - 5, d.text, SMALL_SIZE, anchor=anchor, extra=BOLD))
        if i in axis:
            parts.append(_text(axis[i], base + 16, d.label, SMALL_SIZE, MUTED, "middle"))
        parts.append("</g>")
    return _svg(key, title, desc, height, parts, "kim-chart--columns")


def _axis_labels(data: Sequence[Datum], slot: float, step: int) -> dict[int, float]:
    """The centre of every step-th axis label, counted back from the last one, which always
    shows. A label at an edge moves inwards to stay inside the chart; one that would then
    crowd the label after it is left out."""
    gap = max(_fits(d.label, SMALL_SIZE) for d in data) + 6
    shown: dict[int, float] = {}
    after = WIDTH + gap  # the centre of the label shown after this one
    for i in range(len(data) - 1, -1, -step):
        w = _fits(data[i].label, SMALL_SIZE) / 2
        x = min(max(slot * i + slot / 2, w), WIDTH - w)
        if after - x >= gap:
            shown[i] = after = x
    return shown
