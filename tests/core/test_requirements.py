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


def _check_wheels():
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_wheels", REPOSITORY / "packaging" / "check_wheels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_wheel_check_resolves_everything_the_bundle_installs():
    """CI resolves the bundle for Windows and macOS (packaging/check_wheels.py): it must
    ask for every pin and every dependency of the project, pinned or not."""
    check = _check_wheels()
    asked = {canonicalize_name(Requirement(line).name) for line in check.requirements()}
    assert set(_build_pins()) <= asked
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        assert canonicalize_name(Requirement(line).name) in asked, line
    # Every dependency of the project is pinned for the bundle: an unpinned one would
    # take whatever is newest on the day of the build.
    for line in project["dependencies"]:
        assert canonicalize_name(Requirement(line).name) in _build_pins(), line


def test_the_wheel_check_asks_for_binary_wheels_of_the_declared_macos():
    check = _check_wheels()
    tags = [tag for _name, tag in check.targets()]
    assert "win_amd64" in tags
    spec = (REPOSITORY / "packaging" / "segmenter.spec").read_text(encoding="utf-8")
    declared = spec.split('"LSMinimumSystemVersion": "', 1)[1].split('"', 1)[0].replace(".", "_")
    assert f"macosx_{declared}_arm64" in tags and f"macosx_{declared}_x86_64" in tags
    command = check.pip_command("win_amd64", Path("/tmp/x"))
    assert "--only-binary=:all:" in command and "--dry-run" in command
    assert command[command.index("--platform") + 1] == "win_amd64"
