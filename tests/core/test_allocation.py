"""A command that reads a list and ends keeps the memory it frees for reuse (glibc's
mmap threshold raised, Arrow allocating through glibc); a process that lives on keeps
the defaults."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from segmenter_app.core.resources import sample_list

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")


def _python(code: str) -> str:
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


@pytest.mark.slow
@linux_only
def test_classify_reads_its_list_with_freed_memory_kept(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    code = (
        "import pyarrow as pa\n"
        "before = pa.default_memory_pool().backend_name\n"
        "from segmenter_app.cli import main\n"
        f"code = main(['classify', {str(sample_list('de'))!r}, '-o', {str(out)!r}, '-q'])\n"
        "print(before, pa.default_memory_pool().backend_name, code)"
    )
    before, after, code = _python(code).split()
    assert before != "system" and after == "system" and code == "0"
    assert out.read_text(encoding="utf-8").startswith('"customer_id"')


@pytest.mark.slow
@linux_only
def test_keeping_freed_memory_is_said_and_a_plain_import_leaves_the_defaults() -> None:
    code = (
        "import pyarrow as pa, segmenter_app.cli, segmenter_app.core.importing.importer\n"
        "print(pa.default_memory_pool().backend_name)\n"
        "from segmenter_app.cli.allocation import keep_freed_memory\n"
        "print(keep_freed_memory(), pa.default_memory_pool().backend_name)"
    )
    untouched, done, pool = _python(code).split()
    assert untouched != "system" and done == "True" and pool == "system"
