"""An export as a job: the workbooks, the overview and the PDF priority sheets, with
progress and cancel.

xlsxwriter holds the interpreter lock while it formats a sheet, so with many managers
and more than one core a second process writes from the back of the list while this one
writes from the front, until they meet: two writers at most, however many cores (below
``PARALLEL_MIN_ROWS`` customers or four managers, the second process would cost more
than it saves, and this one writes alone)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from segmenter_app.core.errors import ExportCancelled, ExportError
from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.classify_output import WriteError
from segmenter_app.core.outputs.overview import export_overview
from segmenter_app.core.outputs.report_data import (
    ManagerReport,
    manager_reports,
    safe_file_name,
    word,
)
from segmenter_app.core.outputs.targets import check_target, planned_paths
from segmenter_app.core.outputs.workbooks import write_book

#: Below this many customers in all, a second process costs more than it saves.
PARALLEL_MIN_ROWS = 8_000


@dataclass
class ExportResult:
    paths: list[Path]
    managers: int
    customers: int


def export_workbooks(
    document: CustomerDocument,
    out_dir: Path | str,
    *,
    layout: str = "files",
    language: str = "en",
    managers: list[str] | None = None,
    force: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
    reports: list[ManagerReport] | None = None,
    pdf_paths: list[Path] | None = None,
    inputs: tuple[Path | None, ...] = (),
) -> ExportResult:
    """Write one workbook per manager (``layout="files"``) or one with a sheet per manager
    (``"sheets"``).  Refuses to overwrite existing files unless ``force``.  ``reports``:
    the managers' reports when the caller has built them already (they take ~0.8 s at
    100,000 customers).  ``pdf_paths`` (``files`` layout): each manager's priority
    sheets as well, written by the same writer right after its workbook."""
    out_dir = Path(out_dir)
    if reports is None:
        reports = manager_reports(document, language, managers)
    paths = planned_paths(reports, out_dir, layout, language)
    check_target(out_dir, paths + list(pdf_paths or ()), force, (document.report.path, *inputs))
    customers = sum(len(r.rows) for r in reports)
    if layout == "sheets":
        write_atomically(paths[0], lambda target: write_book(target, reports, progress, cancelled))
    else:
        _write_many(reports, paths, progress, cancelled, processes, customers, pdf_paths)
    if progress:
        progress(1.0)
    return ExportResult(paths, len(reports), customers)


def _write_many(reports, paths, progress, cancelled, processes, customers, pdf_paths=None) -> None:
    workers = processes if processes is not None else (os.cpu_count() or 1)
    jobs = list(zip(reports, paths, pdf_paths or [None] * len(paths)))
    # A PDF costs more than its workbook: with them, a second writer pays off sooner.
    least = PARALLEL_MIN_ROWS // 4 if pdf_paths else PARALLEL_MIN_ROWS
    if workers <= 1 or customers < least or len(jobs) < 4:
        _write_files(jobs, None, progress, cancelled)
        return
    # Two writers share the list: this process takes managers from the front, another
    # process from the back, until they meet.  This one has its libraries loaded and
    # starts at once; the other joins when it has started, however long that takes.
    context = multiprocessing.get_context("spawn")
    ends = context.Array("i", [0, len(jobs)])
    with ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_share_ends, initargs=(ends,)
    ) as pool:
        future = pool.submit(_write_files_in_child, jobs)
        try:
            _write_files(jobs, ends, progress, cancelled)
        except BaseException:
            with ends.get_lock():
                ends[0] = ends[1]  # nothing left for the other process either
            raise
        try:
            error = future.result()
        except BrokenProcessPool as broken:  # the second writer died (killed, out of memory)
            reason = str(broken) or "a writer process stopped"
            raise ExportError("not_writable", path="", reason=reason) from None
        if error is not None and error[0] == "write_error":
            raise WriteError(Path(error[1]["path"]), error[1]["reason"])
        if error is not None:
            raise ExportError(error[0], **error[1])


_ENDS = None


def _share_ends(ends) -> None:
    global _ENDS
    _ENDS = ends


def _claim(ends, from_back: bool) -> int | None:
    """The next job's index, or None when the two writers have met."""
    if ends is None:
        return None
    with ends.get_lock():
        if ends[0] >= ends[1]:
            return None
        if from_back:
            ends[1] -= 1
            return ends[1]
        ends[0] += 1
        return ends[0] - 1


def _write_files_in_child(jobs) -> tuple[str, dict] | None:
    try:
        _write_files(jobs, _ENDS, None, None, from_back=True)
    except ExportError as error:
        return (error.code, error.params)
    except WriteError as error:  # raised again as WriteError in the first process
        return ("write_error", {"path": str(error.path), "reason": error.reason})
    return None


def _write_files(jobs, ends, progress, cancelled, from_back: bool = False) -> None:
    from segmenter_app.core.outputs.chart_picture import QuadrantPicture

    picture = QuadrantPicture()
    position = -1
    while True:
        if ends is None:
            position += 1
            index = position if position < len(jobs) else None
        else:
            index = _claim(ends, from_back)
        if index is None:
            return
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        report, path, pdf_path = jobs[index]
        write_atomically(
            path, lambda target, report=report: write_book(target, [report], None, None, picture)
        )
        if pdf_path is not None:
            from segmenter_app.core.outputs.pdf_sheets import write_pdf

            write_pdf([report], pdf_path, cancelled=cancelled)
        if progress:
            done = index + 1 if ends is None else ends[0] + (len(jobs) - ends[1])
            progress(min(done / len(jobs), 1.0))


def export_all(
    document: CustomerDocument,
    out_dir: Path | str,
    *,
    layout: str = "files",
    language: str = "en",
    managers: list[str] | None = None,
    pdf: bool = False,
    overview: bool = True,
    force: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    inputs: tuple[Path, ...] = (),
    periods=None,
) -> list[Path]:
    """What ``segmenter export`` and File ▸ Export for managers write: the workbooks, the
    overview, and with ``pdf`` the priority sheets (one PDF per manager, or one for all
    with the ``sheets`` layout).  ``periods``: the project's (``document`` the last):
    the workbooks say the segment before and ΔSoW, the overview gets its History.
    Nothing is written when a file exists and not ``force``,
    or when a file to write is the document's list or one of ``inputs`` (the project it
    came from), whatever ``force`` says.  A failed export removes the files it made."""
    out_dir = Path(out_dir)
    reports = manager_reports(document, language, managers, periods=periods)
    overview_path = out_dir / (safe_file_name(word("overview_sheet", language)) + ".xlsx")
    pdfs: list[Path] = []
    if pdf:
        pdfs = (
            [out_dir / (safe_file_name(word("all_customers", language)) + ".pdf")]
            if layout == "sheets"
            else [p.with_suffix(".pdf") for p in planned_paths(reports, out_dir, "files", language)]
        )
    wanted = planned_paths(reports, out_dir, layout, language) + pdfs + ([overview_path] if overview else [])
    inputs = (document.report.path, *inputs)
    check_target(out_dir, wanted, force, inputs)
    existed = {path for path in wanted if path.exists()}
    try:
        return _export_checked(
            document,
            out_dir,
            reports,
            pdfs,
            overview_path if overview else None,
            layout=layout,
            language=language,
            managers=managers,
            progress=progress,
            cancelled=cancelled,
            inputs=inputs,
            periods=periods,
        )
    except BaseException:
        # A failed or cancelled export leaves none of its own files (files it would
        # have replaced were replaced only if written whole, each in one rename).
        for path in wanted:
            if path not in existed:
                with contextlib.suppress(OSError):
                    path.unlink()
        raise


def _export_checked(
    document: CustomerDocument,
    out_dir: Path,
    reports: list[ManagerReport],
    pdfs: list[Path],
    overview_path: Path | None,
    *,
    layout: str,
    language: str,
    managers: list[str] | None,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    inputs: tuple[Path | None, ...],
    periods=None,
) -> list[Path]:
    from segmenter_app.core.outputs.pdf_sheets import write_pdf

    def stage(low: float, high: float):
        return (lambda fraction: progress(low + (high - low) * fraction)) if progress else None

    # One PDF per manager: written by the workbooks' writers, each right after its
    # workbook (two processes share the managers); one PDF for all: after them.
    per_manager = bool(pdfs) and layout != "sheets"
    share = 0.6 if pdfs and not per_manager else 0.95
    result = export_workbooks(
        document,
        out_dir,
        layout=layout,
        language=language,
        managers=managers,
        force=True,
        progress=stage(0.0, share),
        cancelled=cancelled,
        reports=reports,
        pdf_paths=pdfs if per_manager else None,
        inputs=inputs,
    )
    written = list(result.paths)
    if overview_path is not None:
        written.append(
            export_overview(
                document, overview_path, language=language, force=True, inputs=inputs, periods=periods
            )
        )
    if per_manager:
        written += pdfs
    elif pdfs:
        written.append(write_pdf(reports, pdfs[0], progress=stage(share, 1.0), cancelled=cancelled))
    if progress:
        progress(1.0)
    return written
