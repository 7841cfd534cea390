"""Customer lists of the shapes teams really keep, each with the answer a careful person
would give by hand.

    python benchmarks/list_shapes.py OUT_DIR            # one file of each shape

Shapes: a sheet per account manager (an overview in front, a notes sheet behind, one
sheet with a column more); satisfaction as German school grades (1 = sehr gut); amounts
with unit words in the cells (T€, TEUR, Mio., Mrd., k, M, bn, German and English
notation, before or after the number) under a header unit; a list where most wallets
are blank (to be estimated per industry).  Every list is drawn from true values (euros,
satisfaction points); :func:`expected_segments` segments those the way PRODUCT.md says
(median thresholds, equal counts as high), so a test compares what Segmenter read with
what the list means, not with what Segmenter happens to do.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MANAGERS = ["Anna Weber", "Jonas Meyer", "Lea Fischer", "Paul Becker"]
INDUSTRIES = ["Maschinenbau", "Chemie", "Handel", "Bau", "Logistik"]


@dataclass
class Truth:
    """What the list means: per customer id, in euros and satisfaction points."""

    ids: list[str]
    revenue: np.ndarray
    wallet: np.ndarray  #: NaN where the list has none and none is to be estimated
    points: np.ndarray  #: satisfaction 0–100
    managers: list[str] = field(default_factory=list)

    def segments(self) -> dict[str, str]:
        return expected_segments(self.ids, self.revenue, self.wallet, self.points)


def expected_segments(
    ids: list[str], revenue: np.ndarray, wallet: np.ndarray, points: np.ndarray
) -> dict[str, str]:
    """Segments by hand: SoW = revenue / wallet (capped at 100 %), medians of the
    classified customers, a value equal to a threshold counts as high."""
    with np.errstate(divide="ignore", invalid="ignore"):
        sow = np.minimum(np.where(wallet > 0, revenue / wallet, np.nan), 1.0)
    known = ~np.isnan(sow) & ~np.isnan(points)
    t_sow, t_kzi = float(np.median(sow[known])), float(np.median(points[known]))
    result = {}
    for index, customer in enumerate(ids):
        if not known[index]:
            result[customer] = ""
            continue
        high_kzi, high_sow = points[index] >= t_kzi, sow[index] >= t_sow
        result[customer] = ("MODEL" if high_sow else "GROW") if high_kzi else ("FIX" if high_sow else "MOVE")
    return result


def _customers(n: int, seed: int) -> tuple[np.random.Generator, list[str], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    ids = [f"K{index:05d}" for index in range(1, n + 1)]
    wallet = np.round(rng.lognormal(13.0, 0.8, n), -2)
    revenue = np.round(wallet * rng.beta(2.0, 3.0, n), -2)
    return rng, ids, revenue, wallet


def _save(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def sheet_per_manager(path: Path, n: int = 120, seed: int = 11) -> Truth:
    """An overview sheet in front, one sheet per manager without a manager column (a
    title row above some headers, one sheet with an extra column), a notes sheet."""
    rng, ids, revenue, wallet = _customers(n, seed)
    grades = np.round(rng.uniform(1.0, 5.0, n), 1)
    owner = rng.integers(0, len(MANAGERS), n)
    sheets: dict[str, list[list[object]]] = {
        "Übersicht": [["Vertrieb 2025 – Übersicht"], [], ["Außendienst", "Kunden", "Umsatz gesamt"]]
        + [[m, int((owner == i).sum()), float(revenue[owner == i].sum())] for i, m in enumerate(MANAGERS)]
    }
    for i, manager in enumerate(MANAGERS):
        header = ["Kundennr.", "Kunde", "Umsatz (€)", "Einkaufsvolumen (€)", "KZI (1-5)"]
        rows: list[list[object]] = [[f"Kunden von {manager}"], header] if i % 2 else [header]
        if i == 2:
            header.append("Bemerkung")
        for k in np.flatnonzero(owner == i):
            row: list[object] = [ids[k], f"Firma {k}", float(revenue[k]), float(wallet[k]), float(grades[k])]
            if i == 2:
                row.append("Rahmenvertrag" if k % 3 == 0 else "")
            rows.append(row)
        sheets[manager] = rows
    sheets["Notizen"] = [["Stand: Januar"], ["Zahlen ohne Gewähr"]]
    _save(path, sheets)
    points = (grades - 1) / 4 * 100
    return Truth(ids, revenue, wallet, points, [MANAGERS[i] for i in owner])


def school_grades(path: Path, n: int = 150, seed: int = 12) -> Truth:
    """Satisfaction as German school grades, 1 = sehr gut … 6 = ungenügend."""
    rng, ids, revenue, wallet = _customers(n, seed)
    grades = np.round(rng.uniform(1.0, 6.0, n), 1)
    header = [
        "Kd-Nr",
        "Firma",
        "Betreuer",
        "Umsatz",
        "Bedarf",
        "Zufriedenheit (Schulnote: 1 = sehr gut, 6 = ungenügend)",
    ]
    rows: list[list[object]] = [header]
    for k in range(n):
        rows.append(
            [ids[k], f"Firma {k}", MANAGERS[k % 4], float(revenue[k]), float(wallet[k]), float(grades[k])]
        )
    _save(path, {"Kunden": rows})
    return Truth(ids, revenue, wallet, (6.0 - grades) / 5 * 100)


def _german(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _amount_text(rng: np.random.Generator, euros: float, german: bool) -> str:
    """An amount as a person types it, with a unit word (or none: the header's T€)."""
    style = int(rng.integers(0, 6))
    number = (lambda v, d: _german(v, d)) if german else (lambda v, d: f"{v:,.{d}f}")
    if style == 0:
        return f"{number(euros / 1e6, 4)} Mio. €" if german else f"€{number(euros / 1e6, 4)}M"
    if style == 1:
        return f"{number(euros / 1e3, 1)} T€" if german else f"{number(euros / 1e3, 1)}k"
    if style == 2:
        return f"{number(euros / 1e3, 1)} TEUR" if german else f"EUR {number(euros / 1e3, 1)}k"
    if style == 3:
        return f"{number(euros / 1e9, 7)} Mrd." if german else f"${number(euros / 1e9, 7)}bn"
    if style == 4:
        return f"{number(euros / 1e3, 1)}"  # the header's unit (T€) applies
    return f"{number(euros / 1e3, 1)} Tsd. €" if german else f"{number(euros / 1e3, 1)} k€"


def units_in_cells(path: Path, n: int = 150, seed: int = 13, german: bool = True) -> Truth:
    """Amounts typed with unit words under a header in T€; a CSV so every cell is text."""
    rng, ids, revenue, wallet = _customers(n, seed)
    score = np.round(rng.uniform(0, 10, n), 1)
    separator = ";" if german else ","
    header = ["Kundennummer", "Kunde", "Außendienst", "Umsatz (T€)", "Einkaufsvolumen (T€)", "KZI (0-10)"]
    lines = [separator.join(header)]
    for k in range(n):
        cells = [ids[k], f"Firma {k}", MANAGERS[k % 4], _amount_text(rng, revenue[k], german)]
        cells += [_amount_text(rng, wallet[k], german), _german(score[k], 1) if german else f"{score[k]:.1f}"]
        lines.append(separator.join(f'"{c}"' for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Truth(ids, revenue, wallet, score * 10)


def blank_wallets(path: Path, n: int = 200, seed: int = 14, quantile: float = 0.9) -> Truth:
    """Most wallets blank; the truth estimates them per industry by hand (a loop and
    numpy's linear percentile, as Excel's PERCENTILE.INC), the whole list for an
    industry of fewer than five customers with revenue."""
    rng, ids, revenue, wallet = _customers(n, seed)
    industry = np.array(INDUSTRIES)[rng.integers(0, len(INDUSTRIES), n)]
    industry[:3] = "Raumfahrt"  # a group too small for its own percentile
    points = np.round(rng.uniform(0, 100, n), 0)
    given = np.where(rng.random(n) < 0.25, wallet, np.nan)
    header = [
        "Kunden-Nr",
        "Kunde",
        "Vertrieb",
        "Branche",
        "Umsatz",
        "Einkaufsvolumen",
        "Zufriedenheit (0-100)",
    ]
    rows: list[list[object]] = [header]
    for k in range(n):
        rows.append(
            [
                ids[k],
                f"Firma {k}",
                MANAGERS[k % 4],
                str(industry[k]),
                float(revenue[k]),
                None if np.isnan(given[k]) else float(given[k]),
                float(points[k]),
            ]
        )
    _save(path, {"Kunden": rows})
    estimated = given.copy()
    whole = np.percentile(revenue[revenue > 0], quantile * 100)
    for k in np.flatnonzero(np.isnan(given)):
        peers = revenue[(industry == industry[k]) & (revenue > 0)]
        cut = np.percentile(peers, quantile * 100) if len(peers) >= 5 else whole
        estimated[k] = max(revenue[k], cut)
    return Truth(ids, revenue, estimated, points)


SHAPES = {
    "sheet_per_manager.xlsx": sheet_per_manager,
    "school_grades.xlsx": school_grades,
    "units_in_cells.csv": units_in_cells,
    "blank_wallets.xlsx": blank_wallets,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in SHAPES.items():
        make(args.out / name)
        print(args.out / name)


if __name__ == "__main__":
    main()
