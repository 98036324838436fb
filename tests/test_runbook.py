"""The withdrawal runbook's live check (step 4) asks for every page and file the site builds a
person's data into (the tester: it left out the printable drafts, kim/<slug>/dokumen/)."""

from __future__ import annotations

import re

from .sitebuild import ROOT

RUNBOOK = ROOT / "docs" / "runbook-pencabutan-izin.md"
PLACEHOLDERS = {"<slug>": "[a-z0-9-]+", "<province-code>": "[0-9]{2}", "<jenis>": "[a-z-]+"}
# A bundled sample KIM's secretary: a board member and a personal contact, whose KIM seeks
# partners of several types.
PERSON = (b"Yuyun (contoh)", b"yuyun.sinarulubelu@example.org")


def checked() -> list[re.Pattern]:
    """The addresses step 4's loop asks for, placeholders as patterns."""
    loop = re.search(r"^for path in (.*?); do$", RUNBOOK.read_text(encoding="utf-8"), re.M | re.S).group(1)
    patterns = []
    for path in loop.replace("\\\n", " ").split():
        pattern = re.escape(path)
        for placeholder, part in PLACEHOLDERS.items():
            pattern = pattern.replace(re.escape(placeholder), part)
        patterns.append(re.compile(pattern))
    return patterns


def test_step_4_asks_for_every_file_that_holds_a_persons_data(bundled_site):
    holding = sorted(path.relative_to(bundled_site).as_posix().removesuffix("index.html")
                     for path in bundled_site.rglob("*")
                     if path.is_file() and any(value in path.read_bytes() for value in PERSON))
    assert "kim/kopi-ulubelu-ngarip/dokumen/" in holding
    patterns = checked()
    assert [address for address in holding if not any(p.fullmatch(address) for p in patterns)] == []
