"""The packaged program's entry point: the same ``segmenter`` command as the pip install.

PyInstaller's matplotlib runtime hook points MPLCONFIGDIR at a fresh temporary folder
on every start, so matplotlib would rebuild its font cache each launch (half a second
here, more on Windows with many fonts).  Before anything imports matplotlib, this
points it at a folder that stays: ``matplotlib`` in the app's data folder (the one Qt's
AppDataLocation names, where recovery files live too; SEGMENTER_DATA_DIR overrides it).
"""

import os
import sys
from pathlib import Path


def _app_data_dir() -> Path:
    override = os.environ.get("SEGMENTER_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    # Qt's AppDataLocation: <base>/<organisation>/<application>
    return base / "Segmenter" / "Segmenter"


def _keep_matplotlib_cache() -> None:
    folder = _app_data_dir() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # read-only home: the runtime hook's temporary folder still works
    if os.access(folder, os.W_OK):
        os.environ["MPLCONFIGDIR"] = str(folder)


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.argv[1:2] not in (["--segmenter-reader-child"], ["--segmenter-fork-server"]):
        _keep_matplotlib_cache()
    from segmenter_app.cli import entry

    entry()
