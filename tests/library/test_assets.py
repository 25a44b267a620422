import hashlib

from studio.library.records import ArticleDraft, AssetFile


def test_add_asset_stores_once_and_returns_its_sha256(library):
    digest = library.add_asset(b"picture", "image/png", "a.png")
    assert digest == hashlib.sha256(b"picture").hexdigest()
    assert library.add_asset(b"picture", "image/png", "b.png") == digest
    stored = library.asset(digest)
    assert stored == AssetFile(digest, "image/png", "a.png", b"picture")
    assert library.asset(digest.upper()) == stored
    assert library.asset("0" * 64) is None


def test_assets_of_an_imported_draft_are_stored_with_the_article(library):
    data = b"\x89PNG fake"
    digest = hashlib.sha256(data).hexdigest()
    asset = AssetFile(digest, "image/png", "x.png", data)
    body = f"![x](asset:{digest})"
    library.add_articles([ArticleDraft(title="T", body=body, assets=[asset, asset])])
    assert library.asset(digest) == asset
