import time
import uuid

import pytest

from council_site.antispam import form_started_token
from getinvolved.signup.models import InvolvementTopic


def started_seconds_ago(seconds=30):
    return form_started_token(time.time() - seconds)


def sign_up_data(**overrides):
    data = {
        "name": "Amira Hassan",
        "email": "Amira.Hassan@example.org",
        "phone": "",
        "address": "",
        "language": "en",
        "language_other": "",
        "format": "standard",
        "ways": ["asc_bulletin", "reviewing"],
        "topics": [],
        "role": "carer",
        "support_needed": "",
        "consent": "on",
        "submission_id": str(uuid.uuid4()),
        "form_started": started_seconds_ago(),
        "website": "",
        "came_from": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def topics(db):
    return [
        InvolvementTopic.objects.create(name=name, slug=slug)
        for name, slug in [("Carers", "carers"), ("Mental health", "mental-health")]
    ]
