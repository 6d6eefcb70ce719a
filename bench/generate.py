#!/usr/bin/env python3
"""Writes a large, valid content set for the benchmark: partners, internships, programs, news.

    python3 bench/generate.py OUT_DIR [--seed N] [--today YYYY-MM-DD]
        [--partners 2000] [--internships 10000] [--programs 1000] [--news 5000]

Every item follows ../shared/content-model.md (the project's checker reads the output with 0
errors and 0 warnings): slugs as ids, real dates, https links, ISO codes, and Text objects in
kk/ru/en whose Kazakh and Russian strings are real Cyrillic words. The same seed and the same
"today" give the same bytes. Deadlines are spread around "today" (the run date by default,
as the app counts open internships against the reader's clock) so that most are open.
Standard library only.
"""

import argparse
import datetime as dt
import json
import os
import random
import re

# --- Vocabulary. Every tuple is (kk, ru, en) unless its comment says otherwise. -------------

# Cities: (kk, ru, en, country, lat, lon).
CITIES = [
    ("Алматы", "Алматы", "Almaty", "KZ", 43.238, 76.889),
    ("Астана", "Астана", "Astana", "KZ", 51.169, 71.449),
    ("Шымкент", "Шымкент", "Shymkent", "KZ", 42.317, 69.596),
    ("Қарағанды", "Караганда", "Karaganda", "KZ", 49.806, 73.085),
    ("Семей", "Семей", "Semey", "KZ", 50.411, 80.227),
    ("Ақтөбе", "Актобе", "Aktobe", "KZ", 50.283, 57.167),
    ("Өскемен", "Усть-Каменогорск", "Oskemen", "KZ", 49.948, 82.628),
    ("Павлодар", "Павлодар", "Pavlodar", "KZ", 52.287, 76.967),
    ("Тараз", "Тараз", "Taraz", "KZ", 42.900, 71.367),
    ("Атырау", "Атырау", "Atyrau", "KZ", 47.117, 51.883),
    ("Қостанай", "Костанай", "Kostanay", "KZ", 53.214, 63.624),
    ("Қызылорда", "Кызылорда", "Kyzylorda", "KZ", 44.853, 65.509),
    ("Орал", "Уральск", "Oral", "KZ", 51.233, 51.367),
    ("Түркістан", "Туркестан", "Turkistan", "KZ", 43.297, 68.251),
    ("Ақтау", "Актау", "Aktau", "KZ", 43.651, 51.158),
    ("Петропавл", "Петропавловск", "Petropavl", "KZ", 54.875, 69.162),
    ("Көкшетау", "Кокшетау", "Kokshetau", "KZ", 53.285, 69.397),
    ("Талдықорған", "Талдыкорган", "Taldykorgan", "KZ", 45.017, 78.373),
    ("Бішкек", "Бишкек", "Bishkek", "KG", 42.875, 74.590),
    ("Ош", "Ош", "Osh", "KG", 40.513, 72.816),
    ("Жалал-Абад", "Джалал-Абад", "Jalal-Abad", "KG", 40.933, 73.000),
    ("Қарақол", "Каракол", "Karakol", "KG", 42.491, 78.393),
    ("Нарын", "Нарын", "Naryn", "KG", 41.428, 75.991),
    ("Талас", "Талас", "Talas", "KG", 42.522, 72.243),
    ("Ташкент", "Ташкент", "Tashkent", "UZ", 41.299, 69.240),
    ("Үрімші", "Урумчи", "Urumqi", "CN", 43.825, 87.617),
    ("Сиань", "Сиань", "Xi'an", "CN", 34.341, 108.940),
    ("Бейжің", "Пекин", "Beijing", "CN", 39.904, 116.407),
    ("Мәскеу", "Москва", "Moscow", "RU", 55.756, 37.617),
    ("Новосібір", "Новосибирск", "Novosibirsk", "RU", 55.030, 82.920),
    ("Омбы", "Омск", "Omsk", "RU", 54.989, 73.368),
    ("Берлин", "Берлин", "Berlin", "DE", 52.520, 13.405),
    ("Висмар", "Висмар", "Wismar", "DE", 53.891, 11.465),
    ("Анкара", "Анкара", "Ankara", "TR", 39.934, 32.860),
    ("Ыстамбұл", "Стамбул", "Istanbul", "TR", 41.008, 28.978),
    ("Баку", "Баку", "Baku", "AZ", 40.409, 49.867),
    ("Сеул", "Сеул", "Seoul", "KR", 37.566, 126.978),
    ("Филадельфия", "Филадельфия", "Philadelphia", "US", 39.953, -75.165),
]
# Most partners are at home: Kazakhstan and Kyrgyzstan weigh most.
COUNTRY_WEIGHT = {"KZ": 6, "KG": 3}

# Working languages offered by country (ISO 639-1).
LANGUAGES = {
    "KZ": ["kk", "ru", "en"], "KG": ["ky", "ru", "en"], "UZ": ["uz", "ru"], "CN": ["zh", "en"],
    "RU": ["ru", "en"], "DE": ["de", "en"], "TR": ["tr", "en"], "AZ": ["az", "ru"],
    "KR": ["ko", "en"], "US": ["en"],
}
# Top-level domains and stipend currencies: (kk, ru, en).
TLD = {"KZ": "kz", "KG": "kg", "UZ": "uz", "CN": "cn", "RU": "ru", "DE": "de", "TR": "com.tr",
       "AZ": "az", "KR": "kr", "US": "edu"}
CURRENCY = {
    "KZ": ("теңге", "тенге", "KZT"), "KG": ("сом", "сом", "KGS"), "UZ": ("сум", "сумов", "UZS"),
    "CN": ("юань", "юаней", "CNY"), "RU": ("рубль", "рублей", "RUB"), "DE": ("еуро", "евро", "EUR"),
    "TR": ("лира", "лир", "TRY"), "AZ": ("манат", "манатов", "AZN"), "KR": ("вон", "вон", "KRW"),
    "US": ("доллар", "долларов", "USD"),
}

# Monthly stipends in local money (others: in their currency, a few hundred).
STIPENDS = {
    "KZ": [60_000, 80_000, 100_000, 120_000, 150_000, 200_000], "KG": [10_000, 15_000, 20_000, 30_000],
    "UZ": [1_500_000, 2_000_000, 3_000_000], "KR": [800_000, 1_000_000, 1_500_000], "RU": [20_000, 30_000, 40_000],
    "CN": [3_000, 4_000, 5_000], "TR": [15_000, 20_000, 25_000],
}

# Subject fields: (tag, kk, ru nominative, ru genitive, en).
FIELDS = [
    ("law", "Құқық", "Право", "права", "Law"),
    ("pedagogy", "Педагогика", "Педагогика", "педагогики", "Pedagogy"),
    ("engineering", "Инженерия", "Инженерия", "инженерии", "Engineering"),
    ("it", "Ақпараттық технологиялар", "Информационные технологии", "информационных технологий", "Information technology"),
    ("economics", "Экономика", "Экономика", "экономики", "Economics"),
    ("medicine", "Медицина", "Медицина", "медицины", "Medicine"),
    ("agriculture", "Ауыл шаруашылығы", "Сельское хозяйство", "сельского хозяйства", "Agriculture"),
    ("ecology", "Экология", "Экология", "экологии", "Ecology"),
    ("journalism", "Журналистика", "Журналистика", "журналистики", "Journalism"),
    ("tourism", "Туризм", "Туризм", "туризма", "Tourism"),
    ("chemistry", "Химия", "Химия", "химии", "Chemistry"),
    ("physics", "Физика", "Физика", "физики", "Physics"),
    ("mathematics", "Математика", "Математика", "математики", "Mathematics"),
    ("linguistics", "Тіл білімі", "Лингвистика", "лингвистики", "Linguistics"),
    ("international-relations", "Халықаралық қатынастар", "Международные отношения", "международных отношений", "International relations"),
    ("architecture", "Сәулет", "Архитектура", "архитектуры", "Architecture"),
    ("energy", "Энергетика", "Энергетика", "энергетики", "Energy"),
    ("logistics", "Логистика", "Логистика", "логистики", "Logistics"),
    ("finance", "Қаржы", "Финансы", "финансов", "Finance"),
    ("psychology", "Психология", "Психология", "психологии", "Psychology"),
    ("mining", "Тау-кен ісі", "Горное дело", "горного дела", "Mining"),
    ("criminology", "Криминология", "Криминология", "криминологии", "Criminology"),
]

# People universities are named after: (kk, ru genitive, en).
PEOPLE = [
    ("Әл-Фараби", "аль-Фараби", "Al-Farabi"), ("Абай", "Абая", "Abai"), ("Шәкәрім", "Шакарима", "Shakarim"),
    ("Л.Н. Гумилев", "Л.Н. Гумилёва", "L.N. Gumilyov"), ("Қ. Сәтбаев", "К. Сатпаева", "K. Satbayev"),
    ("М. Әуезов", "М. Ауэзова", "M. Auezov"), ("Ш. Уәлиханов", "Ш. Уалиханова", "Sh. Ualikhanov"),
    ("Ж. Баласағұн", "Ж. Баласагына", "Zh. Balasagyn"), ("И. Арабаев", "И. Арабаева", "I. Arabaev"),
    ("Қ. Тыныстанов", "К. Тыныстанова", "K. Tynystanov"), ("Ш. Айтматов", "Ч. Айтматова", "Ch. Aitmatov"),
    ("С. Сейфуллин", "С. Сейфуллина", "S. Seifullin"), ("А. Байтұрсынұлы", "А. Байтурсынова", "A. Baitursynuly"),
    ("Қорқыт Ата", "Коркыт Ата", "Korkyt Ata"), ("М. Қозыбаев", "М. Козыбаева", "M. Kozybayev"),
    ("Қ. Жұбанов", "К. Жубанова", "K. Zhubanov"),
]

# Company and foundation names (kk, ru, en).
BRANDS = [
    ("Алтын Дала", "Алтын Дала", "Altyn Dala"), ("Жасыл Ел", "Жасыл Ел", "Zhasyl El"),
    ("Көктем", "Коктем", "Koktem"), ("Сапа Құрылыс", "Сапа Курылыс", "Sapa Qurylys"),
    ("Тау Кен Металл", "Тау Кен Металл", "Tau Ken Metal"), ("Ақ Жол", "Ак Жол", "Ak Zhol"),
    ("Нұр Энерго", "Нур Энерго", "Nur Energo"), ("Дала Агро", "Дала Агро", "Dala Agro"),
    ("Шығыс Логистика", "Шыгыс Логистика", "Shygys Logistics"), ("Алатау Софт", "Алатау Софт", "Alatau Soft"),
    ("Ала-Тоо Телеком", "Ала-Тоо Телеком", "Ala-Too Telecom"), ("Ыстықкөл Тур", "Иссык-Куль Тур", "Issyk-Kul Tour"),
    ("Бәйтерек Қаржы", "Байтерек Финанс", "Baiterek Finance"), ("Арна Медиа", "Арна Медиа", "Arna Media"),
    ("Тұран Фарм", "Туран Фарм", "Turan Pharm"), ("Ертіс Су", "Ертис Су", "Ertis Su"),
    ("Қазына Дата", "Казына Дата", "Kazyna Data"), ("Сарыарқа Машина", "Сарыарка Машина", "Saryarka Mashina"),
]
FOUNDATIONS = [
    ("Болашақ", "Болашак", "Bolashak"), ("Жастар", "Жастар", "Zhastar"), ("Мейірім", "Мейирим", "Meyirim"),
    ("Білім", "Билим", "Bilim"), ("Таза Табиғат", "Таза Табигат", "Taza Tabigat"), ("Ұлағат", "Улагат", "Ulagat"),
    ("Кітап әлемі", "Мир книги", "World of Books"), ("Жас ғалымдар", "Молодые учёные", "Young Scientists"),
]
# Regions with state bodies: (kk genitive, ru genitive, en, city in CITIES by English name).
REGIONS = [
    ("Абай облысының", "области Абай", "Abai Region", "Semey"),
    ("Алматы облысының", "Алматинской области", "Almaty Region", "Taldykorgan"),
    ("Қарағанды облысының", "Карагандинской области", "Karaganda Region", "Karaganda"),
    ("Түркістан облысының", "Туркестанской области", "Turkistan Region", "Turkistan"),
    ("Шығыс Қазақстан облысының", "Восточно-Казахстанской области", "East Kazakhstan Region", "Oskemen"),
    ("Павлодар облысының", "Павлодарской области", "Pavlodar Region", "Pavlodar"),
    ("Алматы қаласының", "города Алматы", "Almaty City", "Almaty"),
    ("Астана қаласының", "города Астаны", "Astana City", "Astana"),
    ("Шымкент қаласының", "города Шымкента", "Shymkent City", "Shymkent"),
    ("Ош облысының", "Ошской области", "Osh Region", "Osh"),
    ("Шу облысының", "Чуйской области", "Chui Region", "Bishkek"),
    ("Ыстықкөл облысының", "Иссык-Кульской области", "Issyk-Kul Region", "Karakol"),
    ("Нарын облысының", "Нарынской области", "Naryn Region", "Naryn"),
]
DEPARTMENTS = [  # (kk, ru, en)
    ("білім басқармасы", "Управление образования", "Department of Education"),
    ("денсаулық сақтау басқармасы", "Управление здравоохранения", "Health Department"),
    ("жұмыспен қамтуды үйлестіру басқармасы", "Управление координации занятости", "Employment Department"),
    ("цифрландыру басқармасы", "Управление цифровизации", "Digitalisation Department"),
    ("табиғи ресурстар басқармасы", "Управление природных ресурсов", "Natural Resources Department"),
    ("туризм басқармасы", "Управление туризма", "Tourism Department"),
]
KIND_PHRASE = {  # what the partner is, for its description: (kk, ru, en)
    "university": ("университет", "Университет", "A university"),
    "college": ("колледж", "Колледж", "A college"),
    "school": ("мектеп", "Школа", "A school"),
    "enterprise": ("кәсіпорын", "Предприятие", "A company"),
    "government": ("мемлекеттік орган", "Государственный орган", "A state body"),
    "ngo": ("қоғамдық ұйым", "Общественная организация", "A non-governmental organisation"),
    "research": ("ғылыми орталық", "Научный центр", "A research centre"),
}
AGREEMENT_TITLES = {
    "memorandum": ("Ынтымақтастық туралы меморандум", "Меморандум о сотрудничестве", "Memorandum of cooperation"),
    "double-degree": ("Қос диплом туралы келісім", "Соглашение о двойном дипломе", "Double-degree agreement"),
    "academic-mobility": ("Академиялық ұтқырлық туралы келісім", "Соглашение об академической мобильности", "Academic mobility agreement"),
    "internships": ("Студенттердің тағылымдамасы туралы шарт", "Договор о стажировках студентов", "Agreement on student internships"),
    "research": ("Бірлескен зерттеулер туралы келісім", "Соглашение о совместных исследованиях", "Joint research agreement"),
    "teacher-training": ("Педагогтердің біліктілігін арттыру туралы шарт", "Договор о повышении квалификации педагогов", "Teacher training agreement"),
    "employment": ("Түлектерді жұмысқа орналастыру туралы шарт", "Договор о трудоустройстве выпускников", "Graduate employment agreement"),
}
# Networks: (code, kk, ru, en).
NETWORKS = [
    ("sco-university", "ШЫҰ университеті", "Университет ШОС", "SCO University"),
    ("new-silk-road-universities", "Жаңа Жібек жолы университеттерінің альянсы", "Альянс университетов Нового Шёлкового пути", "Alliance of New Silk Road Universities"),
    ("un-academic-impact", "БҰҰ-ның «Академиялық ықпал» бағдарламасы", "Программа ООН «Академическое влияние»", "UN Academic Impact"),
    ("sco-law-schools", "ШЫҰ елдерінің заң мектептері қауымдастығы", "Ассоциация юридических вузов стран ШОС", "Association of Law Schools of the SCO countries"),
    ("eurasian-universities", "Еуразиялық университеттер қауымдастығы", "Евразийская ассоциация университетов", "Eurasian Association of Universities"),
]

ROLES = [  # (kk, ru, en)
    ("Тағылымдамашы", "Стажёр", "Intern"),
    ("Ғылыми ассистент", "Научный ассистент", "Research assistant"),
    ("Кіші талдаушы", "Младший аналитик", "Junior analyst"),
    ("Инженер көмекшісі", "Помощник инженера", "Assistant engineer"),
    ("Оқытушы ассистенті", "Ассистент преподавателя", "Teaching assistant"),
    ("Жоба ассистенті", "Ассистент проекта", "Project assistant"),
    ("Зертханашы", "Лаборант", "Laboratory assistant"),
    ("Тағылымдамашы маман", "Специалист-стажёр", "Trainee specialist"),
    ("Заңгер көмекшісі", "Помощник юриста", "Legal assistant"),
    ("Деректер талдаушысы", "Аналитик данных", "Data analyst"),
]
TASKS = [  # bullet points of an internship description
    ("аналитикалық шолулар мен есептерді дайындауға көмектеседі", "помогают готовить аналитические обзоры и отчёты", "help prepare analytical reviews and reports"),
    ("ғылыми семинарлар мен дөңгелек үстелдерге қатысады", "участвуют в научных семинарах и круглых столах", "take part in research seminars and round tables"),
    ("тәлімгердің басшылығымен деректер мен құжаттармен жұмыс істейді", "работают с данными и документами под руководством наставника", "work with data and documents under a mentor's supervision"),
    ("өндірістік алаңдар мен зертханаларға барады", "посещают производственные площадки и лаборатории", "visit production sites and laboratories"),
    ("қорытынды есеп дайындап, оны командаға таныстырады", "готовят итоговый отчёт и представляют его команде", "prepare a final report and present it to the team"),
    ("сабақтар мен сыныптан тыс жұмыстарда мұғалімдерге көмектеседі", "помогают учителям на уроках и во внеклассной работе", "assist teachers in lessons and extracurricular activities"),
    ("конференциялар мен ашық іс-шараларды ұйымдастыруға көмектеседі", "помогают организовывать конференции и открытые мероприятия", "help organise conferences and public events"),
    ("бағдарламалық жасақтаманы тестілеп, нәтижелерін сипаттайды", "тестируют программное обеспечение и описывают результаты", "test software and write up the results"),
    ("далалық сынамаларды жинап, өлшемдерді өңдейді", "собирают полевые пробы и обрабатывают измерения", "collect field samples and process measurements"),
    ("жұмыс материалдарын аударып, өңдейді", "переводят и редактируют рабочие материалы", "translate and edit working materials"),
]
CLOSINGS = [
    ("Тағылымдама соңында қабылдаушы ұйымның сертификаты беріледі.", "По итогам стажировки выдаётся сертификат принимающей организации.", "Interns receive a certificate from the host organisation at the end."),
    ("Үздік тағылымдамашыларға жұмысқа орналасу ұсынылады.", "Лучшим стажёрам предлагают трудоустройство.", "The best interns are offered a job."),
    ("Сұраныс бойынша жатақханадан орын беріледі.", "По запросу предоставляется место в общежитии.", "A place in a dormitory is available on request."),
    ("Өтінімдер түскен ретімен қаралады.", "Заявки рассматриваются в порядке поступления.", "Applications are reviewed in the order they arrive."),
]
ELIGIBILITY = [
    ("Бакалавриаттың 3–4 курс студенттері", "Студенты 3–4 курсов бакалавриата", "3rd–4th year bachelor's students"),
    ("Магистранттар мен соңғы жылғы түлектер", "Магистранты и выпускники последнего года", "Master's students and recent graduates"),
    ("B1 деңгейінде ағылшын тілін білетін серіктес университеттердің студенттері", "Студенты вузов-партнёров с английским на уровне B1", "Students of partner universities with B1 English"),
    ("Техникалық мамандықтардағы колледж студенттері", "Студенты колледжей технических специальностей", "College students of technical specialities"),
]
PROGRAM_KINDS = {  # kind: (kk, ru, en)
    "double-degree": ("қос диплом бағдарламасы", "программа двойного диплома", "double-degree programme"),
    "joint-degree": ("бірлескен диплом бағдарламасы", "программа совместного диплома", "joint-degree programme"),
    "exchange": ("студент алмасу бағдарламасы", "программа студенческого обмена", "student exchange"),
    "dual-vocational": ("дуалды кәсіптік оқыту", "дуальное профессиональное обучение", "dual vocational training"),
    "teacher-training": ("педагогтердің біліктілігін арттыру курсы", "курс повышения квалификации педагогов", "teacher training course"),
    "summer-school": ("жазғы мектеп", "летняя школа", "summer school"),
    "research": ("бірлескен зерттеу бағдарламасы", "программа совместных исследований", "joint research programme"),
}
NEWS_SENTENCES = [
    ("Тараптар студенттер мен оқытушылар алмасуға және бірлескен іс-шаралар өткізуге келісті.", "Стороны договорились об обмене студентами и преподавателями и о проведении совместных мероприятий.", "The parties agreed to exchange students and teachers and to hold joint events."),
    ("Студенттер серіктесте тағылымдамадан және практикадан өте алады.", "Студенты смогут проходить стажировки и практику у партнёра.", "Students will be able to take internships and practice placements at the partner."),
    ("Кездесуде бірлескен ғылыми жобалар мен гранттық өтінімдер талқыланды.", "На встрече обсудили совместные научные проекты и заявки на гранты.", "The meeting discussed joint research projects and grant applications."),
    ("Жұмыс берушілердің өкілдері түлектерге қандай дағдылар көбірек қажет екенін айтты.", "Представители работодателей рассказали, какие навыки больше всего нужны выпускникам.", "Employers' representatives spoke about the skills graduates need most."),
    ("Жұмыс тобының келесі отырысы көктемге жоспарланған.", "Следующее заседание рабочей группы запланировано на весну.", "The next meeting of the working group is planned for the spring."),
    ("Серіктес мектептердің мұғалімдері университетте біліктілікті арттыру курстарынан өтеді.", "Учителя школ-партнёров пройдут курсы повышения квалификации в университете.", "Teachers of the partner schools will take advanced training courses at the university."),
]
NEWS_TAGS = ["memorandum", "internships", "mobility", "research", "employment", "conference", "teacher-training"]


# Internship descriptions, by position in (kk, ru, en): an opening line, the tasks, a closing line.
INTRO = (
    "«{field}» бағытындағы студенттерге арналған тағылымдама. Қабылдаушы ұйым — {host}.",
    "Стажировка для студентов направления «{field}». Принимающая организация — {host}.",
    "An internship for students of {field}. The host is {host}.",
)
INTERNS = ("Тағылымдамашылар:", "Стажёры:", "Interns:")


def internship_description(i, field, host_name, tasks, closing):
    """Markdown in language `i` (0 kk, 1 ru, 2 en), shaped like the bundled descriptions."""
    lang = ("kk", "ru", "en")[i]
    field_name = (field[1], field[2], field[4].lower())[i]
    bullets = ";\n".join(f"- {t[i]}" for t in tasks) + "."
    return f"{INTRO[i].format(field=field_name, host=host_name[lang])}\n\n{INTERNS[i]}\n\n{bullets}\n\n{closing[i]}"


def text(kk, ru, en):
    """A Text object in the portal's three languages."""
    return {"kk": kk, "ru": ru, "en": en}


def slug(words, limit=50):
    """A slug of at most `limit` characters cut at a word boundary (ids add `-N` after it)."""
    s = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0]
    return s or "item"


def initials(name):
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z'-]*", name) if w[0].isupper())


def iso(day):
    return day.isoformat()


class Generator:
    def __init__(self, seed, today):
        self.rng = random.Random(seed)
        self.today = today
        self.by_english_city = {c[2]: c for c in CITIES}
        weights = [COUNTRY_WEIGHT.get(c[3], 1) for c in CITIES]
        self.city_weights = weights

    def pick_city(self, countries=None):
        pool = [(c, w) for c, w in zip(CITIES, self.city_weights) if countries is None or c[3] in countries]
        return self.rng.choices([c for c, _ in pool], [w for _, w in pool])[0]

    def day(self, offset_days):
        return self.today + dt.timedelta(days=offset_days)

    # -- partners --------------------------------------------------------------------------
    def partner_name(self, kind, city):
        r = self.rng
        kk_c, ru_c, en_c = city[0], city[1], city[2]
        _, f_kk, _, f_gen, f_en = r.choice(FIELDS)
        if kind == "university":
            if city[3] in ("KZ", "KG") and r.random() < 0.6:
                p_kk, p_ru, p_en = r.choice(PEOPLE)
                return text(f"{p_kk} атындағы {f_kk.lower()} университеті", f"Университет {f_gen} имени {p_ru}", f"{p_en} University of {f_en}")
            return text(f"{kk_c} {f_kk.lower()} университеті", f"Университет {f_gen} города {ru_c}", f"{en_c} University of {f_en}")
        if kind == "college":
            return text(f"{kk_c} {f_kk.lower()} колледжі", f"Колледж {f_gen} города {ru_c}", f"{en_c} College of {f_en}")
        if kind == "school":
            n = r.randint(1, 180)
            return text(f"{kk_c} қаласының № {n} мектеп-лицейі", f"Школа-лицей № {n} города {ru_c}", f"School-Lyceum No. {n}, {en_c}")
        if kind == "enterprise":
            b_kk, b_ru, b_en = r.choice(BRANDS)
            form = {"KZ": ("ЖШС", "ТОО", "LLP"), "KG": ("ЖЧК", "ОсОО", "LLC")}.get(city[3], ("компаниясы", "Компания", "Ltd"))
            return text(f"«{b_kk} {kk_c}» {form[0]}", f"{form[1]} «{b_ru} {ru_c}»", f"{b_en} {en_c} {form[2]}")
        if kind == "ngo":
            b_kk, b_ru, b_en = r.choice(FOUNDATIONS)
            return text(f"{kk_c} «{b_kk}» қоғамдық қоры", f"Общественный фонд «{b_ru}» города {ru_c}", f"{b_en} Public Foundation, {en_c}")
        if kind == "research":
            return text(f"{kk_c} {f_kk.lower()} ғылыми-зерттеу институты", f"Научно-исследовательский институт {f_gen} города {ru_c}", f"{en_c} Research Institute of {f_en}")
        raise ValueError(kind)

    def partners(self, count):
        r = self.rng
        items = []
        kinds = ["university", "college", "school", "enterprise", "government", "ngo", "research"]
        kind_weights = [30, 12, 10, 25, 8, 7, 8]
        for n in range(1, count + 1):
            kind = r.choices(kinds, kind_weights)[0]
            if kind == "government":
                reg_kk, reg_ru, reg_en, city_en = r.choice(REGIONS)
                d_kk, d_ru, d_en = r.choice(DEPARTMENTS)
                city = self.by_english_city[city_en]
                name = text(f"{reg_kk} {d_kk}", f"{d_ru} {reg_ru}", f"{reg_en} {d_en}")
            else:
                # Schools, colleges and foundations are local; the others may be abroad.
                home = ("KZ", "KG") if kind in ("school", "college", "ngo") else None
                city = self.pick_city(home)
                name = self.partner_name(kind, city)
            pid = f"{slug(name['en'])}-{n}"
            short = f"{initials(name['en'])}-{n}" if kind in ("university", "college", "research") else None
            site_host = f"{slug(short or name['en'], 30)}.{TLD[city[3]]}"
            fields = r.sample(FIELDS, 2)
            kp = KIND_PHRASE[kind]
            item = {
                "id": pid,
                "name": name,
                **({"short_name": short} if short else {}),
                "kind": kind,
                "country": city[3],
                "city": text(city[0], city[1], city[2]),
                "location": {"lat": round(city[4] + r.uniform(-0.05, 0.05), 4), "lon": round(city[5] + r.uniform(-0.05, 0.05), 4)},
                "website": f"https://www.{site_host}",
                "description": text(
                    f"{city[0]} қаласындағы {kp[0]}. Қазақстан мен Қырғызстан университеттерімен {fields[0][1].lower()} және {fields[1][1].lower()} салаларында ынтымақтасады.\n\n{r.choice(NEWS_SENTENCES)[0]}",
                    f"{kp[1]} в городе {city[1]}. Сотрудничает с университетами Казахстана и Кыргызстана в области {fields[0][3]} и {fields[1][3]}.\n\n{r.choice(NEWS_SENTENCES)[1]}",
                    f"{kp[2]} in {city[2]}. It works with universities of Kazakhstan and Kyrgyzstan in {fields[0][4].lower()} and {fields[1][4].lower()}.\n\n{r.choice(NEWS_SENTENCES)[2]}",
                ),
            }
            agreements = []
            for _ in range(r.randint(0, 3)):
                a_kind = r.choice(list(AGREEMENT_TITLES))
                signed = self.day(-r.randint(30, 3650))
                agreement = {"kind": a_kind, "title": text(*AGREEMENT_TITLES[a_kind]), "signed": iso(signed)}
                if r.random() < 0.8:  # some have passed their end date: shown as expired
                    agreement["expires"] = iso(signed + dt.timedelta(days=365 * r.randint(1, 5) - 1))
                agreements.append(agreement)
            if agreements:
                item["agreements"] = agreements
            if kind == "university" and r.random() < 0.4:
                item["networks"] = [n[0] for n in r.sample(NETWORKS, r.randint(1, 2))]
            items.append(item)
        return items

    # -- internships -----------------------------------------------------------------------
    def internships(self, count, partners):
        r = self.rng
        items = []
        for n in range(1, count + 1):
            host = r.choice(partners)
            country = host["country"]
            role = r.choice(ROLES)
            fields = r.sample(FIELDS, r.choice([1, 1, 2, 3]))
            main = fields[0]
            host_name = host["name"]
            # Deadlines from three months ago to five months ahead: about 60% are open today.
            deadline = self.day(r.randint(-90, 150))
            posted = min(self.day(-r.randint(0, 45)), deadline - dt.timedelta(days=r.randint(7, 60)))
            tasks = r.sample(TASKS, 3)
            closing = r.choice(CLOSINGS)
            description = text(*(internship_description(i, main, host_name, tasks, closing) for i in range(3)))
            langs = LANGUAGES[country]
            item = {
                "id": f"{slug(role[2])}-{main[0]}-{n}",
                "title": text(
                    f"{host_name['kk']}: «{main[1]}» бағыты бойынша {role[0].lower()}",
                    f"{role[1]} по направлению «{main[2]}»: {host_name['ru']}",
                    f"{role[2]} in {main[4].lower()} at {host_name['en']}",
                ),
                "host": host["id"],
                "city": host["city"],
                "country": country,
                "mode": r.choices(["onsite", "remote", "hybrid"], [6, 2, 2])[0],
                "fields": [f[0] for f in fields],
                "description": description,
                "posted": iso(posted),
                "deadline": iso(deadline),
            }
            if r.random() < 0.8:
                item["starts"] = iso(deadline + dt.timedelta(days=r.randint(7, 60)))
            if r.random() < 0.8:
                item["duration_weeks"] = r.choice([2, 4, 6, 8, 12, 16, 24])
            item["paid"] = r.random() < 0.45
            if item["paid"]:
                amount = r.choice(STIPENDS.get(country, [300, 500, 600, 800, 1000]))
                shown = f"{amount:,}".replace(",", " ")
                cur = CURRENCY[country]
                item["stipend"] = text(f"{shown} {cur[0]} / ай", f"{shown} {cur[1]} / месяц", f"{shown} {cur[2]} / month")
            item["languages"] = r.sample(langs, r.randint(1, len(langs)))
            if r.random() < 0.7:
                item["eligibility"] = text(*r.choice(ELIGIBILITY))
            if r.random() < 0.7:
                item["spots"] = r.randint(1, 20)
            item["apply"] = f"{host['website']}/internships/{item['id']}" if r.random() < 0.9 else f"mailto:practice@{host['website'][12:]}"
            items.append(item)
        return items

    # -- programs --------------------------------------------------------------------------
    def programs(self, count, partners):
        r = self.rng
        schools = [p for p in partners if p["kind"] in ("university", "college", "research")] or partners
        items = []
        for n in range(1, count + 1):
            kind = r.choice(list(PROGRAM_KINDS))
            level = {"dual-vocational": "vocational", "teacher-training": "professional"}.get(kind) or r.choice(["bachelor", "master", "master", "phd"])
            members = r.sample(schools, r.randint(1, 3))
            field = r.choice(FIELDS)
            names = lambda lang: ", ".join(m.get("short_name") or m["name"][lang] for m in members)
            k = PROGRAM_KINDS[kind]
            item = {
                "id": f"{field[0]}-{kind}-{n}",
                "title": text(f"{field[1]}: {names('kk')} — {k[0]}", f"{field[2]}: {k[1]} ({names('ru')})", f"{field[4]}: {k[2]} of {names('en')}"),
                "kind": kind,
                "level": level,
                "partners": [m["id"] for m in members],
                "field": field[0],
                "languages": sorted({lang for m in members for lang in r.sample(LANGUAGES[m["country"]], 1)} | {"ru"}),
                "duration_months": r.choice([1, 3, 6, 12, 24, 48]),
                "description": text(
                    f"«{field[1]}» бағыты бойынша {k[0]}. {r.choice(NEWS_SENTENCES)[0]}\n\nОқу жоспарын серіктес ұйымдар жариялайды.",
                    f"{k[1].capitalize()} по направлению «{field[2]}». {r.choice(NEWS_SENTENCES)[1]}\n\nУчебный план публикуют партнёры программы.",
                    f"A {k[2]} in {field[4].lower()}. {r.choice(NEWS_SENTENCES)[2]}\n\nThe partners publish the study plan.",
                ),
            }
            if r.random() < 0.7:
                item["deadline"] = iso(self.day(r.randint(-60, 300)))
            if r.random() < 0.8:
                item["apply"] = f"{members[0]['website']}/programs/{item['id']}"
            items.append(item)
        return items

    # -- news ------------------------------------------------------------------------------
    def news(self, count, partners):
        r = self.rng
        items = []
        for n in range(1, count + 1):
            # Every partner is named by some item (the check warns about partners nothing
            # refers to): news items go round all of them, each with a random second one.
            a = partners[(n - 1) % len(partners)]
            b = r.choice([p for p in partners if p is not a])
            field = r.choice(FIELDS)
            spots = r.randint(3, 40)
            kind = r.randrange(4)
            an, bn = a["name"], b["name"]
            if kind == 0:
                title = text(f"{an['kk']} және {bn['kk']} ынтымақтастық туралы меморандумға қол қойды", f"{an['ru']} и {bn['ru']} подписали меморандум о сотрудничестве", f"{an['en']} and {bn['en']} sign a memorandum of cooperation")
                tags = ["memorandum"]
            elif kind == 1:
                title = text(f"{an['kk']} «{field[1]}» бағыты бойынша {spots} тағылымдама орнын ашты", f"{an['ru']}: {spots} мест для стажировки по направлению «{field[2]}»", f"{an['en']} opens {spots} internship places in {field[4].lower()}")
                tags = ["internships"]
            elif kind == 2:
                title = text(f"{an['kk']} делегациясы {b['city']['kk']} қаласындағы серіктестерге барды", f"Делегация: {an['ru']} — визит к партнёрам в городе {b['city']['ru']}", f"A delegation of {an['en']} visits partners in {b['city']['en']}")
                tags = ["mobility"]
            else:
                title = text(f"{an['kk']} «{field[1]}» бағыты бойынша конференция өткізді", f"{an['ru']}: конференция по направлению «{field[2]}»", f"{an['en']} hosts a conference on {field[4].lower()}")
                tags = ["conference"]
            tags += r.sample([t for t in NEWS_TAGS if t not in tags], r.randint(0, 2))
            lead, *more = r.sample(NEWS_SENTENCES, 4)
            item = {
                "id": f"{slug(title['en'])}-{n}",
                "date": iso(self.day(-r.randint(0, 1500))),
                "title": title,
                "summary": text(*lead),
                "body": text(*[f"{lead[i]}\n\n{more[0][i]} {more[1][i]}\n\n- {more[2][i]}" for i in range(3)]),
                "partners": [a["id"], b["id"]],
                "tags": tags,
            }
            if r.random() < 0.5:
                item["source"] = f"{a['website']}/news/{item['id']}"
            items.append(item)
        items.sort(key=lambda i: i["date"], reverse=True)  # the contract says newest first
        return items


def write(folder, name, items, today):
    # The same top-level shape as the bundled files, so the project's schemas apply too.
    doc = {"$schema": f"../schema/{name}.schema.json", "updated": iso(today), "items": items}
    path = os.path.join(folder, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    ap.add_argument("--partners", type=int, default=2000)
    ap.add_argument("--internships", type=int, default=10000)
    ap.add_argument("--programs", type=int, default=1000)
    ap.add_argument("--news", type=int, default=5000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    g = Generator(args.seed, args.today)
    partners = g.partners(args.partners)
    sets = {
        "partners": partners,
        "internships": g.internships(args.internships, partners),
        "programs": g.programs(args.programs, partners),
        "news": g.news(args.news, partners),
    }
    for name, items in sets.items():
        path = write(args.out, name, items, args.today)
        print(f"{path}: {len(items)} items, {os.path.getsize(path):,} bytes")
    print(f"{write_site(args.out, partners, args.today)}: the owner, members and vocabularies")


def write_site(folder, partners, today):
    """site.json: the first universities are the network's members, the first of them its owner."""
    members = [p["id"] for p in partners if p["kind"] == "university"][:4]
    doc = {
        "$schema": "../schema/site.schema.json",
        "updated": iso(today),
        "owner": {
            "name": text("Серіктестік бөлімі", "Отдел партнёрства", "Partnership office"),
            "member": members[0],
            "contact": "mailto:partners@example.org",
        },
        "members": members,
        "fields": [{"id": f[0], "label": text(f[1], f[2], f[4])} for f in FIELDS],
        "networks": [{"id": n[0], "label": text(n[1], n[2], n[3])} for n in NETWORKS],
    }
    path = os.path.join(folder, "site.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


if __name__ == "__main__":
    main()
