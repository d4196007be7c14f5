"""Qt application set-up: virtual keyboard, theme, translations, window icon."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or of a PyInstaller bundle."""
    override = os.environ.get("KIOSK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def enable_virtual_keyboard() -> None:
    """Must run before QApplication exists: Qt reads QT_IM_MODULE once, at start-up."""
    if QApplication.instance() is not None:
        raise RuntimeError("enable_virtual_keyboard() must run before QApplication is created")
    # In a widgets application the keyboard docks at the bottom of the screen.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")


def apply_theme(app: QApplication) -> None:
    qss = resources_dir() / "theme.qss"
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("theme not loaded (%s); using Qt's default look", exc.strerror)
    icon = resources_dir() / "icons" / "kiosk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and the kiosk's translations; returns them so they stay alive."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    translators = []
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_path):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    folder = resources_dir() / "translations"
    ours = QTranslator(app)
    # English plural forms ("1 seat left") also come from a .qm, so try English last.
    if ours.load(locale, "kiosk", "_", str(folder)) or ours.load("kiosk_en", str(folder)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no kiosk translations in %s; run `make translations`", folder)
    return translators
