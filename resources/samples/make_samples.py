"""Write the bundled sample customer lists (run from the repository root):

    python resources/samples/make_samples.py

``sample_customers_de.xlsx``: 400 German customers of 9 account managers, kept the way
a sales office keeps them: a cover sheet first, a title and a "Stand" line above the
header, a few amounts typed as German text ("12.345,67"), a customer without a KZI,
one with a purchasing volume of 0, one whose revenue exceeds its volume, a blank row,
and a "Summe" row at the end.  ``sample_customers_en.xlsx``: 120 customers in English
with the share of wallet given as a percentage and satisfaction on a 0-10 scale.
The same seed always writes the same files.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent

MANAGERS_DE = [
    "Anna Becker",
    "Jonas Hoffmann",
    "Lea Schulz",
    "Lukas Wagner",
    "Marie Koch",
    "Felix Richter",
    "Sophie Wolf",
    "Paul Neumann",
    "Emma Schröder",
]
PREFIXES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Huber",
    "Köhler",
    "Maier",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Fuchs",
    "Peters",
    "Lang",
]
TRADES = {
    "Maschinenbau": ["Maschinenbau GmbH", "Antriebstechnik AG", "Anlagenbau GmbH & Co. KG"],
    "Automotive": ["Fahrzeugteile GmbH", "Automotive Systems AG", "Zulieferer GmbH"],
    "Chemie": ["Chemie GmbH", "Kunststoffe AG", "Lacke & Farben GmbH"],
    "Lebensmittel": ["Feinkost GmbH", "Molkerei eG", "Backwaren GmbH & Co. KG"],
    "Bau": ["Bau GmbH", "Hochbau AG", "Bauunternehmung GmbH"],
    "Medizintechnik": ["Medizintechnik GmbH", "Dental AG", "Labortechnik GmbH"],
    "Elektrotechnik": ["Elektro GmbH", "Elektronik AG", "Schaltanlagen GmbH"],
    "Logistik": ["Logistik GmbH", "Spedition KG", "Transporte GmbH"],
    "Handel": ["Handelsgesellschaft mbH", "Großhandel GmbH", "Technischer Handel KG"],
}
REGIONS = ["Nord", "Süd", "West", "Ost", "Mitte"]
NOTES_DE = [
    "Rahmenvertrag läuft Ende Q1 aus",
    "Neuer Einkaufsleiter seit Juli",
    "Reklamation Lieferung offen",
    "Interesse an Servicevertrag",
    "Wettbewerber mit Preisaktion im Haus",
    "Referenzkunde, Besuch mit Interessenten möglich",
    "Werk in Polen im Aufbau",
    "Zahlt spät, Mahnstufe 1",
    "Ausschreibung 2027 angekündigt",
    "Sehr zufrieden mit Technik-Support",
    "=Preis prüfen (Formel? nein, Text)",
]


def _customers(rng: np.random.Generator, count: int, managers: list[str]) -> list[dict]:
    industries = list(TRADES)
    customers = []
    for index in range(count):
        industry = industries[rng.integers(len(industries))]
        name = f"{PREFIXES[rng.integers(len(PREFIXES))]} {TRADES[industry][rng.integers(3)]}"
        wallet = float(np.round(rng.lognormal(12.6, 0.9), -2))
        share = float(rng.beta(2.2, 3.0))
        satisfaction = float(np.clip(np.round(rng.normal(3.2 + 0.9 * share, 0.8), 1), 1.0, 5.0))
        customers.append(
            {
                "id": f"{10000 + index * 7:06d}",
                "name": name,
                "manager": managers[rng.integers(len(managers))],
                "region": REGIONS[rng.integers(len(REGIONS))],
                "industry": industry,
                "revenue": float(np.round(wallet * share, 2)),
                "wallet": wallet,
                "kzi": satisfaction,
                "note": NOTES_DE[rng.integers(len(NOTES_DE))] if rng.random() < 0.15 else "",
            }
        )
    return customers


def _german_text(value: float) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def write_german(path: Path) -> None:
    rng = np.random.default_rng(2026)
    customers = _customers(rng, 400, MANAGERS_DE)
    # The everyday messiness of a list that many people have edited:
    customers[17]["kzi"] = None  # no satisfaction yet
    customers[42]["wallet"] = 0.0  # volume not known, typed as 0
    customers[63]["revenue"] = customers[63]["wallet"] * 1.15  # revenue above volume
    for index in (5, 88, 151, 230):  # amounts pasted as German text
        customers[index]["revenue_text"] = _german_text(customers[index]["revenue"])
    customers[120]["wallet_text"] = _german_text(customers[120]["wallet"]) + " €"

    workbook = Workbook()
    cover = workbook.active
    cover.title = "Deckblatt"
    cover["A1"] = "Kundenbewertung Vertrieb Deutschland"
    cover["A1"].font = Font(size=16, bold=True)
    cover["A3"] = "Inhalt: Kundenliste mit Umsatz, Einkaufsvolumen und Kundenzufriedenheit (KZI)."
    cover["A4"] = "KZI: Befragung 2026, Skala 1 (unzufrieden) bis 5 (sehr zufrieden)."
    cover["A5"] = "Vertraulich – nur für den internen Gebrauch."

    sheet = workbook.create_sheet("Kunden 2026")
    header = [
        "Kundennummer",
        "Kunde",
        "Außendienst",
        "Region",
        "Branche",
        "Umsatz 2026 (€)",
        "Einkaufsvolumen (€)",
        "KZI (1-5)",
        "Bemerkung",
    ]
    sheet["A1"] = "Kundenliste Vertrieb – Umsatz und Kundenzufriedenheit"
    sheet["A1"].font = Font(size=14, bold=True)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet["A2"] = "Stand: 30.09.2026"
    sheet.append([])
    sheet.append(header)
    header_row = sheet.max_row
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for index, customer in enumerate(customers):
        if index == 200:
            sheet.append([])  # a blank row in the middle
        sheet.append(
            [
                customer["id"],
                customer["name"],
                customer["manager"],
                customer["region"],
                customer["industry"],
                customer.get("revenue_text", customer["revenue"]),
                customer.get("wallet_text", customer["wallet"]),
                customer["kzi"],
                customer["note"],
            ]
        )
        row = sheet.max_row
        sheet.cell(row, 1).number_format = "@"
        for column in (6, 7):
            sheet.cell(row, column).number_format = '#,##0.00 "€"'
        sheet.cell(row, 8).number_format = "0.0"
    total_row = sheet.max_row + 1
    sheet.cell(total_row, 2, "Summe")
    sheet.cell(total_row, 6, f"=SUM(F{header_row + 1}:F{total_row - 1})")
    sheet.cell(total_row, 7, f"=SUM(G{header_row + 1}:G{total_row - 1})")
    for column in (2, 6, 7):
        sheet.cell(total_row, column).font = Font(bold=True)
    widths = [14, 38, 18, 10, 16, 16, 20, 10, 44]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    workbook.active = 1
    workbook.save(path)


def write_english(path: Path) -> None:
    rng = np.random.default_rng(7)
    managers = ["Olivia Carter", "James Whitfield", "Priya Nair", "Daniel Brooks", "Sofia Marin"]
    customers = _customers(rng, 120, managers)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Key accounts"
    header = [
        "Customer ID",
        "Customer name",
        "Account manager",
        "Region",
        "Industry",
        "Revenue (EUR)",
        "Category spend (EUR)",
        "Share of wallet",
        "Satisfaction (0-10)",
        "Notes",
    ]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    translations = {"Nord": "North", "Süd": "South", "West": "West", "Ost": "East", "Mitte": "Central"}
    for customer in customers:
        share = customer["revenue"] / customer["wallet"]
        satisfaction = round((customer["kzi"] - 1) / 4 * 10, 1)
        sheet.append(
            [
                f"C-{customer['id'][-4:]}",
                customer["name"],
                customer["manager"],
                translations[customer["region"]],
                customer["industry"],
                customer["revenue"],
                customer["wallet"],
                share,
                satisfaction,
                "",
            ]
        )
        row = sheet.max_row
        sheet.cell(row, 8).number_format = "0%"
        for column in (6, 7):
            sheet.cell(row, column).number_format = '#,##0 "€"'
    for column, width in enumerate([12, 38, 18, 10, 16, 14, 20, 16, 18, 30], start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    workbook.save(path)


if __name__ == "__main__":
    write_german(HERE / "sample_customers_de.xlsx")
    write_english(HERE / "sample_customers_en.xlsx")
