"""Texts written for these tests (Arabic and English), long enough to hold real passages."""

AR_SOURCE = (
    "يعيش الكاتب المستقل اليوم في سوق تتغير قواعده كل شهر تقريبا، فالعملاء الذين كانوا يطلبون "
    "مقالات طويلة عن السياحة والطبخ صاروا يسألون عن محتوى قصير يناسب الهواتف ومنصات التواصل. "
    "ومن يريد أن يبقى في هذه المهنة عليه أن يتعلم كتابة العناوين الجذابة وأن يفهم كيف تقرأ "
    "محركات البحث النصوص وكيف يتصفحها القارئ المستعجل في طريقه إلى العمل.\n\n"
    "وفي المدن الساحلية الصغيرة تبدأ الأسواق الشعبية عملها قبل شروق الشمس، حين يصل الصيادون "
    "بقواربهم المحملة بالسردين والتونة، ويتجمع الباعة حول الصناديق الخشبية لتحديد الأسعار "
    "بأصوات عالية. وتبقى هذه الأسواق مكانا للقاء الجيران وتبادل الأخبار أكثر من كونها مكانا "
    "للبيع والشراء فقط، ولذلك يحرص كبار السن على زيارتها كل صباح مهما كان الطقس.\n\n"
    "أما المكتبات العامة فقد تحولت في السنوات الأخيرة إلى مراكز ثقافية تقدم دورات في البرمجة "
    "والتصوير وتعليم اللغات، وتستضيف أمسيات شعرية ونوادي قراءة للأطفال واليافعين. ويقول "
    "القائمون عليها إن عدد الزوار تضاعف بعد أن فتحت أبوابها في المساء وأضافت مقهى صغيرا "
    "وقاعات هادئة للدراسة الجماعية."
)

# The market paragraph of AR_SOURCE, inside a new piece.
AR_MARKET = AR_SOURCE.split("\n\n")[1]

AR_OTHER = (
    "تعتمد الزراعة في الواحات على نظام دقيق لتوزيع المياه بين المزارعين، إذ تنقسم الساعات "
    "بين العائلات وفق أعراف قديمة يحفظها الجميع. ويزرع الأهالي النخيل في الطبقة العليا، "
    "وتحته أشجار الرمان والتين، ثم الخضروات والأعلاف على الأرض، فيستفيدون من الظل والرطوبة. "
    "وقد بدأت بعض الجمعيات تجرب الري بالتنقيط والطاقة الشمسية لتقليل الهدر وخفض تكاليف "
    "الضخ التي أثقلت كاهل صغار المزارعين في المواسم الجافة الأخيرة."
)

EN_SOURCE = (
    "Freelance writers rarely keep a tidy archive of what they have delivered. A piece is "
    "drafted in one editor, sent as a document, revised in the client's system and then "
    "forgotten, until a new client asks for something on the same subject.\n\n"
    "Harbour towns on the northern coast still open their fish markets before dawn. The boats "
    "come in loaded with sardines and mackerel, the traders gather around wooden crates to "
    "argue over prices, and older residents walk down every morning to hear the news from "
    "their neighbours whatever the weather.\n\n"
    "Public libraries have turned into busy cultural centres that teach coding, photography "
    "and languages, host poetry evenings and run reading clubs for teenagers. Their staff say "
    "visitor numbers doubled once the doors stayed open in the evening and a small cafe was "
    "added next to the quiet study rooms."
)

EN_MARKET = EN_SOURCE.split("\n\n")[1]

EN_OTHER = (
    "Desert oases depend on a careful schedule for sharing water between families, with hours "
    "divided according to old customs that everyone remembers. Palms grow in the highest "
    "layer, pomegranates and figs beneath them, and vegetables and fodder on the ground, so "
    "each layer benefits from the shade and moisture of the one above it."
)

AR_FILLER = (
    "بدأت المدرسة هذا العام برنامجا جديدا لتعليم الرسم والموسيقى لطلاب المرحلة الابتدائية، "
    "ويشارك فيه معلمون متطوعون من الحي يقدمون دروسا أسبوعية بعد انتهاء الحصص المعتادة. "
    "وتقول إدارة المدرسة إن الهدف هو منح الأطفال مساحة للتعبير عن أنفسهم بعيدا عن الامتحانات."
)

EN_FILLER = (
    "The school started a new programme this year that teaches drawing and music to primary "
    "pupils, with volunteer teachers from the neighbourhood giving weekly lessons after the "
    "usual classes. The head teacher says the aim is to give children room to express "
    "themselves away from exams."
)

GREETING = (
    "السلام عليكم ورحمة الله وبركاته، أهلا بكم أعزائي القراء في مدونتنا، ونتمنى لكم قراءة "
    "ممتعة ومفيدة، ولا تنسوا الاشتراك في النشرة البريدية ومشاركة المقال مع أصدقائكم."
)

# AR_MARKET with about one word in four replaced by a synonym (a writer "rewording" a paragraph).
AR_MARKET_SYNONYMS = (
    "وفي البلدات الساحلية الصغيرة تفتح الأسواق الشعبية أبوابها قبل طلوع الشمس، عندما يصل "
    "الصيادون بمراكبهم المحملة بالسردين والتونة، ويحتشد التجار حول الصناديق الخشبية لتحديد "
    "الأثمان بأصوات مرتفعة. وتظل هذه الأسواق مكانا لالتقاء الجيران وتبادل الأنباء أكثر من "
    "كونها موضعا للبيع والشراء فحسب، ولهذا يحرص كبار السن على زيارتها كل صباح أيا كان الطقس."
)

EN_MARKET_SYNONYMS = (
    "Port towns on the northern shore still open their fish markets before sunrise. The boats "
    "arrive loaded with sardines and mackerel, the merchants gather around wooden boxes to "
    "haggle over prices, and elderly residents walk down each morning to hear the news from "
    "their neighbours whatever the weather."
)
