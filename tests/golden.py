"""Compare generated text with a file checked into the repository.

Run `pytest --update-golden` to rewrite the files after an intended change,
then review the diff before committing it.
"""

from pathlib import Path


def check_golden(path: Path, actual: str, update: bool) -> None:
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run pytest --update-golden"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path} differs from the output (pytest --update-golden rewrites it)"
