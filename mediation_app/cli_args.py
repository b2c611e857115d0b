"""Argument types the commands share: a file path the operating system can take, and a positive whole number."""

from __future__ import annotations

import argparse
import re

from mediation_app.domain.text import bad_character

# The longest name one part of a path may have: 255 bytes on Linux file systems, 255 characters on NTFS.
NAME_BYTES = 255
# SQLite keeps integers in 8 bytes: a record number above this cannot exist.
INT_LIMIT = 2**63 - 1


def path_arg(text: str) -> str:
    """A file or folder named on the command line: not empty, no control characters, each part short enough."""
    if not text.strip():
        raise argparse.ArgumentTypeError("文件路径不能为空")
    char = bad_character(text)
    if char is not None or "\n" in text or "\t" in text:
        raise argparse.ArgumentTypeError(f"文件路径中含有不能使用的字符（{char or '换行或制表符'}）")
    if any(len(part.encode("utf-8")) > NAME_BYTES for part in re.split(r"[\\/]", text)):
        raise argparse.ArgumentTypeError(f"文件名过长：每一级最多 {NAME_BYTES} 字节")
    return text


def positive(text: str) -> int:
    """A whole number from 1 up to the largest the database stores; the message quotes the value safely."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数，而不是 {_quoted(text)}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"应为正整数，而不是 {value}")
    if value > INT_LIMIT:
        raise argparse.ArgumentTypeError(f"数字过大（最大 {INT_LIMIT}）")
    return value


def _quoted(text: str) -> str:
    return "“" + safe_text(text, 40) + "”"


def safe_text(text: str, limit: int = 300) -> str:
    """Text for the terminal: shortened, control characters shown as codes (an escape sequence never runs)."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    return "".join(c if c == "\n" or bad_character(c) is None else f"U+{ord(c):04X}" for c in shown)
