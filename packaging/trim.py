"""What the bundle leaves out, and why (the spec imports this; build.py checks the rest).

Segmenter never uses the network, reads its lists with fastexcel and pyarrow's compute
and IPC parts, runs on X11 (and Windows and macOS), and speaks English and German.
Everything here was taken out one group at a time, each time with build.py's check
(classify, export with two writer processes, the window in German and English on the
sample list) passing.
"""

from __future__ import annotations

import posixpath
import re

#: Python modules the analysis must not follow.
EXCLUDED_MODULES = [
    "tkinter",
    "IPython",
    "pytest",
    # Qt parts the app never loads (and QtNetwork: the app never goes online).
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    # pyarrow's remote file systems, Flight RPC, ORC, CUDA, Substrait and test suite.
    "pyarrow.flight",
    "pyarrow._flight",
    "pyarrow._s3fs",
    "pyarrow._gcsfs",
    "pyarrow._azurefs",
    "pyarrow._hdfs",
    "pyarrow.orc",
    "pyarrow._orc",
    "pyarrow._dataset_orc",
    "pyarrow.cuda",
    "pyarrow._cuda",
    "pyarrow.substrait",
    "pyarrow._substrait",
    "pyarrow.tests",
    # TLS and OpenSSL's hashes (hashlib falls back to Python's own): no network.
    "ssl",
    "_ssl",
    "_hashlib",
    # Pillow's AVIF, WebP, colour-management and Tk parts (charts are PNG).
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "PIL._imagingtk",
    # pyarrow's Parquet, dataset, Acero, Feather and JSON modules: the app uses its
    # arrays, compute, CSV and IPC (the libraries stay: libarrow_python links them).
    "pyarrow.parquet",
    "pyarrow._parquet",
    "pyarrow._parquet_encryption",
    "pyarrow.dataset",
    "pyarrow._dataset",
    "pyarrow._dataset_parquet",
    "pyarrow._dataset_parquet_encryption",
    "pyarrow.acero",
    "pyarrow._acero",
    "pyarrow.feather",
    "pyarrow._feather",
    "pyarrow.json",
    "pyarrow._json",
    # No interactive prompt, no help(), no D-Bus from Python (matplotlib's Qt backend
    # imports QtSvg: it stays).
    "readline",
    "pydoc_data",
    "PySide6.QtDBus",
    "pandas.tests",
    "numpy.tests",
    "matplotlib.tests",
]

#: Files (by their path inside the bundle) the hooks collect wholesale but nothing loads.
_DROPPED = [
    # pyarrow: C++ headers, Cython sources, tests, and the libraries of the parts above.
    r"^pyarrow/(include|src|tests)/",
    r"^pyarrow/.*\.(pxd|pyx|pxi|h|hpp|cc|cpp)$",
    r"^pyarrow/libarrow_(flight|s3)[^/]*$",
    # The wheel holds libarrow_python three times (.so, .so.2600, .so.2600.1.0, no
    # symlinks); the libraries load it by its soname, the one with one number.
    r"^pyarrow/libarrow_python[a-z_]*\.so(\.\d+\.\d+\.\d+)?$",
    r"^pyarrow/lib(arrow_python_flight|arrow_cuda|gandiva|plasma)[^/]*$",
    r"^pyarrow/_(flight|s3fs|gcsfs|azurefs|hdfs|orc|dataset_orc|cuda|substrait)\.",
    # numpy / pandas: C headers and typing stubs.
    r"^numpy/_core/include/",
    r"^numpy/.*\.(h|pyi)$",
    # Qt: other platforms' window systems, the network stack with TLS, other languages.
    r"^PySide6/Qt/plugins/platforms/libq(wayland|eglfs|vnc|linuxfb|minimalegl|vkkhrdisplay)",
    r"^PySide6/Qt/plugins/(wayland-|egldeviceintegrations|tls|networkinformation|qmltooling|"
    r"generic|sqldrivers|multimedia|position)",
    r"^PySide6/Qt/lib/libQt6(Wayland|WlShell|EglFS|Network|Qml|Quick|Pdf|Sql|Test|VirtualKeyboard)",
    # The GTK theme plugin would load the build machine's cairo and pango beside the
    # user's GTK; the XDG portal theme gives the native file dialogs.
    r"^PySide6/Qt/plugins/platformthemes/libqgtk3",
    r"^PySide6/Qt/plugins/imageformats/libq(webp|tiff|tga|wbmp|icns|gif|jpeg|svg)",
    # SVG icons and OpenGL window surfaces: the window shows PNG icons, draws no GL.
    r"^PySide6/Qt/plugins/(iconengines|xcbglintegrations)/",
    r"^pillow\.libs/libavif",
    r"^PySide6/Qt/translations/(?!(qt|qtbase)_de\.qm$)",
    r"^PySide6/(QtNetwork|QtQml|QtQuick|QtSql|QtTest)\.",
    # CUPS: the print plugin stays and loads the system's libcups (a printer needs the
    # system's CUPS anyway); bundling the build machine's copy brought GnuTLS, Kerberos
    # and Avahi along (11 MB).
    r"^libcups\.so",
    # Python's East Asian codecs (lists are UTF-8, UTF-16 or Windows-1252).
    r"^python3[^/]*/lib-dynload/_(codecs_(cn|hk|iso2022|jp|kr|tw)|multibytecodec)\.",
    # reportlab's demo and Type 1 fonts: the PDF sheets embed matplotlib's DejaVu Sans.
    r"^reportlab/fonts/",
    # matplotlib's sample data (its examples only), and the fonts the charts never use
    # (they draw in DejaVu Sans, mathtext included).
    r"^matplotlib/mpl-data/sample_data/",
    r"^matplotlib/mpl-data/fonts/(afm|pdfcorefonts)/",  # PostScript metrics: no PS/PDF backend
    r"^matplotlib/mpl-data/fonts/ttf/(DejaVuSerif|DejaVuSansMono|STIX|cm|DejaVuSans-(Bold)?Oblique)",
]
_DROPPED_PATTERN = re.compile("|".join(f"(?:{pattern})" for pattern in _DROPPED))


def keep(destination: str) -> bool:
    """Whether the bundle keeps the file it would place at ``destination``."""
    return _DROPPED_PATTERN.search(destination.replace("\\", "/")) is None


def trimmed(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A TOC without the dropped files, nor the symlinks that pointed at them (PyInstaller
    links ``libarrow.so.2600`` at the top to ``pyarrow/libarrow.so.2600``)."""
    kept = [entry for entry in toc if entry[2] == "SYMLINK" or keep(entry[0])]
    present = {entry[0].replace("\\", "/") for entry in kept if entry[2] != "SYMLINK"}
    result = []
    for entry in kept:
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1]))
            if not keep(entry[0]) or target not in present:
                continue
        result.append(entry)
    return result


def without_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Linux: the system libraries at the top of the bundle that no kept module, plugin
    or library loads any more (the GTK theme's cairo and pango, OpenSSL's libcrypto)."""
    import sys

    if not sys.platform.startswith("linux"):
        return binaries
    import shutil
    import subprocess

    def needed(path: str) -> list[str]:
        # Direct dependencies only (ldd, which PyInstaller's get_imports uses, lists the
        # whole tree, so a removed libcups' GnuTLS would still count as needed).
        if shutil.which("readelf") is None:
            from PyInstaller.depend.bindepend import get_imports

            return [name for name, _path in get_imports(path)]
        out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
        return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)

    top = {entry[0]: entry for entry in binaries if "/" not in entry[0] and entry[2] == "BINARY"}
    reached: set[str] = set()
    pending = [entry for entry in binaries if entry[0] not in top and entry[2] != "SYMLINK"]
    pending += [entry for name, entry in top.items() if name.startswith("libpython")]
    while pending:
        entry = pending.pop()
        for name in needed(entry[1]):
            base = posixpath.basename(name)
            if base in top and base not in reached:
                reached.add(base)
                pending.append(top[base])
    orphans = set(top) - reached - {name for name in top if name.startswith("libpython")}
    print(f"trim: {len(orphans)} libraries nothing loads: {', '.join(sorted(orphans))}")
    return [entry for entry in binaries if entry[0] not in orphans]


#: Shared libraries stripped of their symbols after the build (Linux): 65 MB less.
#: The wheels' auditwheel-patched libraries in ``*.libs/`` are left alone: stripped,
#: numpy's OpenBLAS no longer loads ("ELF load command address/offset not
#: page-aligned": strip breaks what patchelf changed).
STRIPPED = [r"^(?![^/]+\.libs/).*\.so(\.[\d.]+)?$"]
