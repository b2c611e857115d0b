"""The manual and its pictures agree: README shows every PNG the screenshot script makes, and only those, and the
committed PNGs are the script's, small enough to keep in the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "screenshots"
SCRIPT = FOLDER / "make_screenshots.py"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_PICTURE = 250 * 1024
MAX_TOTAL = 3 * 1024 * 1024


def script_shots() -> tuple[str, ...]:
    """SHOTS as written in the script (read, not imported: importing it would start Qt)."""
    for node in ast.parse(SCRIPT.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SHOTS" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError("make_screenshots.py has no SHOTS")


def readme_pictures() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)


def test_the_readme_shows_each_picture_of_the_script_once() -> None:
    shots = script_shots()
    assert len(shots) >= 10 and len(set(shots)) == len(shots)
    assert sorted(readme_pictures()) == sorted(f"resources/screenshots/{name}.png" for name in shots)


def test_every_picture_shown_is_committed_and_no_stale_picture_is_left() -> None:
    committed = sorted(path.stem for path in FOLDER.glob("*.png"))
    assert committed == sorted(script_shots())
    for picture in readme_pictures():
        assert (ROOT / picture).read_bytes().startswith(PNG_MAGIC), picture


def test_the_pictures_are_small() -> None:
    sizes = {path.name: path.stat().st_size for path in FOLDER.glob("*.png")}
    assert sizes and max(sizes.values()) <= MAX_PICTURE, sizes
    assert sum(sizes.values()) <= MAX_TOTAL
