"""The kiosk's languages: which there are, loading them, and texts that follow a switch.

An attendee may pick another language at any moment of a visit; the screen on show must
change at once without losing what was typed. So every translated text on screen is set
with ``say(widget.setText, lambda: self.tr("..."))``: the text function is kept on the
widget and called again by ``retranslate_all()`` after a switch. A text function reads
the current state when it runs (a step number, a count), so the text is always true.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.ui.keyboard import limit_languages
from kiosk.ui.setup import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ja": "日本語",
}
"""The languages the kiosk speaks, each named in itself (never a flag)."""

Text = str | Callable[[], str]
"""A text handed to another part of the UI: plain, or a function that translates it again
after a language switch (``lambda: self.tr("...")``)."""


def text_of(text: Text) -> str:
    return text() if callable(text) else text


_TEXTS = "_kiosk_texts"  # on a widget: {setter name: text function}


def say(setter: Callable[[str], Any], text: Callable[[], str]) -> None:
    """``setter(text())`` now, and again whenever the language changes.

    ``setter`` is a bound method of a widget (``label.setText``, ``edit.setPlaceholderText``,
    ``button.setAccessibleName``). Its text must then always be set through ``say``: a
    plain ``setText`` would be overwritten by the last ``say`` at the next switch.
    """
    owner = getattr(setter, "__self__", None)
    name = getattr(setter, "__name__", "")
    if owner is not None and name:
        texts = owner.__dict__.setdefault(_TEXTS, {})
        texts[name] = text
    setter(text())


def retranslate_all() -> None:
    """Set every ``say`` text again, then let widgets with a ``retranslate()`` method (item
    models, painted texts) redo what is theirs."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        texts: dict[str, Callable[[], str]] | None = widget.__dict__.get(_TEXTS)
        if texts:
            for name, text in texts.items():
                getattr(widget, name)(text())
        hook = getattr(widget, "retranslate", None)
        if callable(hook):
            hook()
        widget.update()


def language_of(language: str | None) -> str:
    """The kiosk language for a setting or locale name ("de_AT" -> "de"); English when
    the kiosk does not speak it."""
    code = QLocale(language).name().split("_")[0] if language else QLocale.system().name()[:2]
    return code if code in LANGUAGES else "en"


class Translations:
    """The installed translators (Qt's own and the kiosk's) for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""
        self.default: str | None = None  # the kiosk's own language (settings)

    def use(self, language: str | None) -> None:
        """Switch to ``language`` (a code or locale name; None: the system's): translators,
        the default QLocale (dates, numbers), the layout direction, every text on screen."""
        if language and self.default and "_" not in language and (
                language_of(language) == language_of(self.default)):
            language = self.default  # English picked on an en_GB kiosk: British dates
        locale = QLocale(language) if language else QLocale.system()
        code = language_of(locale.name())
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(locale)
        qt_translator = QTranslator(self._app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(locale, "qtbase", "_", qt_path):
            self._install(qt_translator)
        folder = resources_dir() / "translations"
        ours = QTranslator(self._app)
        # English plural forms ("1 seat left") also come from a .qm, so try English last.
        if ours.load(f"kiosk_{code}", str(folder)) or ours.load("kiosk_en", str(folder)):
            self._install(ours)
        else:
            log.warning("no kiosk translations in %s; run `make translations`", folder)
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.LayoutDirection.LeftToRight
            )
        changed, first = code != self.language, not self.language
        self.language = code
        if changed and not first:
            retranslate_all()
            limit_languages(locale)  # at start-up the app does it once the window is up

    def use_default(self) -> None:
        """Back to the kiosk's own language (the idle reset: the next person starts there).
        Nothing to do when it is in use, or when no language was ever loaded here."""
        if self.language and self.language != language_of(self.default):
            self.use(self.default)

    def unload(self) -> None:
        """Remove the translators and the direction (a test's clean-up; a kiosk keeps its
        language loaded)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def translations() -> Translations:
    """The application's one Translations (translators are installed on the application)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations() needs the QApplication")
    found: Translations | None = app.__dict__.get("_kiosk_translations")
    if found is None:
        found = app.__dict__["_kiosk_translations"] = Translations(app)
    return found
