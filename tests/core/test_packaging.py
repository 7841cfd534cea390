"""The bundle's resources and what the bundle leaves out (packaging/trim.py), without
building it (packaging/build.py builds and checks the real thing)."""

from __future__ import annotations

import importlib.resources
import importlib.util
from pathlib import Path

import pytest

from segmenter_app.core import resources
from segmenter_app.core.text import catalog

REPOSITORY = Path(__file__).resolve().parents[2]


def _trim():
    spec = importlib.util.spec_from_file_location("trim", REPOSITORY / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_bundle_without_the_resources_package_still_finds_its_files(tmp_path, monkeypatch):
    """PyInstaller puts the data in segmenter_app/resources/ beside the package; when the
    package itself was not bundled, importlib.resources fails and the app must still
    find the translations there (it once fell back to a folder that did not exist, and
    a German system got an English window)."""
    bundled = tmp_path / "segmenter_app" / "resources"
    (bundled / "translations").mkdir(parents=True)
    (bundled / "samples").mkdir()

    def missing(_name):
        raise ModuleNotFoundError("segmenter_app.resources")

    monkeypatch.setattr(importlib.resources, "files", missing)
    monkeypatch.setattr(resources, "_CANDIDATES", (bundled, tmp_path / "resources"))
    assert resources.resource_root() == bundled
    assert resources.sample_list("de") == bundled / "samples" / "sample_customers_de.xlsx"


def test_the_german_catalogue_and_samples_are_found_as_installed():
    assert resources.sample_list("de").is_file() and resources.sample_list("en").is_file()
    catalog._catalog.cache_clear()
    assert catalog.tr("account manager", "de") == "Kundenbetreuer"
    assert catalog.tr("Account manager", "de", "export") == "Kundenbetreuer"
    for name in (
        "guide/guide_de.html",
        "guide/guide_en.html",
        "licenses/LGPL-3.0.txt",
        "licenses/notices.html",
        "licenses/notices_de.html",
    ):
        assert resources.resource_path(*name.split("/")).is_file(), name


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("pyarrow/libarrow.so.2600", True),
        ("pyarrow/libarrow_python.so.2600", True),
        ("pyarrow/libarrow_python.so", False),
        ("pyarrow/libarrow_python.so.2600.1.0", False),
        ("pyarrow/libarrow_substrait.so.2600", True),  # libarrow_python links it
        ("pyarrow/libarrow_flight.so.2600", False),
        ("pyarrow/libarrow_s3.so.2600", False),
        ("pyarrow/include/arrow/api.h", False),
        ("pyarrow/tests/test_array.py", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("segmenter_app/resources/translations/segmenter_de.qm", True),
        ("reportlab/fonts/Vera.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/pagd8a.afm", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("libcups.so.2", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),  # the PDF sheets embed it
    ],
)
def test_what_the_bundle_keeps(destination, kept):
    assert _trim().keep(destination) is kept


def test_symlinks_to_dropped_libraries_go_with_them():
    trim = _trim()
    toc = [
        ("libarrow_s3.so.2600", "pyarrow/libarrow_s3.so.2600", "SYMLINK"),
        ("pyarrow/libarrow_s3.so.2600", "/site/pyarrow/libarrow_s3.so.2600", "BINARY"),
        ("libarrow.so.2600", "pyarrow/libarrow.so.2600", "SYMLINK"),
        ("pyarrow/libarrow.so.2600", "/site/pyarrow/libarrow.so.2600", "BINARY"),
    ]
    assert [entry[0] for entry in trim.trimmed(toc)] == ["libarrow.so.2600", "pyarrow/libarrow.so.2600"]


def test_auditwheel_libraries_are_never_stripped():
    """strip on numpy's patchelf-ed OpenBLAS made it unloadable ("ELF load command
    address/offset not page-aligned"): *.libs/ stay as the wheels ship them."""
    import re

    stripped = re.compile("|".join(_trim().STRIPPED))
    assert not stripped.search("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not stripped.search("pillow.libs/libjpeg-6dc8d115.so.62.4.0")
    assert stripped.search("libpython3.11.so.1.0") and stripped.search("pyarrow/libarrow.so.2600")
