"""The seams of style.md hold: import-linter's contracts (pyproject.toml) are kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a dev dependency and must be installed"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_only_gui_tests_import_qt() -> None:
    qt_import = re.compile(r"^\s*(import|from)\s+PySide6", re.MULTILINE)
    offenders = [
        p
        for p in (ROOT / "tests").rglob("*.py")
        if p.relative_to(ROOT / "tests").parts[0] not in ("gui", "bench") and qt_import.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_version_matches_pyproject() -> None:
    import tomllib

    from mediation_app import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == __version__
