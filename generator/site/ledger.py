"""What `make site` keeps between its builds, so that a rebuild renders only what changed.

`mkdocs serve` keeps its rendered pages in memory (`memo.py`); `make site` is a new process
every time. What it keeps is a ledger in the cache folder: for every page the build left in
the site folder, the digest of the page's key (`Deferred.key`, every input of the page
beyond the build's sources), its date for the sitemap, and the size and modification time
of the file as the build left it. A later build that finds the same sources, the same key
and the file as it was does not render the page again and leaves the file alone.

The sources are everything else a page is made from: the memo's fingerprint (templates,
the generator's data files, the plugin's settings), the theme's shells, the generator's
code and the installed packages. When any of them differs, the ledger is not used and every
page is rendered again. A file changed by hand (another size or time) is rendered again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import pickle
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

# A page's row: (digest of its key, its date for the sitemap, file size, file mtime in ns).
Row = tuple[bytes, "dt.date | None", int, int]

CODE = Path(__file__).resolve().parent.parent  # the generator package


class Ledger:
    """The rows of the previous build (`kept`, read only) and those of this one (`rows`)."""

    def __init__(self, kept: dict[str, Row] | None = None) -> None:
        self.kept = kept or {}
        self.rows: dict[str, Row] = {}
        self.digest = KeyDigests()

    def unchanged(self, site_dir: str, path: str, digest: bytes) -> Row | None:
        """The previous row of `path` if the page's key and file are as that build left them."""
        row = self.kept.get(path)
        if row is None or row[0] != digest:
            return None
        try:
            status = os.stat(os.path.join(site_dir, path))
        except FileNotFoundError:
            return None
        return row if (status.st_size, status.st_mtime_ns) == row[2:] else None

    def note(self, path: str, digest: bytes, lastmod: dt.date | None, status: os.stat_result) -> None:
        """Record the page just left at `path`, with its file's `status`."""
        self.rows[path] = (digest, lastmod, status.st_size, status.st_mtime_ns)


def key_digest(key: tuple) -> bytes:
    """A digest of a page's key that another process computes alike: by the key's repr, which
    names every field of the records in it. A part whose repr differs between processes (a
    set, an object without a repr of its own) makes the page be rendered again, never wrongly
    reused."""
    return hashlib.blake2b(repr(key).encode(), digest_size=16).digest()


class KeyDigests:
    """`key_digest` for the many keys of one build, which share their parts: a KIM is in its
    profiles' keys, in its matches' and in its region's; the document templates are in every
    KIM's documents page key. Each record (a dataclass) and each long tuple is reduced to a
    digest once per process and stands for itself by that digest in every later key, where
    `repr` would spell it out again each time (at 10,000 KIMs, most of a fresh build's ledger
    cost). What is reduced is kept alive with its digest, so that no id is reused meanwhile.
    So the parts of a key must not change during a build once a key has held them (a list or
    dictionary met on its own is spelled out every time; inside a reduced tuple or record it
    is not): the build's keys hold its frozen data."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[object, str]] = {}

    def __call__(self, key: tuple) -> bytes:
        return hashlib.blake2b(self._token(key).encode(), digest_size=16).digest()

    def _token(self, value) -> str:
        kind = type(value)
        if kind is str or kind is int or value is None:
            return repr(value)
        kept = self._kept.get(id(value))
        if kept is not None:
            return kept[1]
        if kind is list:
            return "[" + ",".join(map(self._token, value)) + "]"
        if kind is dict:
            return "{" + ",".join(f"{self._token(k)}:{self._token(v)}" for k, v in value.items()) + "}"
        if kind is tuple:
            text = "(" + ",".join(map(self._token, value)) + ")"
            if len(text) <= _SHORT:
                return text
        elif dataclasses.is_dataclass(kind):
            text = self._record_text(value)
        else:
            return repr(value)
        token = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        self._kept[id(value)] = (value, token)
        return token

    def _record_text(self, record) -> str:
        name = type(record).__qualname__
        read = getattr(record, "digest", b"")
        if read and isinstance(read, bytes):
            # A model read from a file (a Kim) is that file's bytes read by this build's code and
            # reference data, which the ledger's sources cover: the file's digest is enough.
            return f"{name}:{getattr(record, 'source', '')}:{read.hex()}"
        # compare=False marks what is not part of a record's value (a cached hash)
        parts = [self._token(getattr(record, f.name)) for f in dataclasses.fields(record) if f.compare]
        return f"{name}({','.join(parts)})"


_SHORT = 64  # characters: a tuple's text up to this long is cheaper to spell out than to keep


def code_fingerprint() -> bytes:
    """The generator's code and the installed packages with their versions."""
    digest = hashlib.blake2b(sys.version.encode())
    for path in sorted(CODE.rglob("*.py")):
        digest.update(str(path.relative_to(CODE)).encode() + b"\0" + path.read_bytes())
    # those installed in the environment, not an .egg-info that the folder a build starts in has
    installed = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions(path=installed))
    digest.update("\n".join(packages).encode())
    return digest.digest()


def load(file: Path, sources: bytes) -> Ledger:
    """The ledger kept in `file` if it was made from these `sources`, else an empty one."""
    try:
        with open(file, "rb") as fh:
            made_from, rows = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return Ledger()
    return Ledger(rows if made_from == sources else None)


def save(file: Path, sources: bytes, rows: dict[str, Row]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    part = file.with_name(f"{file.name}.{os.getpid()}")
    with open(part, "wb") as fh:
        pickle.dump((sources, rows), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, file)
