"""The requirements never pick the PySide6 that aborts on Python < 3.12, and the
bundle is built with a pinned binding the project's own requirements admit."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

tomllib = pytest.importorskip("tomllib")

REPOSITORY = Path(__file__).resolve().parents[2]
BROKEN = "6.12.0"  # drops a reference to None per void Qt call (tests/ui/test_qt_guard.py)


def _qt_requirements(python: str) -> list[Requirement]:
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        applies = requirement.marker is None or requirement.marker.evaluate(
            {"python_version": python, "python_full_version": f"{python}.0"}
        )
        if canonicalize_name(requirement.name) == "pyside6-essentials" and applies:
            found.append(requirement)
    return found


def _build_pins() -> dict[str, str]:
    pins = {}
    text = (REPOSITORY / "packaging" / "requirements-build.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


@pytest.mark.parametrize("python", ["3.10", "3.11"])
def test_the_broken_release_is_excluded_where_none_is_mortal(python):
    [requirement] = _qt_requirements(python)
    assert not requirement.specifier.contains(BROKEN)
    assert requirement.specifier.contains("6.11.3")


@pytest.mark.parametrize("python", ["3.12", "3.13"])
def test_the_release_is_admitted_where_none_is_immortal(python):
    [requirement] = _qt_requirements(python)
    assert requirement.specifier.contains(BROKEN)


def test_the_bundle_pins_a_sound_binding_the_project_admits():
    pins = _build_pins()
    qt = pins["pyside6-essentials"]
    assert qt != BROKEN
    assert pins["shiboken6"] == qt  # the binding and its runtime come as a pair
    assert "pyinstaller" in pins
    for python in ("3.10", "3.11", "3.12"):
        [requirement] = _qt_requirements(python)
        assert requirement.specifier.contains(qt), (python, str(requirement))
