"""Where the bundled files are: sample lists, translations, icons, the guide, licences.

Installed, they are the package ``segmenter_app.resources`` (pyproject maps the
top-level ``resources/`` folder there); in a source checkout they are that folder.
In a PyInstaller bundle the files lie in ``segmenter_app/resources/`` beside the
package; that folder is looked at too, so a bundle that lost the package's
``__init__`` (a missing hidden import) still finds its translations and samples.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource_root() -> Path:
    try:
        root = Path(str(importlib.resources.files("segmenter_app.resources")))
    except ModuleNotFoundError:
        root = None
    if root is not None and (root / "translations").is_dir():
        return root
    for candidate in _CANDIDATES:
        if (candidate / "translations").is_dir():
            return candidate
    return _CANDIDATES[-1]


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def sample_list(language: str = "de") -> Path:
    """The bundled sample customer list a new user sees first."""
    name = "sample_customers_de.xlsx" if language == "de" else "sample_customers_en.xlsx"
    return resource_path("samples", name)
