"""A Content-Security-Policy for every page, allowing exactly the theme's own inline scripts."""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CHARSET = '<meta charset="utf-8">'


def policy(html: str, tile_origin: str) -> str:
    hashes = sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.finditer(html)
    })
    return "; ".join((
        "default-src 'self'",
        "script-src 'self' " + " ".join(hashes) if hashes else "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: {tile_origin}",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ))


def add_csp(html: str, tile_origin: str) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html, tile_origin)}">'
    return html.replace(_CHARSET, _CHARSET + meta, 1)
