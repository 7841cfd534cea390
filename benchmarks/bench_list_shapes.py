"""Measure the budgets of issue 11 (lists as teams really keep them):

* ``segmenter classify`` of a 100,000-row .xlsx: ≤ 3 s, and ≤ 2× fastexcel's bare read
  of the same file (``fastexcel.read_excel(path).load_sheet(0)``), in the same run;
* a workbook of 10 sheets × 10,000 customers (one sheet per manager, an overview in
  front) classified end to end: ≤ 3 s;
* unit parsing: importing a 100,000-row CSV whose amounts are text ("1.234,56 €",
  "850 T€", "1,2 Mio. €") with this code against the same import with the code of
  ``--baseline`` (a checkout without unit parsing, e.g. /work/main): ≤ +10 %.

    python benchmarks/bench_list_shapes.py [--baseline /work/main] [--runs 5]

Times are the median (and best) of several runs in child processes; this machine's
speed varies from run to run (2 cores shared with other work): read them as such.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402


def classify_time(path: Path, out: Path) -> float:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "segmenter_app", "classify", str(path), "-o", str(out), "-q"], check=True
    )
    return time.perf_counter() - started


def fastexcel_time(path: Path) -> float:
    code = (
        "import time, fastexcel\nt = time.perf_counter()\n"
        f"fastexcel.read_excel({str(path)!r}).load_sheet(0, header_row=None).to_arrow()\n"
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def many_sheets(path: Path, sheets: int = 10, rows: int = 10_000) -> Path:
    """An overview sheet, then one sheet per manager without a manager column."""
    import xlsxwriter

    if path.exists():
        return path
    columns = customer_frame(sheets * rows, managers=sheets)
    header = ["Kundennummer", "Kunde", "Branche", "Umsatz 2025 (€)", "Einkaufsvolumen (€)", "KZI (1-5)"]
    workbook = xlsxwriter.Workbook(str(path))
    overview = workbook.add_worksheet("Übersicht")
    overview.write_row(0, 0, ["Außendienst", "Kunden", "Umsatz"])
    for s in range(sheets):
        sheet = workbook.add_worksheet(f"AM {s + 1:02d}")
        sheet.write_row(0, 0, header)
        part = slice(s * rows, (s + 1) * rows)
        data = zip(*(columns[h][part].tolist() for h in header))
        for offset, row in enumerate(data):
            sheet.write_row(1 + offset, 0, row)
        overview.write_row(s + 1, 0, [f"AM {s + 1:02d}", rows, float(columns["Umsatz 2025 (€)"][part].sum())])
    workbook.close()
    return path


def text_amount_csv(path: Path, rows: int = 100_000) -> Path:
    """Amounts as people type them: German notation, euro signs, unit words."""
    if path.exists():
        return path
    rng = np.random.default_rng(5)
    wallet = rng.lognormal(12, 1, rows)
    revenue = wallet * rng.beta(2, 3, rows)

    def german(values: np.ndarray, unit: str, scale: float) -> list[str]:
        return [
            f"{v / scale:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") + unit for v in values
        ]

    styles = rng.integers(0, 3, rows)
    revenue_text = np.where(
        styles == 0,
        german(revenue, " €", 1),
        np.where(styles == 1, german(revenue, " T€", 1e3), german(revenue, " Mio. €", 1e6)),
    )
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Kundennummer;Kunde;Außendienst;Umsatz;Einkaufsvolumen;KZI (1-5)\n")
        for i in range(rows):
            handle.write(
                f"K{i:06d};Firma {i};AM {i % 40};{revenue_text[i]};{german(wallet[i : i + 1], ' €', 1)[0]};"
                f"{rng.integers(1, 6)}\n"
            )
    return path


IMPORT_CODE = """
import time, sys
from segmenter_app.core.importing.importer import load_customers
import segmenter_app
assert segmenter_app.__file__.startswith(sys.argv[2]), segmenter_app.__file__
times = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter(); load_customers(sys.argv[1]); times.append(time.perf_counter() - t)
print(min(times))
"""


def import_time(path: Path, code_root: Path, runs: int) -> float:
    environment = dict(os.environ, PYTHONPATH=str(code_root))
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CODE, str(path), str(code_root), str(runs)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        cwd=str(code_root),
    )
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/segmenter-bench"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=None, help="a checkout without unit parsing")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)

    hundred = args.data / "customers_100000.xlsx"
    if not hundred.exists():
        write_xlsx(customer_frame(100_000), hundred)
    times = [classify_time(hundred, args.data / "out.csv") for _ in range(args.runs)]
    bare = [fastexcel_time(hundred) for _ in range(args.runs)]
    print(
        f"classify 100,000 rows: {statistics.median(times):.2f} s median, {min(times):.2f} s best "
        f"(budget ≤ 3 s); fastexcel bare read {statistics.median(bare):.2f} s median: "
        f"{statistics.median(times) / statistics.median(bare):.2f}× (budget ≤ 2×)"
    )

    sheets = many_sheets(args.data / "sheets_10x10000.xlsx")
    times = [classify_time(sheets, args.data / "out_sheets.csv") for _ in range(args.runs)]
    print(
        f"classify 10 sheets × 10,000 customers: {statistics.median(times):.2f} s median, "
        f"{min(times):.2f} s best (budget ≤ 3 s)"
    )

    csv = text_amount_csv(args.data / "text_amounts_100000.csv")
    mine = import_time(csv, ROOT, args.runs)
    line = f"import of a 100,000-row text-amount CSV: {mine:.2f} s best"
    if args.baseline is not None:
        base = import_time(csv, args.baseline.resolve(), args.runs)
        change = (mine / base - 1) * 100
        line += f"; without unit parsing ({args.baseline}) {base:.2f} s: {change:+.1f} % (budget ≤ +10 %)"
    print(line)


if __name__ == "__main__":
    main()
