"""The core is Qt-free: checked by import-linter and by running it with Qt made
unimportable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from segmenter_app.core.resources import sample_list

REPOSITORY = Path(__file__).resolve().parents[2]
NO_QT = (
    "import sys\n"
    "for name in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
    "    sys.modules[name] = None  # as if Qt were not installed\n"
)


def _linter() -> str:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(linter).exists():
        pytest.skip("import-linter is not installed")
    return linter


def test_import_linter_contracts() -> None:
    done = subprocess.run([_linter()], cwd=REPOSITORY, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_no_qt_contract_covers_every_module_of_the_command_line(tmp_path: Path) -> None:
    """A copy of the package with a Qt import added to every module of ``cli``: the
    contract names each of them (a module the contract missed would pass unnoticed, as
    ``cli_team.py`` did when only ``cli.py`` was covered)."""
    copy = tmp_path / "tree"
    shutil.copytree(
        REPOSITORY / "segmenter_app", copy / "segmenter_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPOSITORY / "pyproject.toml", copy / "pyproject.toml")
    modules = sorted((copy / "segmenter_app" / "cli").rglob("*.py"))
    assert len(modules) >= 5
    for module in modules:
        with module.open("a", encoding="utf-8") as source:
            source.write("\nimport PySide6.QtCore  # added by the test\n")
    done = subprocess.run(
        [_linter(), "--no-cache", "--contract", "cli-no-qt", "pyproject.toml"],
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0, done.stdout + done.stderr
    named = {
        ".".join(module.relative_to(copy).with_suffix("").parts).removesuffix(".__init__")
        for module in modules
    }
    for name in named:
        assert f"{name} -> PySide6" in done.stdout, (name, done.stdout)


@pytest.mark.slow
def test_the_core_and_classify_run_without_qt(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    script = NO_QT + (
        "import pkgutil, importlib, segmenter_app.core as core\n"
        "for module in pkgutil.walk_packages(core.__path__, 'segmenter_app.core.'):\n"
        "    importlib.import_module(module.name)\n"
        "from segmenter_app.cli import main\n"
        f"sys.exit(main(['classify', {str(sample_list('de'))!r}, '-o', {str(out)!r}, '-q']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000


def test_every_package_is_installed_by_pyproject() -> None:
    """`pip install .` copies only the packages pyproject.toml lists: a new folder that is
    not listed would work from the checkout and be missing from every installed app."""
    import tomllib

    listed = set(tomllib.loads((REPOSITORY / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    present = {
        ".".join(init.parent.relative_to(REPOSITORY).parts)
        for init in (REPOSITORY / "segmenter_app").rglob("__init__.py")
    }
    assert present <= listed, f"not in pyproject.toml: {sorted(present - listed)}"
