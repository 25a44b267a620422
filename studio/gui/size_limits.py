"""How long an article the window shows or edits at once, so that nothing freezes it.

Qt lays out a document on the GUI thread, and that time grows faster than the text: measured
with benchmarks/big_inputs.py on a 2-core machine, the reading pane took 0.4 s for a
200,000-word article and 10.6 s for 1,000,000 words; the editor opened 1,000,000 words in 2.6 s
and then stalled for seconds at a keystroke. Beyond these sizes the reading pane shows the
beginning and says so, and the editor declines the article and says what works instead
(reading the beginning here, exporting the whole). Looked up at call time, so tests can lower them.
"""

from __future__ import annotations

# About 22,000 words: rendered and laid out in 0.1–0.3 s (350,000 characters took 0.7–1.3 s on
# a loaded machine: the Markdown parse and the paragraph directions grow with the text).
READER_MAX_CHARS = 150_000
# About 100,000 words: the editor opens in a fraction of a second and types without a stall.
EDITOR_MAX_CHARS = 650_000
# A single export of a longer text runs on a worker thread with a progress dialog.
EXPORT_IN_BACKGROUND_CHARS = 200_000


def beginning(text: str, limit: int) -> str:
    """The first `limit` characters of `text` or fewer, cut at the last paragraph break (or
    line break, or space) before the limit so no word or Markdown block is cut in half."""
    if len(text) <= limit:
        return text
    for separator in ("\n\n", "\n", " "):
        cut = text.rfind(separator, limit // 2, limit)
        if cut > 0:
            return text[:cut]
    return text[:limit]
