"""Polish translations of the demo home page and safeguarding pages."""

_ASCD_NAME = "Adult Social Care Direct (opieka społeczna dla dorosłych)"
_ASCD_HOURS = (
    "Od poniedziałku do czwartku, do 17:00\n"
    "W piątek, do 16:30\n"
    "W innych godzinach prosimy dzwonić do Emergency Out of Hours (pomoc w nagłych sprawach "
    "poza godzinami pracy) pod numer 024 7683 2222"
)
_WARNING_999 = (
    "Jeśli Państwu lub komuś innemu grozi bezpośrednie niebezpieczeństwo, prosimy dzwonić "
    "pod numer 999."
)


def _ascd_contact():
    return {
        "name": _ASCD_NAME,
        "phone": "024 7683 3003",
        "email": "ascdirect@coventry.gov.uk",
        "text_relay": "18001 024 7683 3003",
        "opening_hours": _ASCD_HOURS,
        "address": "",
    }


HOME = {
    "title": "Informacje o opiece społecznej dla dorosłych",
    "introduction": (
        "Jasne informacje o tym, jak zachować bezpieczeństwo, podejmować decyzje, uzyskać pomoc, "
        "aby wyrazić swoje zdanie, złożyć skargę i płacić za opiekę. Jeśli potrzebują Państwo "
        "pomocy teraz, prosimy zadzwonić do Adult Social Care Direct (opieka społeczna dla "
        "dorosłych) pod numer 024 7683 3003."
    ),
    "urgent_help_heading": "Pilna pomoc",
    "urgent_help_text": (
        "<p>Jeśli Państwu lub komuś innemu grozi bezpośrednie niebezpieczeństwo, prosimy dzwonić "
        "pod numer <b>999</b>.</p>"
        "<p>Jeśli uważają Państwo, że osoba dorosła doznaje przemocy lub zaniedbania, prosimy "
        "zadzwonić do Adult Social Care Direct pod numer <b>024 7683 3003</b>. Poza godzinami "
        "pracy biura prosimy dzwonić pod numer <b>024 7683 2222</b>.</p>"
    ),
    "key_contacts": [
        {
            "name": _ASCD_NAME,
            "phone": "024 7683 3003",
            "email": "ascdirect@coventry.gov.uk",
            "text_relay": "18001 024 7683 3003",
            "opening_hours": "Od poniedziałku do czwartku do 17:00\nW piątek do 16:30",
            "address": "",
        },
        {
            "name": "Pomoc w nagłych sprawach poza godzinami pracy (Emergency Out of Hours)",
            "phone": "024 7683 2222",
            "email": "",
            "text_relay": "18001 024 7683 2222",
            "opening_hours": (
                "Po 17:00 od poniedziałku do czwartku, po 16:30 w piątek i przez cały weekend"
            ),
            "address": "",
        },
        {
            "name": (
                "Central Booking Service (centralna rejestracja – usługi zdrowia psychicznego)"
            ),
            "phone": "0300 200 0011",
            "email": "",
            "text_relay": "",
            "opening_hours": "",
            "address": "",
        },
    ],
}

TOPIC = {
    "title": "Ochrona osób dorosłych",
    "introduction": (
        "Ochrona osób dorosłych oznacza współpracę z ludźmi, aby zapobiegać krzywdzie i przemocy, "
        "oraz pomoc w powrocie do równowagi, jeśli do nich dojdzie. Tutaj można się dowiedzieć, "
        "czym jest przemoc, jak ją zgłosić i co dzieje się potem."
    ),
    "pages": {
        "what-is-abuse": {
            "title": "Czym jest przemoc i zaniedbanie",
            "summary": (
                "Przemoc to sytuacja, w której ktoś Państwa krzywdzi lub nie pozwala Państwu żyć "
                "bezpiecznie. Tutaj można poznać 10 rodzajów przemocy i zaniedbania oraz sygnały, "
                "na które warto zwrócić uwagę."
            ),
            "body": [
                ("heading", {"text": "Co oznacza ochrona osób dorosłych", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Każdy ma prawo żyć bezpiecznie, bez przemocy i zaniedbania.</p>"
                        "<p>Ochrona to nasza współpraca z ludźmi, aby nie krzywdzili ich inni, a "
                        "czasem oni sami. Oznacza też pomoc w powrocie do równowagi osobom, które "
                        "doznały przemocy.</p>"
                        "<p>Przemocy może doznać każdy. Niektóre osoby dorosłe są bardziej "
                        "narażone. Są to osoby, które potrzebują opieki i wsparcia z powodu "
                        "wieku, choroby lub niepełnosprawności i nie mogą same się obronić.</p>"
                    ),
                ),
                ("warning", {"text": _WARNING_999}),
                ("heading", {"text": "10 rodzajów przemocy", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ustawa o nazwie Care Act 2014 wymienia 10 rodzajów przemocy i "
                        "zaniedbania. Jedna osoba może doznawać kilku rodzajów przemocy "
                        "jednocześnie.</p>"
                        "<ul>"
                        "<li><b>Przemoc fizyczna</b> - bicie, policzkowanie, popychanie, "
                        "przytrzymywanie kogoś siłą lub celowe podawanie mu niewłaściwych "
                        "leków.</li>"
                        "<li><b>Przemoc domowa</b> - przemoc ze strony partnera, byłego partnera "
                        "lub członka rodziny. Obejmuje także zachowania kontrolujące lub "
                        "zastraszające.</li>"
                        "<li><b>Przemoc seksualna</b> - każda czynność seksualna lub dotyk, na "
                        "które nie wyrazili Państwo zgody albo nie mogli Państwo jej wyrazić.</li>"
                        "<li><b>Przemoc psychiczna lub emocjonalna</b> - groźby, nękanie, "
                        "krzyczenie, obwinianie Państwa lub odcinanie od przyjaciół i "
                        "rodziny.</li>"
                        "<li><b>Przemoc finansowa lub materialna</b> - kradzież, oszustwa lub "
                        "niewłaściwe korzystanie przez kogoś z Państwa pieniędzy, zasiłków albo "
                        "rzeczy. Obejmuje także naciskanie na zmianę testamentu.</li>"
                        "<li><b>Współczesne niewolnictwo</b> - zmuszanie kogoś do pracy za bardzo "
                        "małe pieniądze lub bez zapłaty albo przetrzymywanie kogoś wbrew jego "
                        "woli.</li>"
                        "<li><b>Przemoc na tle dyskryminacji</b> - złe traktowanie Państwa z "
                        "powodu rasy, religii, niepełnosprawności, wieku, płci, orientacji "
                        "seksualnej lub tożsamości płciowej.</li>"
                        "<li><b>Przemoc instytucjonalna</b> - zła opieka w domu opieki, szpitalu "
                        "lub placówce opiekuńczej, często z powodu tego, jak to miejsce jest "
                        "prowadzone.</li>"
                        "<li><b>Zaniedbanie</b> - niezapewnianie komuś potrzebnej opieki, na "
                        "przykład jedzenia, leków, ciepła lub pomocy w utrzymaniu czystości.</li>"
                        "<li><b>Samozaniedbanie</b> - gdy ktoś nie dba o własne zdrowie, higienę "
                        "lub dom. Może to obejmować zbieractwo, czyli gromadzenie bardzo wielu "
                        "rzeczy.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Sygnały, na które warto zwrócić uwagę", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Nie zawsze łatwo poznać, że ktoś doznaje przemocy. Warto zwrócić "
                        "uwagę na:</p>"
                        "<ul>"
                        "<li>siniaki, rany lub oparzenia, których nikt nie potrafi wyjaśnić</li>"
                        "<li>strach, milczenie lub zdenerwowanie przy określonej osobie</li>"
                        "<li>niezapłacone rachunki albo znikające pieniądze i rzeczy</li>"
                        "<li>oznaki głodu, brak higieny lub brudne ubrania</li>"
                        "<li>zakaz przyjmowania gości lub rozmawiania z kimś na osobności</li>"
                        "<li>bardzo zimne, brudne lub zagracone mieszkanie</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Przemoc może zdarzyć się wszędzie: w domu, w domu opieki, w szpitalu, w "
                        "ośrodku dziennym lub w internecie. Często sprawcą jest ktoś, kogo dana "
                        "osoba zna i komu ufa, na przykład krewny, przyjaciel lub płatny opiekun."
                    ),
                ),
                ("heading", {"text": "Jak uzyskać pomoc", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Jeśli martwią się Państwo o siebie lub o kogoś innego, prosimy nam o "
                        "tym powiedzieć. Nie potrzebują Państwo dowodów. To my mamy obowiązek "
                        "sprawdzić sprawę, a nie Państwo.</p>"
                        "<p>Więcej o tym, co robić, można przeczytać na naszej stronie o tym, jak "
                        "zgłosić przemoc. Można też poprosić o informacje w innym języku lub "
                        "formacie, pisząc na adres getinvolvedasc@coventry.gov.uk.</p>"
                    ),
                ),
                ("contact", _ascd_contact()),
                (
                    "related_links",
                    [
                        {
                            "title": (
                                "Katalog usług opieki i wsparcia (Adult Social Care and "
                                "Communities Directory)"
                            ),
                            "url": "https://cid.coventry.gov.uk/",
                        },
                        {
                            "title": "Ustawowe wytyczne dotyczące opieki i wsparcia (GOV.UK)",
                            "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance",
                        },
                        {
                            "title": "Przewodnik po opiece społecznej i wsparciu (NHS)",
                            "url": "https://www.nhs.uk/conditions/social-care-and-support-guide/",
                        },
                    ],
                ),
            ],
        },
        "how-to-report-abuse": {
            "title": "Jak zgłosić przemoc",
            "summary": (
                "Jeśli uważają Państwo, że osoba dorosła doznaje przemocy lub zaniedbania, "
                "prosimy nam o tym powiedzieć. Można do nas zadzwonić lub napisać e-mail albo "
                "poprosić kogoś, aby zrobił to za Państwa. Nie potrzebują Państwo dowodów."
            ),
            "body": [
                ("heading", {"text": "Jeśli ktoś jest teraz w niebezpieczeństwie", "level": "h2"}),
                ("warning", {"text": _WARNING_999}),
                (
                    "paragraph",
                    (
                        "<p>Jeśli doszło do przestępstwa, ale nikomu w tej chwili nie grozi "
                        "niebezpieczeństwo, prosimy zadzwonić na policję pod numer 101.</p>"
                        "<p>Osoby niesłyszące, niedosłyszące lub z zaburzeniami mowy mogą "
                        "skontaktować się z nami przez usługę Relay UK. Przed naszym numerem "
                        "telefonu należy wybrać 18001.</p>"
                    ),
                ),
                ("heading", {"text": "Jak zgłosić nam swoje obawy", "level": "h2"}),
                (
                    "steps",
                    [
                        {
                            "title": "Prosimy upewnić się, że ta osoba jest bezpieczna",
                            "text": (
                                "Jeśli od razu potrzebuje lekarza lub policji, prosimy najpierw "
                                "zadzwonić pod numer 999."
                            ),
                        },
                        {
                            "title": "Prosimy skontaktować się z Adult Social Care Direct",
                            "text": (
                                "Prosimy zadzwonić pod numer 024 7683 3003 lub napisać na adres "
                                "ascdirect@coventry.gov.uk. Poza godzinami pracy biura prosimy "
                                "dzwonić pod numer 024 7683 2222."
                            ),
                        },
                        {
                            "title": "Prosimy powiedzieć nam, co Państwo wiedzą",
                            "text": (
                                "Prosimy powiedzieć, co się stało, kiedy i kto Państwa zdaniem "
                                "wyrządza krzywdę. Prosimy opowiedzieć, co Państwo widzieli lub "
                                "słyszeli, nawet jeśli wydaje się to drobnostką."
                            ),
                        },
                        {
                            "title": "Decydujemy, co robić dalej",
                            "text": (
                                "Sprawdzamy każde zgłoszenie. Możemy skontaktować się z Państwem "
                                "ponownie, aby zadać więcej pytań."
                            ),
                        },
                    ],
                ),
                ("contact", _ascd_contact()),
                (
                    "contact",
                    {
                        "name": (
                            "Emergency Out of Hours (pomoc w nagłych sprawach poza godzinami pracy)"
                        ),
                        "phone": "024 7683 2222",
                        "email": "",
                        "text_relay": "18001 024 7683 2222",
                        "opening_hours": (
                            "Po 17:00 od poniedziałku do czwartku\n"
                            "Po 16:30 w piątek\n"
                            "Przez cały weekend\n"
                            "Tylko w pilnych sprawach i nagłych sytuacjach"
                        ),
                        "address": "",
                    },
                ),
                ("heading", {"text": "O co zapytamy", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bardzo nam pomoże, jeśli powiedzą nam Państwo:</p>"
                        "<ul>"
                        "<li>jak nazywa się i gdzie mieszka osoba, o którą się Państwo "
                        "martwią</li>"
                        "<li>co się stało i kiedy</li>"
                        "<li>kto Państwa zdaniem wyrządza krzywdę, jeśli Państwo to wiedzą</li>"
                        "<li>czy ta osoba wie, że kontaktują się Państwo z nami, i czego ona "
                        "chce</li>"
                        "<li>jak się Państwo nazywają i jak możemy się z Państwem "
                        "skontaktować</li>"
                        "</ul>"
                        "<p>Nie szkodzi, jeśli nie znają Państwo odpowiedzi na każde pytanie. "
                        "Prosimy powiedzieć nam to, co Państwo wiedzą.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "Czy można zgłosić obawy bez podawania swojego nazwiska?",
                        "text": (
                            "<p>Tak. Nie muszą Państwo podawać nazwiska. Ale pomoże nam, jeśli "
                            "będziemy mogli się z Państwem skontaktować, aby zadać więcej "
                            "pytań.</p>"
                            "<p>W miarę możliwości nie ujawniamy Państwa danych. Przekazujemy "
                            "informacje innym tylko wtedy, gdy jest to potrzebne, aby chronić "
                            "czyjeś bezpieczeństwo.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Czy przed zgłoszeniem trzeba zapytać o zdanie tę osobę?",
                        "text": (
                            "<p>Jeśli to możliwe, prosimy najpierw porozmawiać z tą osobą i "
                            "zapytać, czego chce. Osoby dorosłe mają prawo same podejmować "
                            "decyzje.</p>"
                            "<p>Ale nadal należy nam to zgłosić, jeśli:</p>"
                            "<ul>"
                            "<li>inne osoby mogą być zagrożone</li>"
                            "<li>mogło dojść do przestępstwa</li>"
                            "<li>ta osoba może nie rozumieć, jakie grozi jej "
                            "niebezpieczeństwo</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Jeśli pracują Państwo w ochronie zdrowia lub opiece społecznej",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Osoby pracujące z dorosłymi mają obowiązek zgłaszania przemocy. "
                        "Należy postępować zgodnie z zasadami ochrony obowiązującymi w Państwa "
                        "organizacji oraz z West Midlands Adult Safeguarding Policy and "
                        "Procedures.</p>"
                        "<ul>"
                        "<li>Należy od razu powiedzieć o tym swojemu przełożonemu lub osobie "
                        "odpowiedzialnej za ochronę.</li>"
                        "<li>Należy zapisać, co Państwo widzieli lub słyszeli, własnymi słowami "
                        "tej osoby.</li>"
                        "<li>Nie należy samodzielnie prowadzić dochodzenia.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Nasze plakaty o ochronie osób dorosłych są dostępne w języku polskim, "
                        "pendżabskim, urdu, arabskim, rumuńskim i tigrinia. Aby poprosić o "
                        "informacje w innym języku lub formacie, prosimy napisać na adres "
                        "getinvolvedasc@coventry.gov.uk."
                    ),
                ),
            ],
        },
        "what-happens-after-you-report": {
            "title": "Co się dzieje po zgłoszeniu obaw",
            "summary": (
                "Tutaj można się dowiedzieć, co robimy po otrzymaniu zgłoszenia, jak włączamy "
                "Państwa w cały proces i co oznacza dla Państwa podejście Making Safeguarding "
                "Personal (ochrona dopasowana do osoby)."
            ),
            "body": [
                ("heading", {"text": "Co robimy najpierw", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kiedy otrzymamy zgłoszenie, szybko się nim zajmujemy. Sprawdzamy, czy "
                        "ta osoba jest teraz bezpieczna. Większość nowych zgłoszeń sprawdzamy w "
                        "ciągu 2 dni.</p>"
                        "<p>Możemy porozmawiać z tą osobą, z Państwem i z ludźmi, którzy ją "
                        "znają, na przykład z jej lekarzem lub firmą, która zapewnia jej opiekę. "
                        "Jeśli mogło dojść do przestępstwa, informujemy policję.</p>"
                    ),
                ),
                ("warning", {"text": _WARNING_999}),
                ("heading", {"text": "Kolejne kroki", "level": "h2"}),
                (
                    "steps",
                    [
                        {
                            "title": "Sprawdzamy zgłoszenie",
                            "text": "Ustalamy, co się stało i czy komuś grozi niebezpieczeństwo.",
                        },
                        {
                            "title": "Rozmawiamy z zagrożoną osobą dorosłą",
                            "text": ("Pytamy, co się stało, jak się czuje i co chciałaby zmienić."),
                        },
                        {
                            "title": "Decydujemy, czy trzeba prowadzić postępowanie wyjaśniające",
                            "text": (
                                "Czasami prawo mówi, że musimy dowiedzieć się więcej. Dzieje się "
                                "tak, gdy osoba dorosła potrzebuje opieki i wsparcia, jest "
                                "narażona na przemoc lub zaniedbanie i nie może sama się obronić. "
                                "Nazywa się to postępowaniem z sekcji 42 (Section 42 enquiry), od "
                                "części ustawy Care Act 2014, która to opisuje."
                            ),
                        },
                        {
                            "title": "Tworzymy plan razem z Państwem",
                            "text": (
                                "Jeśli potrzebne są dalsze działania, uzgadniamy z tą osobą plan "
                                "bezpieczeństwa, aby zmniejszyć ryzyko krzywdy."
                            ),
                        },
                        {
                            "title": "Sprawdzamy, jak poszło",
                            "text": (
                                "Na koniec pytamy tę osobę, czy udało się osiągnąć to, czego "
                                "chciała."
                            ),
                        },
                    ],
                ),
                (
                    "heading",
                    {
                        "text": "Making Safeguarding Personal (ochrona dopasowana do osoby)",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Making Safeguarding Personal oznacza, że działania ochronne "
                        "prowadzimy <b>razem</b> z Państwem, a nie <b>bez</b> Państwa. Pytamy, co "
                        "jest dla Państwa ważne i czego Państwo chcą. Na przykład ludzie mówili "
                        "nam:</p>"
                        "<ul>"
                        "<li>„Chcę czuć się bezpieczniej.”</li>"
                        "<li>„Chcę odzyskać swoje pieniądze.”</li>"
                        "<li>„Chcę, żeby inni ludzie byli chronieni.”</li>"
                        "</ul>"
                        "<p>Wszystkie organizacje w Coventry Safeguarding Adults Board działają "
                        "w ten sposób.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Mają Państwo prawo podejmować własne decyzje, nawet jeśli inni uważają "
                        "je za nierozsądne. Jeśli są Państwo w stanie podjąć decyzję, uszanujemy "
                        "ją. Możemy jednak działać, jeśli zagrożone są inne osoby lub doszło do "
                        "poważnego przestępstwa."
                    ),
                ),
                ("heading", {"text": "Pomoc w braniu udziału", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Może Państwa wspierać przyjaciel lub krewny. Jeśli branie udziału "
                        "byłoby dla Państwa bardzo trudne i nie ma nikogo odpowiedniego, kto "
                        "mógłby pomóc, musimy zapewnić Państwu niezależnego rzecznika. Rzecznik "
                        "to osoba, która pomaga Państwu powiedzieć, czego Państwo chcą.</p>"
                    ),
                ),
                ("heading", {"text": "Po zakończeniu postępowania", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Powiemy Państwu, co ustaliliśmy i co będzie dalej. Możemy poprosić o "
                        "wypełnienie krótkiej ankiety internetowej o tym, jak to przebiegło. Nie "
                        "muszą Państwo podawać nazwiska, ale mogą to Państwo zrobić, jeśli chcą, "
                        "abyśmy się z Państwem skontaktowali.</p>"
                    ),
                ),
                ("contact", _ascd_contact()),
            ],
        },
        "keeping-safe-and-avoiding-scams": {
            "title": "Jak dbać o swoje bezpieczeństwo i unikać oszustw",
            "summary": (
                "Proste sposoby, aby chronić siebie, swoje pieniądze i dom przed oszustwami, "
                "wyłudzeniami i ludźmi, którzy mogą chcieć Państwa wykorzystać."
            ),
            "body": [
                ("heading", {"text": "Bezpieczeństwo w domu", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Nie należy otwierać drzwi nieznajomym. Warto używać łańcucha do "
                        "drzwi lub wizjera, jeśli są zamontowane.</li>"
                        "<li>Warto poprosić osobę przy drzwiach o pokazanie identyfikatora. "
                        "Prawdziwy pracownik chętnie poczeka, aż Państwo to sprawdzą, dzwoniąc "
                        "do jego firmy.</li>"
                        "<li>Nigdy nie należy zgadzać się na prace budowlane ani niczego kupować "
                        "przy drzwiach.</li>"
                        "<li>Warto trzymać przy telefonie listę zaufanych numerów.</li>"
                        "</ul>"
                    ),
                ),
                ("warning", {"text": _WARNING_999}),
                ("heading", {"text": "Jak rozpoznać oszustwo", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Oszustwo to podstęp, którego celem jest zdobycie Państwa pieniędzy "
                        "lub danych osobowych. Oszuści mogą się kontaktować listownie, "
                        "telefonicznie, przez SMS, e-mail, internet lub przy drzwiach. To może "
                        "być oszustwo, jeśli:</p>"
                        "<ul>"
                        "<li>nieznajoma osoba niespodziewanie się z Państwem kontaktuje</li>"
                        "<li>ktoś mówi, że trzeba działać natychmiast lub zachować sprawę w "
                        "tajemnicy</li>"
                        "<li>ktoś prosi o dane bankowe, PIN lub hasła</li>"
                        "<li>wygrali Państwo nagrodę w konkursie, w którym nie brali Państwo "
                        "udziału</li>"
                        "<li>osoba poznana w internecie prosi Państwa o pieniądze</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Bank ani policja nigdy nie poproszą o PIN. Nigdy też nie poproszą o "
                        "przelanie pieniędzy na „bezpieczne konto”."
                    ),
                ),
                (
                    "heading",
                    {"text": "Jeśli uważają Państwo, że zostali oszukani", "level": "h2"},
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Prosimy przerwać kontakt",
                            "text": (
                                "Nie należy wysyłać więcej pieniędzy ani podawać więcej danych."
                            ),
                        },
                        {
                            "title": "Prosimy zadzwonić do banku",
                            "text": (
                                "Prosimy zadzwonić pod numer z tyłu karty bankowej albo pod numer "
                                "159. Bank może być w stanie zatrzymać płatność."
                            ),
                        },
                        {
                            "title": "Prosimy zgłosić oszustwo",
                            "text": (
                                "Oszustwo należy zgłosić do Action Fraud (biuro zgłaszania "
                                "oszustw) pod numer 0300 123 2040 lub na jego stronie "
                                "internetowej."
                            ),
                        },
                        {
                            "title": "Prosimy powiedzieć o tym zaufanej osobie",
                            "text": "Oszustwo może spotkać każdego. Nie ma się czego wstydzić.",
                        },
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>Jeśli potrzebują Państwo opieki i wsparcia, a ktoś zabiera Państwa "
                        "pieniądze lub wywiera na Państwa presję, może to być przemoc finansowa. "
                        "Prosimy powiedzieć o tym Adult Social Care Direct.</p>"
                    ),
                ),
                ("contact", _ascd_contact()),
                ("heading", {"text": "Planowanie na przyszłość", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Warto zastanowić się, kto mógłby pomóc w sprawach pieniędzy, gdyby w "
                        "przyszłości nie mogli Państwo sami się nimi zajmować. Trwałe "
                        "pełnomocnictwo pozwala wybrać osobę, której Państwo ufają. Prosimy "
                        "uważać, komu dają Państwo swoje karty bankowe lub hasła.</p>"
                        "<p>Age UK Coventry może doradzić, jak zachować bezpieczeństwo i jak "
                        "zarządzać pieniędzmi.</p>"
                    ),
                ),
                (
                    "contact",
                    {
                        "name": "Age UK Coventry (organizacja pomagająca osobom starszym)",
                        "phone": "024 7623 1999",
                        "email": "",
                        "text_relay": "",
                        "opening_hours": "",
                        "address": "",
                    },
                ),
                (
                    "related_links",
                    [
                        {
                            "title": "Action Fraud (zgłaszanie oszustw)",
                            "url": "https://www.actionfraud.police.uk/",
                        },
                        {
                            "title": "Oszustwa i wyłudzenia (Age UK)",
                            "url": "https://www.ageuk.org.uk/information-advice/money-legal/scams-fraud/",
                        },
                        {
                            "title": "Trwałe pełnomocnictwo – lasting power of attorney (GOV.UK)",
                            "url": "https://www.gov.uk/power-of-attorney",
                        },
                    ],
                ),
            ],
        },
    },
}


CONTACTS = {
    "council_name": "Rada Miasta Coventry",
    "service_name": HOME["title"],
    "asc_direct_hours": "Do 17:00 od poniedziałku do czwartku, do 16:30 w piątek",
    "out_of_hours_hours": (
        "Po 17:00 od poniedziałku do czwartku, po 16:30 w piątek i przez cały weekend"
    ),
    "text_relay": "Relay UK: proszę wybrać 18001, a potem 024 7683 3003",
    "footer_link_titles": [
        "Opieka społeczna dla dorosłych na stronie internetowej rady",
        "Katalog Adult Social Care and Communities (usługi i wsparcie w okolicy)",
    ],
}

# The get-involved form's topics of interest, by their English names.
TOPICS_OF_INTEREST = {
    "Carers": "Opiekunowie",
    "Direct payments": "Płatności bezpośrednie",
    "Learning disabilities and autism": "Niepełnosprawność intelektualna i autyzm",
    "Mental health": "Zdrowie psychiczne",
    "Older people": "Osoby starsze",
    "Safeguarding": "Ochrona osób dorosłych",
}
