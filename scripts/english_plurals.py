"""Fill the English plural forms of a Qt .ts file ("%n seat(s) left" -> "1 seat left").

Run by `make i18n-update` after lupdate; other messages stay untranslated (the source
text is already English).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def fill(path: str) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
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
