"""What each finding says, in English and Arabic. Short, concrete, and never an accusation:
a finding describes the text, and says what a writer could do about it."""

from __future__ import annotations

# rule id -> (English, Arabic); {evidence}-style fields are filled by str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    "stock_phrase": (
        "Stock phrase common in machine-written text: “{phrase}”. Say it in your own words, "
        "or cut it.",
        "عبارة جاهزة شائعة في النصوص المولَّدة آليًا: «{phrase}». قلها بكلماتك أو احذفها.",
    ),
    "filler": (
        "Filler that adds no information: “{phrase}”.",
        "حشو لا يضيف معلومة: «{phrase}».",
    ),
    "hedging": (
        "Many hedges here ({rate} per 100 words): “{phrase}”. Commit where you can.",
        "تحفّظات كثيرة هنا ({rate} لكل 100 كلمة): «{phrase}». كن جازمًا حيث تستطيع.",
    ),
    "connective_opener": (
        "{share} of sentences open with a connective like “{phrase}”. Vary the openings.",
        "{share} من الجمل تبدأ بأداة ربط مثل «{phrase}». نوّع بدايات الجمل.",
    ),
    "repeated_opener": (
        "This sentence opens like one just before it (“{phrase}”).",
        "تبدأ هذه الجملة كما بدأت جملة قبلها مباشرة («{phrase}»).",
    ),
    "uniform_rhythm": (
        "Sentences of very even length (variation {cv}; typical human prose is above {limit}). "
        "Mix short and long sentences.",
        "الجمل متقاربة الطول جدًا (التباين {cv}؛ النثر البشري عادةً فوق {limit}). "
        "امزج بين الجمل القصيرة والطويلة.",
    ),
    "few_specifics": (
        "Few concrete specifics ({rate} numbers, dates, names, quotations or first-hand details "
        "per 100 words). Add what only someone who knows the subject could say.",
        "تفاصيل محددة قليلة ({rate} لكل 100 كلمة من أرقام وتواريخ وأسماء واقتباسات وتجارب "
        "شخصية). أضف ما لا يقوله إلا من يعرف الموضوع.",
    ),
    "template_intro": (
        "Template opening: “{phrase}”. Start with something specific to this piece.",
        "افتتاحية نمطية: «{phrase}». ابدأ بشيء يخص هذا المقال تحديدًا.",
    ),
    "template_conclusion": (
        "Template conclusion: “{phrase}”. End on a point, not a summary formula.",
        "خاتمة نمطية: «{phrase}». اختم بفكرة، لا بصيغة تلخيص جاهزة.",
    ),
    "bold_lead_list": (
        "{count} list items follow the “bold lead: explanation” pattern typical of generated text.",
        "{count} من عناصر القائمة على نمط «عنوان عريض: شرح» الشائع في النصوص المولَّدة.",
    ),
    "uniform_sections": (
        "{count} sections of nearly equal length (variation {cv}). Real sections follow the "
        "material.",
        "{count} أقسام متساوية الطول تقريبًا (التباين {cv}). الأقسام الحقيقية تتبع المادة.",
    ),
    "reused_passage": (
        "Passage also found in another piece: {source}.",
        "هذا المقطع موجود أيضًا في قطعة أخرى: {source_ar}.",
    ),
    "ai_declared": (
        "{share} of the text was declared AI-generated, {pasted} pasted and never reworked.",
        "{share} من النص مصرَّح بأنه مولَّد آليًا، و{pasted} منسوخ ولم يُعدَّل بعد لصقه.",
    ),
}


def message(rule: str, **fields: object) -> tuple[str, str]:
    """The (English, Arabic) message of `rule` with its evidence filled in."""
    en, ar = MESSAGES[rule]
    return en.format(**fields), ar.format(**fields)
