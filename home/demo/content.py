"""Plain-English demo pages, written from the council's published documents."""

HOME = {
    "title": "Adult social care information",
    "introduction": (
        "Clear information about staying safe, making decisions, getting help to have your say, "
        "making a complaint and paying for care. If you need help now, call Adult Social Care "
        "Direct on 024 7683 3003."
    ),
}

TOPICS = [
    {
        "slug": "safeguarding-adults",
        "title": "Safeguarding adults",
        "introduction": (
            "Safeguarding means working with people to stop harm and abuse, and helping them "
            "recover if it happens. Find out what abuse is, how to report it and what happens "
            "next."
        ),
        "pages": [
            {
                "slug": "what-is-abuse",
                "title": "What is abuse and neglect",
                "summary": (
                    "Abuse is when someone harms you or stops you living safely. Find out about "
                    "the 10 types of abuse and neglect, and the signs to look out for."
                ),
                "body": [
                    ("heading", {"text": "What safeguarding means", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Everyone has the right to live in safety, free from abuse and "
                            "neglect.</p>"
                            "<p>Safeguarding is how we work with people to stop them being harmed "
                            "by others, or sometimes by themselves. It also means helping people "
                            "to recover when they have been abused.</p>"
                            "<p>Anyone can be abused. Some adults are more at risk. This includes "
                            "people who need care and support because of their age, an illness or "
                            "a disability, and who cannot protect themselves.</p>"
                        ),
                    ),
                    (
                        "warning",
                        {"text": "If you or someone else is in immediate danger, call 999."},
                    ),
                    ("heading", {"text": "The 10 types of abuse", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A law called the Care Act 2014 lists 10 types of abuse and "
                            "neglect. A person may suffer more than one type at the same time.</p>"
                            "<ul>"
                            "<li><b>Physical abuse</b> - hitting, slapping, pushing, holding "
                            "someone down or giving them the wrong medicine on purpose.</li>"
                            "<li><b>Domestic abuse</b> - abuse by a partner, an ex-partner or a "
                            "family member. It includes controlling or threatening behaviour.</li>"
                            "<li><b>Sexual abuse</b> - any sexual act or touching that you did "
                            "not agree to, or could not agree to.</li>"
                            "<li><b>Psychological or emotional abuse</b> - threats, bullying, "
                            "shouting, blaming you or keeping you away from friends and "
                            "family.</li>"
                            "<li><b>Financial or material abuse</b> - stealing, scams, or someone "
                            "misusing your money, benefits or belongings. It also includes "
                            "pressure to change your will.</li>"
                            "<li><b>Modern slavery</b> - forcing someone to work for little or no "
                            "pay, or keeping them somewhere against their will.</li>"
                            "<li><b>Discriminatory abuse</b> - treating you badly because of your "
                            "race, religion, disability, age, sex, sexuality or gender "
                            "identity.</li>"
                            "<li><b>Organisational abuse</b> - poor care in a care home, hospital "
                            "or care service, often because of the way the place is run.</li>"
                            "<li><b>Neglect</b> - not giving someone the care they need, such as "
                            "food, medicine, warmth or help to keep clean.</li>"
                            "<li><b>Self-neglect</b> - when a person does not look after their "
                            "own health, hygiene or home. This can include hoarding.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Signs to look out for", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>It is not always easy to tell if someone is being abused. Things "
                            "to look out for include:</p>"
                            "<ul>"
                            "<li>bruises, cuts or burns that nobody can explain</li>"
                            "<li>seeming scared, quiet or upset around a certain person</li>"
                            "<li>bills not being paid, or money and belongings going missing</li>"
                            "<li>looking hungry, unwashed or wearing dirty clothes</li>"
                            "<li>not being allowed to see visitors or speak alone</li>"
                            "<li>a home that is very cold, dirty or full of clutter</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "Abuse can happen anywhere: at home, in a care home, in hospital, at "
                            "a day centre or online. It is often done by someone the person knows "
                            "and trusts, such as a relative, a friend or a paid carer."
                        ),
                    ),
                    ("heading", {"text": "Getting help", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you are worried about yourself or someone else, tell us. You "
                            "do not need proof. It is our job to look into it, not yours.</p>"
                            "<p>You can read more about what to do on our page about how to "
                            "report abuse. You can also ask for information in another language "
                            "or format by emailing getinvolvedasc@coventry.gov.uk.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Adult Social Care and Communities Directory",
                                "url": "https://cid.coventry.gov.uk/",
                            },
                            {
                                "title": "Care and support statutory guidance (GOV.UK)",
                                "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance",
                            },
                            {
                                "title": "Social care and support guide (NHS)",
                                "url": "https://www.nhs.uk/conditions/social-care-and-support-guide/",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "how-to-report-abuse",
                "title": "How to report abuse",
                "summary": (
                    "If you think an adult is being abused or neglected, tell us. You can phone "
                    "or email us, or ask someone to do it for you. You do not need proof."
                ),
                "body": [
                    ("heading", {"text": "If someone is in danger now", "level": "h2"}),
                    (
                        "warning",
                        {"text": "If you or someone else is in immediate danger, call 999."},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If a crime has happened but nobody is in danger right now, call "
                            "the police on 101.</p>"
                            "<p>If you are deaf, hard of hearing or have a speech impairment, you "
                            "can contact us through Relay UK. Dial 18001 before our phone "
                            "number.</p>"
                        ),
                    ),
                    ("heading", {"text": "How to tell us about a concern", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Make sure the person is safe",
                                "text": (
                                    "If they need a doctor or the police straight away, call 999 "
                                    "first."
                                ),
                            },
                            {
                                "title": "Contact Adult Social Care Direct",
                                "text": (
                                    "Phone 024 7683 3003 or email ascdirect@coventry.gov.uk. "
                                    "Outside office hours, call 024 7683 2222."
                                ),
                            },
                            {
                                "title": "Tell us what you know",
                                "text": (
                                    "Say what has happened, when, and who you think is causing "
                                    "harm. Tell us what you have seen or heard, even if it seems "
                                    "small."
                                ),
                            },
                            {
                                "title": "We decide what to do next",
                                "text": (
                                    "We look at every concern. We may contact you again to ask "
                                    "more questions."
                                ),
                            },
                        ],
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "contact",
                        {
                            "name": "Emergency Out of Hours",
                            "phone": "024 7683 2222",
                            "email": "",
                            "text_relay": "18001 024 7683 2222",
                            "opening_hours": (
                                "After 5pm Monday to Thursday\n"
                                "After 4.30pm on Friday\n"
                                "All weekend\n"
                                "For urgent enquiries and emergencies only"
                            ),
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "What we will ask you", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>It helps if you can tell us:</p>"
                            "<ul>"
                            "<li>the name and address of the person you are worried about</li>"
                            "<li>what happened, and when</li>"
                            "<li>who you think is causing the harm, if you know</li>"
                            "<li>if the person knows you are contacting us, and what they want to "
                            "happen</li>"
                            "<li>your name and how we can contact you</li>"
                            "</ul>"
                            "<p>Do not worry if you cannot answer every question. Tell us what "
                            "you can.</p>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "Can I report a concern without giving my name?",
                            "text": (
                                "<p>Yes. You do not have to give your name. But it helps if we "
                                "can contact you to ask more questions.</p>"
                                "<p>We keep your details private as far as we can. We only share "
                                "information when we need to, to keep someone safe.</p>"
                            ),
                        },
                    ),
                    (
                        "details",
                        {
                            "summary": "Should I ask the person before I tell you?",
                            "text": (
                                "<p>If you can, talk to the person first and ask what they want. "
                                "Adults have the right to make their own choices.</p>"
                                "<p>But you should still tell us if:</p>"
                                "<ul>"
                                "<li>other people may be at risk</li>"
                                "<li>a crime may have happened</li>"
                                "<li>the person may not understand the danger they are in</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    ("heading", {"text": "If you work in health or social care", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you work with adults, you have a duty to report abuse. Follow "
                            "your organisation's safeguarding policy and the West Midlands Adult "
                            "Safeguarding Policy and Procedures.</p>"
                            "<ul>"
                            "<li>Tell your manager or safeguarding lead straight away.</li>"
                            "<li>Write down what you saw or heard, using the person's own "
                            "words.</li>"
                            "<li>Do not try to investigate yourself.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "Our safeguarding posters are available in Polish, Punjabi, Urdu, "
                            "Arabic, Romanian and Tigrinya. To ask for information in another "
                            "language or format, email getinvolvedasc@coventry.gov.uk."
                        ),
                    ),
                ],
            },
            {
                "slug": "what-happens-after-you-report",
                "title": "What happens after you report a concern",
                "summary": (
                    "Find out what we do when we get a safeguarding concern, how we involve you, "
                    "and what Making Safeguarding Personal means for you."
                ),
                "body": [
                    ("heading", {"text": "What we do first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>When we get a concern, we look at it quickly. We check if the "
                            "person is safe right now. We look at most new concerns within 2 "
                            "days.</p>"
                            "<p>We may talk to the person, to you, and to people who know them, "
                            "such as their doctor or care provider. If a crime may have happened, "
                            "we tell the police.</p>"
                        ),
                    ),
                    (
                        "warning",
                        {"text": "If you or someone else is in immediate danger, call 999."},
                    ),
                    ("heading", {"text": "The steps we follow", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "We look at the concern",
                                "text": "We find out what has happened and if anyone is in danger.",
                            },
                            {
                                "title": "We talk to the adult at risk",
                                "text": (
                                    "We ask what happened, how they feel and what they would like "
                                    "to change."
                                ),
                            },
                            {
                                "title": "We decide if we need to make enquiries",
                                "text": (
                                    "Sometimes the law says we must find out more. This is when "
                                    "an adult has care and support needs, is at risk of abuse or "
                                    "neglect, and cannot protect themselves. This is called a "
                                    "Section 42 enquiry, after the part of the Care Act 2014 that "
                                    "sets it out."
                                ),
                            },
                            {
                                "title": "We make a plan with you",
                                "text": (
                                    "If more needs to happen, we agree a safety plan with the "
                                    "person to reduce the risk of harm."
                                ),
                            },
                            {
                                "title": "We check how it went",
                                "text": (
                                    "At the end, we ask the person if they got the outcomes they "
                                    "wanted."
                                ),
                            },
                        ],
                    ),
                    ("heading", {"text": "Making Safeguarding Personal", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Making Safeguarding Personal means we do safeguarding <b>with</b> "
                            "you, not <b>to</b> you. We ask what matters to you and what you want "
                            "to happen. For example, people have told us:</p>"
                            "<ul>"
                            '<li>"I want to feel safer."</li>'
                            '<li>"I would like my money back."</li>'
                            '<li>"I want other people to be protected."</li>'
                            "</ul>"
                            "<p>All the organisations on the Coventry Safeguarding Adults Board "
                            "work in this way.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "You have the right to make your own choices, even if other people "
                            "think they are unwise. If you can make the decision, we will respect "
                            "it. We may still act if other people are at risk or a serious crime "
                            "has happened."
                        ),
                    ),
                    ("heading", {"text": "Help to take part", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You can have a friend or relative with you to support you. If you "
                            "would find it very hard to take part, and there is nobody suitable "
                            "to help, we must arrange an independent advocate for you. An "
                            "advocate is someone who helps you say what you want.</p>"
                        ),
                    ),
                    ("heading", {"text": "After the enquiry", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>We will tell you what we found and what will happen next. We may "
                            "ask you to fill in a short online survey about how it went. You do "
                            "not have to give your name, but you can if you want us to contact "
                            "you.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                ],
            },
            {
                "slug": "keeping-safe-and-avoiding-scams",
                "title": "Keeping yourself safe and avoiding scams",
                "summary": (
                    "Simple ways to protect yourself, your money and your home from scams, fraud "
                    "and people who may want to take advantage of you."
                ),
                "body": [
                    ("heading", {"text": "Staying safe at home", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>Do not open the door to someone you do not know. Use a door "
                            "chain or spy hole if you have one.</li>"
                            "<li>Ask callers for ID. A real caller will be happy to wait while "
                            "you check by phoning their company.</li>"
                            "<li>Never agree to building work or buy anything on the "
                            "doorstep.</li>"
                            "<li>Keep a list of trusted phone numbers near your phone.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "warning",
                        {"text": "If you or someone else is in immediate danger, call 999."},
                    ),
                    ("heading", {"text": "How to spot a scam", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A scam is a trick to take your money or personal details. Scams "
                            "can come by post, phone, text, email, online or at your door. It "
                            "might be a scam if:</p>"
                            "<ul>"
                            "<li>someone you do not know contacts you out of the blue</li>"
                            "<li>you are told to act now or keep it secret</li>"
                            "<li>you are asked for your bank details, PIN or passwords</li>"
                            "<li>you have won a prize for a competition you did not enter</li>"
                            "<li>someone you met online asks you for money</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "Your bank and the police will never ask for your PIN. They will "
                            "never ask you to move money to a 'safe account'."
                        ),
                    ),
                    ("heading", {"text": "If you think you have been scammed", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Stop",
                                "text": "Do not send any more money or give any more details.",
                            },
                            {
                                "title": "Call your bank",
                                "text": (
                                    "Use the number on the back of your bank card, or call 159. "
                                    "Your bank may be able to stop a payment."
                                ),
                            },
                            {
                                "title": "Report it",
                                "text": (
                                    "Report the scam to Action Fraud on 0300 123 2040 or on their "
                                    "website."
                                ),
                            },
                            {
                                "title": "Tell someone you trust",
                                "text": (
                                    "Scams can happen to anyone. You have nothing to be ashamed of."
                                ),
                            },
                        ],
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If you need care and support and someone is taking your money or "
                            "pressuring you, this may be financial abuse. Tell Adult Social Care "
                            "Direct.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "Planning ahead", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Think about who you would want to help with your money if you "
                            "could not manage it in the future. A lasting power of attorney lets "
                            "you choose someone you trust. Be careful about who you give your "
                            "bank cards or passwords to.</p>"
                            "<p>Age UK Coventry can give you advice about staying safe and "
                            "managing your money.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Age UK Coventry",
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
                            {"title": "Action Fraud", "url": "https://www.actionfraud.police.uk/"},
                            {
                                "title": "Scams and fraud (Age UK)",
                                "url": "https://www.ageuk.org.uk/information-advice/money-legal/scams-fraud/",
                            },
                            {
                                "title": "Lasting power of attorney (GOV.UK)",
                                "url": "https://www.gov.uk/power-of-attorney",
                            },
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "mental-capacity",
        "title": "Mental capacity",
        "introduction": (
            "Mental capacity means being able to make your own decisions. Find out how the law "
            "protects your right to decide, and what happens if you cannot make a decision."
        ),
        "pages": [
            {
                "slug": "what-mental-capacity-means",
                "title": "What mental capacity means",
                "summary": (
                    "Mental capacity means being able to make a decision for yourself. Find out "
                    "how the Mental Capacity Act 2005 protects you, and its 5 main principles."
                ),
                "body": [
                    ("heading", {"text": "What is mental capacity", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Having mental capacity means you can make a decision for "
                            "yourself. A law called the Mental Capacity Act 2005 protects your "
                            "right to make your own decisions. It applies to people aged 16 and "
                            "over in England and Wales.</p>"
                            "<p>Some people cannot make some decisions because of the way their "
                            "mind or brain is working. This could be because of dementia, a "
                            "learning disability, a brain injury, a stroke, a mental health "
                            "problem, or the effects of drugs or alcohol.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "Capacity is about one decision at one time. You may be able to "
                            "choose what to eat or wear, but not how to manage a large amount of "
                            "money. Capacity can also change. Someone who is very ill may be able "
                            "to decide again when they feel better."
                        ),
                    ),
                    (
                        "heading",
                        {"text": "The 5 principles of the Mental Capacity Act", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Everyone who works with you or cares for you must follow these "
                            "rules.</p>"
                        ),
                    ),
                    (
                        "steps",
                        [
                            {
                                "title": "Start by thinking you can decide",
                                "text": (
                                    "Everyone must assume you can make your own decisions, unless "
                                    "it is shown that you cannot."
                                ),
                            },
                            {
                                "title": "Give you the help you need",
                                "text": (
                                    "People must do all they can to help you decide for yourself. "
                                    "For example, using pictures, simple words or an interpreter, "
                                    "or choosing a better time of day."
                                ),
                            },
                            {
                                "title": "An unwise decision is still your decision",
                                "text": (
                                    "Making a choice that others think is unwise does not mean "
                                    "you lack capacity."
                                ),
                            },
                            {
                                "title": "Act in your best interests",
                                "text": (
                                    "If someone has to decide for you, they must do what is best "
                                    "for you, not what is easiest for them."
                                ),
                            },
                            {
                                "title": "Choose the option that limits you least",
                                "text": (
                                    "Any decision made for you should limit your rights and "
                                    "freedom as little as possible."
                                ),
                            },
                        ],
                    ),
                    ("heading", {"text": "How capacity is checked", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The person who needs the decision to be made checks your "
                            "capacity. This might be a social worker, a doctor or a care worker. "
                            "They ask if you can:</p>"
                            "<ol>"
                            "<li>understand the information about the decision</li>"
                            "<li>remember it for long enough to decide</li>"
                            "<li>think about it and weigh it up</li>"
                            "<li>tell people your decision in any way, such as by talking, "
                            "signing, using pictures or squeezing a hand</li>"
                            "</ol>"
                            "<p>If you cannot do one or more of these things because of the way "
                            "your mind or brain is working, you lack capacity for that decision "
                            "at that time.</p>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "What does 'best interests' mean?",
                            "text": (
                                "<p>When someone makes a decision for you, they must think "
                                "about:</p>"
                                "<ul>"
                                "<li>your wishes and feelings, now and in the past</li>"
                                "<li>your beliefs and values</li>"
                                "<li>the views of your family, carers and anyone you have "
                                "named</li>"
                                "<li>if you might be able to decide yourself later on</li>"
                                "</ul>"
                                "<p>They must involve you as much as they can. They must not "
                                "decide based only on your age, how you look or your "
                                "condition.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Planning ahead", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You can plan now for a time when you may not be able to decide. "
                            "You could:</p>"
                            "<ul>"
                            "<li>make a lasting power of attorney</li>"
                            "<li>write down your wishes about your care</li>"
                            "<li>make an advance decision to refuse certain medical treatment</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Understanding Mental Capacity (Coventry)",
                                "url": "https://www.umccoventry.co.uk/",
                            },
                            {
                                "title": "Making decisions for someone (GOV.UK)",
                                "url": "https://www.gov.uk/make-decisions-for-someone",
                            },
                            {
                                "title": "Mental Capacity Act 2005 (legislation.gov.uk)",
                                "url": "https://www.legislation.gov.uk/ukpga/2005/9/contents",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "lasting-power-of-attorney",
                "title": "Lasting power of attorney",
                "summary": (
                    "A lasting power of attorney lets you choose people you trust to make "
                    "decisions for you if you cannot make them yourself in the future."
                ),
                "body": [
                    ("heading", {"text": "What a lasting power of attorney is", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A lasting power of attorney is a legal document. It lets you "
                            "choose one or more people to make decisions for you. These people "
                            "are called your attorneys. They could be a relative, a friend or a "
                            "professional.</p>"
                            "<p>You must be 18 or over. You must have mental capacity when you "
                            "make it. This is why it is a good idea to plan early.</p>"
                        ),
                    ),
                    ("heading", {"text": "The 2 types", "level": "h2"}),
                    ("heading", {"text": "Property and financial affairs", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>This lets your attorneys deal with your money and property. For "
                            "example, paying bills, managing your bank account, collecting "
                            "benefits or selling your home. You can let them use it while you "
                            "still have capacity, if you want.</p>"
                        ),
                    ),
                    ("heading", {"text": "Health and welfare", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>This lets your attorneys make decisions about your daily routine, "
                            "your medical care and where you live, such as moving into a care "
                            "home. It can only be used when you cannot make the decision "
                            "yourself.</p>"
                        ),
                    ),
                    ("heading", {"text": "How to make one", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Choose your attorneys",
                                "text": "Pick people you trust to act in your best interests.",
                            },
                            {
                                "title": "Fill in the forms",
                                "text": (
                                    "You can do this online on GOV.UK or on paper. Someone can "
                                    "help you fill them in."
                                ),
                            },
                            {
                                "title": "Get a certificate provider",
                                "text": (
                                    "This is someone who checks that you understand what you are "
                                    "signing and that nobody is pressuring you."
                                ),
                            },
                            {
                                "title": "Sign the forms",
                                "text": (
                                    "You, your certificate provider and your attorneys must sign "
                                    "in the right order."
                                ),
                            },
                            {
                                "title": "Register it",
                                "text": (
                                    "Send it to the Office of the Public Guardian. It cannot be "
                                    "used until it is registered."
                                ),
                            },
                        ],
                    ),
                    (
                        "inset",
                        (
                            "There is a fee to register a lasting power of attorney. You may pay "
                            "less, or nothing, if you have a low income or get certain benefits."
                        ),
                    ),
                    (
                        "heading",
                        {"text": "If there is no lasting power of attorney", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>If you lose capacity and have no lasting power of attorney, your "
                            "family cannot automatically manage your money.</p>"
                            "<ul>"
                            "<li>Someone may need to ask the Court of Protection to make them "
                            "your <b>deputy</b>. This can take longer and cost more.</li>"
                            "<li>If you only have benefits, the Department for Work and Pensions "
                            "can let someone manage them for you. This person is called an "
                            "<b>appointee</b>.</li>"
                            "<li>Decisions about your care are made in your best interests by the "
                            "people caring for you, after talking to your family.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "What if I am worried about how an attorney is acting?",
                            "text": (
                                "<p>Attorneys must act in the person's best interests. If you "
                                "think an attorney is not doing this, you can tell the "
                                "<a "
                                'href="https://www.gov.uk/government/organisations/office-of-the-public-guardian">'
                                "Office of the Public Guardian</a>. They can look into it.</p>"
                                "<p>If you think someone is taking the person's money, this may "
                                "be financial abuse. Contact Adult Social Care Direct on 024 7683 "
                                "3003.</p>"
                            ),
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Lasting power of attorney (GOV.UK)",
                                "url": "https://www.gov.uk/power-of-attorney",
                            },
                            {
                                "title": "Office of the Public Guardian",
                                "url": "https://www.gov.uk/government/organisations/office-of-the-public-guardian",
                            },
                            {
                                "title": "Understanding Mental Capacity (Coventry)",
                                "url": "https://www.umccoventry.co.uk/",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "deprivation-of-liberty-safeguards",
                "title": "Deprivation of Liberty Safeguards",
                "summary": (
                    "The Deprivation of Liberty Safeguards protect people in care homes and "
                    "hospitals who cannot agree to their care and whose freedom is limited."
                ),
                "body": [
                    ("heading", {"text": "What the safeguards are", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The Deprivation of Liberty Safeguards are often called DoLS. They "
                            "are part of the Mental Capacity Act 2005.</p>"
                            "<p>They make sure people in care homes and hospitals are looked "
                            "after in a way that does not limit their freedom unfairly. They "
                            "apply to people aged 18 and over who cannot agree to their care "
                            "because they lack mental capacity.</p>"
                            "<p>A person is deprived of their liberty if:</p>"
                            "<ul>"
                            "<li>staff watch over and control them all or most of the time, "
                            "and</li>"
                            "<li>they are not free to leave, and</li>"
                            "<li>they cannot agree to these arrangements</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "How an authorisation works", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "The care home or hospital asks us",
                                "text": (
                                    "They must ask the council to agree to the care. This is "
                                    "called asking for an authorisation."
                                ),
                            },
                            {
                                "title": "Independent assessors visit",
                                "text": (
                                    "A best interests assessor and a doctor meet the person. They "
                                    "check the care is needed, is in the person's best interests "
                                    "and is the least restrictive option."
                                ),
                            },
                            {
                                "title": "We make a decision",
                                "text": (
                                    "If all the checks are met, we give an authorisation. It can "
                                    "last for up to 12 months and may have conditions."
                                ),
                            },
                            {
                                "title": "A representative is chosen",
                                "text": (
                                    "Each person has a representative to stand up for them. This "
                                    "is often a relative or friend. If there is nobody, we "
                                    "arrange a paid representative."
                                ),
                            },
                        ],
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In an emergency, the care home or hospital can give itself an "
                            "urgent authorisation for up to 7 days while it waits for our "
                            "assessment.</p>"
                        ),
                    ),
                    ("heading", {"text": "Your rights", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>You have the right to a representative.</li>"
                            "<li>You and your representative can get help from an Independent "
                            "Mental Capacity Advocate.</li>"
                            "<li>You can ask us to review the authorisation at any time.</li>"
                            "<li>You can challenge it in the Court of Protection. Legal aid is "
                            "available for this, whatever your income.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Care in other places", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>DoLS only cover care homes and hospitals. Someone may also be "
                            "deprived of their liberty in supported living or in their own home. "
                            "When this happens, the Court of Protection must agree to it. We can "
                            "explain how this works.</p>"
                        ),
                    ),
                    ("heading", {"text": "Liberty Protection Safeguards", "level": "h2"}),
                    (
                        "inset",
                        (
                            "You may have heard that new Liberty Protection Safeguards will "
                            "replace DoLS. The government has delayed this change and has not set "
                            "a date. DoLS are still the law. This page explains how things work "
                            "now."
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Understanding Mental Capacity (Coventry)",
                                "url": "https://www.umccoventry.co.uk/",
                            },
                            {
                                "title": (
                                    "Deprivation of Liberty Safeguards: forms and guidance (GOV.UK)"
                                ),
                                "url": "https://www.gov.uk/government/publications/deprivation-of-liberty-safeguards-forms-and-guidance",
                            },
                            {
                                "title": "Court of Protection (GOV.UK)",
                                "url": "https://www.gov.uk/courts-tribunals/court-of-protection",
                            },
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "advocacy",
        "title": "Advocacy",
        "introduction": (
            "An advocate is someone who helps you have your say. Find out what advocates do, when "
            "you have a right to one and how to ask for one."
        ),
        "pages": [
            {
                "slug": "what-an-advocate-does",
                "title": "What an advocate does",
                "summary": (
                    "An advocate is an independent person who helps you understand your options, "
                    "say what you want and make sure your rights are respected."
                ),
                "body": [
                    ("heading", {"text": "What advocacy means", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Advocacy means getting support to speak up. An advocate can help "
                            "you:</p>"
                            "<ul>"
                            "<li>understand information and your choices</li>"
                            "<li>say what you think and what you want</li>"
                            "<li>know your rights</li>"
                            "<li>take part in decisions about your life</li>"
                            "<li>challenge a decision if you do not agree with it</li>"
                            "</ul>"
                            "<p>An advocate is independent. This means they do not work for the "
                            "council, the NHS or your care provider. They are on your side.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "An advocate will not make decisions for you or tell you what to do. "
                            "They help you make your own choices and make sure other people "
                            "listen."
                        ),
                    ),
                    ("heading", {"text": "Types of advocate", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Our local advocacy service offers different kinds of advocate:</p>"
                            "<ul>"
                            "<li><b>Care Act advocates</b> help you take part in assessments, "
                            "support planning, reviews and safeguarding.</li>"
                            "<li><b>Independent Mental Capacity Advocates</b> support people who "
                            "cannot make some important decisions for themselves.</li>"
                            "<li><b>Independent Mental Health Advocates</b> help people who are "
                            "detained or treated under the Mental Health Act.</li>"
                            "<li><b>Independent Domestic Violence Advocates</b> help people at "
                            "risk from domestic abuse to plan how to stay safe.</li>"
                            "<li><b>Independent Sexual Violence Advocates</b> support people who "
                            "have been raped or sexually assaulted.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Other support to speak up", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A friend or relative may be able to support you to have your say. "
                            "You can also speak up for yourself with the help of a self-advocacy "
                            "or peer support group.</p>"
                            "<p>Healthwatch is an independent organisation. It helps people have "
                            "their say about health and social care services.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Healthwatch Coventry",
                            "phone": "024 7625 2011",
                            "email": "",
                            "text_relay": "",
                            "opening_hours": "",
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "How to get an advocate", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Ask us",
                                "text": (
                                    "Speak to your social worker, or the person doing your "
                                    "assessment. You can also call Adult Social Care Direct."
                                ),
                            },
                            {
                                "title": "Tell us what you need",
                                "text": (
                                    "Let us know if you need an interpreter, British Sign "
                                    "Language, easy read or large print."
                                ),
                            },
                            {
                                "title": "We make the referral",
                                "text": (
                                    "If you are entitled to an advocate, we ask our advocacy "
                                    "service to contact you."
                                ),
                            },
                        ],
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                ],
            },
            {
                "slug": "care-act-advocacy",
                "title": "Independent advocacy under the Care Act",
                "summary": (
                    "If you would find it very hard to take part in your assessment or care "
                    "planning, and nobody can help you, we must arrange an independent advocate."
                ),
                "body": [
                    ("heading", {"text": "Your right to an advocate", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>A law called the Care Act 2014 says we must arrange an "
                            "independent advocate for you if both of these are true:</p>"
                            "<ol>"
                            "<li>you would have <b>substantial difficulty</b> taking part in "
                            "decisions about your care, and</li>"
                            "<li>there is no suitable friend or relative who can support you</li>"
                            "</ol>"
                            "<p>This is free. We must offer it as early as we can.</p>"
                        ),
                    ),
                    ("heading", {"text": "What substantial difficulty means", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You may have substantial difficulty if you find it very hard to "
                            "do one or more of these things:</p>"
                            "<ul>"
                            "<li>understand the information we give you</li>"
                            "<li>remember it</li>"
                            "<li>think about it and weigh it up</li>"
                            "<li>tell us your views, wishes and feelings</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "Who counts as a suitable friend or relative?",
                            "text": (
                                "<p>It must be someone who is willing and able to support you, "
                                "and who you are happy to have help you.</p>"
                                "<p>It cannot be someone paid to care for you. It cannot be "
                                "someone you do not want, or someone who may be causing you "
                                "harm.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "When you can have one", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You can have a Care Act advocate for:</p>"
                            "<ul>"
                            "<li>your needs assessment</li>"
                            "<li>a carer's assessment</li>"
                            "<li>planning your care and support</li>"
                            "<li>a review of your care and support plan</li>"
                            "<li>a safeguarding enquiry or a Safeguarding Adults Review</li>"
                            "<li>planning for adult care when you are a young person moving on "
                            "from children's services</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "Unpaid carers have this right too. If you look after someone and "
                            "would find it very hard to take part in your carer's assessment, ask "
                            "us for an advocate."
                        ),
                    ),
                    ("heading", {"text": "What the advocate will do", "level": "h2"}),
                    ("heading", {"text": "Before meetings", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Your advocate will meet you, get to know you and explain what "
                            "will happen. They will help you think about what you want to say.</p>"
                        ),
                    ),
                    ("heading", {"text": "During and after meetings", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<p>Your advocate can come to meetings with you. They can speak for "
                            "you if you want them to. They will check that your plan shows what "
                            "you want. If you disagree with a decision, they can help you "
                            "challenge it.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Care and support statutory guidance (GOV.UK)",
                                "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance",
                            },
                            {
                                "title": "Care Act 2014 (legislation.gov.uk)",
                                "url": "https://www.legislation.gov.uk/ukpga/2014/23/contents",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "independent-mental-capacity-advocates",
                "title": "Independent Mental Capacity Advocates (IMCA)",
                "summary": (
                    "An IMCA supports people who cannot make an important decision for themselves "
                    "and have no family or friends to speak for them."
                ),
                "body": [
                    ("heading", {"text": "What an IMCA is", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>An Independent Mental Capacity Advocate, or IMCA, is a type of "
                            "advocate set up by the Mental Capacity Act 2005.</p>"
                            "<p>An IMCA supports a person who lacks mental capacity to make an "
                            "important decision. They make sure the person's wishes, feelings, "
                            "beliefs and values are taken into account.</p>"
                        ),
                    ),
                    ("heading", {"text": "When an IMCA must be offered", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>An IMCA must be asked to help if a person lacks capacity, has "
                            "nobody suitable to speak for them apart from paid carers, and the "
                            "decision is about:</p>"
                            "<ul>"
                            "<li>serious medical treatment</li>"
                            "<li>a move into hospital for more than 28 days</li>"
                            "<li>a move into a care home or other long-term home for more than 8 "
                            "weeks</li>"
                            "</ul>"
                            "<p>We may also ask for an IMCA for a care review, or during "
                            "safeguarding, even if the person has family.</p>"
                        ),
                    ),
                    ("heading", {"text": "What an IMCA does", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>meets the person in private, if possible</li>"
                            "<li>reads their care and health records</li>"
                            "<li>talks to the people who know and care for them</li>"
                            "<li>finds out what the person would want</li>"
                            "<li>checks the decision is in the person's best interests</li>"
                            "<li>writes a report for the person making the decision</li>"
                            "<li>can challenge the decision if they think it is wrong</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "IMCAs and the Deprivation of Liberty Safeguards",
                            "text": (
                                "<p>A person whose care is authorised under the Deprivation of "
                                "Liberty Safeguards can get help from an IMCA. So can their "
                                "unpaid representative, such as a relative or friend.</p>"
                                "<p>The IMCA helps them understand the authorisation and their "
                                "rights. This includes the right to ask for a review or go to "
                                "court.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "How to ask for an IMCA", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The professional who is responsible for the decision asks for the "
                            "IMCA. This might be a social worker, a doctor or a nurse.</p>"
                            "<p>If you think someone should have an IMCA, talk to their social "
                            "worker or to staff at the hospital or care home. You can also call "
                            "Adult Social Care Direct.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Understanding Mental Capacity (Coventry)",
                                "url": "https://www.umccoventry.co.uk/",
                            },
                            {
                                "title": "Mental Capacity Act Code of Practice (GOV.UK)",
                                "url": "https://www.gov.uk/government/publications/mental-capacity-act-code-of-practice",
                            },
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "complaints-and-feedback",
        "title": "Complaints and feedback",
        "introduction": (
            "We want to hear when things go well and when they go wrong. Find out how to make a "
            "complaint, what happens next and who can help you."
        ),
        "pages": [
            {
                "slug": "how-to-make-a-complaint",
                "title": "How to make a complaint",
                "summary": (
                    "If you are unhappy with adult social care, tell us. You can complain by "
                    "phone, email or in writing, and someone else can complain for you."
                ),
                "body": [
                    ("heading", {"text": "Talk to us first", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If something has gone wrong, talk to the person you deal with or "
                            "their manager. Many problems can be put right quickly this way.</p>"
                            "<p>If you are still unhappy, you can make a complaint. You can "
                            "complain about:</p>"
                            "<ul>"
                            "<li>a service we provide or arrange for you</li>"
                            "<li>a decision we have made</li>"
                            "<li>a delay, or something we have not done</li>"
                            "<li>how you have been treated</li>"
                            "<li>what you have been charged</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "How to complain", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Contact us",
                                "text": (
                                    "Phone, email or write to Adult Social Care Direct. You can "
                                    "also ask the council's customer services to pass on your "
                                    "complaint."
                                ),
                            },
                            {
                                "title": "Say what went wrong",
                                "text": "Tell us what happened, when, and who was involved.",
                            },
                            {
                                "title": "Say what you would like to happen",
                                "text": (
                                    "For example, an apology, a decision looked at again, or a "
                                    "change to your care."
                                ),
                            },
                            {
                                "title": "Keep a copy",
                                "text": (
                                    "Keep copies of letters and emails, and a note of any phone "
                                    "calls."
                                ),
                            },
                        ],
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "contact",
                        {
                            "name": "Coventry City Council customer services",
                            "phone": "080 8583 4333",
                            "email": "",
                            "text_relay": "18001 080 8583 4333",
                            "opening_hours": "",
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "Who can complain", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You can complain if you get a service from us, or if you are "
                            "affected by what we do, such as an unpaid carer.</p>"
                            "<p>Someone else can complain for you if you agree. This could be a "
                            "relative, a friend, an advocate or your local councillor. If the "
                            "person cannot agree because they lack mental capacity, someone can "
                            "complain for them if it is in their best interests.</p>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "Is there a time limit?",
                            "text": (
                                "<p>Try to complain within 12 months of the problem happening, or "
                                "of you finding out about it.</p>"
                                "<p>We may still look at an older complaint if there is a good "
                                "reason for the delay and we can still look into it fairly.</p>"
                            ),
                        },
                    ),
                    (
                        "details",
                        {
                            "summary": "Will complaining affect my care?",
                            "text": (
                                "<p>No. Your care and support will not be affected because you "
                                "have made a complaint. We use complaints to learn and get "
                                "better.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Help to make a complaint", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you need help to make a complaint, you can:</p>"
                            "<ul>"
                            "<li>ask a friend or relative to help you</li>"
                            "<li>ask us about an independent advocate</li>"
                            "<li>contact Healthwatch, which helps people have their say about "
                            "health and care</li>"
                            "<li>ask for information in another language or format by emailing "
                            "getinvolvedasc@coventry.gov.uk</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Healthwatch Coventry",
                            "phone": "024 7625 2011",
                            "email": "",
                            "text_relay": "",
                            "opening_hours": "",
                            "address": "",
                        },
                    ),
                    (
                        "inset",
                        (
                            "If you arrange and pay for your own care, complain to the care "
                            "provider first. If you are still unhappy, you can ask the Local "
                            "Government and Social Care Ombudsman to look at it."
                        ),
                    ),
                ],
            },
            {
                "slug": "what-happens-after-you-complain",
                "title": "What happens after you complain",
                "summary": (
                    "Find out how we deal with your complaint, how long it should take and what "
                    "you can do if you are not happy with our answer."
                ),
                "body": [
                    ("heading", {"text": "When we get your complaint", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Our Complaints Team makes sure every complaint is dealt with in "
                            "the same fair way. We will tell you we have your complaint within 3 "
                            "working days. We will also tell you who is dealing with it.</p>"
                        ),
                    ),
                    ("heading", {"text": "How we look into it", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "We agree a plan with you",
                                "text": (
                                    "We check what you are unhappy about and what you would like "
                                    "to happen. We tell you how we will look into it and how long "
                                    "it should take."
                                ),
                            },
                            {
                                "title": "We look into your complaint",
                                "text": (
                                    "We read records and talk to the staff involved. We may ask "
                                    "you for more information."
                                ),
                            },
                            {
                                "title": "We write to you",
                                "text": (
                                    "Our letter tells you what we found, if we agree with your "
                                    "complaint, and what we will do to put things right."
                                ),
                            },
                            {
                                "title": "We learn from it",
                                "text": (
                                    "We share what we learn with staff so the same thing does not "
                                    "happen again."
                                ),
                            },
                        ],
                    ),
                    ("heading", {"text": "How long it takes", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Some complaints can be answered quickly. Others take longer to "
                            "look into. We will agree a time with you at the start.</p>"
                            "<p>If we need more time, we will tell you why and give you a new "
                            "date. If it takes longer than 6 months, we must write to you to "
                            "explain why.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "If your complaint shows that an adult may be being abused or "
                            "neglected, we will deal with the safety concern straight away. It "
                            "will not wait until the complaint is finished."
                        ),
                    ),
                    ("heading", {"text": "Compliments and other feedback", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>We also want to hear when things go well. We pass on compliments "
                            "to the staff involved. Each year we report the number of complaints "
                            "and compliments to the council's Cabinet, with what we have "
                            "learned.</p>"
                            "<p>After a review of your care, we may ask you to fill in a short "
                            "survey about your experience. You can also join our Adult Social "
                            "Care Stakeholder Group, or sign up for our news bulletin, by "
                            "emailing us.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Getting involved in adult social care",
                            "phone": "",
                            "email": "getinvolvedasc@coventry.gov.uk",
                            "text_relay": "",
                            "opening_hours": "",
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "If you are still unhappy", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you are not happy with our final answer, you can ask the Local "
                            "Government and Social Care Ombudsman to look at your complaint. The "
                            "Ombudsman is independent and free to use. Our letter will tell you "
                            "how to contact them.</p>"
                        ),
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Local Government and Social Care Ombudsman",
                                "url": "https://www.lgo.org.uk",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "local-government-and-social-care-ombudsman",
                "title": "The Local Government and Social Care Ombudsman",
                "summary": (
                    "If you are still unhappy after we have answered your complaint, you can ask "
                    "the independent Ombudsman to look at it. It is free."
                ),
                "body": [
                    ("heading", {"text": "What the Ombudsman does", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>The Local Government and Social Care Ombudsman looks at "
                            "complaints about councils and adult social care. It is independent, "
                            "fair and free to use. It does not take sides.</p>"
                            "<p>It can look at complaints about:</p>"
                            "<ul>"
                            "<li>care we provide or arrange</li>"
                            "<li>care homes and home care agencies</li>"
                            "<li>care you arrange and pay for yourself</li>"
                            "<li>care paid for with a direct payment</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "When you can go to the Ombudsman", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You should usually complain to us first, and give us the chance "
                            "to put things right. Then you can go to the Ombudsman if:</p>"
                            "<ul>"
                            "<li>you are not happy with our final answer, or</li>"
                            "<li>we are taking too long to deal with your complaint</li>"
                            "</ul>"
                            "<p>Contact the Ombudsman within 12 months of finding out about the "
                            "problem.</p>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "What the Ombudsman cannot usually look at",
                            "text": (
                                "<ul>"
                                "<li>problems that have already been to court</li>"
                                "<li>problems you could take to a court or tribunal</li>"
                                "<li>problems that affect everyone in the area in the same "
                                "way</li>"
                                "<li>problems from more than 12 months ago, unless there is a "
                                "good reason</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    ("heading", {"text": "How to complain to the Ombudsman", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Finish our complaints process",
                                "text": "Keep our final letter to you.",
                            },
                            {
                                "title": "Gather your papers",
                                "text": "Find any letters, emails and notes about your complaint.",
                            },
                            {
                                "title": "Contact the Ombudsman",
                                "text": (
                                    "You can complain on their website or by phone. Someone can "
                                    "do this for you if you agree."
                                ),
                            },
                            {
                                "title": "The Ombudsman decides",
                                "text": (
                                    "They decide if they can look into it. If they do, they ask "
                                    "us for information and tell you what they find."
                                ),
                            },
                        ],
                    ),
                    (
                        "contact",
                        {
                            "name": "Local Government and Social Care Ombudsman",
                            "phone": "0300 061 0614",
                            "email": "",
                            "text_relay": "18001 0300 061 0614",
                            "opening_hours": "",
                            "address": "PO Box 4771\nCoventry\nCV4 0EH",
                        },
                    ),
                    ("heading", {"text": "What the Ombudsman can ask us to do", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If the Ombudsman finds we got something wrong and it affected "
                            "you, it can ask us to:</p>"
                            "<ul>"
                            "<li>say sorry</li>"
                            "<li>make a decision again</li>"
                            "<li>pay you money to put things right</li>"
                            "<li>change the way we work</li>"
                            "</ul>"
                            "<p>The Ombudsman publishes its decisions on its website. Names are "
                            "not included.</p>"
                        ),
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Local Government and Social Care Ombudsman",
                                "url": "https://www.lgo.org.uk",
                            },
                            {
                                "title": (
                                    "Complaining to the Ombudsman about social care (Citizens "
                                    "Advice)"
                                ),
                                "url": "https://www.citizensadvice.org.uk/health/nhs-and-social-care-complaints/complaining-about-social-care-services/who-you-can-go-to-when-you-have-a-problem-with-an-adult-social-care-service/complaining-about-adult-social-care-services-to-the-LGSCO/",
                            },
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "financial-assessment",
        "title": "Paying for care and financial assessment",
        "introduction": (
            "Most people pay something towards their care and support. Find out how we work out "
            "what you pay, what counts as income and savings, and how direct payments work."
        ),
        "pages": [
            {
                "slug": "how-the-financial-assessment-works",
                "title": "How the financial assessment works",
                "summary": (
                    "A financial assessment works out if you need to pay towards your care and "
                    "how much. Find out what happens and what to have ready."
                ),
                "body": [
                    ("heading", {"text": "Why we do a financial assessment", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Social care is not free in the way that most NHS care is. First "
                            "we look at what care and support you need. If you are eligible for "
                            "support from us, our Financial Assessments Team then looks at your "
                            "income and savings.</p>"
                            "<p>This tells us:</p>"
                            "<ul>"
                            "<li>if we will pay for all of your care</li>"
                            "<li>how much you need to pay towards it, or</li>"
                            "<li>if you need to pay the full cost</li>"
                            "</ul>"
                            "<p>We only look at your own money. If you have a joint account, we "
                            "usually count half of it as yours.</p>"
                        ),
                    ),
                    ("heading", {"text": "Things you do not pay for", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>your needs assessment and a carer's assessment</li>"
                            "<li>information and advice</li>"
                            "<li>short-term support to help you get back on your feet, for "
                            "example after a stay in hospital, usually for up to 6 weeks</li>"
                            "<li>equipment and small changes to your home that cost £1,000 or "
                            "less</li>"
                            "<li>aftercare under section 117 of the Mental Health Act</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "What happens in the assessment", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "We explain how charging works",
                                "text": (
                                    "Your worker tells you about the financial assessment during "
                                    "your needs assessment."
                                ),
                            },
                            {
                                "title": "We ask about your money",
                                "text": (
                                    "We ask about your income, savings and costs. We can do this "
                                    "by form, by phone or on a visit."
                                ),
                            },
                            {
                                "title": "You send us proof",
                                "text": "For example, bank statements and benefit letters.",
                            },
                            {
                                "title": "We work out what you pay",
                                "text": (
                                    "We write to you to say how much you need to pay each week "
                                    "and how we worked it out."
                                ),
                            },
                        ],
                    ),
                    (
                        "details",
                        {
                            "summary": "Papers you may need",
                            "text": (
                                "<ul>"
                                "<li>recent bank and building society statements</li>"
                                "<li>letters about your State Pension and any other pensions</li>"
                                "<li>letters about your benefits</li>"
                                "<li>details of savings, ISAs, shares and premium bonds</li>"
                                "<li>your rent, mortgage and council tax bills</li>"
                                "<li>receipts for extra costs because of your disability or "
                                "illness</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "If you do not want to share your details", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>You do not have to tell us about your money. But if you choose "
                            "not to, you will be asked to pay the full cost of your care.</p>"
                            "<p>If you pay for your own care, you can still ask us for a needs "
                            "assessment, information and advice. If your savings go down, contact "
                            "us before they reach £23,250.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "It is worth checking that you get all the benefits you are entitled "
                            "to. Age UK Coventry can help you check and claim."
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Age UK Coventry",
                            "phone": "024 7623 1999",
                            "email": "",
                            "text_relay": "",
                            "opening_hours": "",
                            "address": "",
                        },
                    ),
                    ("heading", {"text": "If you disagree", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you think we have made a mistake, or you cannot afford what we "
                            "have asked you to pay, contact us. We will look at it again. If you "
                            "are still unhappy, you can make a complaint.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                ],
            },
            {
                "slug": "what-counts-as-income-and-savings",
                "title": "What counts as income and savings",
                "summary": (
                    "Find out which income, savings and property we count in your financial "
                    "assessment, and how the £23,250 and £14,250 savings limits work."
                ),
                "body": [
                    ("heading", {"text": "Savings and capital", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Capital means your savings and other things of value. It "
                            "includes:</p>"
                            "<ul>"
                            "<li>money in bank and building society accounts, and cash</li>"
                            "<li>ISAs, premium bonds, stocks and shares</li>"
                            "<li>property or land that is not your main home</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "The savings limits", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>More than £23,250:</b> you pay the full cost of your "
                            "care.</li>"
                            "<li><b>Between £14,250 and £23,250:</b> you pay towards your care "
                            "from your income, and we add an amount for your savings.</li>"
                            "<li><b>Less than £14,250:</b> we do not count your savings. You only "
                            "pay from your income.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "How we count savings between £14,250 and £23,250",
                            "text": (
                                "<p>We count £1 a week for every £250 you have over £14,250. This "
                                "is called tariff income.</p>"
                                "<p>For example, if you have £16,250, that is £2,000 over the "
                                "limit. £2,000 is 8 lots of £250. So we add £8 a week to your "
                                "income.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Income", "level": "h2"}),
                    ("heading", {"text": "Income we count", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>State Pension, and private or work pensions</li>"
                            "<li>most benefits, such as Pension Credit, Universal Credit and "
                            "Employment and Support Allowance</li>"
                            "<li>Attendance Allowance, and the care or daily living part of "
                            "Disability Living Allowance and Personal Independence Payment</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Income we do not count", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>money you earn from a job</li>"
                            "<li>the mobility part of Disability Living Allowance and Personal "
                            "Independence Payment</li>"
                            "<li>Winter Fuel Payment</li>"
                            "<li>some or all of certain war pensions</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Money you keep", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p><b>If you get care at home</b>, the law says you must be left "
                            "with a set amount to live on each week. We also allow for your "
                            "housing costs, such as rent and council tax, and extra costs caused "
                            "by your disability. This could be extra heating, laundry or a "
                            "special diet.</p>"
                            "<p><b>If you live in a care home</b>, you keep a weekly amount for "
                            "your own use. This is called the Personal Expenses Allowance.</p>"
                        ),
                    ),
                    ("heading", {"text": "Your home", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>If you get care at home, we do not count the value of your "
                            "home.</p>"
                            "<p>If you move into a care home, we usually count it. But we do not "
                            "count it in your first 12 weeks. We also do not count it if your "
                            "partner still lives there, or a relative who is aged 60 or over or "
                            "is disabled.</p>"
                            "<p>You may not have to sell your home straight away. A deferred "
                            "payment agreement lets you delay paying until later, for example "
                            "when your home is sold.</p>"
                        ),
                    ),
                    (
                        "inset",
                        (
                            "If you give away money or property to avoid paying for care, this is "
                            "called deprivation of assets. If this happens, we may count the "
                            "money as if you still had it."
                        ),
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Paying for care (Independent Age)",
                                "url": "https://www.independentage.org/paying-for-care",
                            },
                            {
                                "title": "Care and support statutory guidance (GOV.UK)",
                                "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance",
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "direct-payments",
                "title": "Direct payments",
                "summary": (
                    "Direct payments are money from us so you can arrange your own care and "
                    "support. They give you more choice about who helps you and when."
                ),
                "body": [
                    ("heading", {"text": "What direct payments are", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>After your needs assessment, we work out a personal budget. This "
                            "is the amount of money needed to meet your eligible needs.</p>"
                            "<p>You can ask for your personal budget as a direct payment. This "
                            "means you get the money and arrange your own support. You can choose "
                            "who helps you and when. You can also have a mix of direct payments "
                            "and support that we arrange. Unpaid carers can get direct payments "
                            "too.</p>"
                            "<p>You may still need to pay towards your care. Your financial "
                            "assessment tells you how much.</p>"
                        ),
                    ),
                    ("heading", {"text": "What you can use them for", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>You can use direct payments to:</p>"
                            "<ul>"
                            "<li>employ your own care worker, called a personal assistant</li>"
                            "<li>pay a care agency</li>"
                            "<li>pay for activities that meet your needs</li>"
                            "<li>pay for short breaks</li>"
                            "</ul>"
                            "<p>You cannot use them for things that are not in your support plan, "
                            "or for a long-term place in a care home.</p>"
                        ),
                    ),
                    (
                        "details",
                        {
                            "summary": "Can I pay a family member?",
                            "text": (
                                "<p>You usually cannot pay a close relative who lives with you. "
                                "We may agree to it in special cases, if it is the only way to "
                                "meet your needs. Ask your social worker.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Ways to manage your direct payment", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>A prepaid card</b> - the money goes onto a card that you use "
                            "to pay for your support.</li>"
                            "<li><b>A managed account</b> - a trusted organisation, such as "
                            "Penderels Trust or SOLO, looks after the money and paperwork for "
                            "you.</li>"
                            "<li><b>An Individual Service Fund</b> - a care provider holds the "
                            "money and plans your support with you.</li>"
                            "</ul>"
                            "<p>If you cannot manage a direct payment yourself, someone else may "
                            "be able to do it for you.</p>"
                        ),
                    ),
                    ("heading", {"text": "Getting started", "level": "h2"}),
                    (
                        "steps",
                        [
                            {
                                "title": "Ask us",
                                "text": "Tell your social worker or call Adult Social Care Direct.",
                            },
                            {
                                "title": "Agree your support plan",
                                "text": "Your plan says what the money is for.",
                            },
                            {
                                "title": "Choose how to manage the money",
                                "text": (
                                    "Choose a prepaid card, a managed account or an Individual "
                                    "Service Fund."
                                ),
                            },
                            {
                                "title": "Arrange your support",
                                "text": "Keep receipts and records of how you spend the money.",
                            },
                            {
                                "title": "We check how it is going",
                                "text": (
                                    "We look at how the money is spent and if your needs are "
                                    "being met."
                                ),
                            },
                        ],
                    ),
                    (
                        "inset",
                        (
                            "If you employ a personal assistant, you become an employer. You will "
                            "need to think about pay, tax, insurance and checks. A managed "
                            "account can help with this."
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Information about direct payments is available in Punjabi, "
                            "Gujarati, Urdu and Arabic. For other languages or formats, email "
                            "getinvolvedasc@coventry.gov.uk.</p>"
                        ),
                    ),
                    (
                        "contact",
                        {
                            "name": "Adult Social Care Direct",
                            "phone": "024 7683 3003",
                            "email": "ascdirect@coventry.gov.uk",
                            "text_relay": "18001 024 7683 3003",
                            "opening_hours": (
                                "Monday to Thursday, until 5pm\n"
                                "Friday, until 4.30pm\n"
                                "At other times, call Emergency Out of Hours on 024 7683 2222"
                            ),
                            "address": "",
                        },
                    ),
                    (
                        "related_links",
                        [
                            {
                                "title": "Apply for direct payments (GOV.UK)",
                                "url": "https://www.gov.uk/apply-direct-payments",
                            },
                            {
                                "title": "Adult social care (Coventry City Council)",
                                "url": "https://www.coventry.gov.uk/adultsocialcare",
                            },
                            {
                                "title": "Adult Social Care and Communities Directory",
                                "url": "https://cid.coventry.gov.uk/",
                            },
                        ],
                    ),
                ],
            },
        ],
    },
]
