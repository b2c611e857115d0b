"""Make the manual's screenshots (``make screenshots``): the real program on a demo database, one fixed day, in Chinese.

Run under Xvfb (``xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python resources/screenshots/make_screenshots.py``);
the data and settings live in a temporary folder that is removed afterwards, so nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Every picture the script writes, in the manual's order; the README shows each of them (tests check both ways).
SHOTS = (
    "01-first-start",
    "02-login",
    "03-dashboard",
    "04-intake",
    "05-decision",
    "06-case-window",
    "07-agreement-editor",
    "08-agreement-preview",
    "09-ledger",
    "10-statistics",
    "11-joint-meeting",
    "12-settings",
    "13-archive",
)
WINDOW_SIZE = (1280, 800)
_screenshot_clock: list[datetime] = []  # read by the program's frozen ``now`` (see freeze_clock)


def frozen_now() -> datetime:
    return _screenshot_clock[-1]


def freeze_clock(moment: datetime) -> None:
    """The program's wall clock (``storage.base.now``, shared by every module and column default) shows ``moment``:
    a case accepted in the pictures gets the same number and due date on every run."""
    from mediation_app.storage import base

    base._screenshot_clock = _screenshot_clock  # type: ignore[attr-defined]
    base.now.__code__ = frozen_now.__code__
    _screenshot_clock.append(moment)


def fixed_today(day: date) -> None:
    """The decision step counts the days left from ``date.today()`` (through the case summary), not from the main
    window's day: here both count from the pictures' day."""
    from mediation_app.gui.dialogs import decision_result
    from mediation_app.services import case_view

    class Day(date):
        @classmethod
        def today(cls) -> Day:
            return cls(day.year, day.month, day.day)

    decision_result.date = case_view.date = Day  # type: ignore[misc]


def isolate(folder: Path) -> None:
    """Data, settings and backups in ``folder``; the Chinese interface; before anything imports Qt."""
    os.environ["MEDIATION_DESK_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["LANG"] = os.environ["LC_ALL"] = "zh_CN.UTF-8"
    sys.path.insert(0, str(HERE))


def application(folder: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from mediation_app.gui.application import configure_application, create_application
    from mediation_app.gui.settings import AppSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "config"))
    app = create_application(["mediation-desk-screenshots"])
    configure_application(app, "zh_CN")
    return app, AppSettings.from_file(folder / "config" / "mediation-desk.ini")


def prepare(folder: Path, settings):  # type: ignore[no-untyped-def]
    """The office as first started, with staff, clauses, demo cases, a closed case and two backups."""
    from mediation_app import paths
    from mediation_app.app import open_context
    from mediation_app.gui import settings as keys
    from mediation_app.services.backup import backup_now

    ctx = open_context(paths.default_database_path())
    settings.set(keys.BACKUP_FOLDER, str(folder / "backups"))
    settings.set(keys.PDF_FOLDER, str(folder))
    return ctx, lambda admin: _seed(admin, backup_now, folder / "backups")


def _seed(admin, backup_now, backups: Path) -> int:  # type: ignore[no-untyped-def]
    import screenshot_data as data

    data.seed_office(admin)
    closed = data.closed_case(admin, _clock_moves_to, _image_png(), _pdf())
    for day, hour in ((18, 18), (19, 18)):
        backup_now(admin, backups, "daily", now=datetime(2026, 11, day, hour, 0))
    return closed.case_id


def _image_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(out, format="PNG")
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "signed agreement")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def main_window(ctx, settings):  # type: ignore[no-untyped-def]
    import screenshot_data as data

    from mediation_app.gui.application import build_main_window
    from mediation_app.gui.tasks import SyncRunner

    window = build_main_window(ctx, SyncRunner(), settings)
    window.today = lambda: data.TODAY
    window.resize(*WINDOW_SIZE)
    window.show()
    return window


def take_all(folder: Path, out: Path) -> list[Path]:
    import screenshot_data as data
    import screenshot_scenes as scene

    freeze_clock(datetime.combine(data.TODAY, datetime.min.time()).replace(hour=9, minute=40))
    fixed_today(data.TODAY)
    _app, settings = application(folder)
    camera = scene.Camera(out)
    ctx, seed = prepare(folder, settings)
    admin = scene.first_start(camera, ctx)
    closed_id = seed(admin)
    _clock_moves_to(data.at(data.TODAY, 9, 40))
    scene.login(camera, admin, settings)
    window = main_window(admin, settings)
    scene.dashboard(camera, window)
    case_id = scene.intake(camera, window)
    _clock_moves_to(data.at(data.TODAY, 16, 30))
    data.add_mediators(admin, case_id)
    data.hold_session(admin, case_id, data.at(data.TODAY, 15, 0))
    scene.case_window(camera, scene.agreement(camera, window, case_id))
    scene.ledger(camera, window)
    scene.statistics(camera, window, 2025)
    scene.meeting(camera, window)
    scene.settings(camera, window)
    scene.archive(camera, window, closed_id)
    window.close()
    admin.db.dispose()
    return camera.written


def _clock_moves_to(moment: datetime) -> None:
    _screenshot_clock.append(moment)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs (default: next to this script)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    # A fixed folder: its path shows in the status bar, and should not change from one run to the next.
    temp = Path(tempfile.gettempdir()) / "MediationDesk-screenshots"
    shutil.rmtree(temp, ignore_errors=True)
    try:
        isolate(temp)
        written = take_all(temp, args.out)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    names = tuple(path.stem for path in written)
    if sorted(names) != sorted(SHOTS):
        print(f"the pictures written differ from SHOTS: {names}", file=sys.stderr)
        return 1
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} pictures, {total / 1024:.0f} KB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
