"""Demo pages about getting involved, written from the council's Local Account, its
Adult Social Care Self-Assessment and the NICE shared-learning example."""

GET_INVOLVED = {
    "slug": "get-involved",
    "title": "Get involved",
    "introduction": (
        "Help us to improve adult social care in Coventry. People who use services, carers "
        "and the organisations that support them shape what we do, from the information we "
        "publish to the people we employ."
    ),
    "body": [
        ("heading", {"text": "Ways to get involved", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>You can choose one way or several. You can stop at any time.</p>"
                "<ul>"
                "<li><b>Adult Social Care bulletin</b> - regular news about adult social care "
                "by email. More than 2,000 people get it.</li>"
                "<li><b>Carers bulletin</b> - news, events and support for unpaid carers. More "
                "than 4,000 carers get it.</li>"
                "<li><b>Adult Social Care Stakeholder Group</b> - meets regularly to discuss "
                "changes and influence how services improve. It is led by the Principal Social "
                "Worker and co-chaired by a member with lived experience.</li>"
                "<li><b>Reviewing our public information</b> - read drafts of our pages and "
                "leaflets and tell us if they are clear, correct and useful before we publish "
                "them.</li>"
                "<li><b>Surveys</b> - tell us about your experience, for example after a review "
                "of your care, after a safeguarding enquiry or if you get direct payments.</li>"
                "<li><b>Recruitment panels</b> - help us choose the people we employ, as an "
                "expert by experience on an interview panel.</li>"
                "<li><b>Co-producing new services</b> - work with us from the start when we "
                "design or buy services, write policies and plan our information and "
                "advice.</li>"
                "</ul>"
            ),
        ),
        (
            "inset",
            (
                'A carer in our Stakeholder Group told us: "It is essential to include service '
                "users and their carers in the decisions made about social care services. True "
                "inclusion means starting with the people who use a service from the outset, "
                'not just in a meeting or at the end."'
            ),
        ),
        ("heading", {"text": "What you can expect", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li>Support to take part: meetings in places you can get to, information in "
                "your language or format, and help to join in online.</li>"
                "<li>Your expenses paid back, such as travel, and payment for your time for "
                "some activities, under our reimbursement policy for fees and expenses for "
                "people with lived experience.</li>"
                "<li>To hear what changed because of what you told us.</li>"
                "<li>Your details kept safe and used only to contact you about what you "
                "chose.</li>"
                "</ul>"
            ),
        ),
        (
            "contact",
            {
                "name": "Adult Social Care involvement team",
                "phone": "024 7683 3003",
                "email": "getinvolvedasc@coventry.gov.uk",
                "text_relay": "18001 024 7683 3003",
                "opening_hours": "Monday to Thursday until 5pm\nFriday until 4.30pm",
                "address": "",
            },
        ),
    ],
}

WE_ASKED_YOU_SAID_WE_DID = {
    "slug": "we-asked-you-said-we-did",
    "title": "We asked, you said, we did",
    "introduction": (
        "We ask people about their experience of adult social care, and we change things "
        "because of what they tell us. Here are some of the changes."
    ),
    "changes": [
        {
            "title": "Hearing from people all year round",
            "date": "2019-10-01",
            "we_asked": (
                "We asked the Stakeholder Group how we could hear about people's experience "
                "more often than the national surveys, which happen once a year for people who "
                "use services and every two years for carers."
            ),
            "you_said": (
                "Yearly surveys come too late to put things right, and you wanted a simple way "
                "to say how your support went and to get involved."
            ),
            "we_did": (
                "We started a real-time experience survey, asked at the end of a review of "
                "someone's care. Nearly half of the people who answer it ask to keep in touch "
                "and get involved."
            ),
        },
        {
            "title": "Feedback after a safeguarding enquiry",
            "date": "2024-09-01",
            "we_asked": (
                "We asked people to tell us about their experience of safeguarding through "
                "our 'My Safeguarding Experience' questions."
            ),
            "you_said": "Few people used it.",
            "we_did": (
                "We replaced it with a short anonymous online form given to people when a "
                "safeguarding enquiry ends, with the choice to leave contact details if they "
                "want us to get in touch."
            ),
        },
        {
            "title": "Information in more languages",
            "date": "2024-06-01",
            "we_asked": "We asked communities in the city how well we give information.",
            "you_said": ("Information about staying safe should be in the languages people speak."),
            "we_did": (
                "Our safeguarding posters are now in Polish, Punjabi, Urdu, Arabic, Romanian "
                "and Tigrinya, and this website is being translated into the same languages "
                "and Gujarati."
            ),
        },
        {
            "title": "Direct payments",
            "date": "2025-01-01",
            "we_asked": "We asked people who get direct payments about their experience.",
            "you_said": "You wanted a say in how direct payments work.",
            "we_did": (
                "We published our Direct Payment Strategy 2024 to 2029, shaped by what you told "
                "us, and we are setting up a peer group of people who get direct payments."
            ),
        },
    ],
}

TOPICS_OF_INTEREST = [
    "Carers",
    "Direct payments",
    "Learning disabilities and autism",
    "Mental health",
    "Older people",
    "Safeguarding",
]
