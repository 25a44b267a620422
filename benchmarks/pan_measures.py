"""PAN's character-level measures for passage reuse detection (Potthast et al., 2010).

A case or detection is (suspicious document, start, end, source document, start, end). A
detection detects a case when both refer to the same pair and overlap in both documents.
Recall and precision are macro-averaged over cases and detections, counting the characters of
both documents; granularity is the mean number of detections per detected case;
plagdet = F1 / log2(1 + granularity).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

Span = tuple[str, int, int, str, int, int]


def _overlaps(a: Span, b: Span) -> bool:
    return (
        a[0] == b[0]
        and a[3] == b[3]
        and a[1] < b[2]
        and b[1] < a[2]
        and a[4] < b[5]
        and b[4] < a[5]
    )


def _union_length(intervals: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for a, b in sorted(intervals):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total


def _covered_share(item: Span, others: Sequence[Span]) -> float:
    this, src = [], []
    for o in others:
        this.append((max(item[1], o[1]), min(item[2], o[2])))
        src.append((max(item[4], o[4]), min(item[5], o[5])))
    length = (item[2] - item[1]) + (item[5] - item[4])
    if length <= 0:
        return 0.0
    return (_union_length(this) + _union_length(src)) / length


def pan_measures(cases: Sequence[Span], detections: Sequence[Span]) -> dict[str, float]:
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for d in detections:
        by_doc[d[0]].append(d)
    cases_by_doc: dict[str, list[Span]] = defaultdict(list)
    for c in cases:
        cases_by_doc[c[0]].append(c)
    recall_sum, detected, gran_sum = 0.0, 0, 0
    for c in cases:
        hits = [d for d in by_doc[c[0]] if _overlaps(c, d)]
        recall_sum += _covered_share(c, hits)
        if hits:
            detected += 1
            gran_sum += len(hits)
    precision_sum = 0.0
    for d in detections:
        hits = [c for c in cases_by_doc[d[0]] if _overlaps(c, d)]
        precision_sum += _covered_share(d, hits)
    recall = recall_sum / len(cases) if cases else 0.0
    precision = precision_sum / len(detections) if detections else 0.0
    granularity = gran_sum / detected if detected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "granularity": round(granularity, 4),
        "plagdet": round(f1 / math.log2(1 + granularity), 4),
    }


def case_recall(case: Span, detections: Sequence[Span]) -> float:
    return _covered_share(case, [d for d in detections if _overlaps(case, d)])
