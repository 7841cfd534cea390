"""The command line's options read and checked: the column mapping, the thresholds, the
output (never an input, never replaced without --force)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_WRITE, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit status 2)."""


def _parse_mapping(pairs: list[str]) -> dict[str, str | None]:
    from segmenter_app.core.columns import role_keys

    mapping: dict[str, str | None] = {}
    for pair in pairs:
        role, separator, header = pair.partition("=")
        role = role.strip()
        if not separator:
            raise UsageError(f"--map {pair!r}: write ROLE=HEADER")
        if role not in role_keys():
            raise UsageError(f"--map {pair!r}: unknown role {role!r} (roles: {', '.join(role_keys())})")
        mapping[role] = header.strip() or None
    return mapping


def _thresholds(args: argparse.Namespace, default=None):
    """The thresholds of the command line; an axis not given keeps ``default``'s (a
    project's own) or the median."""
    from segmenter_app.core.model.segmentation import Threshold, ThresholdError, Thresholds

    default = default or Thresholds()
    sow, kzi = default.sow, default.kzi
    if args.sow_threshold is not None:
        try:
            sow = Threshold.parse(args.sow_threshold, "sow")
        except ThresholdError:
            raise UsageError(
                f"--sow-threshold {args.sow_threshold!r}: use a share such as 0.35 or 35%, median, "
                "mean or pNN"
            ) from None
    if args.kzi_threshold is not None:
        try:
            kzi = Threshold.parse(args.kzi_threshold, "kzi")
        except ThresholdError:
            raise UsageError(
                f"--kzi-threshold {args.kzi_threshold!r}: use points 0-100, median, mean or pNN"
            ) from None
    return Thresholds(sow=sow, kzi=kzi)


def _check_output(args: argparse.Namespace) -> None:
    output: Path = args.output
    formats = (".csv", ".xlsx", ".json", ".segmenter")
    if output.suffix.lower() not in formats:
        raise UsageError(f"{output}: the output must end in {', '.join(formats)}")
    if output.is_dir():
        raise UsageError(f"{output}: is a folder; name an output file")
    _refuse_input_as_output([output], [args.input])


def _refuse_input_as_output(outputs: list[Path], inputs: list[Path | None]) -> None:
    """An input is never an output, whatever --force says."""
    from segmenter_app.core.fileio import inputs_among

    clashes = inputs_among(outputs, inputs)
    if clashes:
        raise UsageError(f"{clashes[0]}: the output would overwrite an input (the list or project read)")


def _refuse_existing(output: Path, force: bool) -> int | None:
    if output.exists() and not force:
        return _fail(f"{output} already exists; use --force to replace it", EXIT_WRITE)
    return None


def _fail(message: str, status: int) -> int:
    print(f"segmenter: {message}", file=sys.stderr)
    return status
