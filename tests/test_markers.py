"""The `browser` and `build` markers, which `make test-fast` leaves out, follow from what a
test uses (tests/conftest.py): checked on a real collection of a few modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .sitebuild import build_site

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["tests/test_site.py", "tests/test_statistik.py", "tests/test_browser.py"]


def collected(expression: str) -> set[str]:
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                           "-m", expression, *MODULES], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return {line for line in done.stdout.splitlines() if "::" in line}


@pytest.mark.slow  # three collections in new processes
def test_browser_and_build_markers_follow_the_fixtures():
    fast, build, browser = collected("not browser and not build"), collected("build"), collected("browser")
    assert not fast & build and not fast & browser
    # the `browser` fixture, through a module's own fixture; browser tests need the bundled site
    assert browser and browser == {n for n in fast | build if n.startswith("tests/test_browser.py")}
    assert browser <= build
    # module fixtures made with site_fixture
    assert "tests/test_site.py::test_profile_content" in build
    assert "tests/test_statistik.py::test_statistics_page_is_in_the_nav" in build
    # a test that builds by itself carries the marker
    assert "tests/test_site.py::test_invalid_data_fails_the_build_and_deploys_nothing" in build
    # fixtures that load KIMs or render without MkDocs are no build
    assert {"tests/test_site.py::test_the_menu_links_a_section_to_its_first_page_however_deep",
            "tests/test_statistik.py::test_fixture_numbers",
            "tests/test_statistik.py::test_an_empty_catalogue_says_so"} <= fast


def test_a_test_without_the_build_marker_cannot_build(tmp_path):
    """What `make test-fast` leaves out is what builds: an unmarked test that builds fails,
    in this process (any way into the plugin) or in a process running MkDocs."""
    with pytest.raises(AssertionError, match="mark it `build`"):
        subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path)
    with pytest.raises(AssertionError, match="mark it `build`"):
        build_site(tmp_path / "site")
    assert subprocess.run([sys.executable, "-c", "pass"]).returncode == 0  # other processes run
