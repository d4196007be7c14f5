"""Refresh every resources/translations/kiosk_*.ts from the code, keeping the plurals.

Run by `make i18n-update` after visible strings change. PySide6's lupdate marks only
``self.tr(..., n)`` calls as plurals and drops the mark (and all but the first form) of
``translate(ctx, ..., n)``; so every message with ``%Ln`` is made a plural again here, with
the forms it had before lupdate ran. English plural forms are filled from the source
("%Ln seat(s) left" -> "1 seat left" / "2 seats left"); in other languages a new or changed
message stays unfinished for a translator.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
Key = tuple[str, str, str]


def _messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _english_forms(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def restore_plurals(path: Path, before: dict[Key, ET.Element]) -> int:
    """Make every ``%Ln`` message of ``path`` a plural again; returns how many."""
    tree = ET.parse(path)
    english = path.stem.endswith("_en")
    count = 0
    for key, message in _messages(tree).items():
        source = key[1]
        if "%Ln" not in source and "%n" not in source:
            continue
        count += 1
        message.set("numerus", "yes")
        old = before.get(key)
        old_translation = old.find("translation") if old is not None else None
        translation = message.find("translation")
        if translation is not None:
            message.remove(translation)
        if english:
            translation = ET.SubElement(message, "translation")
            for text in _english_forms(source):
                ET.SubElement(translation, "numerusform").text = text
        elif old_translation is not None and old_translation.findall("numerusform"):
            translation = copy.deepcopy(old_translation)
            message.append(translation)
        else:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            ET.SubElement(translation, "numerusform")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def update(path: Path, sources: list[str]) -> None:
    before = _messages(ET.parse(path)) if path.exists() else {}
    language = path.stem.split("_", 1)[1]
    subprocess.run(
        [str(Path(sys.executable).with_name("pyside6-lupdate")), *sources, "-no-obsolete",
         "-source-language", "en", "-target-language", language, "-ts", str(path)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    print(f"{path.name}: {restore_plurals(path, before)} plural message(s)")


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    for path in sorted(FOLDER.glob("kiosk_*.ts")):
        update(path, sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
