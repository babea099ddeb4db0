"""A referral form as a resident fills it in, and a self-assessment answered in a
test client's session."""

import time
import uuid
from types import SimpleNamespace

from council_site.antispam import form_started_token
from infopages.selfassessment.journey import Journey

XSS = '<script>alert("x")</script>'


def referral_data(**overrides):
    data = {
        "referred_for": "self",
        "referrer_name": "",
        "referrer_relationship": "",
        "referrer_contact": "",
        "name": "Amira Hassan",
        "date_of_birth_day": "27",
        "date_of_birth_month": "3",
        "date_of_birth_year": "1948",
        "address": "12 Example Street\nCoventry",
        "postcode": "cv1 5rr",
        "contact_methods": ["phone", "email"],
        "phone": "024 7683 3003",
        "email": "Amira.Hassan@example.org",
        "language": "en",
        "language_other": "",
        "format": "large_print",
        "communication_needs": ["interpreter", "hearing_loop"],
        "interpreter_language": "Arabic",
        "communication_other": "",
        "urgent": "no",
        "urgent_reason": "",
        "consent": "on",
        "submission_id": str(uuid.uuid4()),
        "form_started": form_started_token(time.time() - 60),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def answer_everything(client, page):
    """Answers every question of the factory's self-assessment, in the client's session."""
    session = client.session
    journey = Journey(SimpleNamespace(session=session), page)
    journey.start()
    while (question := journey.first_unanswered()) is not None:
        journey.answer(question, [question.answers[-1].id])
    session.save()
    return journey
