"""Bringing articles into the library from files: .txt, .md (with YAML front matter), .jsonl and
.jsonl.gz, and folders of them.

No Qt here: the GUI runs `import_paths` in a worker thread, passes `on_progress` and
`should_cancel`, and translates each `Refusal.template` before formatting it with its params.
"""

from studio.importers.errors import ALL_TEMPLATES
from studio.importers.formats import read_drafts
from studio.importers.importing import ImportProgress, import_paths
from studio.importers.samples import install_samples

__all__ = [
    "ALL_TEMPLATES",
    "ImportProgress",
    "import_paths",
    "install_samples",
    "read_drafts",
]
