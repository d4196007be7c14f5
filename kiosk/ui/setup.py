"""Qt application set-up: virtual keyboard, theme, window icon (languages: kiosk.ui.i18n)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from kiosk.ui import theme

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
    # The kiosk's light keyboard style (Qt's default style if its files are missing).
    from kiosk.ui.keyboard import keyboard_environment, quick_backend_environment

    os.environ.update(keyboard_environment(resources_dir(), dict(os.environ)))
    # Qt Quick's software renderer unless the operator chose one (why: the function).
    os.environ.update(quick_backend_environment(dict(os.environ)))


class KioskStyle(QProxyStyle):
    """The platform style with what a style sheet cannot size: the line edits' clear
    button is a touch target (Qt sizes it from PM_LineEditIconSize) with our own icon."""

    def pixelMetric(  # noqa: N802 - Qt override
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_LineEditIconSize:
            return theme.px(46)
        if metric == QStyle.PixelMetric.PM_LineEditIconMargin:
            return theme.px(8)
        return super().pixelMetric(metric, option, widget)

    def standardIcon(  # noqa: N802 - Qt override
        self, icon: QStyle.StandardPixmap, option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if icon == QStyle.StandardPixmap.SP_LineEditClearButton:
            path = resources_dir() / "icons" / "clear.svg"
            if path.exists():
                return QIcon(str(path))
        return super().standardIcon(icon, option, widget)


def theme_template() -> str | None:
    """resources/theme.qss with the icon folder and the font list filled in (its
    lengths still in units), or None when it cannot be read."""
    qss = resources_dir() / "theme.qss"
    try:
        text = qss.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("theme not loaded (%s); using Qt's default look", exc.strerror)
        return None
    icons = (resources_dir() / "icons").as_posix()
    fonts = ", ".join(f'"{family}"' for family in theme.FONT_FAMILIES)
    return text.replace("@icons@", icons).replace("@fonts@", fonts)


def apply_theme(app: QApplication, unit: float | None = None) -> None:
    """The kiosk's look: the style sheet at the current scale unit (or ``unit``), the
    font fallbacks for every script and emoji, the touch-sized clear button. The unit
    then follows the main window (``theme.follow_window``)."""
    if not app.property("kioskStyle"):
        app.setStyle(KioskStyle("Fusion"))  # the application takes ownership
        app.setProperty("kioskStyle", True)
    font = QFont(app.font())
    font.setFamilies(list(theme.FONT_FAMILIES))
    app.setFont(font)
    palette = app.palette()
    # Placeholder text ("First or last name") readable: 5.8:1 on white, not Qt's pale grey.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5a6170"))
    app.setPalette(palette)
    state = theme.theme()
    state.template = theme_template()
    if unit is None or not state.set_unit(unit):  # set_unit renders when it changes
        state.restyle()
    icon = resources_dir() / "icons" / "kiosk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
