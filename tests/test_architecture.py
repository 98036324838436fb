"""The import rules of generator/ (contracts in pyproject.toml), the size of its modules and of the
browser's (theme/assets/kim/*.js), and that no test reads the day before it runs."""

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


def _clock_read_on_import(tree: ast.Module) -> list[int]:
    """Lines where a module calls `.now()` or `.today()` as it is imported: its statements,
    class bodies, decorators and default values, not the bodies of its functions."""
    lines, todo = [], list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo += [*getattr(node, "decorator_list", ()), *node.args.defaults, *filter(None, node.args.kw_defaults)]
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("now", "today"):
            lines.append(node.lineno)
        todo += ast.iter_child_nodes(node)
    return sorted(lines)


def test_no_test_reads_the_day_when_it_is_collected():
    """A day read at collection is stale in a run across midnight (Jakarta's, for the form
    and the validator): tests read it when they run (test_kontribusi.today_wib)."""
    tests = Path(__file__).parent
    read = {p.name: lines for p in sorted(tests.rglob("*.py"))
            if (lines := _clock_read_on_import(ast.parse(p.read_text(encoding="utf-8"))))}
    assert read == {}
