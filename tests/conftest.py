"""Shared test set-up.  Qt, when a UI test loads it, runs without a screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parents[1]

# Bytecode caches, also where PYTHONDONTWRITEBYTECODE is set (as on many CI images):
# without them each worker rewrites and compiles every test module and the package anew
# (about 9 s of CPU per worker), and each process a test starts (the command line, a
# reader child, a second app) compiles what it imports.  The caches go under
# .pytest_cache, beside pytest's own, not next to the sources.
if sys.dont_write_bytecode:
    sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"] = str(REPOSITORY / ".pytest_cache" / "pycache")
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
CORPUS = REPOSITORY.parent / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the spreadsheet corpus is not here ({CORPUS}); corpus tests skipped")
    return CORPUS


def pytest_collection_finish(session) -> None:
    """What the test modules imported lives until the end, as what the app's start makes
    does: kept out of the garbage collector's full passes (as the app does, see
    ``ui.app.keep_out_of_collections``), which otherwise walk it again and again."""
    import gc

    gc.collect()
    gc.freeze()
