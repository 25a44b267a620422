"""One check against a real data set, when the shared data is on this machine."""

import gzip
import itertools
import json

import pytest

from studio.importers import import_paths

from ..conftest import SHARED_DATA

CORPUS = SHARED_DATA / "corpus" / "ar" / "saudinewsnet.jsonl.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared data set not on this machine")
def test_real_news_articles_keep_their_text_exactly(library, tmp_path):
    sample = tmp_path / "sample.jsonl.gz"
    with gzip.open(CORPUS, "rb") as source, gzip.open(sample, "wb") as target:
        lines = list(itertools.islice(source, 300))
        target.writelines(lines)
    outcome = import_paths(library, [sample])
    assert outcome.refused == []
    stored = {library.get(i).body for i in outcome.imported}
    texts = {json.loads(line)["text"] for line in lines}
    assert stored == texts
    assert len(outcome.imported) + len(outcome.skipped) == 300
