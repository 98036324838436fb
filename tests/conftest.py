import datetime as dt
import subprocess
from pathlib import PurePath

import pytest

# Tests pin "today" so that staleness, future dates and golden files never drift.
TODAY = dt.date(2026, 11, 27)

# (module, name) of every fixture that builds a real site with MkDocs (see site_fixture).
_SITE_FIXTURES = {(__name__, "bundled_site")}


def site_fixture(function):
    """A module-scoped fixture that builds a real site: every test using it is marked `build`."""
    _SITE_FIXTURES.add((function.__module__, function.__name__))
    return pytest.fixture(scope="module")(function)


def pytest_collection_modifyitems(items):
    """The `browser` and `build` markers (pyproject.toml) follow from the fixtures a test
    uses, directly or through other fixtures, so a new test is marked without anyone
    remembering to: `make test-fast` leaves both out. Tests that build or start Chromium
    by other means carry the marker themselves."""
    for item in items:
        used = set(item.fixturenames)
        if "browser" in used:
            item.add_marker(pytest.mark.browser)
        if any((module, name) in _SITE_FIXTURES for name in used for module in (item.module.__name__, __name__)):
            item.add_marker(pytest.mark.build)


class _UnmarkedBuild(subprocess.Popen):
    """A process started by a test without the `build` marker: refused if it runs MkDocs."""

    def __init__(self, args, *rest, **options):
        words = [args] if isinstance(args, (str, bytes)) else list(args)
        if any(PurePath(str(word)).name == "mkdocs" for word in words):
            raise AssertionError("this test runs MkDocs: mark it `build` (or use site_fixture)")
        super().__init__(args, *rest, **options)


def _refuse_build(*args, **options):
    raise AssertionError("this test builds a site with MkDocs: mark it `build` (or use site_fixture)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """What the markers promise `make test-fast` holds: a test without `build` (and the
    fixtures it sets up) may not build a site, in this process or another."""
    if item.get_closest_marker("build"):
        yield
        return
    from generator.mkdocs_plugin.plugin import KimPlugin

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(subprocess, "Popen", _UnmarkedBuild)
        # every build of the site in this process, however started, configures the plugin
        patch.setattr(KimPlugin, "on_config", _refuse_build)
        yield


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite expected outputs and golden files from the current code",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def today() -> dt.date:
    return TODAY


# Shared by every module that needs the real site built from the bundled kims/, a local
# server for it, or the browser: built and started once per test session.


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory):
    from .sitebuild import ROOT, build_site

    return build_site(tmp_path_factory.mktemp("bundled"), ROOT / "kims", mitra=ROOT / "mitra")


@pytest.fixture(scope="session")
def bundled_server(bundled_site):
    from .browser import Server

    server = Server(bundled_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def server(bundled_server):
    """The bundled site's server, under the short name most browser tests use."""
    return bundled_server


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM_ARGS, chromium_path

    path = chromium_path()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
