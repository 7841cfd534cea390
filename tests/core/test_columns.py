"""Column names in German and English → roles."""

from __future__ import annotations

import pytest

from segmenter_app.core.headers.roles import (
    assign_roles,
    header_signature,
    match_roles,
    normalise_header,
)
from segmenter_app.core.headers.units import header_multiplier, header_scale


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Kundennummer", "customer_id"),
        ("Kunden-Nr.", "customer_id"),
        ("Kd.-Nr.", "customer_id"),
        ("Customer ID", "customer_id"),
        ("Debitor", "customer_id"),
        ("Kunde", "customer_name"),
        ("Firmenname", "customer_name"),
        ("Customer name", "customer_name"),
        ("Company", "customer_name"),
        ("Außendienst", "account_manager"),
        ("Key Account Manager", "account_manager"),
        ("Kundenbetreuer", "account_manager"),
        ("Sales Rep", "account_manager"),
        ("KAM", "account_manager"),
        ("Umsatz 2025 (€)", "revenue"),
        ("Nettoumsatz", "revenue"),
        ("Revenue", "revenue"),
        ("Turnover", "revenue"),
        ("Einkaufsvolumen (€)", "wallet"),
        ("Bedarf", "wallet"),
        ("Wallet", "wallet"),
        ("Purchasing volume", "wallet"),
        ("Category spend (EUR)", "wallet"),
        ("Share of Wallet %", "share_of_wallet"),
        ("SoW", "share_of_wallet"),
        ("Lieferanteil (%)", "share_of_wallet"),
        ("KZI (1-5)", "satisfaction"),
        ("Kundenzufriedenheit", "satisfaction"),
        ("CSAT %", "satisfaction"),
        ("NPS", "satisfaction"),
        ("Satisfaction (0-10)", "satisfaction"),
        ("Bemerkung", "notes"),
        ("Notes", "notes"),
        ("Kommentar", "notes"),
    ],
)
def test_headers_map_to_their_role(header: str, role: str) -> None:
    assert match_roles(header)[0].role == role


@pytest.mark.parametrize(
    "header",
    [
        "Region",
        "Branche",
        "PLZ",
        "Ort",
        "Ansprechpartner",
        "Umsatz Vorjahr",
        "ungenutztes Potenzial",
        "Telefon",
    ],
)
def test_other_columns_play_no_role(header: str) -> None:
    roles = {m.role for m in match_roles(header)}
    assert roles.isdisjoint({"customer_id", "customer_name", "revenue", "wallet"}) or not roles


def test_latest_year_wins_between_two_revenue_columns() -> None:
    roles = assign_roles(["Kundennummer", "Umsatz 2024", "Umsatz 2025", "Bedarf", "KZI"])
    assert roles["revenue"] == 2


def test_each_column_plays_one_role_and_each_role_one_column() -> None:
    roles = assign_roles(["Account", "Account Manager", "Share", "Revenue"])
    assert roles["account_manager"] == 1
    assert len(set(roles.values())) == len(roles)


def test_normalised_headers_drop_units_years_and_umlauts() -> None:
    assert normalise_header("Umsatz 2025 (€)") == "umsatz"
    assert normalise_header("  Größe / Außendienst ") == "groesse aussendienst"
    assert normalise_header("KZI (1-5)") == "kzi"


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("KZI (1-5)", (1.0, 5.0)),
        ("Zufriedenheit 0 bis 10", (0.0, 10.0)),
        ("CSAT 1–7", (1.0, 7.0)),
        ("Score (0..100)", (0.0, 100.0)),
        ("KZI", None),
    ],
)
def test_scale_written_in_the_header(header: str, scale) -> None:
    assert header_scale(header) == scale


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("Umsatz (T€)", 1e3),
        ("Umsatz in TEUR", 1e3),
        ("Revenue (kEUR)", 1e3),
        ("Budget in Mio. €", 1e6),
        ("Umsatz (€)", 1.0),
    ],
)
def test_amount_units_in_the_header(header: str, factor: float) -> None:
    assert header_multiplier(header) == factor


def test_signature_ignores_years() -> None:
    assert header_signature(["Kunde", "Umsatz 2025"]) == header_signature(["Kunde", "Umsatz 2026"])


def test_a_header_naming_money_heads_amounts_never_a_name(make_xlsx) -> None:
    """"Sales 2025 (k€)" is the revenue (it was taken for the account manager, and the
    list refused for want of a revenue); "Sales" over names stays the sales rep."""
    from segmenter_app.core.importing.importer import ImportOptions, load_customers

    english = make_xlsx(
        [
            ["Customer No.", "Customer", "Account Manager", "Sales 2025 (k€)", "Category spend (k€)", "CSAT"],
            ["K-1", "Meier & Söhne GmbH", "Jürgen Müller", 303.1, 550.1, 6],
            ["K-2", "Alpha AG", "Özlem Özdemir", 129.7, 358.4, 5.2],
        ]
    )
    report = load_customers(english, ImportOptions()).report
    assert report.mapping["account_manager"] == "Account Manager"
    assert report.mapping["revenue"] == "Sales 2025 (k€)" and report.multipliers["revenue"] == 1000
    assert [m.role for m in match_roles("Sales")] == ["account_manager"]
    assert [m.role for m in match_roles("Vertrieb in T€")] == ["revenue"]
    assert [m.role for m in match_roles("Sales potential (k€)")] == ["wallet"]
    assert [m.role for m in match_roles("Kunde A-M")] == ["customer_name"]  # a letter is no unit there
