"""Revenue in T€ beside a wallet in €: every customer's revenue is above its wallet, its
share of wallet counts as 100 % and the segments mean nothing. The command line and the
window say so and name both columns, with how each was read."""

from __future__ import annotations

from pathlib import Path

from tests.command_line import segmenter
from tests.core.conftest import write_xlsx

HEADER = ["Kundennr.", "Firma", "Außendienst", "Umsatz 2025 (T€)", "Potenzial gesamt", "Zufriedenheit (1-5)"]


def mixed_units(folder: Path, wallet_unit: str = "") -> Path:
    """40 customers, revenue 100–490 T€, wallet 300–690 (in € unless ``wallet_unit``)."""
    header = [*HEADER]
    header[4] = f"Potenzial gesamt{wallet_unit}"
    rows = [
        [f"K{n:03d}", f"Firma {n} GmbH", ("Anna", "Ben")[n % 2], 100 + 10 * n, 300 + 10 * n, 1 + n % 5]
        for n in range(40)
    ]
    return write_xlsx(folder / "kunden.xlsx", {"Kunden": [header, *rows]})


def test_the_command_line_names_both_columns_and_how_each_was_read(tmp_path):
    done = segmenter("classify", mixed_units(tmp_path), "-o", tmp_path / "out.csv", "--lang", "de")
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if "Einkaufsvolumen" in line)
    assert "bei 40 von 40 Kunden" in line
    assert "„Umsatz 2025 (T€)“ (gelesen ×1.000)" in line and "„Potenzial gesamt“" in line
    english = segmenter(
        "classify", mixed_units(tmp_path), "-o", tmp_path / "out.csv", "--force", "--lang", "en"
    )
    assert "Revenue is above the wallet for 40 of 40 customers" in english.stderr
    assert "'Umsatz 2025 (T€)' (read ×1,000) and 'Potenzial gesamt' are in the same unit" in english.stderr


def test_a_list_whose_columns_share_their_unit_reads_without_the_line(tmp_path):
    done = segmenter("classify", mixed_units(tmp_path, " (T€)"), "-o", tmp_path / "out.csv", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "above the wallet" not in done.stderr


def test_the_unit_named_on_the_command_line_reads_the_wallet_right(tmp_path):
    """--unit wallet=1000: the wallet in thousands too; no line, shares below 100 %."""
    import pandas as pd

    out = tmp_path / "out.csv"
    done = segmenter("classify", mixed_units(tmp_path), "-o", out, "--lang", "en", "--unit", "wallet=1000")
    assert done.returncode == 0, done.stderr
    assert "above the wallet" not in done.stderr
    frame = pd.read_csv(out)
    assert frame.wallet.min() == 300_000 and frame.share_of_wallet.max() < 0.72
    wrong = segmenter("classify", mixed_units(tmp_path), "-o", out, "--force", "--unit", "wallet=12")
    assert wrong.returncode != 0 and "--unit 'wallet=12'" in wrong.stderr
