"""German as German lists and teams write it: amounts in T€ / Mio. € / Mrd. €, and the
command line's words."""

from __future__ import annotations

import contextlib
import io

from segmenter_app.core.text.texts import format_money, why_text
from tests.english_words import english_in


def test_german_amounts_are_written_in_t_euro_and_mio():
    assert format_money(200_000, "de") == "200\u00a0T€"
    assert format_money(200_000, "de", "$") == "200\u00a0T$"
    assert format_money(200_000, "de", "CHF") == "200\u00a0T\u00a0CHF"
    assert format_money(1_234_567, "de") == "1,2\u00a0Mio.\u00a0€"
    assert format_money(200_000, "en") == "200\u00a0k€"
    assert "310\u00a0T€ ungenutzt" in why_text("GROW", 82, 64, 0.18, 0.41, 310_000, "de")


# --------------------------------------------------------------------------- command line


def _codes() -> frozenset[str]:
    """What a person types or reads as a name on the command line: the values of every
    choice, the roles, the output columns."""
    from segmenter_app.cli import build_parser, commands
    from segmenter_app.core.columns import role_keys
    from segmenter_app.core.model.history import MOVEMENTS, VISITED
    from segmenter_app.core.outputs.classify_output import CLASSIFY_COLUMNS
    from segmenter_app.core.outputs.history_output import EFFECT_COLUMNS, HISTORY_COLUMNS
    from segmenter_app.core.outputs.team_output import TEAM_COLUMNS

    # capacity_source: list, team, manager or default
    choices = {"pNN", "median", "mean", "all", "none", "auto", "low", "high", "max", "list", "default"}
    choices |= {command.name for command in commands()}
    parser = build_parser()
    for action in parser._actions:  # argparse keeps no public list of its arguments
        for command in (action.choices or {}).values() if hasattr(action.choices, "values") else ():
            for option in command._actions:
                choices |= {str(choice) for choice in option.choices or ()}
    columns = (*role_keys(), *CLASSIFY_COLUMNS, *TEAM_COLUMNS, *HISTORY_COLUMNS, *EFFECT_COLUMNS)
    words = {part for name in (*columns, *MOVEMENTS, *VISITED) for part in name.split("_")}
    return frozenset(choices | words)


def _run(argv: list[str]) -> tuple[int, str, str]:
    from segmenter_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def test_every_help_of_the_command_line_speaks_german():
    from segmenter_app.cli import commands

    codes = _codes()
    for argv in ([], *([command.name] for command in commands())):
        code, said, _err = _run([*argv, "--help", "--lang", "de"])
        assert code == 0
        assert "Aufruf: segmenter" in said and "Optionen:" in said, argv
        assert english_in(said, codes) == [], (argv, english_in(said, codes), said)


def test_argparse_s_own_messages_speak_german_and_english():
    code, _out, said = _run(["classify", "--lang", "de"])
    assert code == 2
    assert "Fehler: diese Argumente fehlen: EINGABE, -o/--output" in said
    code, _out, said = _run(["classify", "--lang", "en"])
    assert "error: the following arguments are required: INPUT, -o/--output" in said
    code, _out, said = _run(["export", "x.xlsx", "--out-dir", "d", "--layout", "pages", "--lang", "de"])
    assert code == 2 and "ungültige Wahl: 'pages'" in said


def test_the_command_line_s_own_messages_speak_german(tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text("Kundennummer;Kunde;Umsatz;Einkaufsvolumen;KZI (1-5)\n1;A;10;20;4\n", encoding="utf-8")
    target = tmp_path / "aus.csv"
    target.write_text("schon da", encoding="utf-8")
    code, _out, said = _run(["classify", str(source), "-o", str(target), "--lang", "de"])
    assert code == 1
    assert said.strip() == f"segmenter: {target} gibt es schon; mit --force wird die Datei ersetzt"
    missing = tmp_path / "fehlt.xlsx"
    code, _out, said = _run(["classify", str(missing), "-o", str(tmp_path / "b.csv"), "--lang", "de"])
    assert code == 3 and "fehlt.xlsx kann nicht gelesen werden: Die Datei existiert nicht." in said
    assert english_in(said, _codes()) == []
