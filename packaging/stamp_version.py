"""One version number, in studio/__init__.py: this copies it into the packaging files that cannot
read it themselves (AppStream release list, macOS Info.plist, Inno Setup default), or with
--check only reports where they disagree (tests/test_bundle_files.py runs that).

    python packaging/stamp_version.py [--check]
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging" / "linux" / "org.qalamstudio.QalamStudio.metainfo.xml"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
INNO = ROOT / "packaging" / "windows" / "qalam.iss"

_PLIST_KEYS = ("CFBundleShortVersionString", "CFBundleVersion")


def version() -> str:
    text = (ROOT / "studio" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("studio/__init__.py has no __version__")
    return match.group(1)


def metainfo_version(text: str) -> str | None:
    """The newest release listed (AppStream lists releases newest first)."""
    match = re.search(r'<release version="([^"]+)"', text)
    return match.group(1) if match else None


def plist_versions(text: str) -> list[str]:
    return [
        match.group(1)
        for key in _PLIST_KEYS
        for match in [re.search(rf"<key>{key}</key>\s*<string>([^<]*)</string>", text)]
        if match
    ]


def inno_version(text: str) -> str | None:
    match = re.search(r'#define AppVersion "([^"]+)"', text)
    return match.group(1) if match else None


def mismatches(wanted: str) -> list[str]:
    found = {
        METAINFO: [metainfo_version(METAINFO.read_text("utf-8"))],
        INFO_PLIST: plist_versions(INFO_PLIST.read_text("utf-8")),
        INNO: [inno_version(INNO.read_text("utf-8"))],
    }
    return [
        f"{path.relative_to(ROOT)}: {value} (studio/__init__.py: {wanted})"
        for path, values in found.items()
        for value in values or [None]
        if value != wanted
    ]


def stamp(wanted: str) -> None:
    text = METAINFO.read_text("utf-8")
    if metainfo_version(text) != wanted:
        # A new release goes on top; the text of the old ones stays as it was.
        today = datetime.now(UTC).date().isoformat()
        text = text.replace(
            "<releases>\n",
            f'<releases>\n    <release version="{wanted}" date="{today}"/>\n',
            1,
        )
        METAINFO.write_text(text, "utf-8")
    text = INFO_PLIST.read_text("utf-8")
    for key in _PLIST_KEYS:
        text = re.sub(
            rf"(<key>{key}</key>\s*<string>)[^<]*(</string>)", rf"\g<1>{wanted}\g<2>", text
        )
    INFO_PLIST.write_text(text, "utf-8")
    text = INNO.read_text("utf-8")
    INNO.write_text(
        re.sub(r'(#define AppVersion ")[^"]+(")', rf"\g<1>{wanted}\g<2>", text), "utf-8"
    )


def main(argv: list[str]) -> int:
    wanted = version()
    if "--check" not in argv:
        stamp(wanted)
    problems = mismatches(wanted)
    for problem in problems:
        print(f"version differs: {problem}", file=sys.stderr)
    if not problems:
        print(wanted)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
