"""Share cards: the 1200×630 PNG a messenger (WhatsApp, Facebook, X) shows under a link.

Drawn at build time with Pillow's built-in scalable font (no font file, no network). The
text is drawn in grey levels on one channel, reduced to 16 levels and given a palette that
runs from the background colour to white: a 4-bit palette PNG of a few kilobytes.
"""

from __future__ import annotations

import io
import zlib
from functools import lru_cache
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
_BACKGROUND = (0x1d, 0x5e, 0x3b)  # kim.css: --md-primary-fg-color
_LEVELS = 16


class Card(NamedTuple):
    """What a card says: a title (a KIM's or a region's name), up to two lines under it,
    the site's name at the bottom, and a band saying the data is a sample (or "")."""

    title: str
    lines: tuple[str, ...]
    footer: str
    sample: str = ""


@lru_cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


@lru_cache
def _palette() -> list[int]:
    """Level i of 16: the background blended towards white by i/15."""
    return [round(c + (255 - c) * i / (_LEVELS - 1)) for i in range(_LEVELS) for c in _BACKGROUND]


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width` (a longer word stands alone), at most `most`
    of them, the last ending in "…" when the text does not fit."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) <= most:
        return lines
    last = " ".join(lines[most - 1:])
    while last and font.getlength(last + "…") > width:
        last = last[:-1].rstrip()
    return lines[:most - 1] + [last + "…"]


_BADGE_PAD = 20


def sample_badge(text: str) -> tuple[int, int, int, int]:
    """The box of the band saying the card is a sample: centred across the card, because a
    messenger's small square preview keeps only the centre square (x 285 to 915) of it."""
    left, _, right, bottom = _font(34).getbbox(text.upper())
    width = right - left + 2 * _BADGE_PAD
    x = (WIDTH - width) // 2
    return x, MARGIN, x + width, MARGIN + 12 + bottom + 14


def card_png(card: Card) -> bytes:
    image = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN
    y = MARGIN
    if card.sample:
        box = sample_badge(card.sample)
        draw.rectangle(box, fill=255)
        draw.text((box[0] + _BADGE_PAD, y + 12), card.sample.upper(), font=_font(34), fill=0)
        y += 96
    title = _font(76)
    for line in wrap(card.title, title, width, 3):
        draw.text((MARGIN, y), line, font=title, fill=255)
        y += 92
    y += 16
    small = _font(44)
    for text in card.lines:
        for line in wrap(text, small, width, 1):
            draw.text((MARGIN, y), line, font=small, fill=200)
            y += 58
    draw.line((MARGIN, HEIGHT - MARGIN - 64, WIDTH - MARGIN, HEIGHT - MARGIN - 64), fill=120, width=3)
    draw.text((MARGIN, HEIGHT - MARGIN - 40), card.footer, font=_font(40), fill=255)
    levels = image.point([v * _LEVELS // 256 for v in range(256)])
    paletted = Image.frombytes("P", levels.size, levels.tobytes())
    paletted.putpalette(_palette())
    out = io.BytesIO()
    # Run-length deflate: a card is long runs of one level, and zlib's default search (most of
    # a card's drawing time) finds little more in them; the file is about a fifth larger.
    paletted.save(out, "PNG", compress_type=zlib.Z_RLE)
    return out.getvalue()
