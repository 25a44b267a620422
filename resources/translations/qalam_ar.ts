<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Qalam Studio</source>
        <translation>عن استوديو قلم</translation>
    </message>
    <message>
        <source>Qalam Studio</source>
        <translation>استوديو قلم</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>An offline studio where writers draft articles and editors review them, in Arabic and English.</source>
        <translation>استوديو يعمل دون اتصال بالإنترنت، يكتب فيه الكتّاب مقالاتهم ويراجعها المحررون، بالعربية والإنجليزية.</translation>
    </message>
    <message>
        <source>Qalam Studio is free software under the MIT licence. It is built with:</source>
        <translation>استوديو قلم برنامج حر بترخيص MIT، وهو مبني على:</translation>
    </message>
    <message>
        <source>Qt is used under the GNU LGPL version 3: its libraries sit unchanged beside the program and can be replaced with compatible builds of your own.</source>
        <translation>تُستخدم Qt بموجب رخصة GNU LGPL الإصدار 3: مكتباتها موضوعة كما هي بجانب البرنامج، ويمكنك استبدالها بنسخ متوافقة تبنيها بنفسك.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>غير مضمَّن</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة واحدة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%Ln دقائق قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <source>{share}% of {target}</source>
        <translation>{share}٪ من {target}</translation>
    </message>
    <message>
        <source>No headings yet. Lines that start with # appear here.</source>
        <translation>لا عناوين بعد. تظهر هنا الأسطر التي تبدأ بعلامة #.</translation>
    </message>
    <message>
        <source>The image could not be added.</source>
        <translation>تعذّرت إضافة الصورة.</translation>
    </message>
    <message>
        <source>Details — theirs: {theirs}
Yours: {mine}</source>
        <translation>التفاصيل في نسختهم: {theirs}
وفي نسختك: {mine}</translation>
    </message>
    <message>
        <source>{title} (my copy)</source>
        <translation>{title} (نسختي)</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Ratings come from reviews; this column cannot be sorted yet.</source>
        <translation>التقييمات تأتي من المراجعات؛ لا يمكن ترتيب هذا العمود بعد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>في المهملات منذ</translation>
    </message>
    <message>
        <source>No reviews yet: ratings come from editors&apos; reviews.</source>
        <translation>لا مراجعات بعد: التقييمات تأتي من مراجعات المحررين.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>{rating} ★ ({count})</source>
        <translation>{rating} ★ ({count})</translation>
    </message>
    <message>
        <source>Checklist: likely AI-only</source>
        <translation>قائمة المراجعة: على الأرجح مولَّد آليًا بالكامل</translation>
    </message>
    <message>
        <source>Checklist: needs attention</source>
        <translation>قائمة المراجعة: يحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>Authorship</name>
    <message>
        <source>{share}% typed</source>
        <translation>{share}٪ مكتوب هنا</translation>
    </message>
    <message>
        <source>{share}% pasted</source>
        <translation>{share}٪ ملصوق</translation>
    </message>
    <message>
        <source>{share}% AI (declared)</source>
        <translation>{share}٪ ذكاء اصطناعي (مُصرَّح به)</translation>
    </message>
    <message>
        <source>{share}% imported</source>
        <translation>{share}٪ مستورد</translation>
    </message>
    <message>
        <source>{share}% unknown</source>
        <translation>{share}٪ مجهول المصدر</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>ا&amp;نسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>النسخ الاحتيا&amp;طية…</translation>
    </message>
    <message>
        <source>A backup is already being made.</source>
        <translation>تُصنع نسخة احتياطية الآن بالفعل.</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>تُنسخ المكتبة احتياطيًا…</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>تعذّر صنع النسخة الاحتياطية.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up: %Ln article(s).</source>
        <translation>
            <numerusform>اكتمل النسخ الاحتياطي: لا مقالات.</numerusform>
            <numerusform>اكتمل النسخ الاحتياطي: مقالة واحدة.</numerusform>
            <numerusform>اكتمل النسخ الاحتياطي: مقالتان.</numerusform>
            <numerusform>اكتمل النسخ الاحتياطي: %Ln مقالات.</numerusform>
            <numerusform>اكتمل النسخ الاحتياطي: %Ln مقالة.</numerusform>
            <numerusform>اكتمل النسخ الاحتياطي: %Ln مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the import to finish before restoring.</source>
        <translation>انتظر انتهاء الاستيراد قبل الاستعادة.</translation>
    </message>
    <message>
        <source>An open article could not be saved; restoring was not started.</source>
        <translation>تعذّر حفظ مقالة مفتوحة، فلم تبدأ الاستعادة.</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>تعذّر فتح المكتبة.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} غيغابايت</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups of {library} are kept in {folder}. Restoring one first backs up the library as it is now. Backups the rule below no longer keeps are removed at the next backup.</source>
        <translation>تُحفظ النسخ الاحتياطية للمكتبة {library} في {folder}. استعادة نسخة منها تبدأ بنسخ المكتبة احتياطيًا كما هي الآن. النسخ التي لم تعد القاعدة أدناه تُبقيها تُحذف عند النسخ الاحتياطي التالي.</translation>
    </message>
    <message>
        <source>Days with a daily backup kept:</source>
        <translation>عدد الأيام التي تُبقى لكل منها نسخة يومية:</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup kept:</source>
        <translation>عدد الأسابيع التي تُبقى لكل منها نسخة أسبوعية:</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>وقت النسخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>The rule could not be stored: {reason}</source>
        <translation>تعذّر حفظ القاعدة: {reason}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>تُقرأ النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>There are no backups yet. Back Up Now makes the first one.</source>
        <translation>لا توجد نسخ احتياطية بعد. «انسخ احتياطيًا الآن» يصنع أولاها.</translation>
    </message>
    <message>
        <source>This backup cannot be used: {reason}</source>
        <translation>لا يمكن استعمال هذه النسخة الاحتياطية: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recently changed: {titles}</source>
        <translation>آخر ما تغيّر: {titles}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put the library back as it was on {when}?</source>
        <translation>إعادة المكتبة إلى ما كانت عليه في {when}؟</translation>
    </message>
    <message>
        <source>The library as it is now is backed up first, so this can be undone. Open articles are saved and closed.</source>
        <translation>تُنسخ المكتبة احتياطيًا كما هي الآن أولًا، فيمكن التراجع عن ذلك. تُحفظ المقالات المفتوحة وتُغلق.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>تجاهُل…</translation>
    </message>
    <message>
        <source>Set this finding aside, with a reason; it comes back if its passage changes.</source>
        <translation>ضع هذه الملاحظة جانبًا مع ذكر السبب؛ تعود إن تغيّر المقطع الذي تشير إليه.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The checklist could not be worked out for this text.</source>
        <translation>تعذّر إعداد قائمة المراجعة لهذا النص.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short to judge ({words}; {minimum} needed)</source>
        <translation>أقصر من أن يُحكم عليه ({words}؛ المطلوب {minimum})</translation>
    </message>
    <message>
        <source>Reads as worked by a person</source>
        <translation>يبدو من عمل كاتب</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Likely AI-only</source>
        <translation>على الأرجح مولَّد آليًا بالكامل</translation>
    </message>
    <message>
        <source>{flag} · AI-only score {score} · {words}</source>
        <translation>{flag}، درجة التوليد الآلي {score}، {words}</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (underlined in the text)</source>
        <translation>
            <numerusform>…ولا غيرها</numerusform>
            <numerusform>…وواحدة أخرى (مسطَّرة في النص)</numerusform>
            <numerusform>…واثنتان أخريان (مسطَّرتان في النص)</numerusform>
            <numerusform>…و%Ln أخرى (مسطَّرة في النص)</numerusform>
            <numerusform>…و%Ln أخرى (مسطَّرة في النص)</numerusform>
            <numerusform>…و%Ln أخرى (مسطَّرة في النص)</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>{state}: tick it when it is done</source>
        <translation>{state}: ضع علامة عند إنجازه</translation>
    </message>
    <message>
        <source>{state}: ticked by {who}, {when}</source>
        <translation>{state}: علّمه {who}، {when}</translation>
    </message>
    <message>
        <source>{state}: too short to judge</source>
        <translation>{state}: النص أقصر من أن يُحكم عليه</translation>
    </message>
    <message>
        <source>{state}: the library has not been searched for reused passages yet</source>
        <translation>{state}: لم يُبحث في المكتبة عن مقاطع مكررة بعد</translation>
    </message>
    <message>
        <source>{state}: the article has no target length</source>
        <translation>{state}: لا طول مطلوب لهذا المقال</translation>
    </message>
    <message>
        <source>{state}: {words} of the {target} words asked for</source>
        <translation>{state}: {words} من أصل {target} كلمة مطلوبة</translation>
    </message>
    <message>
        <source>{state} ({dismissed} dismissed)</source>
        <translation>{state} ({dismissed} متجاهَلة)</translation>
    </message>
    <message>
        <source>Stock phrase</source>
        <translation>عبارة جاهزة</translation>
    </message>
    <message>
        <source>Filler</source>
        <translation>حشو</translation>
    </message>
    <message>
        <source>Hedging</source>
        <translation>تحفّظ</translation>
    </message>
    <message>
        <source>Connective opening</source>
        <translation>بداية بأداة ربط</translation>
    </message>
    <message>
        <source>Repeated opening</source>
        <translation>بداية مكررة</translation>
    </message>
    <message>
        <source>Even sentence lengths</source>
        <translation>جمل متساوية الطول</translation>
    </message>
    <message>
        <source>Few specifics</source>
        <translation>تفاصيل محددة قليلة</translation>
    </message>
    <message>
        <source>Template opening</source>
        <translation>افتتاحية نمطية</translation>
    </message>
    <message>
        <source>Template conclusion</source>
        <translation>خاتمة نمطية</translation>
    </message>
    <message>
        <source>“Bold lead: explanation” list</source>
        <translation>قائمة «عنوان عريض: شرح»</translation>
    </message>
    <message>
        <source>Sections of even length</source>
        <translation>أقسام متساوية الطول</translation>
    </message>
    <message>
        <source>Reused passage</source>
        <translation>مقطع مكرر</translation>
    </message>
    <message>
        <source>Declared AI or pasted</source>
        <translation>مصرَّح بأنه آلي أو منسوخ</translation>
    </message>
    <message>
        <source>{rule}: “{evidence}”</source>
        <translation>{rule}: «{evidence}»</translation>
    </message>
    <message>
        <source>Dismissed: {finding} — {reason} ({who})</source>
        <translation>متجاهَلة: {finding} — {reason} ({who})</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>الدليل: {evidence}</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplatesDialog</name>
    <message>
        <source>A template needs at least one item.</source>
        <translation>يحتاج القالب إلى بند واحد على الأقل.</translation>
    </message>
    <message>
        <source>A client&apos;s template needs the client&apos;s name.</source>
        <translation>قالب العميل يحتاج إلى اسم العميل.</translation>
    </message>
    <message>
        <source>Item {n} has an id that cannot be stored.</source>
        <translation>للبند {n} معرِّف لا يمكن حفظه.</translation>
    </message>
    <message>
        <source>Item {n} has the same id as another item.</source>
        <translation>للبند {n} معرِّف بند آخر نفسه.</translation>
    </message>
    <message>
        <source>Item {n} is not an automatic item the checks offer.</source>
        <translation>البند {n} ليس من البنود الآلية التي تقدمها الفحوص.</translation>
    </message>
    <message>
        <source>Item {n}: the rules of an automatic item cannot be changed.</source>
        <translation>البند {n}: لا يمكن تغيير قواعد بند آلي.</translation>
    </message>
    <message>
        <source>Item {n} has the id of an automatic item.</source>
        <translation>للبند {n} معرِّف بند آلي.</translation>
    </message>
    <message>
        <source>Item {n}: a manual item has no rules.</source>
        <translation>البند {n}: البند اليدوي لا قواعد له.</translation>
    </message>
    <message>
        <source>Item {n} (“{label}”) needs an English label. Type one, or copy the Arabic one.</source>
        <translation>البند {n} («{label}») يحتاج إلى تسمية إنجليزية. اكتبها، أو انسخ التسمية العربية.</translation>
    </message>
    <message>
        <source>Item {n} (“{label}”) needs an Arabic label. Type one, or copy the English one.</source>
        <translation>البند {n} («{label}») يحتاج إلى تسمية عربية. اكتبها، أو انسخ التسمية الإنجليزية.</translation>
    </message>
    <message>
        <source>Item {n}: a label is longer than 200 characters.</source>
        <translation>البند {n}: إحدى التسميتين أطول من 200 حرف.</translation>
    </message>
    <message>
        <source>Item {n} repeats an automatic item already in the list.</source>
        <translation>البند {n} يكرر بندًا آليًا موجودًا في القائمة.</translation>
    </message>
    <message>
        <source>Checklist Templates</source>
        <translation>قوالب قائمة المراجعة</translation>
    </message>
    <message>
        <source>New Template for Client…</source>
        <translation>قالب جديد لعميل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove this client&apos;s template: the client&apos;s articles follow the default.</source>
        <translation>احذف قالب هذا العميل: تتبع مقالاته القالب الافتراضي.</translation>
    </message>
    <message>
        <source>Reset Default</source>
        <translation>استعادة الافتراضي</translation>
    </message>
    <message>
        <source>Put the built-in items back in the default.</source>
        <translation>أعد البنود المدمجة إلى القالب الافتراضي.</translation>
    </message>
    <message>
        <source>Every automatic item is in the list</source>
        <translation>كل البنود الآلية موجودة في القائمة</translation>
    </message>
    <message>
        <source>Add Automatic Item</source>
        <translation>إضافة بند آلي</translation>
    </message>
    <message>
        <source>Add Manual Item</source>
        <translation>إضافة بند يدوي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Copy English to Arabic</source>
        <translation>نسخ الإنجليزية إلى العربية</translation>
    </message>
    <message>
        <source>Copy Arabic to English</source>
        <translation>نسخ العربية إلى الإنجليزية</translation>
    </message>
    <message>
        <source>Both labels are required: editors see the one in their interface language. With only one at hand, copy it across and translate it later.</source>
        <translation>التسميتان مطلوبتان: يرى كل محرر التسمية بلغة واجهته. إن لم تكن لديك إلا واحدة فانسخها إلى الأخرى وترجمها لاحقًا.</translation>
    </message>
    <message>
        <source>Target length: a template holds no length. The “Target length met” item uses each article&apos;s own target in words (set on the article).</source>
        <translation>الطول المطلوب: لا يحمل القالب طولًا. يستخدم بند «الطول المطلوب متحقق» عدد الكلمات المستهدف لكل مقال (يُضبط في المقال نفسه).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>البند المحدد</translation>
    </message>
    <message>
        <source>English label:</source>
        <translation>التسمية الإنجليزية:</translation>
    </message>
    <message>
        <source>Arabic label:</source>
        <translation>التسمية العربية:</translation>
    </message>
    <message>
        <source>The checklist templates could not be read.</source>
        <translation>تعذرت قراءة قوالب قائمة المراجعة.</translation>
    </message>
    <message>
        <source>Default (clients without their own)</source>
        <translation>الافتراضي (للعملاء الذين لا قالب لهم)</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>العميل: {client}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>هل تتجاهل التغييرات على هذا القالب؟</translation>
    </message>
    <message>
        <source>Applies to the articles of {client}.</source>
        <translation>ينطبق على مقالات {client}.</translation>
    </message>
    <message>
        <source>Applies to articles without a client, and to these clients, who have no template of their own: {clients}.</source>
        <translation>ينطبق على المقالات التي لا عميل لها، وعلى هؤلاء العملاء الذين لا قالب خاصًا بهم: {clients}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Applies to articles without a client and to clients without their own.</source>
        <translation>ينطبق على المقالات التي لا عميل لها وعلى العملاء الذين لا قالب خاصًا بهم.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>آلي</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>(no label yet)</source>
        <translation>(بلا تسمية بعد)</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>لم يُحدَّد أي بند.</translation>
    </message>
    <message>
        <source>Manual: an editor ticks it, with who and when.</source>
        <translation>يدوي: يؤشر عليه المحرر، ويُحفظ من أشّر ومتى.</translation>
    </message>
    <message>
        <source>Automatic: decided by the checks; its labels are the studio&apos;s own.</source>
        <translation>آلي: تحسمه الفحوص؛ وتسميتاه من الاستوديو نفسه.</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>تعذر حفظ القالب.</translation>
    </message>
    <message>
        <source>New Template for Client</source>
        <translation>قالب جديد لعميل</translation>
    </message>
    <message>
        <source>Client (from the library, or type a name); it starts from the default:</source>
        <translation>العميل (من المكتبة، أو اكتب اسمًا)؛ يبدأ القالب بنسخة من الافتراضي:</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Delete the template of {client}? Its articles will follow the default.</source>
        <translation>هل تحذف قالب {client}؟ ستتبع مقالاته القالب الافتراضي.</translation>
    </message>
    <message>
        <source>Put the built-in items back in the default template?</source>
        <translation>هل تعيد البنود المدمجة إلى القالب الافتراضي؟</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>تعذر حذف القالب.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>هل تغلق دون حفظ التغييرات؟</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>الدليل: {evidence}</translation>
    </message>
</context>
<context>
    <name>ChecksSide</name>
    <message>
        <source>The tick could not be saved.</source>
        <translation>تعذّر حفظ العلامة.</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>تجاهُل الملاحظة</translation>
    </message>
    <message>
        <source>Why can this be set aside? (It comes back if the passage changes.)</source>
        <translation>لماذا يمكن وضعها جانبًا؟ (تعود إن تغيّر المقطع.)</translation>
    </message>
    <message>
        <source>The finding could not be dismissed.</source>
        <translation>تعذّر تجاهُل الملاحظة.</translation>
    </message>
    <message>
        <source>The finding could not be restored.</source>
        <translation>تعذّرت استعادة الملاحظة.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>What should the writer know about this passage?</source>
        <translation>ما الذي ينبغي أن يعرفه الكاتب عن هذا المقطع؟</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation>إظهار المحلولة</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>التعليقات ({count})</translation>
    </message>
    <message>
        <source>No comments. Select a passage and add one.</source>
        <translation>لا تعليقات. حدّد مقطعًا وأضف تعليقًا.</translation>
    </message>
    <message>
        <source>Orphaned comments</source>
        <translation>تعليقات فقدت مقاطعها</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The article changed elsewhere</source>
        <translation>تغيّر المقال في مكان آخر</translation>
    </message>
    <message>
        <source>“{title}” was changed in another window or program while you were writing. Nothing has been overwritten. Compare the two versions and choose which to keep.</source>
        <translation>عُدِّل «{title}» في نافذة أو برنامج آخر بينما كنت تكتب، ولم يُستبدَل شيء. قارن بين النسختين واختر ما تحتفظ به.</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>النسخة الأخرى (محفوظة)</translation>
    </message>
    <message>
        <source>Your version (unsaved)</source>
        <translation>نسختك (غير محفوظة)</translation>
    </message>
    <message>
        <source>What you changed</source>
        <translation>ما غيّرتَه</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>احتفظ بنسختي</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>اعتمد النسخة الأخرى</translation>
    </message>
    <message>
        <source>Save Mine as a Copy</source>
        <translation>احفظ نسختي مقالًا منفصلًا</translation>
    </message>
</context>
<context>
    <name>DeskKeeper</name>
    <message numerus="yes">
        <source>%Ln article(s) open last time could not be opened again: deleted or changed since.</source>
        <translation>
            <numerusform>فُتحت كل المقالات التي كانت مفتوحة في المرة السابقة.</numerusform>
            <numerusform>تعذّر فتح مقالة كانت مفتوحة في المرة السابقة: حُذفت أو تغيّرت منذ ذلك الحين.</numerusform>
            <numerusform>تعذّر فتح مقالتين كانتا مفتوحتين في المرة السابقة: حُذفتا أو تغيّرتا منذ ذلك الحين.</numerusform>
            <numerusform>تعذّر فتح %Ln مقالات كانت مفتوحة في المرة السابقة: حُذفت أو تغيّرت منذ ذلك الحين.</numerusform>
            <numerusform>تعذّر فتح %Ln مقالة كانت مفتوحة في المرة السابقة: حُذفت أو تغيّرت منذ ذلك الحين.</numerusform>
            <numerusform>تعذّر فتح %Ln مقالة كانت مفتوحة في المرة السابقة: حُذفت أو تغيّرت منذ ذلك الحين.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsRow</name>
    <message>
        <source>Nobody yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>بلا عميل</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation>من كتب المقال</translation>
    </message>
    <message>
        <source>Who the article is for: their checklist template applies</source>
        <translation>لمن كُتب المقال: يُطبَّق قالب قائمة المراجعة الخاص به</translation>
    </message>
    <message>
        <source>The length the client asked for: the checklist and the status bar measure it</source>
        <translation>الطول الذي طلبه العميل: تقيس قائمة المراجعة وشريط الحالة مدى بلوغه</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>ال&amp;هدف:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} كلمة</translation>
    </message>
    <message>
        <source>Author: {name}</source>
        <translation>الكاتب: {name}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>العميل: {name}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>الهدف: {target}</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>مقال &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot</source>
        <translation>&amp;حفظ لقطة</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>إ&amp;غلاق المقال</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Paste as Pla&amp;in Text</source>
        <translation>لصق كنص &amp;خام</translation>
    </message>
    <message>
        <source>Paste as &amp;AI Text</source>
        <translation>لصق كنص مولَّد بال&amp;ذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>&amp;Mark Selection as AI-Written</source>
        <translation>&amp;وسم التحديد بأنه من كتابة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>تدقيق الإ&amp;ملاء أثناء الكتابة</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجلّ والنسخ…</translation>
    </message>
    <message>
        <source>Show &amp;Authorship</source>
        <translation>إظ&amp;هار مصدر النص</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;غامق</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>غامق (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>مائل (Ctrl+I)</translation>
    </message>
    <message>
        <source>Heading {level}</source>
        <translation>عنوان {level}</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>قائمة &amp;نقطية</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>ق&amp;ائمة مرقّمة</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>ا&amp;قتباس</translation>
    </message>
    <message>
        <source>Cycle Paragraph Direction</source>
        <translation>تبديل اتجاه الفقرة</translation>
    </message>
    <message>
        <source>Paragraph Right to Left</source>
        <translation>الفقرة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Paragraph Left to Right</source>
        <translation>الفقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Paragraph Direction from Its Text</source>
        <translation>اتجاه الفقرة حسب نصّها</translation>
    </message>
    <message>
        <source>From the Article&apos;s Language</source>
        <translation>حسب لغة المقال</translation>
    </message>
    <message>
        <source>Right to Left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to Right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;المخطط</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>وضع الترك&amp;يز</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>إضافة &amp;تعليق…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;مراجعة…</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>ال&amp;تعليقات</translation>
    </message>
    <message>
        <source>&amp;Similar Pieces</source>
        <translation>مقالات م&amp;شابهة</translation>
    </message>
    <message>
        <source>Pieces of the library similar to this article, and reused passages</source>
        <translation>مقالات المكتبة المشابهة لهذا المقال، والمقاطع المكررة</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;قائمة المراجعة</translation>
    </message>
    <message>
        <source>The review checklist beside the text, and its findings underlined</source>
        <translation>قائمة المراجعة بجانب النص، وملاحظاتها مسطَّرة فيه</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>ت&amp;نسيق</translation>
    </message>
    <message>
        <source>Article &amp;Direction</source>
        <translation>ا&amp;تجاه المقال</translation>
    </message>
    <message>
        <source>Find and Re&amp;place…</source>
        <translation>بحث و&amp;استبدال…</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;صورة…</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Actual Si&amp;ze</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>Your Pro&amp;file…</source>
        <translation>ملفك ال&amp;شخصي…</translation>
    </message>
    <message>
        <source>Too long to edit</source>
        <translation>أطول من أن يُحرَّر</translation>
    </message>
    <message>
        <source>“{title}” has {words} words: more than the editor can keep responsive (up to about {limit} words).</source>
        <translation>في «{title}» {words} كلمة، وهذا أكثر مما يستطيع المحرر أن يبقى معه سريع الاستجابة (حتى {limit} كلمة تقريباً).</translation>
    </message>
    <message>
        <source>Its beginning shows in the reading pane, and File ▸ Export… writes it whole to HTML, Markdown, Word or PDF. To edit it, split it into shorter articles.</source>
        <translation>يظهر أوله في لوحة القراءة، ويكتبه ملف ◂ تصدير… كاملاً بصيغة HTML أو Markdown أو Word أو PDF. ولتحريره قسّمه إلى مقالات أقصر.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{title} (not saved yet: {reason})</source>
        <translation>{title} (لم تُحفظ بعد: {reason})</translation>
    </message>
    <message>
        <source>Not saved yet, will retry: {reason}</source>
        <translation>لم يُحفَظ بعد، وستُعاد المحاولة: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet, will retry.</source>
        <translation>لم يُحفَظ بعد، وستُعاد المحاولة.</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>عنوان الويب:</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>إدراج صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp *.svg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Select the passage to comment on first.</source>
        <translation>حدّد أولًا المقطع الذي تريد التعليق عليه.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The library could not be used: {detail}</source>
        <translation>تعذّر استخدام المكتبة: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a Qalam library. It was left untouched.</source>
        <translation>الملف {path} ليس مكتبة قلم. لم يُجرَ عليه أي تغيير.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({detail}). It was left untouched.</source>
        <translation>المكتبة {path} تالفة ({detail}). لم يُجرَ عليها أي تغيير.</translation>
    </message>
    <message>
        <source>The library {path} was written by a newer version of Qalam Studio. Update the studio to open it; the file was left untouched.</source>
        <translation>المكتبة {path} أنشأها إصدار أحدث من استوديو قلم. حدِّث الاستوديو لتفتحها؛ لم يُجرَ على الملف أي تغيير.</translation>
    </message>
    <message>
        <source>The library {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>المكتبة {path} مشغولة: برنامج آخر يكتب فيها الآن. أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>The library {path} cannot be written: {detail}</source>
        <translation>لا يمكن الكتابة في المكتبة {path}: {detail}</translation>
    </message>
    <message>
        <source>There is no article with id {article_id}.</source>
        <translation>لا توجد مقالة بالمعرّف {article_id}.</translation>
    </message>
    <message>
        <source>There is no revision {revision_id} of that article.</source>
        <translation>لا توجد نسخة محفوظة برقم {revision_id} لهذه المقالة.</translation>
    </message>
    <message>
        <source>The change was refused: {detail}</source>
        <translation>تعذّر إجراء التغيير: {detail}</translation>
    </message>
    <message>
        <source>An article that is {old} cannot be moved to {new}. From {old} it can go to: {allowed}.</source>
        <translation>لا يمكن نقل مقالة حالتها {old} إلى {new}. من {old} يمكن نقلها إلى: {allowed}.</translation>
    </message>
    <message>
        <source>Moving an article to {new} needs a reason, so the writer knows what to change.</source>
        <translation>نقل المقالة إلى {new} يحتاج إلى سبب، ليعرف الكاتب ما عليه تغييره.</translation>
    </message>
    <message>
        <source>A rating must be a whole number of stars from 1 to 5, not {value}.</source>
        <translation>يجب أن يكون التقييم عددًا صحيحًا من النجوم بين 1 و5، وليس {value}.</translation>
    </message>
    <message>
        <source>The rubric score &quot;{criterion}&quot; = {value} is not allowed: use one of {criteria}, each scored from 1 to 5.</source>
        <translation>درجة المعيار «{criterion}» = {value} غير مقبولة: استخدم أحد المعايير {criteria}، وامنح كلًّا منها درجة من 1 إلى 5.</translation>
    </message>
    <message>
        <source>The passage &quot;{quote}&quot; does not occur in article {article_id}. Nothing was added.</source>
        <translation>المقطع «{quote}» غير موجود في المقالة {article_id}. لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>يحتاج التعليق إلى نص.</translation>
    </message>
    <message>
        <source>There is no comment with id {comment_id}.</source>
        <translation>لا يوجد تعليق بالمعرّف {comment_id}.</translation>
    </message>
    <message>
        <source>The article {article_id} was changed elsewhere (now version {current}, you edited version {expected}). Nothing was overwritten.</source>
        <translation>عُدِّلت المقالة {article_id} في مكان آخر (هي الآن في الإصدار {current}، وأنت عدّلت الإصدار {expected}). لم يُستبدَل شيء.</translation>
    </message>
    <message>
        <source>The disk holding the library {path} is full. Nothing was half-written; your changes are kept in the window and saved as soon as there is room.</source>
        <translation>القرص الذي يحمل المكتبة {path} ممتلئ. لم يُكتب شيء ناقصًا؛ تبقى تغييراتك في النافذة وتُحفظ حين تتوفر مساحة.</translation>
    </message>
    <message>
        <source>The library {path} cannot be written: the file or its folder is read-only. Your changes are kept in the window and saved as soon as it can be written.</source>
        <translation>لا يمكن الكتابة في المكتبة {path}: الملف أو مجلده للقراءة فقط. تبقى تغييراتك في النافذة وتُحفظ حين تصبح الكتابة ممكنة.</translation>
    </message>
    <message>
        <source>The library {path} cannot be reached: the drive or folder holding it was removed or renamed. Your changes are kept in the window and saved when it is back.</source>
        <translation>لا يمكن الوصول إلى المكتبة {path}: أُزيل القرص أو المجلد الذي يحملها أو تغيّر اسمه. تبقى تغييراتك في النافذة وتُحفظ حين يعود.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be used ({detail}). Nothing was changed.</source>
        <translation>لا يمكن استعمال النسخة الاحتياطية {path} ({detail}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is no usable backup of the library {path} yet.</source>
        <translation>لا توجد بعد نسخة احتياطية صالحة للمكتبة {path}.</translation>
    </message>
    <message>
        <source>There is no backup {name} (see qalam backup --list).</source>
        <translation>لا توجد نسخة احتياطية باسم {name} (انظر qalam backup --list).</translation>
    </message>
    <message>
        <source>There is no library at {path}.</source>
        <translation>لا توجد مكتبة في {path}.</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>الملف أو المجلد غير موجود.</translation>
    </message>
    <message>
        <source>The file could not be read: {detail}</source>
        <translation>تعذّرت قراءة الملف: {detail}</translation>
    </message>
    <message>
        <source>The folder could not be read: {detail}</source>
        <translation>تعذّرت قراءة المجلد: {detail}</translation>
    </message>
    <message>
        <source>This type of file cannot be imported. Qalam imports .txt, .md, .docx, .html, .jsonl and .jsonl.gz files.</source>
        <translation>لا يمكن استيراد هذا النوع من الملفات. يستورد قلم ملفات ⁦.txt⁩ و⁦.md⁩ و⁦.docx⁩ و⁦.html⁩ و⁦.jsonl⁩ و⁦.jsonl.gz⁩.</translation>
    </message>
    <message>
        <source>The file is too large to import ({size_mb} MB; the limit is {limit_mb} MB).</source>
        <translation>الملف أكبر من أن يُستورَد ({size_mb} ميغابايت، والحد الأقصى {limit_mb} ميغابايت).</translation>
    </message>
    <message>
        <source>The line is too long to import (more than {limit_mb} MB).</source>
        <translation>السطر أطول من أن يُستورَد (أكثر من {limit_mb} ميغابايت).</translation>
    </message>
    <message>
        <source>The compressed file is damaged, so reading stopped here: {detail}</source>
        <translation>الملف المضغوط تالف، فتوقفت القراءة عند هذا الموضع: {detail}</translation>
    </message>
    <message>
        <source>Could not tell the encoding of the file. Save it as UTF-8 in your editor and import it again.</source>
        <translation>تعذّر تحديد ترميز الملف. احفظه بترميز UTF-8 في محررك ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The file is marked as {encoding} but is not valid {encoding} text (byte {position}).</source>
        <translation>الملف مُعلَن بترميز {encoding} لكنه ليس نصًا صالحًا بترميز {encoding} (البايت {position}).</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text (byte {position}).</source>
        <translation>السطر ليس نصًا صالحًا بترميز UTF-8 (البايت {position}).</translation>
    </message>
    <message>
        <source>The file has no text to import.</source>
        <translation>لا يحتوي الملف على نص يمكن استيراده.</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line {line}): {detail}</source>
        <translation>الترويسة (front matter) ليست YAML صالحة (السطر {line}): {detail}</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML: {detail}</source>
        <translation>الترويسة (front matter) ليست YAML صالحة: {detail}</translation>
    </message>
    <message>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>يجب أن تكون الترويسة أسطرًا بصيغة «مفتاح: قيمة».</translation>
    </message>
    <message>
        <source>The line is not valid JSON: {detail}</source>
        <translation>السطر ليس JSON صالحًا: {detail}</translation>
    </message>
    <message>
        <source>The line must be a JSON object with a &quot;text&quot; field.</source>
        <translation>يجب أن يكون السطر كائن JSON فيه الحقل «text».</translation>
    </message>
    <message>
        <source>The line has no &quot;text&quot; field.</source>
        <translation>لا يحتوي السطر على الحقل «text».</translation>
    </message>
    <message>
        <source>The &quot;text&quot; field is empty.</source>
        <translation>الحقل «text» فارغ.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; must be text.</source>
        <translation>يجب أن يكون الحقل «{field}» نصًا.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; must be text or a list of texts.</source>
        <translation>يجب أن يكون الحقل «{field}» نصًا أو قائمة نصوص.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; must be a whole number.</source>
        <translation>يجب أن يكون الحقل «{field}» عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; is not a date: &quot;{value}&quot;. Write dates like 2024-03-31.</source>
        <translation>الحقل «{field}» ليس تاريخًا: «{value}». اكتب التواريخ بهذه الصيغة: 2024-03-31.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; is longer than {limit} characters.</source>
        <translation>الحقل «{field}» أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; holds characters that are not valid text.</source>
        <translation>يحتوي الحقل «{field}» على محارف ليست نصًا صالحًا.</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot;. Use one of: {choices}.</source>
        <translation>حالة غير معروفة «{value}». استخدم إحدى الحالات: {choices}.</translation>
    </message>
    <message>
        <source>Unknown language &quot;{value}&quot;. Use a language code such as ar or en.</source>
        <translation>لغة غير معروفة «{value}». استخدم رمز لغة مثل ar أو en.</translation>
    </message>
    <message>
        <source>The Word document is damaged or is not a .docx file: {detail}</source>
        <translation>مستند Word تالف أو ليس ملف ⁦.docx⁩: {detail}</translation>
    </message>
    <message>
        <source>The Word document would unpack to more than {limit_mb} MB, so it was not opened.</source>
        <translation>مستند Word يتجاوز حجمه بعد فك ضغطه {limit_mb} ميغابايت، فلم يُفتح.</translation>
    </message>
    <message>
        <source>The Word document holds a part that expands {ratio} times when unpacked, as harmful files do, so it was not opened.</source>
        <translation>في مستند Word جزء يتضخم {ratio} مرة عند فك ضغطه كما تفعل الملفات الضارة، فلم يُفتح.</translation>
    </message>
    <message>
        <source>An image in the document is too large ({size_mb} MB; the limit is {limit_mb} MB).</source>
        <translation>في المستند صورة أكبر من أن تُستورَد ({size_mb} ميغابايت، والحد الأقصى {limit_mb} ميغابايت).</translation>
    </message>
    <message>
        <source>An image in the document is too large ({megapixels} megapixels; the limit is {limit}).</source>
        <translation>في المستند صورة أكبر من أن تُستورَد ({megapixels} ميغابكسل، والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>The sample articles are missing from this installation.</source>
        <translation>المقالات النموذجية غير موجودة في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Cop&amp;y as HTML</source>
        <translation>نسخ بصيغة &amp;HTML</translation>
    </message>
    <message>
        <source>Could not copy the article.</source>
        <translation>تعذّر نسخ المقال.</translation>
    </message>
    <message>
        <source>Copied as HTML.</source>
        <translation>نُسخ بصيغة HTML.</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>لم يُصدَّر أي مقال.</numerusform>
            <numerusform>صُدِّر مقال واحد.</numerusform>
            <numerusform>صُدِّر مقالان.</numerusform>
            <numerusform>صُدِّرت %n مقالات.</numerusform>
            <numerusform>صُدِّر %n مقالًا.</numerusform>
            <numerusform>صُدِّر %n مقال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Export %n Article(s)</source>
        <translation>
            <numerusform>تصدير %n مقال</numerusform>
            <numerusform>تصدير مقال واحد</numerusform>
            <numerusform>تصدير مقالين</numerusform>
            <numerusform>تصدير %n مقالات</numerusform>
            <numerusform>تصدير %n مقالًا</numerusform>
            <numerusform>تصدير %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>مستند Word ‏(DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown with front matter</source>
        <translation>Markdown مع ترويسة البيانات</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Paper (serif, book-like)</source>
        <translation>ورقي (خط نسخ، كالكتاب)</translation>
    </message>
    <message>
        <source>Clean (sans)</source>
        <translation>بسيط (خط بلا زوائد)</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>Images in a folder beside the page</source>
        <translation>الصور في مجلد بجانب الصفحة</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>جارٍ تصدير «{title}»…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and text…</source>
        <translation>ابحث في العناوين والنصوص…</translation>
    </message>
    <message>
        <source>Finds every word, with or without diacritics (Ctrl+F to come here).</source>
        <translation>يجد كل الكلمات، بالتشكيل أو من دونه (Ctrl+F للانتقال إلى هنا).</translation>
    </message>
    <message>
        <source>Show articles with this status</source>
        <translation>عرض المقالات التي لها هذه الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Show articles by this author</source>
        <translation>عرض مقالات هذا الكاتب</translation>
    </message>
    <message>
        <source>Show articles written for this client</source>
        <translation>اعرض المقالات المكتوبة لهذا العميل</translation>
    </message>
    <message>
        <source>Show articles with this tag</source>
        <translation>عرض المقالات التي تحمل هذا الوسم</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>كل الكتّاب</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Ignore diacritics and letter forms</source>
        <translation>تجاهل التشكيل وصور الحروف</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>لا نتائج مطابقة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>سجلّ النسخ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>The text now</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source>Restore This Version…</source>
        <translation>استعادة هذه النسخة…</translation>
    </message>
    <message>
        <source>Words in green were added and words struck through in red were removed, going from the selected version to the one it is compared with.</source>
        <translation>الكلمات الخضراء أُضيفت، والكلمات المشطوبة بالأحمر حُذفت، انتقالًا من النسخة المحددة إلى النسخة المقارَنة بها.</translation>
    </message>
    <message>
        <source>Compare the selected version with:</source>
        <translation>قارن النسخة المحددة بـ:</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Replace the article&apos;s text with this version? The current text stays in the history, so you can come back to it.</source>
        <translation>أتستبدل نص المقال بهذه النسخة؟ يبقى النص الحالي محفوظًا في السجل، فيمكنك الرجوع إليه.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>جارٍ التحضير للاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation>
            <numerusform>استُورد {done} من %Ln ملف</numerusform>
            <numerusform>استُورد {done} من ملف واحد</numerusform>
            <numerusform>استُورد {done} من ملفين</numerusform>
            <numerusform>استُورد {done} من %Ln ملفات</numerusform>
            <numerusform>استُورد {done} من %Ln ملفًا</numerusform>
            <numerusform>استُورد {done} من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>قراءة {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported so far</source>
        <translation>
            <numerusform>لم تُستورَد أي مقالة بعد</numerusform>
            <numerusform>استُوردت مقالة واحدة حتى الآن</numerusform>
            <numerusform>استُوردت مقالتان حتى الآن</numerusform>
            <numerusform>استُوردت %Ln مقالات حتى الآن</numerusform>
            <numerusform>استُوردت %Ln مقالة حتى الآن</numerusform>
            <numerusform>استُوردت %Ln مقالة حتى الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>جارٍ الإيقاف بعد الملف الحالي…</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>File not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>Could not be read (no permission, or the disk failed)</source>
        <translation>تعذّرت قراءته (لا إذن بقراءته، أو تعطّل القرص)</translation>
    </message>
    <message>
        <source>Folder could not be read (no permission, or the disk failed)</source>
        <translation>تعذّرت قراءة المجلد (لا إذن بقراءته، أو تعطّل القرص)</translation>
    </message>
    <message>
        <source>Not a type of file Qalam imports (.txt, .md, .docx, .html, .jsonl)</source>
        <translation>ليس من أنواع الملفات التي يستوردها قلم (⁦.txt⁩ و⁦.md⁩ و⁦.docx⁩ و⁦.html⁩ و⁦.jsonl⁩)</translation>
    </message>
    <message>
        <source>File too large ({size_mb} MB, limit {limit_mb} MB)</source>
        <translation>الملف أكبر من اللازم ({size_mb} ميغابايت، والحد {limit_mb} ميغابايت)</translation>
    </message>
    <message>
        <source>Line too long (over {limit_mb} MB)</source>
        <translation>السطر أطول من اللازم (أكثر من {limit_mb} ميغابايت)</translation>
    </message>
    <message>
        <source>Damaged compressed file: reading stopped here</source>
        <translation>ملف مضغوط تالف: توقفت القراءة هنا</translation>
    </message>
    <message>
        <source>Not valid UTF-8, UTF-16 or Windows-1256 text</source>
        <translation>ليس نصًّا سليمًا بترميز ⁦UTF-8⁩ أو ⁦UTF-16⁩ أو ⁦Windows-1256⁩</translation>
    </message>
    <message>
        <source>Damaged {encoding} text (at byte {position})</source>
        <translation>نص {encoding} تالف (عند البايت {position})</translation>
    </message>
    <message>
        <source>Line is not valid UTF-8 text (at byte {position})</source>
        <translation>السطر ليس نصًّا سليمًا بترميز ⁦UTF-8⁩ (عند البايت {position})</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>Damaged front matter (the header between --- lines), line {line}</source>
        <translation>ترويسة تالفة (ما بين سطري ⁦---⁩)، السطر {line}</translation>
    </message>
    <message>
        <source>Damaged front matter (the header between --- lines)</source>
        <translation>ترويسة تالفة (ما بين سطري ⁦---⁩)</translation>
    </message>
    <message>
        <source>Front matter is not a list of “key: value” lines</source>
        <translation>الترويسة ليست أسطرًا من نوع «مفتاح: قيمة»</translation>
    </message>
    <message>
        <source>Line is not valid JSON</source>
        <translation>السطر ليس ⁦JSON⁩ سليمًا</translation>
    </message>
    <message>
        <source>Line is not a JSON object with a &quot;text&quot; field</source>
        <translation>السطر ليس كائن ⁦JSON⁩ فيه حقل ⁦&quot;text&quot;⁩</translation>
    </message>
    <message>
        <source>Line has no &quot;text&quot; field</source>
        <translation>لا حقل ⁦&quot;text&quot;⁩ في السطر</translation>
    </message>
    <message>
        <source>Empty &quot;text&quot; field</source>
        <translation>حقل ⁦&quot;text&quot;⁩ فارغ</translation>
    </message>
    <message>
        <source>Damaged DOCX (or not a Word document)</source>
        <translation>ملف ⁦DOCX⁩ تالف (أو ليس مستند Word)</translation>
    </message>
    <message>
        <source>DOCX too large once unpacked (over {limit_mb} MB)</source>
        <translation>ملف ⁦DOCX⁩ أكبر من اللازم بعد فكّه (أكثر من {limit_mb} ميغابايت)</translation>
    </message>
    <message>
        <source>DOCX not opened: it unpacks like a harmful file ({ratio} times)</source>
        <translation>لم يُفتح ملف ⁦DOCX⁩: يتضخّم عند فكّه كما تفعل الملفات الضارة ({ratio} ضعفًا)</translation>
    </message>
    <message>
        <source>Image too large ({size_mb} MB, limit {limit_mb} MB)</source>
        <translation>صورة أكبر من اللازم ({size_mb} ميغابايت، والحد {limit_mb} ميغابايت)</translation>
    </message>
    <message>
        <source>Image too large ({megapixels} megapixels, limit {limit})</source>
        <translation>صورة أكبر من اللازم ({megapixels} ميغابكسل، والحد {limit})</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported.</source>
        <translation>
            <numerusform>لم تُستورَد أي مقالة.</numerusform>
            <numerusform>استُوردت مقالة واحدة.</numerusform>
            <numerusform>استُوردت مقالتان.</numerusform>
            <numerusform>استُوردت %Ln مقالات.</numerusform>
            <numerusform>استُوردت %Ln مقالة.</numerusform>
            <numerusform>استُوردت %Ln مقالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: already in the library.</source>
        <translation>
            <numerusform>لم تُتخطَّ أي مقالة.</numerusform>
            <numerusform>تُخطّيت مقالة واحدة: موجودة في المكتبة من قبل.</numerusform>
            <numerusform>تُخطّيت مقالتان: موجودتان في المكتبة من قبل.</numerusform>
            <numerusform>تُخطّيت %Ln مقالات: موجودة في المكتبة من قبل.</numerusform>
            <numerusform>تُخطّيت %Ln مقالة: موجودة في المكتبة من قبل.</numerusform>
            <numerusform>تُخطّيت %Ln مقالة: موجودة في المكتبة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be imported.</source>
        <translation>
            <numerusform>لم يُرفَض أي عنصر.</numerusform>
            <numerusform>تعذّر استيراد عنصر واحد.</numerusform>
            <numerusform>تعذّر استيراد عنصرين.</numerusform>
            <numerusform>تعذّر استيراد %Ln عناصر.</numerusform>
            <numerusform>تعذّر استيراد %Ln عنصرًا.</numerusform>
            <numerusform>تعذّر استيراد %Ln عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the import; what was imported before stays in the library.</source>
        <translation>ألغيتَ الاستيراد؛ ما استُورد قبل ذلك يبقى في المكتبة.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… ولا مزيد.</numerusform>
            <numerusform>… وعنصر آخر.</numerusform>
            <numerusform>… وعنصران آخران.</numerusform>
            <numerusform>… و%Ln عناصر أخرى.</numerusform>
            <numerusform>… و%Ln عنصرًا آخر.</numerusform>
            <numerusform>… و%Ln عنصر آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>موجودة في المكتبة من قبل</translation>
    </message>
</context>
<context>
    <name>LibraryCheck</name>
    <message>
        <source>Check Library for Da&amp;mage…</source>
        <translation>افحص المكتبة بحثًا &amp;عن تلف…</translation>
    </message>
    <message>
        <source>Checks the library file, every article&apos;s records and the search index</source>
        <translation>يفحص ملف المكتبة وسجلات كل مقال وفهرس البحث</translation>
    </message>
    <message>
        <source>The library is already being checked.</source>
        <translation>المكتبة قيد الفحص بالفعل.</translation>
    </message>
    <message>
        <source>Mending the library…</source>
        <translation>يجري إصلاح المكتبة…</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>يجري فحص المكتبة…</translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>تعذّر فحص المكتبة.</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>The library is sound.</source>
        <translation>المكتبة سليمة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked: the file, every article&apos;s records and the search index agree.</source>
        <translation>
            <numerusform>لم يُفحص أي مقال.</numerusform>
            <numerusform>فُحص مقال واحد: الملف وسجلاته وفهرس البحث متوافقة.</numerusform>
            <numerusform>فُحص مقالان: الملف وسجلات كل مقال وفهرس البحث متوافقة.</numerusform>
            <numerusform>فُحصت %Ln مقالات: الملف وسجلات كل مقال وفهرس البحث متوافقة.</numerusform>
            <numerusform>فُحص %Ln مقالًا: الملف وسجلات كل مقال وفهرس البحث متوافقة.</numerusform>
            <numerusform>فُحص %Ln مقال: الملف وسجلات كل مقال وفهرس البحث متوافقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word count(s) or search index entries were rebuilt from the text.</source>
        <translation>
            <numerusform>لم يُعَد بناء شيء.</numerusform>
            <numerusform>أُعيد بناء قيمة واحدة (عدد كلمات أو مدخل في فهرس البحث) من النص.</numerusform>
            <numerusform>أُعيد بناء قيمتين (أعداد كلمات أو مدخلات في فهرس البحث) من النص.</numerusform>
            <numerusform>أُعيد بناء %Ln قيم (أعداد كلمات أو مدخلات في فهرس البحث) من النص.</numerusform>
            <numerusform>أُعيد بناء %Ln قيمة (أعداد كلمات أو مدخلات في فهرس البحث) من النص.</numerusform>
            <numerusform>أُعيد بناء %Ln قيمة (أعداد كلمات أو مدخلات في فهرس البحث) من النص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found in the library.</source>
        <translation>
            <numerusform>لا مشكلات في المكتبة.</numerusform>
            <numerusform>وُجدت مشكلة واحدة في المكتبة.</numerusform>
            <numerusform>وُجدت مشكلتان في المكتبة.</numerusform>
            <numerusform>وُجدت %Ln مشكلات في المكتبة.</numerusform>
            <numerusform>وُجدت %Ln مشكلة في المكتبة.</numerusform>
            <numerusform>وُجدت %Ln مشكلة في المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library file itself is damaged. Restore the newest good backup; the damaged file is kept aside.</source>
        <translation>ملف المكتبة نفسه تالف. استعِد أحدث نسخة احتياطية سليمة؛ يُحفظ الملف التالف جانبًا.</translation>
    </message>
    <message>
        <source>Word counts and the search index can be rebuilt from the articles&apos; text, which is not changed. Anything else needs a backup.</source>
        <translation>يمكن إعادة بناء أعداد الكلمات وفهرس البحث من نصوص المقالات دون تغييرها. أما غير ذلك فيحتاج إلى نسخة احتياطية.</translation>
    </message>
    <message>
        <source>&amp;Mend</source>
        <translation>أ&amp;صلح</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reused &amp;Passages Across the Library…</source>
        <translation>المقاطع الم&amp;كررة في المكتبة كلها…</translation>
    </message>
    <message>
        <source>Checklist &amp;Templates…</source>
        <translation>&amp;قوالب قائمة المراجعة…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد مج&amp;لد…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;فتح مكتبة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Open in Edi&amp;tor</source>
        <translation>فتح في ال&amp;محرر</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>اللو&amp;حة التالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Qalam Studio</source>
        <translation>&amp;عن استوديو قلم</translation>
    </message>
    <message>
        <source>{library} — Qalam Studio</source>
        <translation>{library} — استوديو قلم</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln results</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>أفضل نتيجة</numerusform>
            <numerusform>أفضل نتيجتين</numerusform>
            <numerusform>أفضل %Ln نتائج</numerusform>
            <numerusform>أفضل %Ln نتيجة</numerusform>
            <numerusform>أفضل %Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching article(s)</source>
        <translation>
            <numerusform>لا مقالات مطابقة</numerusform>
            <numerusform>مقالة مطابقة واحدة</numerusform>
            <numerusform>مقالتان مطابقتان</numerusform>
            <numerusform>%Ln مقالات مطابقة</numerusform>
            <numerusform>%Ln مقالة مطابقة</numerusform>
            <numerusform>%Ln مقالة مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>واحدة محددة</numerusform>
            <numerusform>اثنتان محددتان</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددة</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles in the Trash cannot be edited: restore it first.</source>
        <translation>لا تُحرَّر المقالات التي في سلة المهملات: استعِد المقالة أولًا.</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>تعذّرت قراءة المكتبة.</translation>
    </message>
    <message>
        <source>Ratings come from reviews; this column cannot be sorted yet.</source>
        <translation>التقييمات تأتي من المراجعات؛ لا يمكن ترتيب هذا العمود بعد.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>المقالات ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <source>Adding the sample articles…</source>
        <translation>جارٍ إضافة المقالات النموذجية…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>توقف الاستيراد.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>Qalam libraries (*.qalam);;All files (*)</source>
        <translation>مكتبات قلم (*.qalam);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Qalam Studio will use {language} the next time you start it.</source>
        <translation>ستظهر الواجهة بلغة {language} عند تشغيل استوديو قلم في المرة القادمة.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln piece(s) for their checklist badges…</source>
        <translation>
            <numerusform>لا قطع تنتظر فحص قائمة المراجعة…</numerusform>
            <numerusform>جارٍ فحص قطعة واحدة لتظهر شارة قائمة المراجعة…</numerusform>
            <numerusform>جارٍ فحص قطعتين لتظهر شارتا قائمة المراجعة…</numerusform>
            <numerusform>جارٍ فحص %Ln قطع لتظهر شارات قائمة المراجعة…</numerusform>
            <numerusform>جارٍ فحص %Ln قطعة لتظهر شارات قائمة المراجعة…</numerusform>
            <numerusform>جارٍ فحص %Ln قطعة لتظهر شارات قائمة المراجعة…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The studio met an unexpected problem: {detail}</source>
        <translation>واجه الاستوديو مشكلة غير متوقعة: {detail}</translation>
    </message>
    <message>
        <source>Qalam Studio</source>
        <translation>استوديو قلم</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>تعذّر فتح المكتبة.</translation>
    </message>
</context>
<context>
    <name>PersonSummary</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>لا تقييمات بعد</translation>
    </message>
    <message numerus="yes">
        <source>★ {rating} out of 5 from %Ln review(s)</source>
        <translation>
            <numerusform>★ {rating} من ٥ بلا مراجعات</numerusform>
            <numerusform>★ {rating} من ٥ من مراجعة واحدة</numerusform>
            <numerusform>★ {rating} من ٥ من مراجعتين</numerusform>
            <numerusform>★ {rating} من ٥ من %Ln مراجعات</numerusform>
            <numerusform>★ {rating} من ٥ من %Ln مراجعة</numerusform>
            <numerusform>★ {rating} من ٥ من %Ln مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client of %Ln article(s)</source>
        <translation>
            <numerusform>عميل بلا مقالات</numerusform>
            <numerusform>عميل لمقالة واحدة</numerusform>
            <numerusform>عميل لمقالتين</numerusform>
            <numerusform>عميل لـ%Ln مقالات</numerusform>
            <numerusform>عميل لـ%Ln مقالة</numerusform>
            <numerusform>عميل لـ%Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>ملفك الشخصي</translation>
    </message>
    <message>
        <source>Your name goes with your comments, reviews and status changes.</source>
        <translation>يظهر اسمك مع تعليقاتك ومراجعاتك وتغييرات الحالة التي تجريها.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>كاتب</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>محرر</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Select an article in the list to read it here.</source>
        <translation>اختر مقالة من القائمة لتقرأها هنا.</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>بقلم {author}</translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation>لصالح {client}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة واحدة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%Ln دقائق قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
            <numerusform>%Ln دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <source>This article is very long: the pane shows its first {shown} of {total} words. Export it (File ▸ Export…) to read it whole.</source>
        <translation>هذا المقال طويل جداً: تعرض اللوحة أول {shown} كلمة من {total}. صدّره (ملف ◂ تصدير…) لتقرأه كاملاً.</translation>
    </message>
    <message>
        <source>Matches your search</source>
        <translation>يطابق بحثك</translation>
    </message>
    <message>
        <source>This article has no text yet.</source>
        <translation>لا نص في هذه المقالة بعد.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Move to “{status}”</source>
        <translation>النقل إلى «{status}»</translation>
    </message>
    <message>
        <source>Why? The writer sees this with the article.</source>
        <translation>لماذا؟ سيرى الكاتب هذا مع المقالة.</translation>
    </message>
    <message>
        <source>A note for the history (optional).</source>
        <translation>ملاحظة للسجل (اختيارية).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Damaged Library</source>
        <translation>مكتبة تالفة</translation>
    </message>
    <message>
        <source>The library {library} is damaged and cannot be used safely.</source>
        <translation>المكتبة {library} تالفة ولا يمكن استعمالها بأمان.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}: {holds}.</source>
        <translation>أحدث نسخة احتياطية سليمة من {when}: {holds}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged file is kept beside it as {name} and never overwritten. Changes made after the backup are not in it.</source>
        <translation>أتستعيدها؟ يُحفظ الملف التالف بجانبها باسم {name} ولا يُكتب فوقه أبدًا. التغييرات التي جرت بعد النسخة الاحتياطية ليست فيها.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>استعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>The library {library} is damaged, and there is no backup of it yet. The file was left as it is: a copy of it may still be repaired with SQLite&apos;s own tools.</source>
        <translation>المكتبة {library} تالفة، ولا توجد لها نسخة احتياطية بعد. تُرك الملف كما هو: قد يمكن إصلاح نسخة منه بأدوات SQLite نفسها.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>تُستعاد النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The damaged file was kept as {name}.</source>
        <translation>استُعيدت نسخة {when} الاحتياطية. حُفظ الملف التالف باسم {name}.</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The library as it was is kept as a backup.</source>
        <translation>استُعيدت نسخة {when} الاحتياطية. حُفظت المكتبة كما كانت في نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>ReuseNote</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{share}%</source>
        <translation>{share}٪</translation>
    </message>
    <message numerus="yes">
        <source>Shares passages with %Ln or more pieces:</source>
        <translation>
            <numerusform>يشترك في مقاطع مع %Ln قطعة أو أكثر:</numerusform>
            <numerusform>يشترك في مقاطع مع قطعة واحدة أو أكثر:</numerusform>
            <numerusform>يشترك في مقاطع مع قطعتين أو أكثر:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطع أو أكثر:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطعة أو أكثر:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطعة أو أكثر:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares passages with %Ln piece(s):</source>
        <translation>
            <numerusform>يشترك في مقاطع مع %Ln قطع:</numerusform>
            <numerusform>يشترك في مقاطع مع قطعة واحدة:</numerusform>
            <numerusform>يشترك في مقاطع مع قطعتين:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطع:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطعة:</numerusform>
            <numerusform>يشترك في مقاطع مع %Ln قطعة:</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وقطعة أخرى</numerusform>
            <numerusform>وقطعتان أخريان</numerusform>
            <numerusform>و%Ln قطع أخرى</numerusform>
            <numerusform>و%Ln قطعة أخرى</numerusform>
            <numerusform>و%Ln قطعة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a piece to see the shared passages side by side.</source>
        <translation>انقر قطعةً لترى المقاطع المشتركة جنبًا إلى جنب.</translation>
    </message>
</context>
<context>
    <name>ReuseReportDialog</name>
    <message>
        <source>Reused Passages</source>
        <translation>المقاطع المكررة</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Shares text with</source>
        <translation>يشترك في نص مع</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>&amp;Look at Everything Again</source>
        <translation>افحص &amp;كل المقالات من جديد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The library changed: looking at what changed…</source>
        <translation>تغيّرت المكتبة: يجري فحص ما تغيّر…</translation>
    </message>
    <message>
        <source>Bringing the index up to date…</source>
        <translation>تحديث الفهرس…</translation>
    </message>
    <message>
        <source>The library changed: looked at {done} of {total} pieces…</source>
        <translation>تغيّرت المكتبة: فُحص {done} من {total} مقالًا…</translation>
    </message>
    <message numerus="yes">
        <source>Brought up to date after a change: %Ln pair(s) of pieces share passages.</source>
        <translation>
            <numerusform>حُدِّث بعد تغيير: لا أزواج تشترك في مقاطع.</numerusform>
            <numerusform>حُدِّث بعد تغيير: زوج واحد من المقالات يشترك في مقاطع.</numerusform>
            <numerusform>حُدِّث بعد تغيير: زوجان من المقالات يشتركان في مقاطع.</numerusform>
            <numerusform>حُدِّث بعد تغيير: %Ln أزواج من المقالات تشترك في مقاطع.</numerusform>
            <numerusform>حُدِّث بعد تغيير: %Ln زوجًا من المقالات تشترك في مقاطع.</numerusform>
            <numerusform>حُدِّث بعد تغيير: %Ln زوج من المقالات تشترك في مقاطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought up to date after a change: no pieces share passages.</source>
        <translation>حُدِّث بعد تغيير: لا مقالات تشترك في مقاطع.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) of pieces share passages.</source>
        <translation>
            <numerusform>لا أزواج تشترك في مقاطع.</numerusform>
            <numerusform>زوج واحد من المقالات يشترك في مقاطع.</numerusform>
            <numerusform>زوجان من المقالات يشتركان في مقاطع.</numerusform>
            <numerusform>%Ln أزواج من المقالات تشترك في مقاطع.</numerusform>
            <numerusform>%Ln زوجًا من المقالات تشترك في مقاطع.</numerusform>
            <numerusform>%Ln زوج من المقالات تشترك في مقاطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pieces in this library share passages.</source>
        <translation>لا تشترك أي مقالات في هذه المكتبة في مقاطع.</translation>
    </message>
    <message>
        <source>Looked at {done} of {total} articles…</source>
        <translation>فُحص {done} من {total} مقالًا…</translation>
    </message>
    <message>
        <source>The matching rules have changed since the last report: every piece is looked at again.</source>
        <translation>تغيّرت قواعد المطابقة منذ التقرير الأخير: تُفحص المقالات كلها من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) to look at again.</source>
        <translation>
            <numerusform>لا مقالات تحتاج إلى فحص من جديد.</numerusform>
            <numerusform>مقال واحد يحتاج إلى فحص من جديد.</numerusform>
            <numerusform>مقالان يحتاجان إلى فحص من جديد.</numerusform>
            <numerusform>%Ln مقالات تحتاج إلى فحص من جديد.</numerusform>
            <numerusform>%Ln مقالًا تحتاج إلى فحص من جديد.</numerusform>
            <numerusform>%Ln مقال تحتاج إلى فحص من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date (looked at {date}).</source>
        <translation>محدَّث (فُحص في {date}).</translation>
    </message>
    <message>
        <source>{share}%</source>
        <translation>{share}٪</translation>
    </message>
    <message>
        <source>Pairs of pieces in this library that share passages, most shared first; a click on a column&apos;s header sorts them by it. Double-click a pair to see the passages side by side.</source>
        <translation>أزواج المقالات التي تشترك في مقاطع في هذه المكتبة، الأكثر اشتراكًا أولًا؛ النقر على عنوان عمود يرتّبها بحسبه. انقر مرتين على زوج لترى المقاطع جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Stopped: what was looked at is kept; the rest is looked at next time.</source>
        <translation>توقّف: ما فُحص محفوظ، والباقي يُفحص في المرة القادمة.</translation>
    </message>
    <message>
        <source>The report stopped: {reason}</source>
        <translation>توقف التقرير: {reason}</translation>
    </message>
    <message>
        <source>Comparing the two pieces…</source>
        <translation>مقارنة المقالين…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Clarity</source>
        <translation>الوضوح</translation>
    </message>
    <message>
        <source>Originality and human voice</source>
        <translation>الأصالة والصوت الإنساني</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Fit to the client&apos;s brief</source>
        <translation>المطابقة لتكليف العميل</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Review of “{title}”</source>
        <translation>مراجعة «{title}»</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>التقييم العام</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>معايير التقييم</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>A summary for the writer (required when asking for changes or rejecting)</source>
        <translation>خلاصة للكاتب (مطلوبة عند طلب التعديلات أو الرفض)</translation>
    </message>
    <message>
        <source>Choose how many stars the piece earns.</source>
        <translation>اختر عدد النجوم التي تستحقها المقالة.</translation>
    </message>
    <message>
        <source>Say what should change: the writer acts on your summary.</source>
        <translation>اذكر ما ينبغي تغييره: فالكاتب يعمل بما تكتبه في الخلاصة.</translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message>
        <source>No ratings yet</source>
        <translation>لا تقييمات بعد</translation>
    </message>
    <message>
        <source>{rating} out of {best} · {reviews}</source>
        <translation>{rating} من {best}، {reviews}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>لا مراجعات</numerusform>
            <numerusform>مراجعة واحدة</numerusform>
            <numerusform>مراجعتان</numerusform>
            <numerusform>%Ln مراجعات</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSide</name>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Status History…</source>
        <translation>سجل الحالة…</translation>
    </message>
    <message>
        <source>Reviews…</source>
        <translation>المراجعات…</translation>
    </message>
    <message>
        <source>The comment could not be added.</source>
        <translation>تعذّرت إضافة التعليق.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>ردّك:</translation>
    </message>
    <message>
        <source>The reply could not be added.</source>
        <translation>تعذّرت إضافة الرد.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Reviews, with their stars and verdict, are given by editors.</source>
        <translation>المراجعات، بنجومها وقرارها، يكتبها المحررون.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>تعذّر حفظ المراجعة.</translation>
    </message>
    <message>
        <source>Not moved to “{status}”</source>
        <translation>لم تُنقل إلى «{status}»</translation>
    </message>
    <message>
        <source>The article stays “{status}”.</source>
        <translation>تبقى المقالة «{status}».</translation>
    </message>
    <message>
        <source>The status could not be changed.</source>
        <translation>تعذّر تغيير الحالة.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالة</translation>
    </message>
</context>
<context>
    <name>ReviewsDialog</name>
    <message>
        <source>Reviews of “{title}”</source>
        <translation>مراجعات «{title}»</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>لا مراجعات بعد.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{time} · {person} · {stars} · {verdict}</source>
        <translation>{time}، {person}، {stars}، {verdict}</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>التقييم العام</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>معايير التقييم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>No checklist was kept with this review.</source>
        <translation>لم تُحفظ قائمة مراجعة مع هذه المراجعة.</translation>
    </message>
    <message>
        <source>The checklist when this review was saved</source>
        <translation>قائمة المراجعة كما كانت عند حفظ هذه المراجعة</translation>
    </message>
    <message>
        <source>Reads as worked by a person</source>
        <translation>يبدو من عمل كاتب</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Likely AI-only</source>
        <translation>على الأرجح مولَّد آليًا بالكامل</translation>
    </message>
    <message>
        <source>Too short to judge</source>
        <translation>أقصر من أن يُحكم عليه</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>While writing</source>
        <translation>أثناء الكتابة</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>لقطة</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Changed by a script</source>
        <translation>تعديل بأمر برمجي</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مُستعادة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستوردة</translation>
    </message>
</context>
<context>
    <name>SimilarCompareDialog</name>
    <message>
        <source>Compare Pieces</source>
        <translation>مقارنة مقالين</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذا المقال</translation>
    </message>
    <message>
        <source>The other piece</source>
        <translation>المقال الآخر</translation>
    </message>
    <message>
        <source>&amp;Previous Passage</source>
        <translation>المقطع ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next Passage</source>
        <translation>المقطع ال&amp;تالي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>“{title}” has been deleted from the library: it is shown here as it was.</source>
        <translation>حُذف «{title}» من المكتبة: يُعرض هنا كما كان.</translation>
    </message>
    <message>
        <source>This article has been deleted from the library: it is shown as it was.</source>
        <translation>حُذفت هذه المقالة من المكتبة: تُعرض كما كانت.</translation>
    </message>
    <message>
        <source>These pieces share no passages: they are only about the same subject.</source>
        <translation>لا يشترك هذان المقالان في أي مقطع: موضوعهما واحد فقط.</translation>
    </message>
    <message>
        <source>{share}% of this article is also in “{title}” ({passages}); {other_share}% of that piece is in this article.</source>
        <translation>{share}٪ من هذا المقال موجود أيضًا في «{title}» ({passages})؛ و{other_share}٪ من ذلك المقال موجود في هذا المقال.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%Ln مقاطع</numerusform>
            <numerusform>%Ln مقطعًا</numerusform>
            <numerusform>%Ln مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>Passage {current} of {count}</source>
        <translation>المقطع {current} من {count}</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Similar pieces</source>
        <translation>مقالات مشابهة</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Share passages with this article</source>
        <translation>تشترك في مقاطع مع هذا المقال</translation>
    </message>
    <message>
        <source>About the same subject</source>
        <translation>في الموضوع نفسه</translation>
    </message>
    <message>
        <source>Looking for similar pieces…</source>
        <translation>البحث عن مقالات مشابهة…</translation>
    </message>
    <message>
        <source>{label} ({count} or more)</source>
        <translation>{label} ({count} أو أكثر)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{share}%</source>
        <translation>{share}٪</translation>
    </message>
    <message>
        <source>{share}% of this article is in this piece ({passages}).</source>
        <translation>{share}٪ من هذا المقال موجود في هذا المقال الآخر ({passages}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%Ln مقاطع</numerusform>
            <numerusform>%Ln مقطعًا</numerusform>
            <numerusform>%Ln مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearly the same piece as a whole.</source>
        <translation>يكاد يكون المقال نفسه بأكمله.</translation>
    </message>
    <message>
        <source>About the same subject; no shared passages.</source>
        <translation>في الموضوع نفسه؛ بلا مقاطع مشتركة.</translation>
    </message>
</context>
<context>
    <name>SimilarSide</name>
    <message>
        <source>Similar pieces could not be looked for: {reason}</source>
        <translation>تعذر البحث عن مقالات مشابهة: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Catching up (%Ln article(s) left)</source>
        <translation>
            <numerusform>تحديث الفهرس (لم يبق أي مقال)</numerusform>
            <numerusform>تحديث الفهرس (بقي مقال واحد)</numerusform>
            <numerusform>تحديث الفهرس (بقي مقالان)</numerusform>
            <numerusform>تحديث الفهرس (بقيت %Ln مقالات)</numerusform>
            <numerusform>تحديث الفهرس (بقي %Ln مقالًا)</numerusform>
            <numerusform>تحديث الفهرس (بقي %Ln مقال)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for similar pieces…</source>
        <translation>البحث عن مقالات مشابهة…</translation>
    </message>
    <message>
        <source>Nothing similar in the library.</source>
        <translation>لا شيء مشابه في المكتبة.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No Suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message>
        <source>Ignore All</source>
        <translation>تجاهل الكل</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>{value} out of {total}</source>
        <translation>{value} من {total}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
<context>
    <name>StatusHistoryList</name>
    <message>
        <source>Status history</source>
        <translation>سجل الحالة</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>لم تتغير الحالة بعد.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{time} · {old} → {new} · {person}</source>
        <translation>{time} · {old} ← {new} · {person}</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Approving, publishing, sending back and rejecting are an editor&apos;s decisions, and your profile says you are a writer. If you edit for this library, choose Review ▸ Your Profile… and set your role to Editor.</source>
        <translation>الاعتماد والنشر والإعادة للتعديل والرفض قرارات المحرر، وملفك الشخصي يقول إنك كاتب. إن كنت تحرّر لهذه المكتبة فاختر مراجعة ◂ ملفك الشخصي… واجعل دورك «محرر».</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>{status} (editors only)</source>
        <translation>{status} (للمحررين فقط)</translation>
    </message>
    <message>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>No target</source>
        <translation>بلا هدف</translation>
    </message>
    <message>
        <source> words</source>
        <translation> كلمة</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Comment by {author}</source>
        <translation>تعليق من {author}</translation>
    </message>
    <message>
        <source>The passage changed since this comment; it now points at the new text.</source>
        <translation>تغيّر المقطع بعد هذا التعليق؛ وهو يشير الآن إلى النص الجديد.</translation>
    </message>
    <message>
        <source>The passage is gone from the article.</source>
        <translation>لم يعد المقطع موجودًا في المقالة.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{author} · {time}</source>
        <translation>{author} · {time}</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message numerus="yes">
        <source>%Ln article(s) in the Trash: left out of the library, its search and similar pieces until you restore them.</source>
        <translation>
            <numerusform>لا مقالات في سلة المهملات: ما يُنقل إليها يغيب عن المكتبة وبحثها والمقالات المشابهة حتى تستعيده.</numerusform>
            <numerusform>مقالة واحدة في سلة المهملات: تغيب عن المكتبة وبحثها والمقالات المشابهة حتى تستعيدها.</numerusform>
            <numerusform>مقالتان في سلة المهملات: تغيبان عن المكتبة وبحثها والمقالات المشابهة حتى تستعيدهما.</numerusform>
            <numerusform>%Ln مقالات في سلة المهملات: تغيب عن المكتبة وبحثها والمقالات المشابهة حتى تستعيدها.</numerusform>
            <numerusform>%Ln مقالة في سلة المهملات: تغيب عن المكتبة وبحثها والمقالات المشابهة حتى تستعيدها.</numerusform>
            <numerusform>%Ln مقالة في سلة المهملات: تغيب عن المكتبة وبحثها والمقالات المشابهة حتى تستعيدها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>انقل إلى سلة الم&amp;هملات</translation>
    </message>
    <message>
        <source>Move Article to T&amp;rash</source>
        <translation>انقل المقالة إلى سلة الم&amp;هملات</translation>
    </message>
    <message>
        <source>Undo Move to Tras&amp;h</source>
        <translation>تراجع عن ال&amp;نقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>سل&amp;ة المهملات</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>إ&amp;فراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Moved &quot;{title}&quot; to the Trash.</source>
        <translation>نُقلت «{title}» إلى سلة المهملات.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln article(s) to the Trash.</source>
        <translation>
            <numerusform>لم تُنقل أي مقالة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت مقالة واحدة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت مقالتان إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %Ln مقالات إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %Ln مقالة إلى سلة المهملات.</numerusform>
            <numerusform>نُقلت %Ln مقالة إلى سلة المهملات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot; from the Trash.</source>
        <translation>استُعيدت «{title}» من سلة المهملات.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln article(s) from the Trash.</source>
        <translation>
            <numerusform>لم تُستعد أي مقالة من سلة المهملات.</numerusform>
            <numerusform>استُعيدت مقالة واحدة من سلة المهملات.</numerusform>
            <numerusform>استُعيدت مقالتان من سلة المهملات.</numerusform>
            <numerusform>استُعيدت %Ln مقالات من سلة المهملات.</numerusform>
            <numerusform>استُعيدت %Ln مقالة من سلة المهملات.</numerusform>
            <numerusform>استُعيدت %Ln مقالة من سلة المهملات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; permanently?</source>
        <translation>أتحذف «{title}» نهائيًا؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s) permanently?</source>
        <translation>
            <numerusform>ألا تحذف شيئًا؟</numerusform>
            <numerusform>أتحذف مقالة واحدة نهائيًا؟</numerusform>
            <numerusform>أتحذف مقالتين نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقالات نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقالة نهائيًا؟</numerusform>
            <numerusform>أتحذف %Ln مقالة نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>أتفرغ سلة المهملات؟</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>حذف نهائي</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…ولا غيرها</numerusform>
            <numerusform>…ومقالة أخرى</numerusform>
            <numerusform>…ومقالتان أخريان</numerusform>
            <numerusform>…و%Ln مقالات أخرى</numerusform>
            <numerusform>…و%Ln مقالة أخرى</numerusform>
            <numerusform>…و%Ln مقالة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) will be deleted for good, with their revisions, comments and reviews. This cannot be undone.</source>
        <translation>
            <numerusform>لن تُحذف أي مقالة.</numerusform>
            <numerusform>ستُحذف مقالة واحدة نهائيًا مع نسخها وتعليقاتها ومراجعاتها. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف مقالتان نهائيًا مع نسخهما وتعليقاتهما ومراجعاتهما. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln مقالات نهائيًا مع نسخها وتعليقاتها ومراجعاتها. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln مقالة نهائيًا مع نسخها وتعليقاتها ومراجعاتها. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln مقالة نهائيًا مع نسخها وتعليقاتها ومراجعاتها. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot; permanently.</source>
        <translation>حُذفت «{title}» نهائيًا.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln article(s) permanently.</source>
        <translation>
            <numerusform>لم تُحذف أي مقالة.</numerusform>
            <numerusform>حُذفت مقالة واحدة نهائيًا.</numerusform>
            <numerusform>حُذفت مقالتان نهائيًا.</numerusform>
            <numerusform>حُذفت %Ln مقالات نهائيًا.</numerusform>
            <numerusform>حُذفت %Ln مقالة نهائيًا.</numerusform>
            <numerusform>حُذفت %Ln مقالة نهائيًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the Trash: %Ln article(s) deleted permanently.</source>
        <translation>
            <numerusform>أُفرغت سلة المهملات: لم تُحذف أي مقالة.</numerusform>
            <numerusform>أُفرغت سلة المهملات: حُذفت مقالة واحدة نهائيًا.</numerusform>
            <numerusform>أُفرغت سلة المهملات: حُذفت مقالتان نهائيًا.</numerusform>
            <numerusform>أُفرغت سلة المهملات: حُذفت %Ln مقالات نهائيًا.</numerusform>
            <numerusform>أُفرغت سلة المهملات: حُذفت %Ln مقالة نهائيًا.</numerusform>
            <numerusform>أُفرغت سلة المهملات: حُذفت %Ln مقالة نهائيًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedRescue</name>
    <message>
        <source>Folder for the Unsaved Articles</source>
        <translation>مجلد للمقالات غير المحفوظة</translation>
    </message>
    <message>
        <source>Unsaved Articles</source>
        <translation>مقالات غير محفوظة</translation>
    </message>
    <message>
        <source>Articles not saved in the library: {count}</source>
        <translation>مقالات لم تُحفظ في المكتبة: {count}</translation>
    </message>
    <message>
        <source>Keep the studio open and they are saved as soon as the library can be written, or save them as Markdown files in a folder and quit (import them later to bring them back).</source>
        <translation>أبقِ الاستوديو مفتوحًا فتُحفظ حين تصبح الكتابة في المكتبة ممكنة، أو احفظها ملفات Markdown في مجلد واخرج (استوردها لاحقًا لتعيدها).</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>أبقِه مفتوحًا</translation>
    </message>
    <message>
        <source>Save as Files and Quit…</source>
        <translation>احفظها ملفات واخرج…</translation>
    </message>
    <message>
        <source>The articles could not be written there.</source>
        <translation>تعذّرت كتابة المقالات هناك.</translation>
    </message>
    <message>
        <source>Saved as files in {folder}.</source>
        <translation>حُفظت ملفات في {folder}.</translation>
    </message>
</context>
</TS>
