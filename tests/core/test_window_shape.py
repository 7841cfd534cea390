"""The window is composed, not mixed: its controllers talk through public interfaces.

Read as source (no Qt needed): a module of ``ui/window`` touches private attributes only
of its own object (``self._x``), never another's (``window._job``), and never probes
for an attribute that initialisation may not have set yet (``getattr(self, "_x", None)``);
the ui tests drive the window through its public face as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
WINDOW = REPOSITORY / "segmenter_app" / "ui" / "window"
#: the names the ui tests give the window they drive
WINDOW_NAMES = {"window", "opened", "main"}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _foreign_private_reads(tree: ast.AST) -> list[str]:
    """``x._name`` where ``x`` is not ``self`` (``self._window.statusBar()`` is fine: the
    private part is the object's own)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                found.append(f"{ast.unparse(node)} (line {node.lineno})")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr", "setattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and _private(node.args[1].value)
        ):
            found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return found


def test_no_window_module_reads_another_objects_private_state() -> None:
    modules = sorted(WINDOW.rglob("*.py"))
    assert len(modules) > 10
    offences = {
        str(module.relative_to(REPOSITORY)): found
        for module in modules
        if (found := _foreign_private_reads(ast.parse(module.read_text(encoding="utf-8"))))
    }
    assert offences == {}


def test_the_check_finds_what_it_looks_for() -> None:
    source = (
        "class Projects:\n"
        "    def open(self, window):\n"
        "        window._job.cancel()\n"
        "        return getattr(self, '_first_layout_pending', False) or self._own\n"
    )
    found = _foreign_private_reads(ast.parse(source))
    assert sorted(found) == ["getattr(self, '_first_layout_pending', False) (line 4)", "window._job (line 3)"]


def test_no_ui_test_reads_a_private_attribute_of_the_window() -> None:
    offences = []
    for module in sorted((REPOSITORY / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and _private(node.attr)
                and isinstance(node.value, ast.Name)
                and node.value.id in WINDOW_NAMES
            ):
                offences.append(f"{module.relative_to(REPOSITORY)}:{node.lineno} {ast.unparse(node)}")
    assert offences == []
