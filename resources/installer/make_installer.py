"""Build the Windows installer: the version from pyproject.toml, then Inno Setup's iscc on mediation-desk.iss."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ISS = HERE / "mediation-desk.iss"
BUNDLE = ROOT / "dist" / "mediation-desk"
ISCC_PLACE = Path("Inno Setup 6") / "ISCC.exe"  # under Program Files (x86) or Program Files


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def find_iscc() -> str | None:
    """ISCC.exe on PATH, or where the Inno Setup 6 installer puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for env in ("ProgramFiles(x86)", "ProgramFiles"):
        base = os.environ.get(env)
        if base and (Path(base) / ISCC_PLACE).exists():
            return str(Path(base) / ISCC_PLACE)
    return None


def iscc_command(iscc: str, version: str, bundle: Path) -> list[str]:
    return [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", str(ISS)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the one-folder bundle (pyinstaller build.spec)")
    parser.add_argument("--iscc", help="path of ISCC.exe (default: on PATH or in Program Files)")
    parser.add_argument("--dry-run", action="store_true", help="print the iscc command instead of running it")
    args = parser.parse_args(argv)
    command = iscc_command(args.iscc or find_iscc() or "ISCC.exe", project_version(), args.bundle.resolve())
    if args.dry_run:
        print(subprocess.list2cmdline(command))
        return 0
    if not (args.bundle / "mediation-desk.exe").exists():
        print(f"no Windows bundle in {args.bundle}: run `pyinstaller build.spec` first", file=sys.stderr)
        return 1
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
