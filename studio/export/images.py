"""Where an exported page finds its images: inside the page as data URIs, or in a folder beside it.

Articles refer to library images as `asset:SHA256`. Web images (http, https) are left as links;
anything else (a path on the writer's disk) is not carried: a page sent to a client must not
depend on files only the writer has, nor reveal where they live.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from studio.library.records import AssetFile

ASSET_SCHEME = "asset:"
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
# Images a browser shows; anything else in the library is not put in an <img>.
IMAGE_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/avif": ".avif",
}

AssetLookup = Callable[[str], AssetFile | None]


class AssetMode(StrEnum):
    EMBED = "embed"
    FOLDER = "folder"


def asset_id(source: str) -> str | None:
    """The SHA-256 an `asset:` source names, or None for any other source."""
    if not source.lower().startswith(ASSET_SCHEME):
        return None
    digest = source[len(ASSET_SCHEME) :].strip("/").lower()
    return digest if _SHA256.match(digest) else None


def data_uri(asset: AssetFile) -> str:
    return f"data:{asset.mime};base64,{base64.b64encode(asset.data).decode('ascii')}"


def asset_file_name(asset: AssetFile) -> str:
    return asset.sha256[:16] + IMAGE_EXTENSIONS.get(asset.mime, ".bin")


@dataclass
class ImagePlan:
    """Resolves image sources while a page renders and remembers the files a folder export
    must write (name in the folder → bytes)."""

    lookup: AssetLookup | None
    mode: AssetMode = AssetMode.EMBED
    folder_name: str = "assets"
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def local_prefix(self) -> str | None:
        return f"{self.folder_name}/" if self.mode is AssetMode.FOLDER else None

    def __call__(self, source: str, _alt: str) -> str | None:
        lowered = source.strip().lower()
        if lowered.startswith(("http://", "https://")):
            return source.strip()
        digest = asset_id(source)
        asset = self.lookup(digest) if digest and self.lookup else None
        if asset is None or asset.mime not in IMAGE_EXTENSIONS:
            return None
        if self.mode is AssetMode.EMBED:
            return data_uri(asset)
        name = asset_file_name(asset)
        self.files[name] = asset.data
        return f"{self.folder_name}/{name}"
