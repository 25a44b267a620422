# ruff: noqa: E501  (paragraphs are one line each, as writers type them)
"""Test texts written for the project: what generated prose and human prose tend to look like,
in Arabic and English. None is taken from a data set."""

AR_MACHINE = """\
في عالمنا اليوم، يلعب الذكاء الاصطناعي دوراً حيوياً في تعزيز التعليم. بالإضافة إلى ذلك، يساهم في تطوير مهارات الطلاب بشكل فعال. علاوة على ذلك، يمكن أن يساعد المعلمين على تقديم تجربة تعليمية فريدة. كما يمكن أن يوفر العديد من الفرص للطلاب في مختلف المجالات. ومع ذلك، هناك العديد من التحديات التي يجب مواجهتها.
من المهم أن نتذكر أن التكنولوجيا ليست بديلاً عن المعلم. بالإضافة إلى ذلك، يجب تعزيز الوعي بأهمية الاستخدام المسؤول للتكنولوجيا. كما يجب على المؤسسات التعليمية تبني استراتيجيات فعالة. علاوة على ذلك، تلعب الحكومات دوراً مهماً في دعم هذا التحول. وبالتالي، يمكن أن يحقق التعليم قفزة نوعية.
يساهم الذكاء الاصطناعي أيضاً في تحسين تجربة التعلم الشخصية. كما يساعد على تحليل البيانات بشكل فعال. بالإضافة إلى ذلك، يمكن أن يقدم توصيات مخصصة لكل طالب. علاوة على ذلك، يعزز التفاعل بين الطلاب والمعلمين. ومع ذلك، يجب مراعاة الجوانب الأخلاقية وحماية خصوصية البيانات بشكل كبير.
في الختام، يمكن القول إن الذكاء الاصطناعي يلعب دوراً حيوياً في مستقبل التعليم. ومع ذلك، يجب التعامل معه بحكمة ومسؤولية لتحقيق أقصى استفادة ممكنة منه في مختلف المجالات.
"""

AR_HUMAN = """\
وصلتُ إلى سوق الجمعة في عمّان قبل السابعة صباحًا، والباعة ما زالوا يفكّون الحبال عن بسطاتهم. سألت أبا خليل، بائع الكتب المستعملة منذ 1989، عن أغلى ما باعه، فضحك وقال: «طبعة قديمة من ديوان المتنبي، دفع فيها طالب من إربد ثلاثين دينارًا ولم يساوم».
السوق لم يعد كما كان. في التسعينيات كان يمتد على طول شارع الملك طلال، أما اليوم فقد انكمش إلى ساحة صغيرة خلف المسجد الحسيني. يقول أبو خليل إن الإيجارات تضاعفت ثلاث مرات خلال عشر سنوات، وإن نصف زملائه تركوا المهنة.
لكن الزبائن لم يختفوا. رأيت شابة تقلّب كتب الطبخ، وعجوزًا يبحث عن مجلة العربي لعدد صدر في مايو 1976. اشترى العدد بدينارين، ولفّه في جريدة، ومضى.
سألت نفسي وأنا أغادر: من سيحفظ هذه الكتب حين يتعب أبو خليل؟ لا أعرف. لكنني عدت في الأسبوع التالي، واشتريت منه رواية لغسان كنفاني بنصف دينار، وكتب لي على صفحتها الأولى: «للقارئة التي تسأل كثيرًا».
في المرة الثالثة لم أجده. قال جاره، بائع الأشرطة القديمة، إنه ذهب إلى الزرقاء لزيارة ابنته وسيعود بعد العيد. تركت له ورقة تحت حجر على البسطة المغطاة بالنايلون، وكتبت فيها رقم هاتفي.
"""

EN_MACHINE = """\
In today's fast-paced world, remote work has become an essential part of modern business. Additionally, it offers numerous benefits for both employees and employers. Furthermore, it allows teams to collaborate seamlessly across different time zones. Moreover, it can significantly enhance productivity and foster a healthy work-life balance.
However, it is important to note that remote work also presents unique challenges. Communication can become more complex, and employees may feel isolated. Additionally, maintaining a strong company culture can be difficult. Furthermore, managers must navigate the complexities of tracking performance effectively.
To address these challenges, organizations should implement comprehensive strategies. Additionally, they should invest in robust digital tools that facilitate collaboration. Moreover, regular virtual meetings can help foster a sense of community. Furthermore, clear guidelines can ensure that expectations are aligned.
In conclusion, remote work plays a crucial role in the evolving landscape of modern business. Ultimately, by embracing innovative solutions and fostering open communication, organizations can unlock the full potential of their remote teams and thrive in an ever-evolving world.
"""

EN_HUMAN = """\
I took the 6:40 train from Leeds on a wet Tuesday in March, mostly because the ticket was £11 cheaper than the later one. The carriage smelled of wet coats. A man across the aisle was eating a pork pie out of its paper, very slowly, as if it might run out.
We stopped outside Huddersfield for twenty minutes. Nobody announced anything. Then the guard, a woman called Brenda according to her badge, walked through and said, "Sheep on the line, loves. Not our sheep." Half the carriage laughed; the other half didn't look up.
My grandmother used to say the Pennines were built to delay people. She grew up in Marsden and worked at the Bank Bottom mill until it closed in 2003, and she never once took this train without complaining about it. I thought of her when the sheep finally moved and we lurched on.
By Manchester I had written four pages of notes for the piece and deleted three. What stayed was Brenda, the pie, and a single line my grandmother wrote in a letter in 1971: "Trains are for people with patience, and I haven't got any."
"""

# In the manner of an essay by a learner of English (written for these tests): short sentences,
# simple words, some errors, a clear personal stance. Detectors that score text alone often
# flag such essays; ours must not.
EN_NONNATIVE_ESSAY = """\
Some people think that it is better to live in a big city, but other people prefer to live in the countryside. In my opinion, living in the countryside is better for family with children, and I will explain my reasons.
First, the air in countryside is more clean than in the city. In my hometown near Izmir we have many trees and my children can play outside all day. When we lived in Istanbul for two years, my son was sick very often because of the pollution. The doctor told us that the air was the problem.
Second, life in the countryside is more cheap. For example, in Istanbul we paid 9000 lira for a small apartment, but now we pay only 3500 lira for a house with garden. With this money we can buy good food and books for the children.
Of course, the city has some advantages too. There are more jobs and more hospitals, and the transport is easy. My brother lives in Ankara and he says he can not live without the cinema and the shopping mall. But I think for children the quiet life is more important than shopping.
To sum up, I believe that countryside is the best place for raising a family, because it is healthy, cheap and calm. Everybody has different needs, but for my family the choice was easy.
"""

MIXED = AR_HUMAN + "\n" + EN_HUMAN
