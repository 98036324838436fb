"""Offline reading: a web app manifest, a service worker (`sw.js`) and the page it shows
without a connection (`offline/`, `en/offline/`).

The service worker keeps the shell in a cache named by a digest of its files, and every page
a visitor opens in a second cache: pages come from the network first and from the cache only
when the network fails, so a deploy reaches a returning visitor at their next visit; a new
worker (its digest changed with the files) keeps the parts of the shell the old one held and
deletes the old shell cache when it takes over. The shell comes in parts, each kept only once
the visitor's page asks for it (offline.js): a language's offline page with the files it loads
(those a kept page reads with), and a language's home page and directory with the directory's
index, the heavy part, which a visitor who opened one profile from a shared link never pays for.
A kept page names people: a page answered 404 or 410 loses its copy, and no copy is kept for
more than 30 days without a visit (the privacy notice, `priv_limit_phones`, says so).
It answers only requests to the site's own origin (map tiles pass by it), and it is a file
of the site, so the pages' policy (`script-src 'self'`) allows it.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import partial
from typing import Callable, Iterator
from urllib.parse import urljoin

from generator.site.core import Site
from generator.site.i18n import LANGS
from generator.site.jsonout import json_text
from generator.site.pages import Page, ThemePage, root_for, unsized
from generator.site.routes import (
    MANIFEST,
    directory_url,
    home_url,
    offline_url,
    other_language,
    source,
)

# The shell's parts, by the page that names each (what offline.js asks for): the pages of a
# part, the files they load follow.
SHELL_PARTS = {part: pages for lang in LANGS for part, pages in (
    (offline_url(lang), (offline_url(lang),)),
    (directory_url(lang), (home_url(lang), directory_url(lang))))}
# At their exact address, with the version (site/assets.py) a page names them by.
_LOADED = re.compile(r'<(?:link|script|img)\b[^>]*?\b(?:href|src)="([^"#?:]+\.(?:css|js|svg)(?:\?v=\w+)?)"')
# The directory's index, which its page names with its version (`versioned`).
_INDEX = re.compile(r'\bdata-index="([^"#:]+)"')
# A module's static imports ("./util.js", on one line or several): loaded with it, though no
# page names them.
_IMPORTED = re.compile(r'^import (?:[^"]* from )?"(\.{1,2}/[^"?]+\.js(?:\?v=\w+)?)";$', re.M)


# The installed app's icon: the white mark on the site's green, edge to edge, so that it shows
# on an install prompt and on Android's white plate (logo.svg alone is white on nothing). The
# mark keeps within the middle 56%, inside the circle of 80% a mask may leave: the 512 px one
# serves as maskable too. The PNGs are icon.svg drawn by Chromium at 192 and 512 px.
APP_ICONS = [{"src": "assets/kim/icon.svg", "sizes": "any", "type": "image/svg+xml"},
             {"src": "assets/kim/icon-192.png", "sizes": "192x192", "type": "image/png"},
             {"src": "assets/kim/icon-512.png", "sizes": "512x512", "type": "image/png"},
             {"src": "assets/kim/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}]


def shell(read: Callable[[str], bytes]) -> dict[str, list[str]]:
    """The shell's addresses by part (`SHELL_PARTS`), relative to the site root (`read` gives
    a built file's bytes)."""
    return {part: _loaded(pages, read) for part, pages in SHELL_PARTS.items()}


def _loaded(pages: tuple[str, ...], read: Callable[[str], bytes]) -> list[str]:
    """`pages`, the directory's index files, and the stylesheets, scripts and images those
    pages load, with the modules those scripts import."""
    files = dict.fromkeys(pages)
    todo = [(url, _LOADED) for url in pages]
    while todo:
        url, loads = todo.pop(0)
        text = read(_file(url)).decode()
        for found in loads.finditer(text):
            address = _resolve(url, found.group(1))
            if address not in files and _file(address).endswith(".js"):
                todo.append((address, _IMPORTED))
            files[address] = None
        if loads is _LOADED:
            for found in _INDEX.finditer(text):
                files.update(dict.fromkeys(_index_files(_resolve(url, found.group(1)), read)))
    return list(files)


def _index_files(entry: str, read: Callable[[str], bytes]) -> list[str]:
    """The directory's entry file and its place names, at the versioned addresses the page
    asks for (the worker answers files at their exact address)."""
    files = json.loads(read(_file(entry)))["berkas"]
    return [entry, _resolve(entry, files["wilayah"]) + "?v=" + files["versi"]]


def _resolve(url: str, relative: str) -> str:
    """`relative`, as read at `url`, from the site root."""
    return urljoin("https://site/" + url, relative).removeprefix("https://site/")


def _file(url: str) -> str:
    """The file an address (a page's ends in "/", or is "" for the home page; a file's may
    have a query) is served from."""
    url = url.partition("?")[0]
    return url + "index.html" if url == "" or url.endswith("/") else url


def service_worker(template: str, read: Callable[[str], bytes]) -> bytes:
    """sw.js: `template` (theme/kim/sw.js) after the shell's parts and its cache's name, a
    digest of every file of the shell, so the name changes whenever one of them does."""
    parts = shell(read)
    digest = hashlib.blake2b(digest_size=8)
    for url in dict.fromkeys(url for files in parts.values() for url in files):
        digest.update(url.encode() + b"\0" + hashlib.blake2b(read(_file(url))).digest())
    head = f"const SHELL_CACHE = {json_text('kim-' + digest.hexdigest())};\nconst SHELL = {json_text(parts)};\n"
    return (head + template).encode()


class OfflineSection:
    def __init__(self, site: Site) -> None:
        self.site = site

    def theme_pages(self) -> list[ThemePage]:
        return [ThemePage(source(offline_url(lang)), lang, "offline", unsized(partial(self.body, lang)))
                for lang in LANGS]

    def shell_pages(self, lang: str) -> Iterator[Page]:
        return iter(())

    def files(self) -> Iterator[tuple[str, bytes]]:
        t = self.site.text["id"]
        manifest = {
            "name": t("site_name"), "short_name": "KIM", "description": t("card_site"), "lang": "id",
            "start_url": "./", "scope": "./", "display": "standalone",
            "background_color": "#ffffff", "theme_color": "#1d5e3b",
            "icons": APP_ICONS,
        }
        yield MANIFEST, json_text(manifest).encode()

    def body(self, lang: str, url: str) -> str:
        t = self.site.text[lang]
        return self.site.render("offline.html", t=t, root=root_for(url), other_url=other_language(url, lang),
                                home=home_url(lang), directory=directory_url(lang))
