"""Fill the English catalogue's plural forms from the source: "%n case(s)" → "%n case" / "%n cases".

The English interface needs no translation but for plurals: lupdate -pluralonly lists them in mediation_en.ts.
Usage: python english_plurals.py mediation_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL = re.compile(r"\((s|es)\)")


def forms(source: str) -> tuple[str, str]:
    """The singular (n = 1) and the plural of a source written with "(s)"."""
    return PLURAL.sub("", source), PLURAL.sub(r"\1", source)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"english plurals: {fill(Path(sys.argv[1]))} message(s)")
