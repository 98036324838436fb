"""Where the generator's own data files are: the vocabularies (kosakata.yml), the interface
text (antarmuka.yml), the institutional criteria (kelembagaan.yml) and the official region
list (wilayah/). Maintainers' files, never KIM data.

They are read from the package's `generator/data/`, or from the folder named by
$KIM_DATA_DIR: a copy to try an edit on (the tests edit a vocabulary that way without
touching the package). Read at every call, so a loader keyed on the path it is given
never mixes the two.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

ENV = "KIM_DATA_DIR"
# libyaml where present. The pure-Python loader must read each file the same way: a test
# checks that, since the two disagree on some plain scalars (a "?" in a flow mapping).
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKAGE = Path(__file__).parents[1] / "data"


def folder() -> Path:
    value = os.environ.get(ENV)
    return Path(value) if value else PACKAGE


def path(name: str) -> Path:
    return folder() / name


class DataFileError(ValueError):
    """A maintainers' file cannot be used: the message names it, and where in it, in
    Indonesian, then English. The build and the `kim` command stop on it without a traceback."""


def read_yaml(file: Path) -> object:
    """A maintainers' YAML file, read with the safe loader: never KIM data."""
    try:
        with open(file, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else str(file)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(f"{where}: bukan YAML yang sah / not valid YAML ({problem})") from None
