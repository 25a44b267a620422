"""Texts written for the candidate tests: a paragraph, the same paragraph with about one word in
three replaced by a synonym (so that no five consecutive words survive), and an article on the
same subject that shares its vocabulary but no passage."""

AR_BEES = (
    "يربي النحالون في القرى الجبلية خلاياهم بين أشجار السدر والطلح، وينقلونها في الربيع إلى "
    "الوديان التي تكثر فيها الأزهار البرية. ويبيع كثير منهم العسل مباشرة للزبائن في الأسواق "
    "الأسبوعية، لأن التجار يشترونه بأسعار منخفضة ثم يخلطونه بأنواع مستوردة رخيصة. ويشكو "
    "المربون من موجات الحر الطويلة التي تجفف المراعي وتضعف الطوائف قبل الشتاء."
)

AR_BEES_REWORDED = (
    "يربي النحالون في البلدات الجبلية خلاياهم وسط أشجار السدر والطلح، ويحملونها في الربيع نحو "
    "الوديان التي تزداد فيها الزهور البرية. ويعرض عدد منهم العسل رأسا للمشترين في الأسواق "
    "الأسبوعية، لأن الوسطاء يأخذونه بأثمان زهيدة ثم يمزجونه بأصناف مستوردة رخيصة. ويتذمر "
    "المربون من موجات الحر الممتدة التي تيبس المراعي وتضعف الطوائف مع حلول الشتاء."
)

AR_BEES_SOURCE = (
    "تعد تربية النحل من أقدم المهن في جنوب الجزيرة، وتتوارثها العائلات جيلا بعد جيل.\n\n"
    + AR_BEES
    + "\n\nوتحاول الجمعيات التعاونية اليوم إنشاء علامة تجارية مشتركة تحمي سمعة المنتج المحلي "
    "وتفتح له أبواب التصدير إلى دول الجوار."
)

# Same subject, same words (النحالون، العسل، الخلايا، المراعي، الأسواق), no shared passage.
AR_BEES_OTHER = (
    "قال عدد من النحالين إن موسم العسل هذا العام كان أفضل من العام الماضي بفضل الأمطار التي "
    "أنعشت المراعي. وأوضحوا أن الخلايا الحديثة تسهل فحص الطوائف، وأن أسعار العسل الجبلي في "
    "الأسواق ارتفعت لأن الطلب عليه يزداد في الشتاء. ودعا المربون إلى تنظيم معرض سنوي يعرض فيه "
    "المنتجون أنواع العسل المحلي مثل السدر والطلح والسمر."
)

EN_BEES = (
    "Beekeepers in the mountain villages keep their hives among acacia and jujube trees, and "
    "carry them in spring down to the valleys where wild flowers grow thickest. Many of them "
    "sell the honey straight to customers at the weekly markets, because traders buy it "
    "cheaply and then blend it with imported varieties. The keepers complain about long heat "
    "waves that dry out the pastures and weaken the colonies before winter."
)

EN_BEES_REWORDED = (
    "Beekeepers in the mountain hamlets keep their hives between acacia and jujube trees, then "
    "move them each spring down into the valleys where wild blossoms grow densest. Many of them "
    "offer the honey directly to buyers at the weekly bazaars, since dealers buy it cheaply and "
    "afterwards blend it with foreign varieties. The keepers grumble about long hot spells that "
    "parch the pastures and sap the colonies ahead of winter."
)

EN_BEES_SOURCE = (
    "Keeping bees is one of the oldest trades in the southern highlands, passed down from "
    "parents to children.\n\n"
    + EN_BEES
    + "\n\nCooperatives are now trying to create a shared label that protects the reputation "
    "of local honey and opens export markets in neighbouring countries."
)

EN_BEES_OTHER = (
    "Several beekeepers said this year's honey season was better than last year's thanks to "
    "the rains that revived the pastures. They explained that modern hives make it easier to "
    "inspect the colonies, and that mountain honey sells for more at the markets because "
    "demand rises in winter. The keepers called for a yearly fair where producers could show "
    "local honey from acacia, jujube and wild flowers."
)
