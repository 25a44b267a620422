"""Similar pieces: topic neighbours (BM25), reused passages (shingle index plus alignment) and
near-duplicates (containment both ways). No Qt and no SQL: persistence goes through
`studio.library.similar_store`."""

from studio.similar.align import Passage, find_passages
from studio.similar.features import Analysed, analyse, stem_hashes
from studio.similar.index import SimilarIndex

__all__ = ["Analysed", "Passage", "SimilarIndex", "analyse", "find_passages", "stem_hashes"]
