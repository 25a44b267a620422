"""Font families for the interface and the reading pane.

Qt falls back family by family for characters a font lacks, so a Latin face first and an
Arabic face after it gives each script a face designed for it; DejaVu covers Arabic on any
Linux system where the Noto fonts are missing.
"""

from __future__ import annotations

INTERFACE_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Segoe UI", "DejaVu Sans"]
READING_FAMILIES = [
    "Noto Serif",
    "Noto Naskh Arabic",
    "Amiri",
    "Noto Sans Arabic",
    "Georgia",
    "Traditional Arabic",
    "DejaVu Serif",
    "DejaVu Sans",
]
