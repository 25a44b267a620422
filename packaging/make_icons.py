"""Renders the app icon (resources/icons/qalam.svg, drawn for the project) to every raster the
platforms want: PNGs for Linux and the window icon, an .ico for Windows, an .icns for macOS.

The rasters are committed, so builds need neither rsvg-convert nor Pillow; run this again only
after changing the SVG:  python packaging/make_icons.py   (needs rsvg-convert and Pillow)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "qalam.svg"
# The hicolor sizes desktops look for; 1024 only feeds the macOS icon.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return SVG.with_name(f"qalam-{size}.png")


def render(size: int, out: Path) -> None:
    # rsvg-convert draws each size from the vectors, which keeps 16 px crisper than downscaling.
    subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True
    )


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("make_icons: needs rsvg-convert (Debian: librsvg2-bin)", file=sys.stderr)
        return 1
    from PIL import Image

    for size in PNG_SIZES:
        render(size, png_path(size))
    big = ROOT / "build" / "qalam-1024.png"
    big.parent.mkdir(exist_ok=True)
    render(1024, big)

    # Windows picks the frame nearest each size it needs; PNG-compressed 256 px is standard.
    images = {size: Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES}
    images[256].save(
        ROOT / "packaging" / "windows" / "qalam.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    # Pillow's ICNS writer takes the largest image and stores the standard sizes made from it.
    Image.open(big).convert("RGBA").save(ROOT / "packaging" / "macos" / "qalam.icns")
    print("icons written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
