"""Build the desktop app as a folder with PyInstaller, then run it as a user would.

    python packaging/build.py            # → dist/Segmenter/ (Segmenter, segmenter-cli)
    python packaging/build.py --check    # only run the check on dist/Segmenter

Steps: a clean virtual environment under ``build/``, the project installed into it
(a regular install: PyInstaller cannot follow an editable one) with the pinned build
requirements (``requirements-build.txt``), PyInstaller with ``segmenter.spec`` (what
it leaves out: ``trim.py``), the debugging symbols stripped from the few libraries
that carry them (Linux), then the check (:func:`check`): what a new user does first,
on a German system and an English one, with no file named — plus the commands, an
export large enough for its second writer process, the licences, and the size.
Build on the system you ship for: PyInstaller does not cross-compile.
Before building, the installed Qt binding is checked to keep the reference count of
``None`` (PySide6 6.12.0 does not, and aborts on Python < 3.12).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build" / "packaging"
DIST = ROOT / "dist"
#: The bundle may not grow past this many MiB (2^20 bytes: what ``du -sh`` and
#: Windows Explorer call MB).
MAX_MB = 300

sys.path.insert(0, str(HERE))
from trim import STRIPPED  # noqa: E402

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
    if sys.argv[1:] == ["--check"]:
        check(DIST / "Segmenter")
        return
    environment = BUILD / "venv"
    if not environment.exists():
        venv.create(environment, with_pip=True)
    python = environment / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "-q", "-r", HERE / "requirements-build.txt", str(ROOT))
    run(python, "-c", QT_GUARD)
    # This checkout as it is now, even when the version number did not change.
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(ROOT))
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
    strip(DIST / "Segmenter")
    write_command_script(DIST / "Segmenter")
    check(DIST / "Segmenter")
    shutil.rmtree(BUILD / "work", ignore_errors=True)
    print(f"\nbuilt: {DIST / 'Segmenter'}")


def write_command_script(folder: Path) -> None:
    """``segmenter-cli`` beside ``Segmenter`` (Linux, macOS): the same program, which
    runs the command its arguments name; on Windows the spec builds a console program."""
    if os.name == "nt":
        return
    script = folder / "segmenter-cli"
    script.write_text(
        "#!/bin/sh\n# The Segmenter program runs the command its arguments name.\n"
        'exec "$(dirname "$(readlink -f "$0")")/Segmenter" "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)


def strip(folder: Path) -> None:
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return
    internal = folder / "_internal"
    pattern = re.compile("|".join(STRIPPED))
    before = after = 0
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if pattern.search(path.relative_to(internal).as_posix()):
            before += path.stat().st_size
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
            after += path.stat().st_size
    print(f"stripped: {before / 1e6:.1f} → {after / 1e6:.1f} MB")


def size_of(folder: Path) -> tuple[float, int]:
    """MiB of files (symlinks counted once, as their target) and how many."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def check(folder: Path) -> None:
    suffix = ".exe" if os.name == "nt" else ""
    cli, window = folder / f"segmenter-cli{suffix}", folder / f"Segmenter{suffix}"
    internal = folder / "_internal"
    sample = next(internal.rglob("sample_customers_en.xlsx"), None)
    if sample is None:
        raise SystemExit("the sample list is not in the package")
    failures: list[str] = []

    def expect(ok: bool, what: str) -> None:
        print(f"check {'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            failures.append(what)

    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    english = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        base = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            SEGMENTER_DATA_DIR=str(out / "data"),
            XDG_CONFIG_HOME=str(out / "config"),  # the settings the check changes
        )
        base.pop("MPLCONFIGDIR", None)

        # The commands, in English, then German by option and by system.
        done = run(
            cli,
            "classify",
            sample,
            "-o",
            out / "classified.csv",
            env={**base, **english},
            capture_output=True,
            text=True,
        )
        expect((out / "classified.csv").stat().st_size > 0, "segmenter-cli classify wrote the list")
        done = run(
            cli,
            "classify",
            "--lang",
            "de",
            sample,
            "-o",
            out / "de.csv",
            env={**base, **english},
            capture_output=True,
            text=True,
        )
        expect(
            "Schwellen" in done.stderr,
            f"segmenter-cli --lang de speaks German: {done.stderr.splitlines()[:1]}",
        )
        done = run(
            cli,
            "export",
            sample,
            "--out-dir",
            out / "de",
            env={**base, **german},
            capture_output=True,
            text=True,
        )
        written = sorted(p.name for p in (out / "de").iterdir())
        workbook = next((out / "de").glob("*.xlsx"))
        with zipfile.ZipFile(workbook) as archive:
            sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        expect(
            "Übersicht.xlsx" in written and "Priorität" in sheet,
            f"on a German system the workbooks are German ({', '.join(written[:2])} …)",
        )
        # Enough customers for the export to start its second writer process (it takes
        # one from 8,000 customers on: export_jobs.PARALLEL_MIN_ROWS).
        big = out / "big.csv"
        rows = (out / "classified.csv").read_text(encoding="utf-8").splitlines()
        copies = 10_000 // max(len(rows) - 1, 1) + 1
        with big.open("w", encoding="utf-8") as handle:
            handle.write(rows[0] + "\n")
            for copy in range(copies):
                for line in rows[1:]:
                    handle.write(line.replace(",", f"-{copy},", 1) + "\n")
        run(cli, "export", big, "--out-dir", out / "export", "--pdf", env={**base, **english})
        expect(len(list((out / "export").iterdir())) > 5, "a 10,000-customer export with PDF")

        # The window as a double click starts it: no file.  German system: a German
        # window; the sample from the start page; Settings ▸ Language both ways; F1.
        for language, system in (("de", german), ("en", english)):
            started = time.perf_counter()
            done = subprocess.run(
                [str(window)],
                env={
                    **base,
                    **system,
                    "SEGMENTER_SELF_CHECK": language,
                    "XDG_CONFIG_HOME": str(out / language),
                },
                capture_output=True,
                text=True,
                timeout=180,
            )
            lines = [line for line in done.stderr.splitlines() if line.startswith("self-check")]
            print("\n".join(lines))
            expect(
                done.returncode == 0 and len(lines) >= 8,
                f"the window on a {language} system ({time.perf_counter() - started:.1f} s)"
                + ("" if done.returncode == 0 else f":\n{done.stderr[-3000:]}"),
            )
        # "Segmenter open" with no file: the sample in the system's language.
        done = subprocess.run(
            [str(window), "open"],
            env={**base, **german, "SEGMENTER_TRACE": "1", "SEGMENTER_TRACE_EXIT": "1"},
            capture_output=True,
            text=True,
            timeout=180,
        )
        expect(
            "list shown" in done.stderr,
            "'Segmenter open' shows the sample list"
            + ("" if "list shown" in done.stderr else f":\n{done.stderr[-3000:]}"),
        )
        # matplotlib's font cache stays in the data folder: built once, then reused.
        caches = list((out / "data" / "matplotlib").glob("fontlist-*.json"))
        stamp = caches[0].stat().st_mtime_ns if caches else None
        subprocess.run(
            [str(window)],
            env={**base, **english, "SEGMENTER_SELF_CHECK": "en"},
            capture_output=True,
            timeout=180,
        )
        expect(
            bool(caches) and caches[0].stat().st_mtime_ns == stamp,
            "matplotlib's font cache is kept in the data folder, not rebuilt",
        )

    licences = internal / "licenses"
    expect(
        (internal / "segmenter_app" / "resources" / "licenses" / "LGPL-3.0.txt").is_file()
        and len(list(licences.glob("*/*"))) >= 10,
        f"licence texts shipped ({len(list(licences.glob('*/*')))} files in licenses/)",
    )
    megabytes, count = size_of(folder)
    expect(
        megabytes <= MAX_MB,
        f"size {megabytes:.0f} MiB ({megabytes * 1.048576:.0f} × 10^6 bytes) in {count} files (at most {MAX_MB} MiB)",
    )
    if failures:
        raise SystemExit("the bundle check failed:\n  " + "\n  ".join(failures))
    print("the bundle check passed")


if __name__ == "__main__":
    main()
