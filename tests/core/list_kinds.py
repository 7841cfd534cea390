"""Lists of the kinds real teams keep, generated with varied headers and values: the
tests of lists round three build their files here rather than copying one example."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import xlsxwriter

#: Header variants per role, German and English, as lists name them.
HEADERS: dict[str, tuple[str, ...]] = {
    "customer_id": ("Kundennummer", "Kd.-Nr.", "Debitor", "Customer ID", "Account number"),
    "customer_name": ("Kunde", "Firma", "Kundenname", "Customer", "Company name"),
    "account_manager": ("Außendienst", "Kundenbetreuer", "Betreuer", "Account manager", "Sales rep"),
    "revenue": ("Umsatz", "Umsatz 2025 (€)", "Nettoumsatz", "Revenue", "Net sales (EUR)"),
    "wallet": (
        "Gesamtpotenzial 2025",
        "Marktvolumen (EUR)",
        "Kategorievolumen",
        "Umsatzpotenzial",
        "Einkaufsvolumen",
        "Bedarf p.a.",
        "Jahresbedarf",
        "Total Addressable Spend",
        "Category spend",
        "Annual spend (EUR)",
        "Customer potential",
        "Procurement volume",
        "Jahresvolumen",
        "Einkaufspotenzial",
    ),
}
#: Headers that must never be read as the wallet.
NOT_WALLETS: tuple[str, ...] = (
    "Marketing spend",
    "Spend",
    "realisiertes Potenzial",
    "Ungenutztes Potenzial",
    "Untapped potential",
    "Potenzial ungenutzt",
    "Restpotenzial",
    "Marketingbudget",
)


#: A list with a region column, a role the app does not have (the registry tests add it).
REGION_LIST = (
    "Kundennummer;Kunde;Vertriebsgebiet;Außendienst;Umsatz;Einkaufsvolumen;Zufriedenheit (1-5)\n"
    "1;Alpha GmbH;Nord;Anna;100;1000;4\n"
    "2;Beta AG;Süd;Anna;500;1000;2\n"
    "3;Gamma KG;Nord;Jonas;900;1000;5\n"
    "4;Delta OHG;West;Jonas;50;1000;1\n"
)


def write_list(path: Path, headers: list[str], rows: list[list[Any]], *, german: bool = True) -> Path:
    """An .xlsx (xlsxwriter, numbers as numbers) or a .csv (German: ';' and '1.234,5';
    English: ',' and '1,234.5'), by the path's suffix."""
    if path.suffix == ".xlsx":
        book = xlsxwriter.Workbook(str(path))
        sheet = book.add_worksheet("Kunden" if german else "Customers")
        sheet.write_row(0, 0, headers)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, (int, float)):
                    sheet.write_number(number, column, value)
                else:
                    sheet.write_string(number, column, str(value))
        book.close()
        return path
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";" if german else ",")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if value is None else _text(value, german) for value in row])
    return path


def _text(value: Any, german: bool) -> str:
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}"
        return text.replace(",", "_").replace(".", ",").replace("_", ".") if german else text
    if isinstance(value, (int, float)):
        text = f"{int(value):,}"
        return text.replace(",", ".") if german else text
    return str(value)


def customers(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` customers with an id, a name, a manager, a revenue under a wallet."""
    rng = random.Random(seed)
    managers = ["Anna Berger", "Jonas Weber", "Mia Schulz", "Paul Klein"]
    found = []
    for number in range(count):
        wallet = rng.randrange(10, 400) * 1000
        found.append(
            {
                "customer_id": f"{10000 + number * 7:06d}",
                "customer_name": f"{rng.choice(['Alpha', 'Beta', 'Gamma', 'Delta', 'Omega'])} {number} GmbH",
                "account_manager": rng.choice(managers),
                "revenue": round(wallet * rng.uniform(0.05, 0.9), 2),
                "wallet": wallet,
            }
        )
    return found
