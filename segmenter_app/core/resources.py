"""Where the bundled files are: sample lists, translations, icons.

Installed, they are the package ``segmenter_app.resources`` (pyproject maps the
top-level ``resources/`` folder there); in a source checkout they are that folder.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources"


def resource_root() -> Path:
    try:
        root = Path(str(importlib.resources.files("segmenter_app.resources")))
    except ModuleNotFoundError:
        return _SOURCE_TREE
    return root if root.is_dir() else _SOURCE_TREE


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def sample_list(language: str = "de") -> Path:
    """The bundled sample customer list a new user sees first."""
    name = "sample_customers_de.xlsx" if language == "de" else "sample_customers_en.xlsx"
    return resource_path("samples", name)
