"""Languages: English (the source texts) and German, switchable while running.

Our translations (``resources/translations/segmenter_de.qm``) and Qt's own (standard
dialogs and buttons, shipped with PySide6) are installed together; Qt then sends every
widget a LanguageChange event and each one sets its texts again.  English, the language
of the source texts, has a file too: the plural forms of texts that follow a number
("%n customer" / "%n customers", ``segmenter_en.qm``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from segmenter_app.core.resources import resource_path

LANGUAGES = {"en": "English", "de": "Deutsch"}


def system_language() -> str:
    name = QLocale.system().name().lower()
    return "de" if name.startswith("de") else "en"


#: The translators this module installed, per application: a second window (or a test)
#: must be able to take back what the first installed.
_INSTALLED: dict[int, list[QTranslator]] = {}
#: The language those translators give, per application.
_IN_FORCE: dict[int, str] = {}


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"

    @property
    def _installed(self) -> list[QTranslator]:
        return _INSTALLED.setdefault(id(self.app), [])

    def install(self, language: str) -> str:
        """Switch to ``language`` ('en', 'de' or 'system'); returns the one in force."""
        if language not in LANGUAGES:
            language = system_language()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English))
        if _IN_FORCE.get(id(self.app)) == language:
            # The same language again (a new window, a setting made explicit): every
            # widget says it already; reinstalling would have each of them word itself anew.
            return language
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self.app)
        if ours.load(str(resource_path("translations", f"segmenter_{language}.qm"))):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", qt_folder) or qt.load(
                str(Path(qt_folder) / f"qt_{language}.qm")
            ):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        _IN_FORCE[id(self.app)] = language
        return language


class Retranslating:
    """Mixin of a widget that words itself again when the language changes: Qt sends
    it a LanguageChange event after a translator is installed, and ``retranslate``
    sets every text anew."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
