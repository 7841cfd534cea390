"""German as German lists and teams write it: amounts in T€ / Mio. € / Mrd. €, and the
command line's words."""

from __future__ import annotations

from segmenter_app.core.text.texts import format_money, why_text


def test_german_amounts_are_written_in_t_euro_and_mio():
    assert format_money(200_000, "de") == "200\u00a0T€"
    assert format_money(200_000, "de", "$") == "200\u00a0T$"
    assert format_money(200_000, "de", "CHF") == "200\u00a0T\u00a0CHF"
    assert format_money(1_234_567, "de") == "1,2\u00a0Mio.\u00a0€"
    assert format_money(200_000, "en") == "200\u00a0k€"
    assert "310\u00a0T€ ungenutzt" in why_text("GROW", 82, 64, 0.18, 0.41, 310_000, "de")
