"""The command line's words in the user's language: its messages, every ``--help``, and
argparse's own ("usage:", "options", "the following arguments are required").

The language is the one ``--lang`` names, else the system's, known before the command
line is parsed (:func:`argv_language`).  Inside :func:`speaking`:

* ``translate("cli", text)`` gives a message in that language (lupdate collects it
  like Qt's ``translate``; the German is in ``resources/translations/segmenter_de.ts``
  as every other text);
* the help texts, descriptions and placeholders a parser was built with — marked with
  ``QT_TRANSLATE_NOOP("cli", …)`` where they are written, also in the core's output
  registry — are translated once the parser is built (:func:`translate_parser`);
* argparse's own messages, which it looks up through ``gettext``, come from the same
  catalogue: argparse binds ``_`` and ``ngettext`` at import, so they are routed here
  for the time of the command and given back after.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, system_language, tr

CONTEXT = "cli"
#: argparse's own messages (Python 3.11–3.13), translated in the context "argparse".
ARGPARSE_CONTEXT = "argparse"

ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
)

#: The language of the command running now ("en" outside :func:`speaking`).
_language = "en"


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the language of the command running now."""
    return tr(text, _language, context)


def argv_language(argv: list[str]) -> str:
    """The language ``--lang`` names in ``argv`` ("--lang de", "--lang=de"), else the
    system's: what the messages and ``--help`` speak."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        value = None
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value in ("en", "de"):
            return value
    return system_language()


def _gettext(text: str) -> str:
    return tr(text, _language, ARGPARSE_CONTEXT)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


@contextmanager
def speaking(language_code: str) -> Iterator[None]:
    """Messages, ``--help`` and argparse's own words in ``language_code`` while the
    block runs."""
    global _language
    before = (_language, argparse._, argparse.ngettext)
    _language = language_code
    # argparse looks its messages up through the names it imported from gettext.
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        _language, argparse._, argparse.ngettext = before


def _say(text):
    if isinstance(text, tuple):
        return tuple(_say(part) for part in text)
    if isinstance(text, str) and text:
        return tr(text, _language, CONTEXT)
    return text


class HelpFormatter(argparse.HelpFormatter):
    """Help wrapped between words only: a group key (MOVE-prioritise) or an option
    (--kzi-threshold) is never broken at its hyphen, as argparse's wrapping does."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Every help text, description, epilog and placeholder of ``parser`` and its
    commands in the language now spoken (they were written in English, marked for
    translation in the "cli" context), wrapped by :class:`HelpFormatter`.  argparse
    keeps a parser's arguments in ``_actions`` and a command list's help lines in
    ``_choices_actions``: there is no public way to reach them."""
    parser.formatter_class = HelpFormatter
    parser.description = _say(parser.description)
    parser.epilog = _say(parser.epilog)
    for action in parser._actions:
        action.help = _say(action.help)
        action.metavar = _say(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _say(choice.help)
            for command in dict.fromkeys(action.choices.values()):
                translate_parser(command)
