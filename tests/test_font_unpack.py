"""The bundle's xz-compressed fonts: packed at build time, unpacked once into the user's cache folder by
paths.fonts_dir(), reused, repaired when a file is missing or truncated, safe with two starts at once."""

from __future__ import annotations

import lzma
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from mediation_app import packed_fonts, paths
from mediation_app.packed_fonts import MANIFEST, pack_fonts

ROOT = Path(__file__).resolve().parents[1]
FONTS = ("NotoSansSC-Regular.ttf", "NotoSerifSC-Bold.ttf", "NotoSerifSC-Regular.ttf")
EXPECTED = {*FONTS, "fonts.toml", "OFL.txt", "SOURCES.md"}


def make_fonts(folder: Path, variant: bytes = b"") -> Path:
    """Stand-ins for the fonts (a few KB each, partly random so xz has work) and the files shipped beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(FONTS):
        (folder / name).write_bytes(variant + os.urandom(2000) + bytes([index]) * 30_000)
    (folder / "fonts.toml").write_text('[ui]\nfile = "NotoSansSC-Regular.ttf"\nfamily = "Noto Sans CJK SC"\n', "utf-8")
    (folder / "OFL.txt").write_text("SIL Open Font License 1.1\n", "utf-8")
    (folder / "SOURCES.md").write_text("# Sources\n", "utf-8")
    (folder / "build_fonts.py").write_text("# not shipped\n", "utf-8")
    return folder


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


class Bundle:
    """A frozen layout in tmp_path: _internal/resources/fonts holds the packed fonts; the cache is in tmp_path."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.source = make_fonts(tmp_path / "source")
        self.packed = pack_fonts(self.source, tmp_path / "_internal" / "resources" / "fonts")
        self.cache = tmp_path / "cache"
        monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(paths, "user_cache_dir", lambda: self.cache)

    def expected(self) -> dict[str, bytes]:
        return {name: data for name, data in contents(self.source).items() if name in EXPECTED}


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Bundle:
    return Bundle(tmp_path, monkeypatch)


def count_unpacking(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    unpacked: list[str] = []
    real = packed_fonts._unpack_one

    def counting(packed: Path, folder: Path, entry: packed_fonts.PackedFile) -> None:
        unpacked.append(entry.name)
        real(packed, folder, entry)

    monkeypatch.setattr(packed_fonts, "_unpack_one", counting)
    return unpacked


def test_pack_ships_xz_fonts_with_the_licence_and_a_manifest(tmp_path: Path) -> None:
    source = make_fonts(tmp_path / "source")
    packed = pack_fonts(source, tmp_path / "packed")
    names = {path.name for path in packed.iterdir()}
    assert names == {f"{font}.xz" for font in FONTS} | {"fonts.toml", "OFL.txt", "SOURCES.md", MANIFEST}
    for font in FONTS:
        assert lzma.decompress((packed / f"{font}.xz").read_bytes()) == (source / font).read_bytes()
        assert (packed / f"{font}.xz").stat().st_size < (source / font).stat().st_size / 5
    entries = {entry.name: entry for entry in packed_fonts.read_manifest(packed)}
    assert entries["NotoSerifSC-Bold.ttf"].size == (source / "NotoSerifSC-Bold.ttf").stat().st_size
    assert entries["OFL.txt"].stored == "OFL.txt"


def test_pack_keeps_what_was_packed_from_the_same_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_fonts(tmp_path / "source")
    pack_fonts(source, tmp_path / "packed")
    compressed: list[str] = []
    real = packed_fonts._compress
    monkeypatch.setattr(packed_fonts, "_compress", lambda s, t: (compressed.append(s.name), real(s, t)))
    (tmp_path / "packed" / "stale.part").write_bytes(b"left by a stopped build")
    pack_fonts(source, tmp_path / "packed")
    assert compressed == [] and not (tmp_path / "packed" / "stale.part").exists()
    (source / "NotoSerifSC-Bold.ttf").write_bytes(b"a new version of the font")
    pack_fonts(source, tmp_path / "packed")
    assert compressed == ["NotoSerifSC-Bold.ttf"]
    assert (
        lzma.decompress((tmp_path / "packed" / "NotoSerifSC-Bold.ttf.xz").read_bytes()) == b"a new version of the font"
    )


def test_source_checkout_reads_resources_fonts() -> None:
    assert not paths.is_frozen()
    assert paths.fonts_dir() == ROOT / "resources" / "fonts"
    assert (paths.fonts_dir() / "fonts.toml").is_file()


def test_frozen_bundle_unpacks_once_into_the_cache(bundle: Bundle, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = paths.fonts_dir()
    assert folder.parent == bundle.cache / "fonts" and bundle.packed not in folder.parents
    assert contents(folder) == bundle.expected()  # fonts.toml, OFL.txt and SOURCES.md beside the fonts
    unpacked = count_unpacking(monkeypatch)
    assert paths.fonts_dir() == folder  # the second start reuses them
    assert unpacked == []


def test_missing_or_truncated_files_are_unpacked_again(bundle: Bundle, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = paths.fonts_dir()
    unpacked = count_unpacking(monkeypatch)
    with (folder / "NotoSerifSC-Regular.ttf").open("r+b") as font:
        font.truncate(1000)  # a copy cut short (disk full, killed while copying)
    (folder / "OFL.txt").unlink()
    assert paths.fonts_dir() == folder
    assert sorted(unpacked) == ["NotoSerifSC-Regular.ttf", "OFL.txt"]
    assert contents(folder) == bundle.expected()


def meet_before_renaming(monkeypatch: pytest.MonkeyPatch, name: str, barrier: threading.Barrier) -> None:
    """Both starts write their own .part of ``name`` before either renames it: the race is forced, not hoped for."""
    real = packed_fonts._write_atomically

    def meeting(target: Path, fill: Callable[[int], None]) -> None:
        def fill_then_wait(fd: int) -> None:
            fill(fd)
            barrier.wait()

        real(target, fill_then_wait if target.name == name else fill)

    monkeypatch.setattr(packed_fonts, "_write_atomically", meeting)


def test_two_starts_at_once_both_get_whole_files(bundle: Bundle, monkeypatch: pytest.MonkeyPatch) -> None:
    barrier = threading.Barrier(2, timeout=30)
    meet_before_renaming(monkeypatch, "NotoSansSC-Regular.ttf", barrier)
    results: list[Path | BaseException] = []

    def start() -> None:
        try:
            results.append(paths.fonts_dir())
        except BaseException as error:  # reported below, not lost in the thread
            results.append(error)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not barrier.broken and len(results) == 2
    assert results[0] == results[1] and isinstance(results[0], Path)
    assert contents(results[0]) == bundle.expected()
    assert not list(results[0].glob("*.part"))


def test_a_new_version_unpacks_beside_and_removes_the_old(bundle: Bundle) -> None:
    old = paths.fonts_dir()
    make_fonts(bundle.source, variant=b"v2")
    pack_fonts(bundle.source, bundle.packed)
    new = paths.fonts_dir()
    assert new != old and new.parent == old.parent
    assert contents(new) == bundle.expected() and not old.exists()


def test_unwritable_cache_falls_back_to_the_temporary_folder(
    bundle: Bundle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setattr(paths, "user_cache_dir", lambda: tmp_path / "not-a-folder" / "cache")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    folder = paths.fonts_dir()
    assert folder.parent == tmp_path / "tmp" / paths.APP_NAME / "fonts"
    assert contents(folder) == bundle.expected()


def test_cache_folder_is_the_users_not_the_bundles(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / ".cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home" / "AppData" / "Local"))
    cache = paths.user_cache_dir()
    assert tmp_path / "home" in cache.parents and paths.APP_NAME in cache.parts


def test_a_damaged_bundle_falls_back_to_the_system_fonts(
    bundle: Bundle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    packed = bundle.packed / "NotoSerifSC-Bold.ttf.xz"
    packed.write_bytes(packed.read_bytes()[:500])  # cut short: the xz stream ends early
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    assert paths.fonts_dir() == bundle.packed  # no .ttf there: gui/fonts.py warns and Qt uses the system font
    assert "NotoSerifSC-Bold.ttf.xz" in caplog.text
    assert not list(bundle.cache.rglob("*.part")) and not list((tmp_path / "tmp").rglob("*.part"))
