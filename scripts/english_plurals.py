"""Fill the English plural forms of a Qt .ts file ("%n seat(s) left" -> "1 seat left").

Run by `make i18n-update` after lupdate; other messages stay untranslated (the source
text is already English). Every message with ``%n`` is a plural: PySide6's lupdate marks
only ``self.tr(..., n)`` calls as such and drops the mark of ``translate(ctx, ..., n)``,
so the mark is restored here rather than trusted.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def fill(path: str) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" and "%n" not in source:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        if len(forms) < 2:
            translation.text = None
            forms += [ET.SubElement(translation, "numerusform") for _ in range(2 - len(forms))]
        singular = source.replace("(s)", "")
        plural = source.replace("(s)", "s")
        for form, value in zip(forms, (singular, plural), strict=False):
            form.text = value
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for ts_file in sys.argv[1:]:
        print(f"{ts_file}: {fill(ts_file)} plural message(s) filled")
