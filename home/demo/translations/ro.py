"""Romanian translations of the demo home page and safeguarding pages."""

HOME = {
    "title": "Informații despre asistența socială pentru adulți",
    "introduction": (
        "Informații clare despre cum să fiți în siguranță, cum să luați decizii, cum să primiți "
        "ajutor ca să vă spuneți părerea, cum să faceți o plângere și cum să plătiți pentru "
        "îngrijire. Dacă aveți nevoie de ajutor acum, sunați la Adult Social Care Direct "
        "(asistență socială pentru adulți) la 024 7683 3003."
    ),
    "urgent_help_heading": "Cereți ajutor acum",
    "urgent_help_text": (
        "<p>Dacă dumneavoastră sau altcineva este în pericol imediat, sunați la <b>999</b>.</p>"
        "<p>Dacă credeți că un adult este abuzat sau neglijat, sunați la Adult Social Care "
        "Direct la <b>024 7683 3003</b>. În afara programului de lucru, sunați la "
        "<b>024 7683 2222</b>.</p>"
    ),
    "key_contacts": [
        {
            "name": "Adult Social Care Direct (asistență socială pentru adulți)",
            "phone": "024 7683 3003",
            "email": "ascdirect@coventry.gov.uk",
            "text_relay": "18001 024 7683 3003",
            "opening_hours": "De luni până joi, până la ora 17:00\nVineri, până la ora 16:30",
            "address": "",
        },
        {
            "name": "Urgențe în afara programului (Emergency out of hours)",
            "phone": "024 7683 2222",
            "email": "",
            "text_relay": "18001 024 7683 2222",
            "opening_hours": (
                "După ora 17:00 de luni până joi, după ora 16:30 vinerea și tot weekendul"
            ),
            "address": "",
        },
        {
            "name": "Central Booking Service (programări pentru servicii de sănătate mintală)",
            "phone": "0300 200 0011",
            "email": "",
            "text_relay": "",
            "opening_hours": "",
            "address": "",
        },
    ],
}

TOPIC = {
    "title": "Protecția adulților",
    "introduction": (
        "Protecția adulților (safeguarding) înseamnă să lucrăm împreună cu oamenii ca să oprim "
        "răul și abuzul și să îi ajutăm să își revină dacă acestea se întâmplă. Aflați ce este "
        "abuzul, cum îl puteți raporta și ce se întâmplă după aceea."
    ),
    "pages": {
        "what-is-abuse": {
            "title": "Ce înseamnă abuzul și neglijarea",
            "summary": (
                "Abuz înseamnă că cineva vă face rău sau vă împiedică să trăiți în siguranță. "
                "Aflați care sunt cele 10 tipuri de abuz și neglijare și la ce semne să fiți "
                "atenți."
            ),
            "body": [
                ("heading", {"text": "Ce înseamnă protecția adulților", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Orice persoană are dreptul să trăiască în siguranță, fără abuz și "
                        "neglijare.</p>"
                        "<p>Protecția adulților înseamnă felul în care lucrăm cu oamenii ca să "
                        "nu le facă rău alții sau, uneori, chiar ei înșiși. Înseamnă și să "
                        "ajutăm oamenii să își revină după ce au fost abuzați.</p>"
                        "<p>Oricine poate fi abuzat. Unii adulți sunt mai expuși. Printre ei se "
                        "află persoanele care au nevoie de îngrijire și sprijin din cauza "
                        "vârstei, a unei boli sau a unei dizabilități și care nu se pot proteja "
                        "singure.</p>"
                    ),
                ),
                (
                    "warning",
                    {
                        "text": (
                            "Dacă dumneavoastră sau altcineva este în pericol imediat, sunați la "
                            "999."
                        )
                    },
                ),
                ("heading", {"text": "Cele 10 tipuri de abuz", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>O lege numită Care Act 2014 (Legea privind îngrijirea din 2014) "
                        "enumeră 10 tipuri de abuz și neglijare. O persoană poate suferi mai "
                        "multe tipuri de abuz în același timp.</p>"
                        "<ul>"
                        "<li><b>Abuzul fizic</b> – lovituri, palme, îmbrânceli, imobilizarea "
                        "cuiva sau administrarea intenționată a unor medicamente greșite.</li>"
                        "<li><b>Violența domestică</b> – abuzul din partea unui partener, a unui "
                        "fost partener sau a unui membru al familiei. Include comportamentul de "
                        "control și amenințările.</li>"
                        "<li><b>Abuzul sexual</b> – orice act sexual sau atingere la care nu "
                        "v-ați dat acordul sau la care nu v-ați putut da acordul.</li>"
                        "<li><b>Abuzul psihologic sau emoțional</b> – amenințări, intimidare, "
                        "țipete, învinovățire sau ținerea dumneavoastră departe de prieteni și "
                        "de familie.</li>"
                        "<li><b>Abuzul financiar sau material</b> – furtul, înșelătoriile sau "
                        "folosirea greșită a banilor, a ajutoarelor sociale sau a lucrurilor "
                        "dumneavoastră de către altcineva. Include și presiunile de a vă schimba "
                        "testamentul.</li>"
                        "<li><b>Sclavia modernă</b> – obligarea cuiva să muncească pentru foarte "
                        "puțini bani sau fără plată, ori ținerea cuiva undeva împotriva voinței "
                        "sale.</li>"
                        "<li><b>Abuzul discriminatoriu</b> – a vă trata rău din cauza rasei, "
                        "religiei, dizabilității, vârstei, sexului, orientării sexuale sau "
                        "identității de gen.</li>"
                        "<li><b>Abuzul instituțional</b> – îngrijirea proastă într-un cămin de "
                        "îngrijire, într-un spital sau într-un serviciu de îngrijire, adesea din "
                        "cauza felului în care este condus locul respectiv.</li>"
                        "<li><b>Neglijarea</b> – a nu oferi cuiva îngrijirea de care are nevoie, "
                        "cum ar fi mâncare, medicamente, căldură sau ajutor la igienă.</li>"
                        "<li><b>Autoneglijarea</b> – atunci când o persoană nu are grijă de "
                        "propria sănătate, de igiena personală sau de locuință. Aceasta poate "
                        "include strângerea excesivă de lucruri în casă.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Semne la care să fiți atenți", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Nu este întotdeauna ușor să vă dați seama dacă cineva este abuzat. "
                        "Semnele la care să fiți atenți includ:</p>"
                        "<ul>"
                        "<li>vânătăi, tăieturi sau arsuri pe care nimeni nu le poate explica</li>"
                        "<li>persoana pare speriată, tăcută sau supărată în preajma unei "
                        "anumite persoane</li>"
                        "<li>facturi neplătite sau bani și lucruri care dispar</li>"
                        "<li>persoana pare flămândă, nespălată sau poartă haine murdare</li>"
                        "<li>persoanei nu i se permite să primească vizite sau să vorbească "
                        "între patru ochi cu cineva</li>"
                        "<li>o locuință foarte rece, murdară sau plină de lucruri îngrămădite</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Abuzul se poate întâmpla oriunde: acasă, într-un cămin de îngrijire, la "
                        "spital, la un centru de zi sau pe internet. Adesea, abuzul vine de la "
                        "cineva pe care persoana îl cunoaște și în care are încredere, cum ar fi "
                        "o rudă, un prieten sau un îngrijitor plătit."
                    ),
                ),
                ("heading", {"text": "Cum puteți primi ajutor", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Dacă vă faceți griji pentru dumneavoastră sau pentru altcineva, "
                        "spuneți-ne. Nu aveți nevoie de dovezi. Este treaba noastră să "
                        "verificăm, nu a dumneavoastră.</p>"
                        "<p>Puteți citi mai multe despre ce trebuie să faceți pe pagina noastră "
                        "despre cum să raportați un abuz. Puteți cere informațiile și în altă "
                        "limbă sau în alt format, printr-un e-mail la "
                        "getinvolvedasc@coventry.gov.uk.</p>"
                    ),
                ),
                (
                    "contact",
                    {
                        "name": "Adult Social Care Direct (asistență socială pentru adulți)",
                        "phone": "024 7683 3003",
                        "email": "ascdirect@coventry.gov.uk",
                        "text_relay": "18001 024 7683 3003",
                        "opening_hours": (
                            "De luni până joi, până la ora 17:00\n"
                            "Vineri, până la ora 16:30\n"
                            "În afara acestui program, sunați la Emergency Out of Hours "
                            "(urgențe în afara programului) la 024 7683 2222"
                        ),
                        "address": "",
                    },
                ),
                (
                    "related_links",
                    [
                        {
                            "title": (
                                "Adult Social Care and Communities Directory (ghid de servicii "
                                "pentru adulți și comunități)"
                            ),
                            "url": "https://cid.coventry.gov.uk/",
                        },
                        {
                            "title": "Ghidul oficial despre îngrijire și sprijin (GOV.UK)",
                            "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance",
                        },
                        {
                            "title": "Ghid despre îngrijire și sprijin social (NHS)",
                            "url": "https://www.nhs.uk/conditions/social-care-and-support-guide/",
                        },
                    ],
                ),
            ],
        },
        "how-to-report-abuse": {
            "title": "Cum să raportați un abuz",
            "summary": (
                "Dacă credeți că un adult este abuzat sau neglijat, spuneți-ne. Ne puteți suna "
                "sau ne puteți scrie un e-mail, ori puteți ruga pe altcineva să o facă pentru "
                "dumneavoastră. Nu aveți nevoie de dovezi."
            ),
            "body": [
                ("heading", {"text": "Dacă cineva este în pericol acum", "level": "h2"}),
                (
                    "warning",
                    {
                        "text": (
                            "Dacă dumneavoastră sau altcineva este în pericol imediat, sunați la "
                            "999."
                        )
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Dacă s-a comis o infracțiune, dar nimeni nu este în pericol chiar "
                        "acum, sunați la poliție la 101.</p>"
                        "<p>Dacă sunteți surd, auziți greu sau aveți dificultăți de vorbire, ne "
                        "puteți contacta prin Relay UK. Formați 18001 înainte de numărul nostru "
                        "de telefon.</p>"
                    ),
                ),
                ("heading", {"text": "Cum ne puteți spune ce vă îngrijorează", "level": "h2"}),
                (
                    "steps",
                    [
                        {
                            "title": "Asigurați-vă că persoana este în siguranță",
                            "text": (
                                "Dacă are nevoie imediat de un medic sau de poliție, sunați mai "
                                "întâi la 999."
                            ),
                        },
                        {
                            "title": "Contactați Adult Social Care Direct",
                            "text": (
                                "Sunați la 024 7683 3003 sau scrieți un e-mail la "
                                "ascdirect@coventry.gov.uk. În afara programului de lucru, sunați "
                                "la 024 7683 2222."
                            ),
                        },
                        {
                            "title": "Spuneți-ne ce știți",
                            "text": (
                                "Spuneți ce s-a întâmplat, când și cine credeți că face rău. "
                                "Spuneți-ne ce ați văzut sau ce ați auzit, chiar dacă vi se pare "
                                "un lucru mărunt."
                            ),
                        },
                        {
                            "title": "Noi hotărâm ce facem mai departe",
                            "text": (
                                "Analizăm fiecare îngrijorare. Este posibil să vă contactăm din "
                                "nou ca să vă punem mai multe întrebări."
                            ),
                        },
                    ],
                ),
                (
                    "contact",
                    {
                        "name": "Adult Social Care Direct (asistență socială pentru adulți)",
                        "phone": "024 7683 3003",
                        "email": "ascdirect@coventry.gov.uk",
                        "text_relay": "18001 024 7683 3003",
                        "opening_hours": (
                            "De luni până joi, până la ora 17:00\n"
                            "Vineri, până la ora 16:30\n"
                            "În afara acestui program, sunați la Emergency Out of Hours "
                            "(urgențe în afara programului) la 024 7683 2222"
                        ),
                        "address": "",
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Emergency Out of Hours (urgențe în afara programului)",
                        "phone": "024 7683 2222",
                        "email": "",
                        "text_relay": "18001 024 7683 2222",
                        "opening_hours": (
                            "După ora 17:00, de luni până joi\n"
                            "După ora 16:30, vinerea\n"
                            "Tot weekendul\n"
                            "Doar pentru probleme urgente și situații de urgență"
                        ),
                        "address": "",
                    },
                ),
                ("heading", {"text": "Ce vă vom întreba", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ne ajută dacă ne puteți spune:</p>"
                        "<ul>"
                        "<li>numele și adresa persoanei pentru care vă faceți griji</li>"
                        "<li>ce s-a întâmplat și când</li>"
                        "<li>cine credeți că face rău, dacă știți</li>"
                        "<li>dacă persoana știe că ne contactați și ce ar dori ea să se "
                        "întâmple</li>"
                        "<li>numele dumneavoastră și cum vă putem contacta</li>"
                        "</ul>"
                        "<p>Nu vă faceți griji dacă nu puteți răspunde la toate întrebările. "
                        "Spuneți-ne ce puteți.</p>"
                    ),
                ),
                (
                    "details",
                    {
                        "summary": "Pot să vă spun ce mă îngrijorează fără să îmi dau numele?",
                        "text": (
                            "<p>Da. Nu este obligatoriu să vă spuneți numele. Dar ne ajută dacă "
                            "vă putem contacta ca să vă punem mai multe întrebări.</p>"
                            "<p>Păstrăm datele dumneavoastră confidențiale cât de mult putem. "
                            "Dăm informații mai departe doar atunci când este nevoie, ca să "
                            "protejăm pe cineva.</p>"
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Ar trebui să întreb persoana înainte să vă spun?",
                        "text": (
                            "<p>Dacă puteți, vorbiți mai întâi cu persoana și întrebați-o ce "
                            "dorește. Adulții au dreptul să își facă propriile alegeri.</p>"
                            "<p>Dar ar trebui totuși să ne spuneți dacă:</p>"
                            "<ul>"
                            "<li>și alte persoane ar putea fi în pericol</li>"
                            "<li>este posibil să se fi comis o infracțiune</li>"
                            "<li>este posibil ca persoana să nu înțeleagă pericolul în care se "
                            "află</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Dacă lucrați în domeniul sănătății sau al asistenței sociale",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Dacă lucrați cu adulți, aveți datoria să raportați abuzul. Urmați "
                        "politica de protecție a organizației dumneavoastră și West Midlands "
                        "Adult Safeguarding Policy and Procedures (politica și procedurile de "
                        "protecție a adulților din West Midlands).</p>"
                        "<ul>"
                        "<li>Spuneți imediat managerului dumneavoastră sau persoanei responsabile "
                        "cu protecția adulților.</li>"
                        "<li>Scrieți ce ați văzut sau ce ați auzit, folosind chiar cuvintele "
                        "persoanei.</li>"
                        "<li>Nu încercați să faceți cercetări pe cont propriu.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Afișele noastre despre protecția adulților există în poloneză, punjabi, "
                        "urdu, arabă, română și tigrină. Pentru a cere informații în altă limbă "
                        "sau în alt format, scrieți un e-mail la getinvolvedasc@coventry.gov.uk."
                    ),
                ),
            ],
        },
        "what-happens-after-you-report": {
            "title": "Ce se întâmplă după ce ne spuneți ce vă îngrijorează",
            "summary": (
                "Aflați ce facem atunci când primim o îngrijorare legată de protecția unui adult, "
                "cum vă implicăm și ce înseamnă pentru dumneavoastră Making Safeguarding "
                "Personal (protecția centrată pe persoană)."
            ),
            "body": [
                ("heading", {"text": "Ce facem mai întâi", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Când primim o îngrijorare, o analizăm repede. Verificăm dacă "
                        "persoana este în siguranță chiar acum. Analizăm majoritatea "
                        "îngrijorărilor noi în cel mult 2 zile.</p>"
                        "<p>Putem vorbi cu persoana, cu dumneavoastră și cu oameni care o "
                        "cunosc, cum ar fi medicul ei sau furnizorul de îngrijire. Dacă este "
                        "posibil să se fi comis o infracțiune, anunțăm poliția.</p>"
                    ),
                ),
                (
                    "warning",
                    {
                        "text": (
                            "Dacă dumneavoastră sau altcineva este în pericol imediat, sunați la "
                            "999."
                        )
                    },
                ),
                ("heading", {"text": "Pașii pe care îi urmăm", "level": "h2"}),
                (
                    "steps",
                    [
                        {
                            "title": "Analizăm îngrijorarea",
                            "text": "Aflăm ce s-a întâmplat și dacă cineva este în pericol.",
                        },
                        {
                            "title": "Vorbim cu adultul aflat în pericol",
                            "text": (
                                "Îl întrebăm ce s-a întâmplat, cum se simte și ce ar dori să se "
                                "schimbe."
                            ),
                        },
                        {
                            "title": "Hotărâm dacă trebuie să facem cercetări",
                            "text": (
                                "Uneori legea spune că trebuie să aflăm mai multe. Asta se "
                                "întâmplă atunci când un adult are nevoie de îngrijire și "
                                "sprijin, este în pericol de abuz sau neglijare și nu se poate "
                                "proteja singur. Aceasta se numește Section 42 enquiry (cercetare "
                                "după Secțiunea 42), după partea din Care Act 2014 (Legea "
                                "privind îngrijirea din 2014) care o descrie."
                            ),
                        },
                        {
                            "title": "Facem un plan împreună cu dumneavoastră",
                            "text": (
                                "Dacă mai trebuie făcut ceva, stabilim împreună cu persoana un "
                                "plan de siguranță, ca să scadă riscul să i se facă rău."
                            ),
                        },
                        {
                            "title": "Verificăm cum a mers",
                            "text": (
                                "La final, întrebăm persoana dacă a obținut rezultatele pe care "
                                "le dorea."
                            ),
                        },
                    ],
                ),
                (
                    "heading",
                    {
                        "text": ("Making Safeguarding Personal (protecția centrată pe persoană)"),
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Making Safeguarding Personal înseamnă că facem protecția "
                        "<b>împreună cu</b> dumneavoastră, nu <b>peste capul</b> "
                        "dumneavoastră. Vă întrebăm ce este important pentru dumneavoastră și "
                        "ce doriți să se întâmple. De exemplu, oamenii ne-au spus:</p>"
                        "<ul>"
                        "<li>„Vreau să mă simt mai în siguranță.”</li>"
                        "<li>„Aș vrea să îmi primesc banii înapoi.”</li>"
                        "<li>„Vreau ca și alți oameni să fie protejați.”</li>"
                        "</ul>"
                        "<p>Toate organizațiile din Coventry Safeguarding Adults Board "
                        "(Consiliul pentru protecția adulților din Coventry) lucrează în acest "
                        "fel.</p>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Aveți dreptul să vă faceți propriile alegeri, chiar dacă alți oameni "
                        "cred că nu sunt înțelepte. Dacă sunteți în stare să luați decizia, o vom "
                        "respecta. Totuși, putem interveni dacă alți oameni sunt în pericol sau "
                        "dacă s-a comis o infracțiune gravă."
                    ),
                ),
                ("heading", {"text": "Ajutor ca să puteți participa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Puteți avea alături un prieten sau o rudă care să vă sprijine. Dacă "
                        "v-ar fi foarte greu să participați și nu există nimeni potrivit care să "
                        "vă ajute, trebuie să vă găsim un susținător independent (independent "
                        "advocate). Un susținător este o persoană care vă ajută să spuneți ce "
                        "doriți.</p>"
                    ),
                ),
                ("heading", {"text": "După cercetare", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Vă vom spune ce am aflat și ce se va întâmpla în continuare. Vă "
                        "putem ruga să completați un scurt chestionar online despre cum a mers. "
                        "Nu este obligatoriu să vă spuneți numele, dar o puteți face dacă doriți "
                        "să vă contactăm.</p>"
                    ),
                ),
                (
                    "contact",
                    {
                        "name": "Adult Social Care Direct (asistență socială pentru adulți)",
                        "phone": "024 7683 3003",
                        "email": "ascdirect@coventry.gov.uk",
                        "text_relay": "18001 024 7683 3003",
                        "opening_hours": (
                            "De luni până joi, până la ora 17:00\n"
                            "Vineri, până la ora 16:30\n"
                            "În afara acestui program, sunați la Emergency Out of Hours "
                            "(urgențe în afara programului) la 024 7683 2222"
                        ),
                        "address": "",
                    },
                ),
            ],
        },
        "keeping-safe-and-avoiding-scams": {
            "title": "Cum să vă protejați și să evitați înșelătoriile",
            "summary": (
                "Moduri simple de a vă proteja pe dumneavoastră, banii și locuința de "
                "înșelătorii, fraude și oameni care ar putea vrea să profite de dumneavoastră."
            ),
            "body": [
                ("heading", {"text": "Siguranța în propria casă", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Nu deschideți ușa unei persoane pe care nu o cunoașteți. Folosiți "
                        "lanțul de la ușă sau vizorul, dacă aveți.</li>"
                        "<li>Cereți-le celor care vin la ușă un act de identitate. O persoană "
                        "care vine cu adevărat din partea unei firme va aștepta bucuroasă cât "
                        "timp verificați, sunând la firma respectivă.</li>"
                        "<li>Nu acceptați niciodată lucrări de construcții și nu cumpărați "
                        "nimic la ușă.</li>"
                        "<li>Țineți lângă telefon o listă cu numere de telefon în care aveți "
                        "încredere.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "warning",
                    {
                        "text": (
                            "Dacă dumneavoastră sau altcineva este în pericol imediat, sunați la "
                            "999."
                        )
                    },
                ),
                ("heading", {"text": "Cum recunoașteți o înșelătorie", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>O înșelătorie este un truc prin care cineva vrea să vă ia banii sau "
                        "datele personale. Înșelătoriile pot veni prin poștă, la telefon, prin "
                        "mesaj, prin e-mail, pe internet sau la ușa dumneavoastră. Ar putea fi o "
                        "înșelătorie dacă:</p>"
                        "<ul>"
                        "<li>o persoană pe care nu o cunoașteți vă contactează pe "
                        "neașteptate</li>"
                        "<li>vi se spune să faceți ceva imediat sau să păstrați secretul</li>"
                        "<li>vi se cer datele bancare, codul PIN sau parolele</li>"
                        "<li>ați câștigat un premiu la un concurs la care nu v-ați înscris</li>"
                        "<li>cineva pe care l-ați cunoscut pe internet vă cere bani</li>"
                        "</ul>"
                    ),
                ),
                (
                    "inset",
                    (
                        "Banca dumneavoastră și poliția nu vă vor cere niciodată codul PIN. Nu vă "
                        "vor cere niciodată să mutați banii într-un „cont sigur”."
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Dacă credeți că ați fost victima unei înșelătorii",
                        "level": "h2",
                    },
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Opriți-vă",
                            "text": "Nu mai trimiteți bani și nu mai dați alte date.",
                        },
                        {
                            "title": "Sunați la banca dumneavoastră",
                            "text": (
                                "Folosiți numărul de pe spatele cardului bancar sau sunați la "
                                "159. Banca ar putea să oprească o plată."
                            ),
                        },
                        {
                            "title": "Raportați înșelătoria",
                            "text": (
                                "Raportați înșelătoria la Action Fraud (serviciul de raportare a "
                                "fraudelor) la 0300 123 2040 sau pe site-ul lor."
                            ),
                        },
                        {
                            "title": "Spuneți cuiva în care aveți încredere",
                            "text": (
                                "Oricine poate fi victima unei înșelătorii. Nu aveți de ce să vă "
                                "fie rușine."
                            ),
                        },
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>Dacă aveți nevoie de îngrijire și sprijin, iar cineva vă ia banii sau "
                        "face presiuni asupra dumneavoastră, acesta poate fi un abuz financiar. "
                        "Anunțați Adult Social Care Direct.</p>"
                    ),
                ),
                (
                    "contact",
                    {
                        "name": "Adult Social Care Direct (asistență socială pentru adulți)",
                        "phone": "024 7683 3003",
                        "email": "ascdirect@coventry.gov.uk",
                        "text_relay": "18001 024 7683 3003",
                        "opening_hours": (
                            "De luni până joi, până la ora 17:00\n"
                            "Vineri, până la ora 16:30\n"
                            "În afara acestui program, sunați la Emergency Out of Hours "
                            "(urgențe în afara programului) la 024 7683 2222"
                        ),
                        "address": "",
                    },
                ),
                ("heading", {"text": "Gândiți-vă din timp", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Gândiți-vă pe cine ați vrea să vă ajute cu banii dacă, în viitor, nu "
                        "v-ați mai putea ocupa de ei. O împuternicire de lungă durată (lasting "
                        "power of attorney) vă permite să alegeți o persoană în care aveți "
                        "încredere. Fiți atenți cui le dați cardurile bancare sau parolele.</p>"
                        "<p>Age UK Coventry vă poate da sfaturi despre cum să rămâneți în "
                        "siguranță și cum să vă gestionați banii.</p>"
                    ),
                ),
                (
                    "contact",
                    {
                        "name": "Age UK Coventry (organizație care ajută persoanele vârstnice)",
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
                            "title": "Action Fraud (raportarea fraudelor)",
                            "url": "https://www.actionfraud.police.uk/",
                        },
                        {
                            "title": "Înșelătorii și fraude (Age UK)",
                            "url": "https://www.ageuk.org.uk/information-advice/money-legal/scams-fraud/",
                        },
                        {
                            "title": "Împuternicirea de lungă durată (GOV.UK)",
                            "url": "https://www.gov.uk/power-of-attorney",
                        },
                    ],
                ),
            ],
        },
    },
}


CONTACTS = {
    "council_name": "Consiliul Local Coventry",
    "service_name": HOME["title"],
    "asc_direct_hours": "Până la ora 17:00 de luni până joi, până la ora 16:30 vinerea",
    "out_of_hours_hours": (
        "După ora 17:00 de luni până joi, după ora 16:30 vinerea și în tot weekendul"
    ),
    "text_relay": "Relay UK: formați 18001, apoi 024 7683 3003",
    "footer_link_titles": [
        "Asistența socială pentru adulți pe site-ul consiliului",
        "Ghidul Adult Social Care and Communities (servicii și sprijin în zona dumneavoastră)",
    ],
}

# The get-involved form's topics of interest, by their English names.
TOPICS_OF_INTEREST = {
    "Carers": "Îngrijitori",
    "Direct payments": "Plăți directe",
    "Learning disabilities and autism": "Dizabilități de învățare și autism",
    "Mental health": "Sănătate mintală",
    "Older people": "Persoane în vârstă",
    "Safeguarding": "Protecția adulților",
}
