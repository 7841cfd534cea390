"""Can the pinned bundle be built for Windows and macOS?  Resolve it there, from here.

    python packaging/check_wheels.py            # every target below; exit 1 if one fails
    python packaging/check_wheels.py --list     # only print the pip commands

The bundle is built on the system it ships for (PyInstaller does not cross-compile),
and nothing here runs Windows or macOS.  A pin without a wheel for a user's laptop
would only show on that laptop's build machine — or on the laptop.  pip can resolve a
set of requirements for another platform without installing anything
(``--dry-run --only-binary=:all: --platform … --python-version …``): it reads the
wheels' metadata from the index, so each target takes seconds, not the gigabytes of
the wheels.  The requirements are exactly what ``build.py`` installs: the pins of
``requirements-build.txt`` and the project's own dependencies (environment markers
evaluated for the target's Python).

The macOS targets take their version from the bundle's ``LSMinimumSystemVersion``
(``segmenter.spec``), so the Info.plist can never promise a macOS the wheels do not
support: PySide6 6.11 ships ``macosx_13_0`` wheels only, so the bundle needs macOS 13.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The Python the bundle is built with (build.py runs on it; see requirements-build.txt).
BUILD_PYTHON = "3.11"


def minimum_macos() -> str:
    """The macOS the bundle declares it runs on (segmenter.spec's Info.plist)."""
    spec = (HERE / "segmenter.spec").read_text(encoding="utf-8")
    found = re.search(r'"LSMinimumSystemVersion":\s*"(\d+)\.(\d+)"', spec)
    if found is None:
        raise SystemExit("segmenter.spec declares no LSMinimumSystemVersion")
    return f"{found.group(1)}_{found.group(2)}"


def targets() -> list[tuple[str, str]]:
    """(name, pip platform tag) of every laptop the bundle is for."""
    macos = minimum_macos()
    return [
        ("Windows, x86-64", "win_amd64"),
        (f"macOS {macos.replace('_', '.')}+, Apple silicon", f"macosx_{macos}_arm64"),
        (f"macOS {macos.replace('_', '.')}+, Intel", f"macosx_{macos}_x86_64"),
    ]


def requirements(python: str = BUILD_PYTHON) -> list[str]:
    """What build.py installs: the pins, then the project's dependencies (markers
    evaluated for ``python``) that the pins do not name."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pinned: list[str] = []
    names: set[str] = set()
    for raw in (HERE / "requirements-build.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            pinned.append(line)
            names.add(canonicalize_name(Requirement(line).name))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    extra = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        if canonicalize_name(requirement.name) not in names:
            requirement.marker = None
            extra.append(str(requirement))
    return pinned + extra


def pip_command(platform: str, target: Path, python: str = BUILD_PYTHON) -> list[str]:
    return [
        sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
        "--only-binary=:all:", "--implementation", "cp", "--python-version", python,
        "--platform", platform, "--target", str(target), *requirements(python),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the pip commands only")
    args = parser.parse_args(argv)
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        for name, platform in targets():
            command = pip_command(platform, Path(folder) / platform)
            if args.list:
                print(" ".join(command))
                continue
            done = subprocess.run(command, capture_output=True, text=True)
            errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
            if done.returncode == 0:
                print(f"{name} ({platform}): every pin has a wheel")
            else:
                failed.append(name)
                print(f"{name} ({platform}): cannot be built", file=sys.stderr)
                for line in errors or done.stderr.splitlines()[-3:]:
                    print(f"  {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
