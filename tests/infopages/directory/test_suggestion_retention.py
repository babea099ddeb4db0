"""Suggested corrections are kept only while useful: once dealt with, deleted after
SUGGESTION_RETENTION_DAYS."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command

from infopages.directory.forms import SuggestionForm
from infopages.directory.models import Suggestion
from infopages.directory.retention import delete_handled_suggestions
from tests.factories import ServiceFactory

SENT = datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)


@pytest.fixture
def suggestions(db, settings):
    settings.SUGGESTION_RETENTION_DAYS = 30
    service = ServiceFactory()
    with time_machine.travel(SENT, tick=False):
        return {
            done: Suggestion.objects.create(
                service=service, text="The phone number changed.", language="en", done=done
            )
            for done in (True, False)
        }


def left():
    return sorted(Suggestion.objects.values_list("done", flat=True))


def test_a_handled_suggestion_is_kept_until_the_period_ends(suggestions):
    with time_machine.travel(SENT + datetime.timedelta(days=30), tick=False):
        assert delete_handled_suggestions() == 0
    assert left() == [False, True]


def test_a_handled_suggestion_is_deleted_after_the_period(suggestions):
    with time_machine.travel(SENT + datetime.timedelta(days=30, seconds=1), tick=False):
        out = StringIO()
        call_command("apply_retention", stdout=out)
    assert "and 1 handled suggestion(s)." in out.getvalue()
    assert left() == [False]  # the team has not dealt with the other one yet


def test_the_council_sets_the_period(suggestions, settings):
    settings.SUGGESTION_RETENTION_DAYS = 7
    with time_machine.travel(SENT + datetime.timedelta(days=8), tick=False):
        assert delete_handled_suggestions() == 1
    assert left() == [False]


def test_the_form_asks_for_no_personal_details():
    assert "Do not include your name or any other personal details" in str(
        SuggestionForm()["text"].help_text
    )
