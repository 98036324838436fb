"""The import rules of generator/ (contracts in pyproject.toml) and the size of its modules and of the
browser's (theme/assets/kim/*.js)."""

import ast
import re
import subprocess
import sys
from pathlib import Path

GENERATOR = Path(__file__).parent.parent / "generator"


def test_import_contracts_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=GENERATOR.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_module_is_over_500_lines():
    # the browser's modules (theme/assets/kim/, not the vendored libraries) are held to it too
    files = [*GENERATOR.rglob("*.py"), *(GENERATOR.parent / "theme" / "assets" / "kim").glob("*.js")]
    long = {str(p.relative_to(GENERATOR.parent)): n for p in files
            if (n := p.read_text(encoding="utf-8").count("\n")) > 500}
    assert not long, long


def test_every_package_says_what_it_owns_and_may_import():
    for init in GENERATOR.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and re.search(r"\b(may import|imports)\b", doc, re.I), init
