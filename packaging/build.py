"""Build the desktop app as a folder with PyInstaller, then run it once to check it.

    python packaging/build.py            # → dist/Segmenter/ (Segmenter, segmenter-cli)

Steps: a clean virtual environment under ``build/``, the project installed into it
with the pinned Qt binding and PyInstaller of ``requirements-build.txt`` (a regular
install: PyInstaller cannot follow an editable one), a check that this Qt binding keeps
the reference count of ``None`` (PySide6 6.12.0 does not, and aborts on Python < 3.12),
PyInstaller with
``segmenter.spec``, then the packaged programs run on the bundled sample list:
``segmenter-cli classify`` and ``export`` (its second writer process and the reader
process both start through the packaged program) and the window, offscreen, until it
has shown the list.  Build on the system you ship for: PyInstaller does not
cross-compile (a Windows build on Windows, a macOS one on macOS).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build" / "packaging"
DIST = ROOT / "dist"


# The guard of tests/ui/test_qt_guard.py, on the environment the bundle is built from.
QT_GUARD = """
import sys
from PySide6 import __version__
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
before = sys.getrefcount(None)
for _ in range(200):
    app.processEvents()
lost = before - sys.getrefcount(None)
if lost > 20:
    sys.exit(f"PySide6 {__version__} drops a reference to None per call of a Qt method that "
             f"returns nothing ({lost} of 200): the app would abort; see packaging/requirements-build.txt")
print(f"PySide6 {__version__}: the reference count of None holds")
"""


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    print("$", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def main() -> None:
    environment = BUILD / "venv"
    if not environment.exists():
        venv.create(environment, with_pip=True)
    python = environment / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "-q", "-r", HERE / "requirements-build.txt", str(ROOT))
    run(python, "-c", QT_GUARD)
    # From outside the source tree: the analysis must import the installed package
    # (with its resources), not the checkout's folder.
    run(
        python,
        "-m",
        "PyInstaller",
        HERE / "segmenter.spec",
        "--noconfirm",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "work",
        cwd=BUILD,
    )
    check(DIST / "Segmenter")
    print(f"\nbuilt: {DIST / 'Segmenter'}")


def check(folder: Path) -> None:
    suffix = ".exe" if os.name == "nt" else ""
    cli, window = folder / f"segmenter-cli{suffix}", folder / f"Segmenter{suffix}"
    sample = next((folder / "_internal").rglob("sample_customers_en.xlsx"), None)
    if sample is None:
        raise SystemExit("the sample list is not in the package")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        run(cli, "classify", sample, "-o", out / "classified.csv")
        if (out / "classified.csv").stat().st_size == 0:
            raise SystemExit("classify wrote nothing")
        # Enough customers for the export to start its second writer process (it takes
        # one from 8,000 customers on: exporting.PARALLEL_MIN_ROWS).
        big = out / "big.csv"
        rows = (out / "classified.csv").read_text(encoding="utf-8").splitlines()
        copies = 10_000 // max(len(rows) - 1, 1) + 1
        with big.open("w", encoding="utf-8") as handle:
            handle.write(rows[0] + "\n")
            for copy in range(copies):
                for line in rows[1:]:
                    handle.write(line.replace(",", f"-{copy},", 1) + "\n")
        run(cli, "export", big, "--out-dir", out / "export", "--pdf")
        written = sorted(p.name for p in (out / "export").iterdir())
        print(f"export wrote {len(written)} files")
        environment = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            SEGMENTER_TRACE="1",
            SEGMENTER_TRACE_EXIT="1",
            SEGMENTER_DATA_DIR=str(out / "data"),
        )
        done = run(window, "open", sample, env=environment, capture_output=True, text=True, timeout=120)
        if "list shown" not in done.stderr:
            raise SystemExit(f"the window did not show the list:\n{done.stderr}")
        print("window: " + " · ".join(line for line in done.stderr.splitlines() if line.startswith("trace")))
    shutil.rmtree(BUILD / "work", ignore_errors=True)


if __name__ == "__main__":
    main()
