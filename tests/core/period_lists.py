"""A team's yearly lists where the truth is known: customers move between years, the
visits raise SoW for some, customers come and go, one is renamed (same id), one gets a
new id.  Read with fixed thresholds — SoW 40 %, KZI 60 points (a 1–5 grade of 3.4) —
so each customer's segment follows from its row alone.

``YEARS`` holds the rows; ``TRUTH`` what the history must say about 2024 → 2025.
``random_years`` makes bigger lists whose truth a plain walk computes
(:func:`reference_movement`, :func:`reference_effect`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .conftest import write_xlsx

HEADER = [
    "Kundennummer",
    "Kunde",
    "Außendienst",
    "Umsatz (€)",
    "Einkaufsvolumen (€)",
    "KZI (1-5)",
    "Besuche",
    "Bemerkung",
]
SOW_THRESHOLD, KZI_THRESHOLD = 0.4, 60.0
THRESHOLD_OPTIONS = ["--sow-threshold", "40%", "--kzi-threshold", "60"]

# id, name, manager, revenue, wallet, KZI grade (1–5, 5 best), visits in the year before
YEARS: dict[int, list[list]] = {
    2024: [
        ["K01", "Alpha GmbH", "Anna", 20, 100, 4.5, None, ""],  # GROW
        ["K02", "Beta AG", "Anna", 60, 100, 2.0, None, ""],  # FIX
        ["K03", "Gamma KG", "Ben", 70, 100, 4.0, None, ""],  # MODEL
        ["K04", "Delta OHG", "Ben", 20, 100, 4.0, None, ""],  # GROW
        ["K05", "Epsilon SE", "Anna", 10, 100, 1.5, None, ""],  # MOVE
        ["K06", "Zeta GmbH", "Ben", 50, 100, 4.2, None, "Rahmenvertrag"],  # MODEL, gone in 2025
        ["K08", "Alt GmbH", "Ben", 30, 100, 2.0, None, ""],  # MOVE, renamed in 2025
        ["K09", "Kappa GmbH", "Anna", 45, 100, 4.4, None, ""],  # MODEL, new id K90 in 2025
        ["", "Ohne Nummer KG", "Anna", 30, 100, 3.0, None, ""],  # MOVE, keyed by its name
    ],
    2025: [
        ["K01", "Alpha GmbH", "Anna", 50, 100, 4.5, 20, ""],  # MODEL: improved, visited
        ["K02", "Beta AG", "Anna", 60, 100, 4.0, 20, ""],  # MODEL: improved, visited
        ["K03", "Gamma KG", "Ben", 70, 100, 2.0, 0, ""],  # FIX: worsened, not visited
        ["K04", "Delta OHG", "Ben", 60, 100, 2.0, 0, ""],  # FIX: changed (GROW→FIX)
        ["K05", "Epsilon SE", "Anna", 10, 100, 1.5, None, ""],  # MOVE: unchanged, unknown
        ["K07", "Eta AG", "Ben", 10, 100, 4.0, 2, ""],  # GROW: new
        ["K08", "Neu GmbH", "Ben", 30, 100, 4.0, 20, ""],  # GROW: improved (MOVE→GROW)
        ["K90", "Kappa GmbH", "Anna", 45, 100, 4.4, 20, ""],  # the same Kappa, a new id
        ["", "Ohne Nummer KG", "Anna", 30, 100, 3.0, 0, ""],  # MOVE: unchanged, not visited
    ],
    2026: [
        ["K01", "Alpha GmbH", "Anna", 50, 100, 2.0, 10, ""],  # FIX
        ["K02", "Beta AG", "Anna", 60, 100, 4.0, 10, ""],  # MODEL
        ["K03", "Gamma KG", "Ben", 70, 100, 4.0, 10, ""],  # MODEL
        ["K07", "Eta AG", "Ben", 50, 100, 4.0, 12, ""],  # MODEL
        ["K08", "Neu GmbH", "Ben", 30, 100, 4.0, 12, ""],  # GROW
        ["K90", "Kappa GmbH", "Anna", 45, 100, 4.4, 4, ""],  # MODEL
        ["", "Ohne Nummer KG", "Anna", 10, 100, 3.0, 1, ""],  # MOVE
    ],
}

#: 2024 → 2025, by key; K90 is new and K09 gone unless the new id is confirmed.
TRUTH = {
    "segment_2024": {
        "K01": "GROW", "K02": "FIX", "K03": "MODEL", "K04": "GROW", "K05": "MOVE", "K06": "MODEL",
        "K08": "MOVE", "K09": "MODEL", "name:ohne nummer kg": "MOVE",
    },
    "movement": {
        "K01": "improved", "K02": "improved", "K03": "worsened", "K04": "changed", "K05": "unchanged",
        "K07": "new", "K08": "improved", "K90": "new", "name:ohne nummer kg": "unchanged",
    },
    "gone": {"K06", "K09"},
    # visits against the plan: 20 reach any plan, 0 is less (every classified customer is
    # planned at least one visit), blank is unknown
    "visited": {
        "K01": "as_planned", "K02": "as_planned", "K03": "less", "K04": "less", "K05": "unknown",
        "K08": "as_planned", "name:ohne nummer kg": "less",
    },
}  # fmt: skip


def write_year(folder: Path, year: int, rows: list[list] | None = None, name: str | None = None) -> Path:
    """The list of ``year`` as a team keeps it: a title row, then the table."""
    path = folder / (name or f"Kunden {year}.xlsx")
    rows = YEARS[year] if rows is None else rows
    return write_xlsx(path, {f"Liste {year}": [[f"Kundenliste Vertrieb {year}"], HEADER, *rows]})


def segment_of(revenue: float, wallet: float, grade: float) -> str:
    """The segment the fixed thresholds give, worked out by hand."""
    high_sow = revenue / wallet >= SOW_THRESHOLD
    high_kzi = (grade - 1) / 4 * 100 >= KZI_THRESHOLD
    return {(True, True): "MODEL", (True, False): "FIX", (False, True): "GROW", (False, False): "MOVE"}[
        (high_sow, high_kzi)
    ]


# --------------------------------------------------------------------------- bigger lists


def random_years(folder: Path, years: int = 3, customers: int = 240, seed: int = 11) -> list[Path]:
    """``years`` lists of a team: about 5 % of the customers leave each year and as many
    come; those visited (effort 30, enough for any plan) gain SoW more often than those
    not visited (effort 0); some have no effort written (blank)."""
    rng = np.random.default_rng(seed)
    ids = [f"R{n:04d}" for n in range(customers)]
    present = {key: True for key in ids}
    wallet = {key: float(rng.integers(50, 500)) * 1000 for key in ids}
    share = {key: float(rng.uniform(0.05, 0.9)) for key in ids}
    grade = {key: float(np.round(rng.uniform(1.0, 5.0), 1)) for key in ids}
    manager = {key: ("Anna", "Ben", "Cem")[int(rng.integers(0, 3))] for key in ids}
    paths = []
    next_id = customers
    visits: dict[str, float | None] = dict.fromkeys(ids)
    for year in range(years):
        rows = []
        for key in list(present):
            if not present[key]:
                continue
            effort = visits.get(key)
            rows.append(
                [
                    key,
                    f"Firma {key}",
                    manager[key],
                    round(share[key] * wallet[key], 2),
                    wallet[key],
                    grade[key],
                    effort,
                    "",
                ]
            )
        path = folder / f"Kunden {2020 + year}.xlsx"
        write_xlsx(path, {"Kunden": [HEADER, *rows]})
        paths.append(path)
        # What happens before the next list: visits, then movement.
        for key in list(present):
            if not present[key]:
                continue
            roll = rng.random()
            visited = roll < 0.45
            visits[key] = 30.0 if visited else (None if roll > 0.9 else 0.0)
            gain = rng.uniform(0.0, 0.25) if visited else rng.uniform(-0.15, 0.1)
            share[key] = float(np.clip(share[key] + gain, 0.01, 1.0))
            grade[key] = float(np.clip(np.round(grade[key] + rng.normal(0, 0.6), 1), 1.0, 5.0))
            if rng.random() < 0.05:
                present[key] = False
        for _ in range(customers // 20):
            key = f"R{next_id:04d}"
            next_id += 1
            present[key] = True
            wallet[key] = float(rng.integers(50, 500)) * 1000
            share[key] = float(rng.uniform(0.05, 0.9))
            grade[key] = float(np.round(rng.uniform(1.0, 5.0), 1))
            manager[key] = ("Anna", "Ben", "Cem")[int(rng.integers(0, 3))]
            visits[key] = None
    return paths


def rows_of(path: Path) -> dict[str, tuple[str, float, float, float, float | None]]:
    """key → (manager, revenue, wallet, grade, effort) of a list :func:`random_years` wrote."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        rows = list(workbook["Kunden"].iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()  # read-only keeps the file open until closed
    return {row[0]: (row[2], float(row[3]), float(row[4]), float(row[5]), row[6]) for row in rows}


def reference_movement(before: dict, after: dict) -> dict[str, str]:
    """key → movement, walked customer by customer from the definition."""
    flags = {"MODEL": (1, 1), "FIX": (1, 0), "GROW": (0, 1), "MOVE": (0, 0)}
    result = {}
    for key, (_m, revenue, wallet, grade, _e) in after.items():
        if key not in before:
            result[key] = "new"
            continue
        old = segment_of(before[key][1], before[key][2], before[key][3])
        new = segment_of(revenue, wallet, grade)
        rose = sum(1 for a, b in zip(flags[old], flags[new]) if b > a)
        fell = sum(1 for a, b in zip(flags[old], flags[new]) if b < a)
        if old == new:
            result[key] = "unchanged"
        elif rose and not fell:
            result[key] = "improved"
        elif fell and not rose:
            result[key] = "worsened"
        else:
            result[key] = "changed"
    return result


def reference_effect(before: dict, after: dict, planned: dict[str, float]) -> dict[tuple[str, str], dict]:
    """(segment at k, visited) → customers, improved, worsened, unchanged, changed, mean
    ΔSoW (pp), mean ΔKZI, Δrevenue — a plain loop over the customers in both lists."""
    moved = reference_movement(before, after)
    groups: dict[tuple[str, str], list[str]] = {}
    for key in after:
        if key not in before:
            continue
        segment = segment_of(before[key][1], before[key][2], before[key][3])
        effort = after[key][4]
        visited = "unknown" if effort is None else "as_planned" if effort >= planned[key] else "less"
        groups.setdefault((segment, visited), []).append(key)
        groups.setdefault((segment, "all"), []).append(key)
    table = {}
    for group, keys in groups.items():
        sow = [(after[k][1] / after[k][2] - before[k][1] / before[k][2]) * 100 for k in keys]
        kzi = [((after[k][3] - 1) / 4 - (before[k][3] - 1) / 4) * 100 for k in keys]
        table[group] = {
            "customers": len(keys),
            **{
                word: sum(moved[k] == word for k in keys)
                for word in ("improved", "worsened", "unchanged", "changed")
            },
            "mean_delta_sow_pp": sum(sow) / len(sow),
            "mean_delta_kzi": sum(kzi) / len(kzi),
            "delta_revenue": sum(after[k][1] - before[k][1] for k in keys),
        }
    return table
