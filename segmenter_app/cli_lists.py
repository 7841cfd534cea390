"""Command line options for lists of other shapes: several sheets, the direction of the
satisfaction scale, the wallet estimate.  Imports nothing heavy (the reader child
starts through the command line); a wrong value raises OptionError, which ``cli``
turns into a usage error."""

from __future__ import annotations

import argparse


class OptionError(ValueError):
    """A list option that cannot be carried out as written (exit status 2)."""


def wallet_summary(document, language: str) -> list[str]:
    """What the wallet estimate did (or could do), for the summary on stderr."""
    from segmenter_app.core.text import texts

    estimate = document.wallet_estimate
    group = ""
    if estimate is not None and estimate.group is not None:
        group = document.report.mapping.get(estimate.group, estimate.group.removeprefix("x:"))
    return texts.wallet_lines(document.prepared, estimate, group, language, offer=True)


def add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kzi-best",
        choices=("auto", "low", "high"),
        default="auto",
        help="which end of the satisfaction scale is the best: low (1 = best, school grades), "
        "high, or auto: as the header says (default)",
    )
    parser.add_argument(
        "--lines",
        choices=("sum", "keep"),
        default="sum",
        help="rows with the same customer id and name (one per order line): sum them into one "
        "customer (default), or keep every row",
    )
    parser.add_argument(
        "--estimate-wallet",
        metavar="COLUMN",
        nargs="?",
        const="",
        default=None,
        help="estimate blank wallets as max(revenue, the group's 90th percentile of revenue); "
        "COLUMN groups the customers (e.g. industry), none: the whole list",
    )
    parser.add_argument(
        "--wallet-quantile",
        metavar="Q",
        help="the percentile of the wallet estimate: 0.9 or 90%% (default 0.9)",
    )


def sheet_options(names: list[str] | None) -> tuple[str | None, tuple[str, ...] | None]:
    """--sheet NAME: that sheet alone; several names: those as one list; all: every
    sheet with a customer header; none: the found sheet and those of its shape."""
    if not names:
        return None, None
    if [name.lower() for name in names] == ["all"]:
        from segmenter_app.core.headers.sheet_set import ALL_SHEETS

        return None, ALL_SHEETS
    if len(names) == 1:
        return names[0], None
    return None, tuple(names)


def quantile(text: str | None) -> float:
    from segmenter_app.core.model.wallet import DEFAULT_QUANTILE

    if text is None:
        return DEFAULT_QUANTILE
    value = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        number = float(value.lstrip("pP"))
    except ValueError:
        raise OptionError(f"--wallet-quantile {text!r}: write 0.9 or 90%") from None
    if text.strip().endswith("%") or value[:1] in "pP" or number > 1:
        number /= 100.0
    if not 0 < number <= 1:
        raise OptionError(f"--wallet-quantile {text!r}: the quantile is between 0 and 1 (0.9 or 90%)")
    return number


def estimate(args: argparse.Namespace, table, report, quantile: float):
    """The wallet estimate --estimate-wallet asks for (None without it)."""
    from segmenter_app.core.model.wallet import WalletEstimate, group_columns, resolve_group

    if args.estimate_wallet is None:
        if args.wallet_quantile is not None:
            raise OptionError("--wallet-quantile needs --estimate-wallet")
        return None
    if args.estimate_wallet == "":
        return WalletEstimate(None, quantile)
    try:
        group = resolve_group(table, report.mapping, args.estimate_wallet)
    except KeyError:
        choices = ", ".join(group_columns(table, report.mapping)) or "none"
        raise OptionError(
            f"--estimate-wallet {args.estimate_wallet!r}: no such column (columns to group by: {choices})"
        ) from None
    return WalletEstimate(group, quantile)
