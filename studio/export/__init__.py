"""Articles out of the library: standalone HTML, a clean fragment for a CMS, Markdown with front
matter, DOCX; and batch export of many with progress and cancel. No Qt here: the PDF writer
lives in `studio.gui.pdf_export`, because Qt shapes the Arabic.
"""

from studio.export.html_page import (
    Fragment,
    HtmlExport,
    HtmlOptions,
    clean_fragment,
    html_page,
    themes,
)
from studio.export.images import AssetMode

__all__ = [
    "AssetMode",
    "Fragment",
    "HtmlExport",
    "HtmlOptions",
    "clean_fragment",
    "html_page",
    "themes",
]
