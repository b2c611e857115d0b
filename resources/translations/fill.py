"""Fill translations into the catalogue in one read-modify-write: ``python fill.py < map.json``.

The JSON maps an English source text to its Chinese translation; only unfinished messages with that source get it
(finished ones, in any context, are left alone); a plural message gets it in every plural form.
Run ``update.sh`` before (to collect new messages) and after (to build the .qm).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("mediation_zh_CN.ts")


def main() -> int:
    wanted: dict[str, str] = json.load(sys.stdin)
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or source.text not in wanted:
            continue
        if translation.get("type") != "unfinished":
            continue
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = wanted[source.text or ""]
        if not forms:
            translation.text = wanted[source.text or ""]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} message(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
