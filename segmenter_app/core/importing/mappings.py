"""Column mappings a user confirmed, remembered for the next file with the same headers.

Stored as one small JSON file (the app keeps it in its settings folder).  A key is the
normalised header row (:func:`columns.header_signature`), so "Umsatz 2025" and
"Umsatz 2026" next year still find the mapping.
"""

from __future__ import annotations

import json
from pathlib import Path

from segmenter_app.core.errors import WriteError
from segmenter_app.core.fileio import open_regular, write_atomically

#: Forget the oldest layouts beyond this many.
MAX_LAYOUTS = 200
MAX_BYTES = 16 << 20


class MappingMemory:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        #: why the last save failed (None: it worked)
        self.error: WriteError | None = None
        self._entries: dict[str, dict[str, str]] = self._load()

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            # Only a regular file, and never more than 200 layouts could take: a pipe or a
            # huge file there must not keep a list from opening.
            with open_regular(self.path) as handle:
                data = json.loads(handle.read(MAX_BYTES).decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            key: {str(r): str(h) for r, h in value.items()}
            for key, value in data.items()
            if isinstance(value, dict)
        }

    def lookup(self, signature: str) -> dict[str, str] | None:
        return dict(self._entries[signature]) if signature in self._entries else None

    def remember(self, signature: str, mapping: dict[str, str]) -> None:
        self._entries.pop(signature, None)
        self._entries[signature] = dict(mapping)
        while len(self._entries) > MAX_LAYOUTS:
            self._entries.pop(next(iter(self._entries)))
        self._save()

    def forget(self, signature: str) -> None:
        if self._entries.pop(signature, None) is not None:
            self._save()

    def _save(self) -> None:
        """Written atomically.  A failure (a full disk, a read-only settings folder)
        leaves the file with the mappings it had and is kept in :attr:`error`: a
        remembered mapping is a convenience, never a reason to stop an import."""
        text = json.dumps(self._entries, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, lambda target: target.write_text(text, encoding="utf-8"))
            self.error = None
        except OSError as error:
            self.error = WriteError(self.path, error.strerror or str(error), errno=error.errno)
        except WriteError as error:
            self.error = error
