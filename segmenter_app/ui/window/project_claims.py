"""Two copies of Segmenter on one project: the window's side of ``core/projects/claims``.

The session (``core/projects/session.py``, with ``claims.py``) says when a choice is
needed — the project is open elsewhere, the file changed on disk since it was opened —
and this object asks the user.  The window's :class:`~segmenter_app.ui.window.projects.Projects`
holds it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.projects.claims import ProjectLocked
from segmenter_app.core.projects.locks import LockHolder
from segmenter_app.core.projects.session import ProjectSession


class ProjectClaims:
    """Asks the user (in boxes over ``window``) what ``session``'s claims need answered."""

    def __init__(self, window: QMainWindow, session: ProjectSession) -> None:
        self._window = window
        self.session = session

    # ----------------------------------------------------------------- opening

    def claim_for_open(self, path: Path) -> str | None:
        """Claim ``path`` before it is read: "edit", "read_only", "copy", or None when the
        user cancelled (the project is open in another Segmenter)."""
        try:
            claim = self.session.claim_project(path)
        except ProjectLocked as locked:
            choice = self.ask_locked(path, locked.holder)
            if choice == "read_only":
                self.session.claim_project(path, read_only=True)
            return None if choice == "cancel" else choice
        if claim.read_only:
            return "read_only"
        if claim.took_over is not None:
            holder = claim.took_over
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ProjectClaims",
                    "{file} was still marked as open by {user} on {host} (process {pid}), which is no "
                    "longer running: the mark was taken over.",
                ).format(file=path.name, user=holder.user, host=holder.host, pid=holder.pid),
                15000,
            )
        return "edit"

    def ask_locked(self, path: Path, holder: LockHolder) -> str:
        """'read_only', 'copy' or 'cancel'."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ProjectClaims", "Project in use"),
            QCoreApplication.translate(
                "ProjectClaims",
                "{file} is open in Segmenter of {user} on {host} (since {since}). Two copies saving "
                "one project would lose each other's work. Open it read-only, or as a copy that you "
                "save under another name?",
            ).format(file=path.name, user=holder.user, host=holder.host, since=holder.since),
            parent=self._window,
        )
        read_only = box.addButton(
            QCoreApplication.translate("ProjectClaims", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        copy = box.addButton(
            QCoreApplication.translate("ProjectClaims", "Open as a copy"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "read_only" if clicked is read_only else "copy" if clicked is copy else "cancel"

    # ----------------------------------------------------------------- saving

    def save_with_questions(self, path: Path) -> bool | None:
        """Save to ``path``, asking what the session says needs asking.  True: saved;
        False: not saved (the user was told, or cancelled); None: save under another
        name instead.  Other ProjectErrors pass to the caller."""
        try:
            self.session.save(path)
            return True
        except ProjectError as error:
            if error.code == "changed_on_disk":
                answer = self.ask_changed_on_disk(path)
                if answer is True:
                    self.session.save(path, overwrite_changed=True)
                return answer
            if error.code == "read_only":
                QMessageBox.information(
                    self._window,
                    QCoreApplication.translate("ProjectClaims", "Opened read-only"),
                    QCoreApplication.translate(
                        "ProjectClaims",
                        "{file} is open read-only because another Segmenter has it. Save your work "
                        "under another name.",
                    ).format(file=path.name),
                )
                return None
            if error.code == "locked":
                QMessageBox.warning(
                    self._window,
                    QCoreApplication.translate("ProjectClaims", "Cannot save {file}").format(file=path.name),
                    QCoreApplication.translate(
                        "ProjectClaims",
                        "{file} is open in Segmenter of {user} on {host}. Saving over it would lose "
                        "their work: choose another name.",
                    ).format(file=path.name, user=error.params["user"], host=error.params["host"]),
                )
                return False
            raise

    def ask_changed_on_disk(self, path: Path) -> bool | None:
        """True: replace; None: save as; False: cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ProjectClaims", "File changed on disk"),
            QCoreApplication.translate(
                "ProjectClaims",
                "{file} was changed by someone else since you opened it (another Segmenter, a "
                "colleague on the share, a sync program). Replacing it loses their changes.",
            ).format(file=path.name),
            parent=self._window,
        )
        save_as = box.addButton(
            QCoreApplication.translate("ProjectClaims", "Save as…"), QMessageBox.ButtonRole.AcceptRole
        )
        replace = box.addButton(
            QCoreApplication.translate("ProjectClaims", "Replace their changes"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return True
        return None if clicked is save_as else False
