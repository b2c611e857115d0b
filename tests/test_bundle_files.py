"""The installer bundle's files: build.spec (run with stand-ins for PyInstaller's build classes), the Inno Setup script,
make_installer.py, the Makefile target and the CI smoke test. Fast: nothing is built here (`.ci/smoke-bundle` does)."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
ISS = ROOT / "resources" / "installer" / "mediation-desk.iss"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]

RUNTIME_HOOK = ("pyi_rth_pyside6", "/hooks/pyi_rth_pyside6.py", "PYSOURCE")


class FakeAnalysis:
    """Stands in for PyInstaller's Analysis: keeps its arguments and offers what the spec filters."""

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.inputs, self.kwargs = scripts, kwargs
        self.scripts = [RUNTIME_HOOK] + [(Path(s).stem, s, "PYSOURCE") for s in scripts]
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.system_exceptions: list[str] | None = None

    def exclude_system_libraries(self, list_of_exceptions: list[str]) -> None:
        self.system_exceptions = list_of_exceptions


def record(kind: str) -> Any:
    def make(*args: Any, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(kind=kind, args=args, **kwargs)

    return make


@pytest.fixture(scope="module")
def packed_fonts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Stand-ins for pack_fonts's output: compressing the real fonts takes ~30 s (tests/test_font_unpack.py packs)."""
    folder = tmp_path_factory.mktemp("packed-fonts")
    for name in ("NotoSansSC-Regular.ttf.xz", "fonts.toml", "OFL.txt", "SOURCES.md", "packed-fonts.json"):
        (folder / name).write_bytes(b"stand-in")
    return folder


@pytest.fixture(scope="module")
def pack_calls() -> list[tuple[Path, Path]]:
    """The (source, target) folders the spec asked pack_fonts for."""
    return []


@pytest.fixture(scope="module")
def spec(packed_fonts_dir: Path, pack_calls: list[tuple[Path, Path]]) -> dict[str, Any]:
    """The spec executed as PyInstaller would, with the build steps recorded instead of run."""
    from PyInstaller.utils.hooks import qt as pyi_qt

    from mediation_app import packed_fonts

    saved = pyi_qt.QtLibraryInfo.collect_plugins, pyi_qt.QtLibraryInfo.collect_qtnetwork_files
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "Analysis": FakeAnalysis,
        "PYZ": record("PYZ"),
        "EXE": record("EXE"),
        "COLLECT": record("COLLECT"),
    }
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(packed_fonts, "pack_fonts", lambda *folders: pack_calls.append(folders) or packed_fonts_dir)
            exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), namespace)
    finally:  # the spec patches PyInstaller's Qt hooks for its own build; other tests see them as they were
        pyi_qt.QtLibraryInfo.collect_plugins, pyi_qt.QtLibraryInfo.collect_qtnetwork_files = saved
    return namespace


def test_spec_has_no_platform_specific_paths() -> None:
    text = SPEC.read_text("utf-8")
    assert not re.search(r"[\"'](/usr|/lib|/opt|/home|/tmp|[A-Za-z]:\\\\)", text), "an absolute path in build.spec"
    assert "site-packages" not in text and ".venv" not in text
    assert "SPECPATH" in text  # every path is built from the spec's own folder


def test_spec_bundles_the_resources_the_program_reads(spec: dict[str, Any]) -> None:
    datas = spec["a"].kwargs["datas"]
    destinations = {dest for _, dest in datas}
    for folder in ("resources/fonts", "resources/translations", "resources/icons", "forms", "forms/samples"):
        assert folder in destinations
    assert "mediation_app/storage/migrations/versions" in destinations
    for source, dest in datas:
        assert list(Path(source).parent.glob(Path(source).name)), f"{source} matches no file"
        assert not Path(dest).is_absolute() and "\\" not in dest
    translations = [source for source, dest in datas if dest == "resources/translations"]
    assert [Path(source).name for source in translations] == ["*.qm"]  # the built catalogue, not the .ts source


def test_spec_ships_the_fonts_xz_compressed(
    spec: dict[str, Any], packed_fonts_dir: Path, pack_calls: list[tuple[Path, Path]]
) -> None:
    assert pack_calls == [(ROOT / "resources/fonts", ROOT / "build/fonts")]
    fonts = [source for source, dest in spec["a"].kwargs["datas"] if dest == "resources/fonts"]
    assert fonts == [str(packed_fonts_dir / "*")]  # the packed folder: .ttf.xz, fonts.toml, OFL.txt...
    assert not any(source.endswith(".ttf") for source, _ in spec["a"].kwargs["datas"])


def test_spec_trims_the_icu_data_only_when_the_bundle_has_it(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows = [("PySide6\\Qt6Core.dll", "C:/venv/PySide6/Qt6Core.dll", "BINARY")]
    monkeypatch.setitem(spec, "load_installer_helper", lambda name: pytest.fail("nothing to trim on Windows"))
    assert spec["trim_icu_data"](windows) == windows
    trimmed: list[tuple[Path, Path]] = []

    def trim(library: Path, workdir: Path) -> Path:
        trimmed.append((library, workdir))
        return tmp_path / "libicudata.so.73"

    monkeypatch.setitem(spec, "load_installer_helper", lambda name: SimpleNamespace(trim=trim))
    linux = [
        ("PySide6/Qt/lib/libicudata.so.73", "/venv/PySide6/Qt/lib/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/venv/PySide6/Qt/lib/libicuuc.so.73", "BINARY"),
    ]
    assert spec["trim_icu_data"](linux) == [(linux[0][0], str(tmp_path / "libicudata.so.73"), "BINARY"), linux[1]]
    assert trimmed == [(Path(linux[0][1]), ROOT / "build" / "icu" / "0")]


def test_two_executables_share_one_analysis(spec: dict[str, Any]) -> None:
    gui, cli, coll = spec["gui"], spec["cli"], spec["coll"]
    assert (gui.name, gui.console, cli.name, cli.console) == ("mediation-desk", False, "mediation-app", True)
    assert gui.args[0] is cli.args[0] is spec["pyz"]
    assert [s[0] for s in gui.args[1]] == ["pyi_rth_pyside6", "gui_main"]
    assert [s[0] for s in cli.args[1]] == ["pyi_rth_pyside6", "__main__"]
    assert coll.args[:2] == (gui, cli) and coll.name == "mediation-desk"
    assert spec["a"].kwargs["noarchive"] is True  # the modules are shared as files, not copied into each executable


def test_spec_icon_exists_for_windows(spec: dict[str, Any]) -> None:
    assert spec["ICON"] == ROOT / "resources" / "installer" / "mediation-desk.ico"
    assert spec["ICON"].read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert spec["gui"].icon == ([str(spec["ICON"])] if sys.platform == "win32" else None)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6\\Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6\\Qt6Network.dll", True),  # QtPdf links it
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6\\Qt6WebEngineCore.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6\\plugins\\imageformats\\qwebp.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("python311.dll", True),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", True),
    ],
)
def test_qt_filter_on_linux_and_windows_names(spec: dict[str, Any], dest: str, kept: bool) -> None:
    assert spec["keep_binary"](dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6\\translations\\qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qtdeclarative_zh_CN.qm", False),
        ("PySide6\\resources\\icudtl.dat", False),  # WebEngine's
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("resources/translations/mediation_zh_CN.qm", True),
        ("forms/agreement.toml", True),
    ],
)
def test_data_filter(spec: dict[str, Any], dest: str, kept: bool) -> None:
    assert spec["keep_data"](dest) is kept


def test_spec_keeps_sqlite_when_leaving_system_libraries_out(spec: dict[str, Any]) -> None:
    assert "libsqlite3*" in spec["a"].system_exceptions  # the FTS5 search needs the SQLite it was tested with


def test_iss_takes_the_version_from_the_build_command() -> None:
    text = ISS.read_text("utf-8")
    assert "#ifndef AppVersion" in text and "#error" in text
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.M)
    assert VERSION not in text  # never written into the script by hand


def test_iss_installs_the_bundle_with_a_start_menu_entry() -> None:
    text = ISS.read_text("utf-8")
    assert 'Source: "{#BundleDir}\\*"' in text and "recursesubdirs" in text
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"$', text, re.M)
    assert re.search(r"^Name: \"desktopicon\".*Flags: unchecked$", text, re.M)
    assert '#define AppExe "mediation-desk.exe"' in text


def test_iss_uninstaller_keeps_the_users_data() -> None:
    sections = re.findall(r"^\[(\w+)\]", ISS.read_text("utf-8"), re.M)
    assert "UninstallDelete" not in sections and "Code" not in sections and "UninstallRun" not in sections
    assert "never add one that touches {userappdata}" in ISS.read_text("utf-8")


def load_make_installer() -> ModuleType:
    path = ROOT / "resources" / "installer" / "make_installer.py"
    spec = importlib.util.spec_from_file_location("make_installer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_installer_passes_pyprojects_version(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_installer = load_make_installer()
    assert make_installer.project_version() == VERSION
    assert make_installer.main(["--dry-run", "--iscc", "ISCC.exe", "--bundle", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert f"/DAppVersion={VERSION}" in printed and f"/DBundleDir={tmp_path.resolve()}" in printed
    assert printed.rstrip().endswith("mediation-desk.iss")


def test_make_installer_refuses_without_a_windows_bundle(tmp_path: Path) -> None:
    assert load_make_installer().main(["--iscc", "ISCC.exe", "--bundle", str(tmp_path)]) == 1


def test_frozen_layout_reads_resources_from_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from mediation_app import paths

    bundle, home = tmp_path / "_internal", tmp_path / "home"
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    assert paths.is_frozen()
    assert (paths.fonts_dir(), paths.translations_dir()) == (
        bundle / "resources/fonts",
        bundle / "resources/translations",
    )
    assert (paths.icons_dir(), paths.forms_dir()) == (bundle / "resources/icons", bundle / "forms")
    assert bundle not in paths.default_database_path().parents  # the data never goes next to the executables
    assert home in paths.default_database_path().parents


def test_gui_entry_runs_the_same_main() -> None:
    text = (ROOT / "mediation_app" / "gui_main.py").read_text("utf-8")
    assert "from mediation_app.app import main" in text and "sys.exit(main())" in text


def test_make_bundle_and_ci_smoke_test() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    target = re.search(r"^bundle: .*?(?=^\S|\Z)", makefile, re.M | re.S)
    assert target and "pyinstaller" in target.group(0) and "build.spec" in target.group(0)
    assert "rm -rf build/pyinstaller dist/mediation-desk" in target.group(0)  # from a clean build folder
    smoke = ROOT / ".ci" / "smoke-bundle"
    assert os.access(smoke, os.X_OK)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith((" ", "#"))]
    run_order = [commands.index(c) for c in ("make test", "make bundle", ".ci/smoke-bundle dist/mediation-desk")]
    assert run_order == sorted(run_order)
