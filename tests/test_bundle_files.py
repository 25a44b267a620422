"""The packaging files (packaging/) agree with each other and with the code: one version, one
desktop id, one library file type, icons at every size the launchers ask for."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studio import __version__
from studio.cli import library_file_form

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.qalamstudio.QalamStudio"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-qalam-library"


def _stamp_module():
    spec = importlib.util.spec_from_file_location("stamp_version", PACKAGING / "stamp_version.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys such as Name[ar] are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_every_packaging_file_carries_the_version_of_studio_init():
    stamp = _stamp_module()
    assert stamp.version() == __version__
    assert stamp.mismatches(__version__) == []


def test_the_spec_reads_the_version_from_studio_init():
    spec = (PACKAGING / "qalam.spec").read_text("utf-8")
    assert '"studio" / "__init__.py"' in spec
    assert not re.search(r"\d+\.\d+\.\d+", spec.split("VERSION =")[0])


def test_the_desktop_id_is_the_same_everywhere():
    source = (ROOT / "studio" / "gui" / "desktop.py").read_text("utf-8")
    assert f'DESKTOP_ID = "{APP_ID}"' in source
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert _desktop_entry()["Icon"] == APP_ID
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleIdentifier"] == APP_ID


def test_the_launcher_opens_library_files_in_both_languages():
    entry = _desktop_entry()
    assert entry["Exec"] == "qalam %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Name[ar]"] and entry["Comment[ar]"]
    assert library_file_form(["/home/a/My Library.qalam"]) == [
        "--library",
        "/home/a/My Library.qalam",
    ]


def test_a_lone_library_file_argument_becomes_the_library_option():
    assert library_file_form(["--lang", "ar", "x.QALAM"]) == [
        "--lang",
        "ar",
        "--library",
        "x.QALAM",
    ]
    # Sub-commands and explicit options are left as they are.
    assert library_file_form(["import", "x.qalam"]) == ["import", "x.qalam"]
    assert library_file_form(["--library", "x.qalam"]) == ["--library", "x.qalam"]
    assert library_file_form(["info"]) == ["info"]
    assert library_file_form([]) == []


def test_the_mime_type_matches_the_extension_and_sqlite_magic():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME).getroot()
    kind = root.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == MIME_TYPE
    assert kind.find("m:glob", ns).get("pattern") == "*.qalam"
    assert kind.find("m:magic/m:match", ns).get("value").startswith("SQLite format 3")
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE


def test_macos_declares_the_library_document_type():
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["qalam"]
    assert tags["public.mime-type"] == MIME_TYPE
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (PACKAGING / "macos" / plist["CFBundleIconFile"]).read_bytes()[:4] == b"icns"


def test_windows_installer_associates_library_files():
    script = (PACKAGING / "windows" / "qalam.iss").read_text("utf-8")
    assert 'Subkey: "Software\\Classes\\.qalam"' in script
    assert '""{app}\\{#AppExe}"" ""%1"""' in script
    assert "ChangesAssociations=yes" in script
    assert "[Icons]" in script and "{group}" in script
    ico = (PACKAGING / "windows" / "qalam.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and struct.unpack("<H", ico[4:6])[0] >= 6


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_icons_exist_at_every_launcher_size(size: int):
    png = (ROOT / "resources" / "icons" / f"qalam-{size}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (size, size)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_is_valid_appstream():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    # Hints (suggestions) may differ between versions; errors and warnings may not.
    problems = [
        line for line in result.stdout.splitlines() if "error:" in line or "warning:" in line
    ]
    assert result.returncode == 0 and not problems, result.stdout
