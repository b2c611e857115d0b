"""Helpers for the paper-step tests: a StepHost for a case built through the services, screenshots."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from mediation_app.gui.dialogs.case_step import StepHost
from mediation_app.gui.settings import AppSettings
from mediation_app.gui.tasks import Runner
from mediation_app.services.case_view import case_overview
from mediation_app.services.context import ServiceContext

# Screenshots for looking at are written only when MEDIATION_DESK_SHOTS names a folder.
SHOTS = os.environ.get("MEDIATION_DESK_SHOTS", "")


def host_for(ctx: ServiceContext, runner: Runner, settings: AppSettings, case_id: int, today: date) -> StepHost:
    """What the case window would hand a step dialog today."""
    return StepHost(ctx, runner, case_overview(ctx, case_id, today=today).summary, today, settings)


def shown(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shot(widget: QWidget, name: str) -> None:
    """A screenshot for looking at (kept out of the assertions), when MEDIATION_DESK_SHOTS is set."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
