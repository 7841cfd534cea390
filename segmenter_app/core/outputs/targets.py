"""Where an export writes: one file name per manager, checked before anything is
written."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from segmenter_app.core.errors import ExportError
from segmenter_app.core.fileio import inputs_among
from segmenter_app.core.outputs.report_data import (
    ManagerReport,
    safe_file_name,
    word,
)


def planned_paths(reports: list[ManagerReport], out_dir: Path, layout: str, language: str) -> list[Path]:
    if layout == "sheets":
        return [out_dir / (safe_file_name(word("all_customers", language)) + ".xlsx")]
    # The overview and the all-in-one workbook keep their names: a manager called
    # "Overview" gets "Overview (2).xlsx" rather than being overwritten by it.
    # Compared as case-insensitive file systems (Windows, macOS) compare them.
    names = {safe_file_name(word(key, language)).casefold() for key in ("overview_sheet", "all_customers")}
    paths = []
    for report in reports:
        base = safe_file_name(report.manager or word("no_manager", language))
        name, number = base, 2
        while name.casefold() in names:
            name = f"{base} ({number})"
            number += 1
        names.add(name.casefold())
        paths.append(out_dir / f"{name}.xlsx")
    return paths


def check_target(out_dir: Path, paths: list[Path], force: bool, inputs: Iterable[Path | None] = ()) -> None:
    """Nothing is written unless every file can be: an input is never an output
    (whatever ``force`` says), and a file that exists is replaced only with ``force``."""
    clashes = inputs_among(paths, inputs)
    if clashes:
        raise ExportError("is_input", path=str(clashes[0]))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError("not_writable", path=str(out_dir), reason=error.strerror or str(error)) from None
    if not os.access(out_dir, os.W_OK):
        raise ExportError("not_writable", path=str(out_dir), reason="no permission")
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise ExportError("exists", paths=[str(p) for p in existing], count=len(existing))
