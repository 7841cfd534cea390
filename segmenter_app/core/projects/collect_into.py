"""Collect into a project file, as ``segmenter collect`` does: under the project's lock,
saved only over the file that was read, and a report fit for a terminal.

Two collects on one project at once must not both save (the second would drop the
first one's work): :func:`collect_into_project` holds the project's lock from before it
reads the file until it has saved it, as a window holds it while the project is open,
and checks that the file on disk is still the one it read (another program that does
not know the lock, a sync tool) before it replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.model.actions import STATUS_LABELS
from segmenter_app.core.projects import claims
from segmenter_app.core.projects.collect import CollectPlan, apply_collect, plan_collect
from segmenter_app.core.projects.locks import ProjectLocked
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.text import collect_words as words


def collect_into_project(
    project: Path,
    files: list[Path],
    *,
    dry_run: bool = False,
    prefer_returned: bool = False,
    report: Callable[[CollectPlan], None] | None = None,
) -> CollectPlan:
    """Collect ``files`` into the project file ``project`` and save it in place (unless
    ``dry_run`` or nothing could be collected).  ``report`` is called with the plan
    before anything is saved.  ProjectError: the project cannot be opened; another
    Segmenter holds it, it changed on disk meanwhile or it cannot be written: then
    :class:`NotSaved`, and the file is as it was."""
    try:
        claim = claims.claim(project, read_only=dry_run)
    except ProjectLocked as locked:
        holder = locked.holder
        raise NotSaved("locked", project, user=holder.user, host=holder.host, since=holder.since) from None
    try:
        opened = open_project(project)
        plan = plan_collect(opened.document, files, opened.history)
        if report is not None:
            report(plan)
        if dry_run or not plan.files:
            return plan
        record = apply_collect(opened.document, plan, prefer_returned=prefer_returned)
        try:
            claims.check_save(claim, project)
            save_project(
                opened.document,
                project,
                source_path=opened.source_path,
                history=[*opened.history, record],
                periods=opened.periods,  # the earlier periods stay (PRODUCT.md §8)
            )
        except ProjectError as error:
            raise NotSaved(error.code, error.path, **error.params) from None
        return plan
    finally:
        claims.release(claim)


class NotSaved(ProjectError):
    """The project was not saved (another Segmenter holds it, it changed on disk, it
    cannot be written): the file is as it was."""


def report_lines(plan: CollectPlan, language: str, *, quiet: bool, prefer_returned: bool) -> list[str]:
    """What a collect found, one line each, every value made safe for a terminal (a
    note's escape sequences are shown, never obeyed)."""
    lines = [f"{note.file}: {words.note_text(note.code, note.params, language)}" for note in plan.refused]
    if not quiet:
        lines += [
            f"{note.file.name}: {words.note_text(note.code, note.params, language)}"
            for note in [*plan.notes, *plan.unknown]
        ]
        lines += [
            _line("taken", change, language, before=change.before, value=change.value)
            for change in plan.taken
        ]
    decision = words.summary_text("took_returned" if prefer_returned else "kept_here", language)
    lines += [
        _line("conflict", conflict, language, ours=conflict.ours, theirs=conflict.theirs, decision=decision)
        for conflict in plan.conflicts
    ]
    lines += [
        _line("suggestion", suggestion, language, ours=suggestion.before, theirs=suggestion.value)
        for suggestion in plan.suggestions
    ]
    lines.append(
        words.summary_text(
            "summary",
            language,
            files=len(plan.files),
            refused=len(plan.refused),
            taken=len(plan.taken),
            kept=len(plan.kept),
            conflicts=len(plan.conflicts),
            suggestions=len(plan.suggestions),
            unknown=len(plan.unknown),
        )
    )
    return [words.printable(line) for line in lines]


def _line(key: str, item: Any, language: str, decision: str = "", **values: Any) -> str:
    """One taken value, conflict or suggestion: the customer, the field, the values, the file."""
    return words.summary_text(
        key,
        language,
        customer=f"{item.customer_id} {item.customer_name}".strip(),
        field=words.field_name(item.column, language),
        file=item.file.name,
        decision=decision,
        **{name: _value(value, item.column, language) for name, value in values.items()},
    )


def _value(value: Any, column: str, language: str) -> str:
    """A value as the report says it: a status in words ("erledigt"), a number without
    ".0", a line break as ⏎."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if column == "status":
        labels = STATUS_LABELS.get(language, STATUS_LABELS["en"])
        return labels.get(str(value), str(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ⏎ ")
