"""Every built page: valid HTML (Nu Html Checker) and no axe-core violations."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .browser import Watch
from .sitebuild import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def require(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm ci` (make test does)")


def pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def test_every_page_is_valid_html(bundled_site):
    require(VNU)
    java = shutil.which("java")
    assert java, "java is required for the Nu Html Checker (make test installs it)"
    done = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(bundled_site)],
                          capture_output=True, text=True)
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '').split('/site/')[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
    assert len(pages(bundled_site)) > 1000


def axe_pages(site: Path) -> list[str]:
    """Every page except the region pages of regions without a KIM, which share one
    template and differ only in names and zeros: of those, a sample. (axe takes about a
    second a page on the 2-core machine; all 1,100 region pages would take 20 minutes.)"""
    empty_regions = [p for p in pages(site)
                     if "wilayah/" in p and 'class="kim-links"' not in (site / p).read_text(encoding="utf-8")]
    return [p for p in pages(site) if p not in empty_regions] + empty_regions[::100]


def test_no_axe_violations(bundled_site, browser, server):
    require(AXE)
    context = browser.new_context(bypass_csp=True)  # to inject axe itself
    Watch(context, server.url)
    page = context.new_page()
    violations = []
    for path in axe_pages(bundled_site):
        page.goto(server.url + path)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        violations += [f"{path}: {v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}"
                       for v in result["violations"]]
    context.close()
    assert violations == []


def test_the_privacy_notice_is_among_the_checked_pages(bundled_site):
    checked = set(axe_pages(bundled_site))
    for path in ("privasi/index.html", "en/privasi/index.html"):
        assert path in pages(bundled_site) and path in checked
