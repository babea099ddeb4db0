"""A format request as a reader fills it in."""

import time
import uuid

from council_site.antispam import form_started_token

XSS = '<script>alert("x")</script>'


def request_data(**overrides):
    data = {
        "format": "large_print",
        "language": "",
        "language_other": "",
        "delivery": "email",
        "name": "",
        "email": "Layla.Demo@example.org",
        "phone": "",
        "address": "",
        "postcode": "",
        "needs": "",
        "consent": "on",
        "submission_id": str(uuid.uuid4()),
        "form_started": form_started_token(time.time() - 60),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
