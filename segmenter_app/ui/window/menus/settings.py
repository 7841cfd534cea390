"""Settings: the language, the thresholds new lists start with, the currency."""

from __future__ import annotations

from segmenter_app.core.importing.currency import CURRENCIES
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP
from segmenter_app.ui.i18n import LANGUAGES
from segmenter_app.ui.window.actions import Action, Menu


def _language(code: str, text: str, translated: bool) -> Action:
    return Action(
        f"settings.language.{code}",
        text,
        lambda window, _checked: window.set_language(code),
        checkable=True,
        group="language",
        translated=translated,
    )


def _currency(currency: str) -> Action:
    return Action(
        f"settings.currency.{currency}",
        currency,
        lambda window, _checked: window.currency.set_currency(currency),
        checkable=True,
        group="currency",
        translated=False,
    )


MENU = Menu(
    "settings",
    QT_TRANSLATE_NOOP("MainWindow", "&Settings"),
    (
        Menu(
            "settings.language",
            QT_TRANSLATE_NOOP("MainWindow", "&Language"),
            (
                _language("system", QT_TRANSLATE_NOOP("MainWindow", "System language"), True),
                # Each language by its own name, the same in every language.
                *(_language(code, name, False) for code, name in LANGUAGES.items()),
            ),
        ),
        Action(
            "settings.remember_thresholds",
            QT_TRANSLATE_NOOP("MainWindow", "Use these &thresholds for new lists"),
            lambda window: window.loading.remember_thresholds(),
            needs_document=True,
        ),
        Menu(
            "settings.currency",
            QT_TRANSLATE_NOOP("MainWindow", "&Currency"),
            tuple(_currency(currency) for currency in CURRENCIES),
            needs_document=True,
        ),
    ),
)
