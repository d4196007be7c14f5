"""Every visible string is in the shipped translation source, and plurals read naturally."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.ui.i18n import LANGUAGES
from kiosk.ui.setup import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts_file)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_the_translation_source_lists_every_visible_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-source-language", "en"],
        check=True, capture_output=True, timeout=120,
    )
    shipped = _sources(resources_dir() / "translations" / "kiosk_en.ts")
    missing = _sources(fresh) - shipped
    assert not missing, f"run `make i18n-update`; missing: {sorted(missing)[:5]}"


def test_english_plurals_come_from_the_shipped_translation(english: None) -> None:
    def seats(n: int) -> str:
        return QCoreApplication.translate("kiosk", "%Ln seat(s) left", None, n)

    assert seats(1) == "1 seat left"
    assert seats(12) == "12 seats left"


# Plural forms in the order Qt's lrelease expects them for each language.
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ar": 6, "ja": 1}
_PLACEHOLDER = re.compile(r"%(?:\d+|L?n)")
_COUNT = re.compile(r"%L?n")  # the count of a plural; %Ln in the kiosk's own digits


def _translations(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(resources_dir() / "translations" / f"kiosk_{language}.ts")
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_language_translates_every_string_with_its_placeholders_and_plurals(
    language: str,
) -> None:
    """An attendee who picks a language never meets a stray English sentence, a lost
    name or number (%1), or a plural that reads wrong."""
    english = {(c, s) for c, s, _ in _translations("en")}
    messages = _translations(language)
    assert {(c, s) for c, s, _ in messages} == english, "run `make i18n-update`"
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source[:50]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is not translated")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if _COUNT.search(source):
            if message.get("numerus") != "yes" or len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where} needs {PLURAL_FORMS[language]} plural forms")
                continue
        else:
            forms = [translation.text or ""]
        wanted = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            if not form.strip():
                problems.append(f"{where} is empty")
            elif sorted(_PLACEHOLDER.findall(form)) != wanted and not (
                # A language with one form for "1 seat" may say "one" instead of %Ln.
                _COUNT.search(source) and sorted(p for p in wanted if not _COUNT.match(p))
                == sorted(p for p in _PLACEHOLDER.findall(form) if not _COUNT.match(p))
            ):
                problems.append(f"{where} has placeholders {form!r}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])


def test_every_language_is_named_in_itself() -> None:
    """The picker says "Deutsch", not "German": people find their own language."""
    for code, name in LANGUAGES.items():
        native = QLocale(code).nativeLanguageName().casefold()  # "español de España"
        if code == "en":  # "American English"
            continue
        assert native.startswith(name.casefold()), (code, native)
