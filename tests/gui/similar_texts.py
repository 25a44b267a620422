"""A small library where one Arabic draft reuses two paragraphs of another, lightly edited,
beside a piece that is only about the same subject (the panel, the comparison and the report
tests, and the screenshots)."""

from __future__ import annotations

from studio.library import ArticleDraft, Library, Status
from tests.similar.texts import AR_OTHER, AR_SOURCE, EN_FILLER, EN_MARKET, EN_OTHER, EN_SOURCE

AR_PARAGRAPHS = AR_SOURCE.split("\n\n")

# Only about fish markets: the same subject, no passage in common.
AR_TOPIC = (
    "يحب كبار السن زيارة الأسواق الشعبية في الصباح الباكر، فهناك يلتقون الجيران ويسمعون "
    "الأخبار. ويصل الصيادون إلى الميناء بالسردين والتونة، فيرفع الباعة أصواتهم فوق الصناديق "
    "الخشبية ويتجادلون في الأسعار.\n\n"
    "وحين يسوء الطقس تقل القوارب وترتفع الأسعار، لكن الأسواق الشعبية تبقى مزدحمة في المدن "
    "الساحلية، ويقول الباعة إن الزبائن يفضلون السمك الطازج على المجمد مهما كان ثمنه."
)

# A new draft: the library and market paragraphs of AR_SOURCE, in the other order, with a few
# words changed and diacritics added, and a paragraph of its own between them.
AR_DRAFT_MIDDLE = (
    "وفي الشتاء يسوء الطقس فتبقى القوارب في الميناء أياما، ويقل السمك الطازج فيلجأ الزبائن "
    "إلى المجمد. ويقول الباعة إن الزبائن يعودون إلى السمك الطازج حين يهدأ البحر، وإن الميناء "
    "يمتلئ بالصيادين والمشترين منذ الفجر، ويحمل الأطفال الصناديق الصغيرة إلى بيوت الجيران."
)
AR_DRAFT = "\n\n".join(
    [
        AR_PARAGRAPHS[2]
        .replace("المكتبات العامة", "المَكْتَبَاتُ العامّة")
        .replace("مقهى صغيرا", "مقهى جميلا"),
        AR_DRAFT_MIDDLE,
        AR_PARAGRAPHS[1].replace("قبل شروق الشمس", "مع أول ضوء").replace("السردين", "السَّرْدين"),
    ]
)


def similar_library(library: Library) -> dict[str, int]:
    drafts = {
        "source": ArticleDraft(
            title="الأسواق والمكتبات في المدن الصغيرة", body=AR_SOURCE, status=Status.APPROVED
        ),
        "draft": ArticleDraft(
            title="يوم في مدينة ساحلية", body=AR_DRAFT, lang="ar", status=Status.DRAFT
        ),
        "topic": ArticleDraft(
            title="أسواق السمك عند الفجر", body=AR_TOPIC, status=Status.IN_REVIEW
        ),
        "oases": ArticleDraft(title="الزراعة في الواحات", body=AR_OTHER),
        "en_source": ArticleDraft(title="Libraries and harbours", body=EN_SOURCE),
        "en_copy": ArticleDraft(title="Markets again", body=EN_MARKET + "\n\n" + EN_FILLER),
        "en_other": ArticleDraft(title="Oases", body=EN_OTHER),
    }
    ids = library.add_articles(drafts.values()).imported
    return dict(zip(drafts, ids, strict=True))
