"""The fonts shipped xz-compressed in the bundle: packed at build time, unpacked once into the user's cache folder."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST = "packed-fonts.json"  # beside the .ttf.xz files: what each unpacks to, with its size and hash
PACKED_SUFFIX = ".xz"
FONT_PATTERN = "*.ttf"
# Shipped as they are: the manifest the programs read, the licence (the OFL wants it beside the fonts), provenance.
SIDECARS = ("fonts.toml", "OFL.txt", "SOURCES.md")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class PackedFile:
    name: str  # the file as the programs read it, e.g. "NotoSansSC-Regular.ttf"
    stored: str  # its name in the bundle: the same, or with ".xz" added
    size: int  # bytes once unpacked: a shorter file is a broken one
    sha256: str


def _in_parallel(work: Callable[[PackedFile], None], entries: list[PackedFile]) -> None:
    """xz (de)compression releases the GIL: the files are done side by side, one per CPU."""
    from concurrent.futures import ThreadPoolExecutor  # here: a start with the fonts in place never needs it

    with ThreadPoolExecutor(max_workers=max(1, min(len(entries), os.cpu_count() or 1))) as pool:
        _consume(pool.map(work, entries))


def _consume(results: Iterable[None]) -> None:
    for _ in results:  # re-raises the first error
        pass


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> list[PackedFile]:
    data = json.loads((folder / MANIFEST).read_text("utf-8"))
    return [PackedFile(**entry) for entry in data["files"]]


def content_key(files: list[PackedFile]) -> str:
    """A short name for this set of fonts: a new version's fonts unpack into a folder of their own."""
    text = json.dumps([(f.name, f.size, f.sha256) for f in files], separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- build time (build.spec) ---


def _compress(source: Path, target: Path) -> None:
    import lzma

    # The dictionary need not exceed the file: decompressing then needs ~15 MB of memory, not 64.
    dict_size = max(1 << 20, 1 << (source.stat().st_size - 1).bit_length())
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 9, "dict_size": min(dict_size, 64 << 20)}]
    part = target.with_name(target.name + ".part")
    with source.open("rb") as src, lzma.open(part, "wb", format=lzma.FORMAT_XZ, filters=filters) as dst:
        shutil.copyfileobj(src, dst, _CHUNK)
    part.replace(target)


def _stale(target: Path, entries: list[PackedFile]) -> list[PackedFile]:
    """The entries whose packed copy in ``target`` is missing or was made from other content."""
    try:
        old = {f.name: f for f in read_manifest(target)}
    except (OSError, ValueError, KeyError, TypeError):
        old = {}
    return [f for f in entries if old.get(f.name) != f or not (target / f.stored).is_file()]


def pack_fonts(source: Path, target: Path) -> Path:
    """Fill ``target`` with ``source``'s fonts as .ttf.xz, the sidecar files and the manifest; returns ``target``.

    Fonts already packed from the same content are kept (compressing 39 MB takes ~30 s of CPU)."""
    fonts = sorted(source.glob(FONT_PATTERN))
    if not fonts:
        raise FileNotFoundError(f"no {FONT_PATTERN} in {source}")
    entries = [PackedFile(p.name, p.name + PACKED_SUFFIX, p.stat().st_size, _digest(p)) for p in fonts]
    entries += [PackedFile(n, n, (source / n).stat().st_size, _digest(source / n)) for n in SIDECARS]
    target.mkdir(parents=True, exist_ok=True)
    stale = _stale(target, entries)
    (target / MANIFEST).unlink(missing_ok=True)  # written last: a build stopped midway is redone
    _in_parallel(lambda f: _compress(source / f.name, target / f.stored), [f for f in stale if f.stored != f.name])
    for entry in (f for f in stale if f.stored == f.name):
        shutil.copyfile(source / entry.name, target / entry.name)
    wanted = {f.stored for f in entries} | {MANIFEST}
    for leftover in (p for p in target.iterdir() if p.name not in wanted):
        leftover.unlink()
    manifest = {"files": [vars(f) for f in entries]}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    return target


# --- run time (paths.fonts_dir) ---


def _intact(folder: Path, entry: PackedFile) -> bool:
    try:
        return (folder / entry.name).stat().st_size == entry.size
    except OSError:
        return False


def _write_atomically(target: Path, fill: Callable[[int], None]) -> None:
    """Write through a unique .part file then rename: two processes unpacking at once both end with whole files."""
    import tempfile

    fd, part = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    try:
        fill(fd)
        try:
            os.replace(part, target)
        except PermissionError:  # Windows: the other process's copy is in place and open; it is the same file
            if target.stat().st_size != os.stat(part).st_size:
                raise
    finally:
        if os.path.exists(part):
            os.unlink(part)


def _unpack_one(packed: Path, folder: Path, entry: PackedFile) -> None:
    import lzma

    def fill(fd: int) -> None:
        with os.fdopen(fd, "wb") as out:
            if entry.stored == entry.name:
                with (packed / entry.stored).open("rb") as src:
                    shutil.copyfileobj(src, out, _CHUNK)
            else:
                with lzma.open(packed / entry.stored, "rb") as src:
                    shutil.copyfileobj(src, out, _CHUNK)

    try:
        _write_atomically(folder / entry.name, fill)
    except (lzma.LZMAError, EOFError) as error:  # a damaged bundle: reported like an unreadable file
        raise OSError(f"{packed / entry.stored}: {error}") from error
    if not _intact(folder, entry):
        raise OSError(f"{folder / entry.name}: unpacked to the wrong size (expected {entry.size} bytes)")


def _forget_other_versions(cache_root: Path, keep: str) -> None:
    for old in (p for p in cache_root.iterdir() if p.is_dir() and p.name != keep):
        shutil.rmtree(old, ignore_errors=True)  # in use by an old copy still running (Windows): left for next time


def unpacked_fonts(packed: Path, cache_root: Path) -> Path:
    """The folder under ``cache_root`` holding ``packed``'s fonts unpacked; unpacks what is missing or truncated."""
    files = read_manifest(packed)
    folder = cache_root / content_key(files)
    missing = [entry for entry in files if not _intact(folder, entry)]
    if not missing:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    log.info("unpacking %d font files into %s", len(missing), folder)
    _in_parallel(lambda entry: _unpack_one(packed, folder, entry), missing)
    _forget_other_versions(cache_root, folder.name)
    return folder
