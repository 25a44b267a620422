from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _body(name: str) -> str:
    """A sample article's body, without its front matter."""
    text = (SAMPLES / name).read_text("utf-8")
    return text.split("\n---\n", 1)[1].lstrip("\n")


@pytest.fixture
def arabic_article() -> str:
    return _body("01-web-writing-ar.md")


@pytest.fixture
def english_article() -> str:
    return _body("03-article-brief-en.md")
