"""In a bundle whose fonts ship xz-compressed, the GUI registers them from the user's cache folder, where
paths.fonts_dir() unpacked them (a small real TrueType face, reportlab's Vera, stands in for the CJK fonts)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import reportlab
from PySide6.QtGui import QFontDatabase

from mediation_app import paths
from mediation_app.gui import fonts
from mediation_app.packed_fonts import pack_fonts

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
MANIFEST = '[ui]\nfile = "NotoSansSC-Regular.ttf"\nfamily = "Bitstream Vera Sans"\n'


def test_gui_fonts_come_from_the_unpacked_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(VERA, source / "NotoSansSC-Regular.ttf")
    (source / "fonts.toml").write_text(MANIFEST, "utf-8")
    for name in ("OFL.txt", "SOURCES.md"):
        (source / name).write_text(name, "utf-8")
    bundled = pack_fonts(source, tmp_path / "_internal" / "resources" / "fonts")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(paths, "user_cache_dir", lambda: tmp_path / "cache")

    setup = fonts.load_bundled_fonts()

    assert setup.problems == [] and setup.ui_family == "Bitstream Vera Sans"
    registered = [path for path in fonts._registered if tmp_path in path.parents]
    assert len(registered) == 1 and (tmp_path / "cache" / "fonts") in registered[0].parents
    assert registered[0].read_bytes() == VERA.read_bytes() and bundled not in registered[0].parents
    assert "Bitstream Vera Sans" in QFontDatabase.families()
