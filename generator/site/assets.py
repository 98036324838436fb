"""The site's own scripts and stylesheets (theme/assets/kim/), at addresses that carry their
version: a digest of every file of the folder (its images are linked at their bare address).

A visitor's first page after a deploy still goes through the previous deploy's service
worker, which answers files at their exact address from its cache. Under a bare address the
new page would get the old scripts; under a versioned one it gets the new ones from the
network. One version for the folder, in every page's links and in every import between the
scripts, keeps a page's modules from the same deploy: a module that changed and one that did
not are never mixed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = "assets/kim/"

# A relative import between the scripts: static (`from "./util.js"`, `import "./menu.js"`) or
# dynamic (`import("./yamlpatch.js")`).
_IMPORT = re.compile(r'''(\b(?:from|import)\s*\(?\s*")(\./[\w.-]+\.js)(")''')


@dataclass(frozen=True)
class Assets:
    version: str

    def address(self, name: str) -> str:
        """The address of the file `name` of the folder, from the site's root."""
        return f"{FOLDER}{name}?v={self.version}"

    def script(self, text: str) -> str:
        """A script's text with its imports at the same version as the page's links."""
        return _IMPORT.sub(lambda m: f"{m.group(1)}{m.group(2)}?v={self.version}{m.group(3)}", text)


def assets_beside(templates: Path) -> Assets:
    """The assets of the theme whose page templates are the folder `templates` (theme/kim/):
    its folder `assets/kim/`, next to them."""
    digest = hashlib.blake2b(digest_size=4)
    folder = templates.parent / FOLDER
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.blake2b(path.read_bytes()).digest())
    return Assets(digest.hexdigest())
