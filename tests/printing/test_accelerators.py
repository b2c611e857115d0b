"""reportlab runs with its C accelerators (the rl_accel package): without them a photo in a 卷宗 is encoded in
pure Python, and a 60-page file takes several seconds instead of one."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_uses_its_c_accelerators() -> None:
    assert rl_accel.asciiBase85Encode.__module__ == "_rl_accel"
    assert rl_accel.fp_str.__module__ == "_rl_accel"
