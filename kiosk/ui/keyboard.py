"""The on-screen keyboard (Qt Virtual Keyboard) as the kiosk wants it: the app's own light
style, only the app's language, and nothing of the last person left on it.

Qt Virtual Keyboard is QML inside its own window (``QtVirtualKeyboard::InputView``). Its
settings (``VirtualKeyboardSettings``: style, locale, active locales) live in one object
per process that any QML engine reaches, so the kiosk sets the locales through a small
engine of its own at start-up, before the keyboard first shows. The keyboard's state (the
language chosen with the language key, shift and caps lock, the symbol layer) lives in
its ``Keyboard`` item, reached through the keyboard's window once it exists.

Environment (read once, when the keyboard loads its settings): ``QT_VIRTUALKEYBOARD_STYLE``
names the style and ``QML_IMPORT_PATH`` says where to find it
(``<dir>/QtQuick/VirtualKeyboard/Styles/<name>/style.qml``); ``keyboard_environment``
fills them in when the kiosk's style is there and leaves Qt's default style otherwise.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDir, QLocale, QObject, QUrl
from PySide6.QtGui import QGuiApplication, QWindow

if TYPE_CHECKING:  # imported when the keyboard is in use: the window imports this module
    from PySide6.QtQml import QQmlEngine

log = logging.getLogger(__name__)

STYLE_NAME = "kiosk"
PANEL_CLASS = "QtVirtualKeyboard::InputView"
LAYOUTS = ":/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
FALLBACK_LOCALE = "en_US"  # a layout every build of Qt Virtual Keyboard has
# Languages whose keyboard has no Latin letters: Latin stays one key away for e-mail.
NOT_LATIN = frozenset({"ar", "bg", "el", "fa", "he", "hi", "ja", "ko", "ru", "sr", "th",
                       "uk", "zh"})


def style_dir(resources: Path) -> Path:
    """The QML import path that holds the kiosk's keyboard style."""
    return resources / "keyboard"


def keyboard_environment(resources: Path, environ: dict[str, str]) -> dict[str, str]:
    """What to add to the environment for the kiosk's keyboard style; nothing (Qt's default
    style) when its files are missing or the environment already names a style."""
    folder = style_dir(resources)
    style = folder / "QtQuick" / "VirtualKeyboard" / "Styles" / STYLE_NAME / "style.qml"
    if "QT_VIRTUALKEYBOARD_STYLE" in environ:
        return {}
    if not style.is_file():
        log.warning("keyboard style not found (%s); using Qt's default keyboard", style)
        return {}
    paths = [p for p in environ.get("QML_IMPORT_PATH", "").split(os.pathsep) if p]
    return {
        "QT_VIRTUALKEYBOARD_STYLE": STYLE_NAME,
        "QML_IMPORT_PATH": os.pathsep.join([str(folder), *paths]),
    }


def quick_backend_environment(environ: dict[str, str]) -> dict[str, str]:
    """Qt Quick's software renderer for the keyboard unless the operator chose one.

    The keyboard is the kiosk's only Qt Quick scene. On Qt's default renderer (OpenGL
    through the RHI) its window loads the system's GL driver; on a kiosk PC without a GPU
    driver, or under Xvfb, that is Mesa's llvmpipe, which maps about 140 MB into the kiosk
    (benchmarks/bench_memory.py: 316 MB RSS with the keyboard shown, against a 150 MB
    budget). The software scene graph paints the same keys with QPainter in a fraction of
    that and fast enough for a keyboard (one key's highlight per tap). An operator who
    wants the GPU sets QT_QUICK_BACKEND themselves (``rhi``, or an empty value, for Qt's
    default); it is then left alone."""
    if "QT_QUICK_BACKEND" in environ or "QMLSCENE_DEVICE" in environ:
        return {}
    return {"QT_QUICK_BACKEND": "software"}


def in_use() -> bool:
    return os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"


# ---------------------------------------------------------------------- languages


def layout_for(locale: QLocale, layouts: list[str]) -> str:
    """The keyboard layout for the app's language: its own (de_DE), else one of the same
    language (de_AT -> de_DE), else English."""
    name = locale.name()
    if name in layouts:
        return name
    language = name.split("_")[0]
    same = sorted(layout for layout in layouts if layout.split("_")[0] == language)
    if same:
        return same[0]
    return FALLBACK_LOCALE if FALLBACK_LOCALE in layouts or not layouts else layouts[0]


class _Settings:
    """What the kiosk last told the keyboard (its locales are set through a QML engine of
    the kiosk's own, for one call: VirtualKeyboardSettings is one per process, and the
    keyboard's engine sees it)."""

    def __init__(self) -> None:
        self.following = False  # follow_latin_only_fields has connected its slot
        self.keeping_panel = False  # keep_panel_with_the_kiosk has connected its slot
        self.locale = ""
        self.panel: QWindow | None = None  # the keyboard's window, as keyboard_item found it


_settings = _Settings()


def limit_languages(locale: QLocale | None = None) -> str:
    """Offer the app's language on the keyboard and make it the keyboard's default; a
    language not written in Latin letters keeps Latin a tap away (an e-mail address), with
    the language key; otherwise that key goes. Returns the layout chosen ("" when the
    keyboard is off)."""
    if not in_use() or QGuiApplication.instance() is None:
        return ""
    from PySide6.QtQml import QQmlEngine

    locale = locale or QLocale()
    # A QML engine for this call only: VirtualKeyboardSettings keeps what it is told in
    # one object per process, which outlives the engine (a second engine kept beside the
    # keyboard's for the kiosk's life: BENCHMARKS.md, "Memory, second pass").
    engine = QQmlEngine(QGuiApplication.instance())
    try:
        return _limit_languages(engine, locale)
    finally:
        engine.deleteLater()


def _limit_languages(engine: QQmlEngine, locale: QLocale) -> str:
    from PySide6.QtQml import QQmlComponent, QQmlExpression

    component = QQmlComponent(engine)
    component.setData(
        b"import QtQml\n"
        b"import QtQuick.VirtualKeyboard\n"
        b"import QtQuick.VirtualKeyboard.Layouts\n"  # registers the layouts' resources
        b"import QtQuick.VirtualKeyboard.Settings\n"
        b"QtObject {\n"
        b"    function limit(names) {\n"
        b"        VirtualKeyboardSettings.activeLocales = names\n"
        b"        VirtualKeyboardSettings.locale = names[0]\n"
        b"        VirtualKeyboardSettings.visibleFunctionKeys = names.length > 1\n"
        b"            ? QtVirtualKeyboard.KeyboardFunctionKeys.All\n"
        b"            : QtVirtualKeyboard.KeyboardFunctionKeys.Hide\n"
        b"        return VirtualKeyboardSettings.activeLocales\n"
        b"    }\n"
        b"}\n",
        QUrl.fromLocalFile(str(Path(__file__).with_name("keyboard_settings.qml"))),
    )
    holder = component.create()
    if holder is None:
        log.warning("keyboard languages not limited: %s",
                    "; ".join(e.toString() for e in component.errors()))
        return ""
    holder.setParent(engine)
    layouts = [name for name in QDir(LAYOUTS).entryList(QDir.Filter.Dirs) if "_" in name]
    chosen = layout_for(locale, layouts)
    names = [chosen]
    if chosen.split("_")[0] in NOT_LATIN and FALLBACK_LOCALE in layouts:
        names.append(FALLBACK_LOCALE)
    expression = QQmlExpression(engine.rootContext(), holder, f"limit({names!r})")
    expression.evaluate()
    if expression.hasError():
        log.warning("keyboard languages not limited: %s", expression.error().toString())
        return ""
    _settings.locale = chosen
    item = keyboard_item()
    if item is not None:
        _call(item, "forget")  # a language left for a Latin-only field belongs to the last list
    follow_latin_only_fields()
    keep_panel_with_the_kiosk()
    log.info("keyboard language: %s", chosen)
    return chosen


# ---------------------------------------------------------------------- the keyboard


# The kiosk reaches the keyboard's window and items as QWindow and QObject: importing
# PySide6.QtQuick (its bindings bring QtOpenGL's) would cost the kiosk 3-4 MB for nothing
# it calls (BENCHMARKS.md, "Memory, third pass"). A caller that imported PySide6.QtQuick
# first (the display tests' drivers) gets them typed as QQuickWindow and QQuickItem.


def panel_window() -> QWindow | None:
    """The keyboard's own window, once it was first shown (None before, or without it)."""
    window: QWindow
    for window in QGuiApplication.topLevelWindows():
        if window.metaObject().className() == PANEL_CLASS:
            return window
    return None


def keyboard_item() -> QObject | None:
    """The keyboard's ``Keyboard`` item (objectName "keyboard"): a QObject descendant of
    its window (its items' QObject parents follow the scene)."""
    panel = panel_window()
    if panel is None:
        return None
    # The window's wrapper is kept: shiboken takes the item found as its child, and a
    # child's wrapper goes invalid when its parent's wrapper is freed.
    _settings.panel = panel
    return panel.findChild(QObject, "keyboard")


# Run in the keyboard's own QML engine, where InputContext is the keyboard's.
_HELPER = b"""import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
QtObject {
    id: helper
    property var kb
    property int before: -1  // the language to go back to after a Latin-only field

    // A field for Latin letters only (an e-mail address, a code): the keyboard's Latin
    // layout when the language has none, its own language again after the field. Such a
    // language's keyboard has two locales (limit_languages): its own, the default, and Latin.
    function latin() {
        var indices = kb.availableLocaleIndices
        if (indices.length !== 2 || kb.localeIndex !== kb.defaultLocaleIndex)
            return false
        helper.before = kb.localeIndex
        kb.localeIndex = indices[0] === helper.before ? indices[1] : indices[0]
        return true
    }
    function forget() {
        helper.before = -1
        return true
    }
    function unlatin() {
        if (helper.before >= 0 && kb.localeIndex !== helper.before)
            kb.localeIndex = helper.before
        helper.before = -1
        return true
    }
    // The keyboard as the next person should find it: the default language, lower case
    // (the field's hints capitalise a name's first letter), letters rather than symbols.
    function reset() {
        if (kb.localeIndex !== kb.defaultLocaleIndex && kb.defaultLocaleIndex >= 0)
            kb.localeIndex = kb.defaultLocaleIndex
        helper.before = -1
        kb.symbolMode = false
        kb.handwritingMode = false
        kb.hideLanguagePopup()
        InputContext.priv.shiftHandler.capsLockActive = false
        InputContext.priv.shiftHandler.shiftActive = false
        return true
    }
    function state() {
        return {
            locale: kb.locale,
            latin: helper.before >= 0,
            defaultLocale: VirtualKeyboardSettings.locale,
            symbolMode: kb.symbolMode,
            capsLock: InputContext.capsLockActive,
            shift: InputContext.shiftActive,
            languages: kb.availableLocaleIndices.length,
            style: VirtualKeyboardSettings.styleName,
            activeLocales: VirtualKeyboardSettings.activeLocales
        }
    }
}
"""
_helpers: dict[int, QObject] = {}
_components: dict[int, QObject] = {}


def _call(item: QObject, function: str) -> object:
    """``function()`` of the helper above, in the keyboard's engine, on its keyboard."""
    from PySide6.QtQml import QJSValue, QQmlComponent, QQmlEngine, QQmlExpression, qmlEngine

    engine = qmlEngine(item)
    if engine is None:
        return None
    key = shiboken6.getCppPointer(engine)[0]
    helper = _helpers.get(key)
    if helper is None or not shiboken6.isValid(helper):
        component = QQmlComponent(engine)
        component.setData(
            _HELPER.replace(b"%FALLBACK%", FALLBACK_LOCALE.encode()),
            QUrl.fromLocalFile(str(Path(__file__).with_name("keyboard_helper.qml")))
        )
        made = component.create()
        if made is None:
            log.warning("keyboard: %s", "; ".join(e.toString() for e in component.errors()))
            return None
        # Kept here, not parented to the engine: shiboken drops the wrapper of a child of
        # a wrapper it does not own (the engine's), and with it the helper's state.
        QQmlEngine.setObjectOwnership(made, QQmlEngine.ObjectOwnership.CppOwnership)
        helper = _helpers[key] = made
        _components[key] = component
    helper.setProperty("kb", item)
    expression = QQmlExpression(QQmlEngine.contextForObject(helper), helper, f"{function}()")
    value = expression.evaluate()
    if expression.hasError():
        log.warning("keyboard: %s", expression.error().toString())
        return None
    if isinstance(value, tuple):  # PySide6: (value, is undefined)
        value = value[0]
    if isinstance(value, QJSValue):
        value = value.toVariant()
    return value


def reset_keyboard() -> bool:
    """Put the keyboard back as the next person should find it, and take it down. False
    when there is no keyboard (offscreen, or not shown yet: nothing to reset)."""
    if not in_use():
        return False
    QGuiApplication.inputMethod().reset()  # drops a half-typed (pre-edit) word
    item = keyboard_item()
    if item is None:
        return False
    done = _call(item, "reset") is True
    QGuiApplication.inputMethod().hide()
    return done


def _latin_only(focused: QObject | None) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    return isinstance(focused, QWidget) and bool(
        focused.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    )


def follow_latin_only_fields() -> None:
    """From now on, a field for Latin letters only (the e-mail address, a check-in code)
    gets the keyboard's Latin layout when the language has none (Arabic, Japanese), and
    the next field the language's own again, with no tap on the language key."""
    app = QGuiApplication.instance()
    if _settings.following or not in_use() or not isinstance(app, QGuiApplication):
        return
    _settings.following = True

    def follow(*_: object) -> None:
        if _settings.locale.split("_")[0] not in NOT_LATIN:
            return  # Latin letters already: nothing to switch (and no cost per focus change)
        item = keyboard_item()
        if item is not None:
            _call(item, "latin" if _latin_only(QGuiApplication.focusObject()) else "unlatin")

    app.focusObjectChanged.connect(follow)
    QGuiApplication.inputMethod().visibleChanged.connect(follow)  # the keyboard's first show


def keep_panel_with_the_kiosk() -> None:
    """Make the keyboard's window a tool window over the kiosk's before it first shows.

    Qt creates the panel as an ordinary top-level window. A desktop window manager leaves
    the focus with the kiosk, but a kiosk compositor (cage, build_spec/linux) focuses every
    new ordinary window: the kiosk's window loses the focus and the keyboard hides at once.
    As a tool window (UTILITY) whose transient parent is the kiosk's, it is never focused
    and always composed with the kiosk's window. The panel exists once a text field has
    had the focus (the input context creates it then, and shows it after), so this looks
    at each focus change until it has adopted the panel."""
    from PySide6.QtCore import Qt

    app = QGuiApplication.instance()
    if _settings.keeping_panel or not in_use() or not isinstance(app, QGuiApplication):
        return
    _settings.keeping_panel = True

    def adopt(*_: object) -> None:
        panel, kiosk = panel_window(), QGuiApplication.focusWindow()
        if panel is None or kiosk is None or kiosk is panel:
            return
        app.focusObjectChanged.disconnect(adopt)
        shown = panel.isVisible()
        if shown:  # too late for the first show: show it again as a tool window
            panel.hide()
        panel.setFlags(panel.flags() | Qt.WindowType.Tool)
        panel.setTransientParent(kiosk)
        if shown:
            panel.show()
        _settings.panel = panel  # the wrapper stays valid (see keyboard_item)

    app.focusObjectChanged.connect(adopt)


def keyboard_state() -> dict[str, object] | None:
    """What the keyboard shows now (for tests and the display driver)."""
    item = keyboard_item()
    if item is None:
        return None
    value = _call(item, "state")
    return value if isinstance(value, dict) else None
