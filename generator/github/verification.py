"""Whether a pull request changes what only the regency's maintainers may set in a KIM file:
its `verifikasi` (a KIM's own account may edit its profile, not vouch for it) and its former
addresses, `slug_lama` (printed QR codes lead there: a KIM's account may not claim the address
of a KIM deleted, or of one not listed yet).

Compares those keys of a file at the pull request's base and head commits, read through the
API (never checked out) with the format's own reader, which builds no objects and refuses
aliases. Fails closed: a file that cannot be fetched or read counts as changed.
"""

from __future__ import annotations

import base64
import binascii
import functools
import urllib.error
import urllib.parse
from typing import Callable

from generator.format import yamlnode
from generator.format.problems import Collector
from generator.github.client import GitHubAPI

KEYS = ("verifikasi", "slug_lama")
UNREADABLE = object()  # never equal to anything, itself included under `changed`


def _canonical(node: yamlnode.Node):
    """A node as plain, comparable values: any change of text, style or shape shows."""
    if isinstance(node, yamlnode.Scalar):
        return ("scalar", node.style, node.text)
    if isinstance(node, yamlnode.Seq):
        return ("list", tuple(_canonical(item) for item in node.items))
    if isinstance(node, yamlnode.Map):
        return ("map", tuple((key, _canonical(value)) for key, value in node.values.items()))
    return None


def read_map(data: bytes) -> yamlnode.Map | None:
    """A file's top-level mapping, as the format's reader reads it; None when the file cannot
    be read whole."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    out = Collector("")
    root = yamlnode.read(text, out)
    return root if not out.has_errors and isinstance(root, yamlnode.Map) else None


def guarded_of(data: bytes | None):
    """The file's KEYS as comparable values; None without the file; UNREADABLE when the file
    cannot be read whole."""
    if data is None:
        return None
    root = read_map(data)
    return UNREADABLE if root is None else tuple(_canonical(root.values.get(key)) for key in KEYS)


def changed(before: bytes | None, after: bytes | None) -> bool:
    old, new = guarded_of(before), guarded_of(after)
    return old is UNREADABLE or new is UNREADABLE or old != new


def file_at(gh: GitHubAPI, path: str, ref: str) -> bytes | None:
    """The file's bytes at commit `ref`; None when it does not exist there. Raises for any
    other failure, which the caller treats as a change."""
    quoted = urllib.parse.quote(path, safe="/")
    try:
        answer = gh.request("GET", f"/contents/{quoted}?ref={urllib.parse.quote(ref, safe='')}")
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise
    if not isinstance(answer, dict) or answer.get("encoding") != "base64":
        raise ValueError("no file content in the answer")  # a folder, or a file over 1 MB
    return base64.b64decode(answer.get("content", ""), validate=False)


def fetcher(gh: GitHubAPI) -> Callable[[str, str], bytes | None]:
    """`file_at` that asks for each file at each commit once: the checks of one pull request
    read the same files (the API's requests are counted by the hour)."""
    return functools.cache(functools.partial(file_at, gh))


def checker(fetch: Callable[[str, str], bytes | None], base: str, head: str) -> Callable[[str], bool]:
    """`touches(path)`: whether the pull request changes the file's KEYS (always, when
    the commits are not known); `fetch(path, commit)` as `fetcher` makes it."""
    if not (base and head):
        return lambda path: True

    def touches(path: str) -> bool:
        try:
            return changed(fetch(path, base), fetch(path, head))
        except (urllib.error.URLError, OSError, ValueError, binascii.Error):
            return True

    return touches
