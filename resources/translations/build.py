"""Keep the translations in step with the code (run from the repository root):

    python resources/translations/build.py          # lupdate, then lrelease

``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)``
and ``QT_TRANSLATE_NOOP(...)`` of ``segmenter_app`` into ``segmenter_de.ts`` and keeps
the translations already there; translate new entries with Qt Linguist
(``pyside6-linguist``) or in the XML; ``pyside6-lrelease`` then compiles the ``.qm``
the window loads.  The engine (``core/text/catalog.py``) reads the ``.ts`` itself, so the
command line and the exported workbooks need no compiled file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("de",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "segmenter_app").rglob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"segmenter_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
