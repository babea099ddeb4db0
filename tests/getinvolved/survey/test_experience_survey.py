"""The experience survey: anonymous answers, the step into the sign-up, and the
dashboard's charts, tables and CSV."""

import csv
import io
import re
import uuid

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from getinvolved.survey.models import SurveyAnswer, SurveyResponse
from getinvolved.survey.questions import QUESTIONS
from tests.factories import sign_in
from tests.getinvolved.conftest import started_seconds_ago

SURVEY = "/{lang}/experience-survey/"
DASHBOARD = "/admin/get-involved/experience-survey/"


def answers(**overrides):
    data = {question.slug: question.choices[0][0] for question in QUESTIONS}
    data.update(submission_id=str(uuid.uuid4()), form_started=started_seconds_ago(), website="")
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.django_db
def test_the_survey_asks_questions_aligned_to_ascof():
    client = Client()
    response = client.get(SURVEY.format(lang="en"))
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert 5 <= len(QUESTIONS) - 1 <= 8
    assert "How easy was it to find information and advice" in html
    assert "Did you feel listened to?" in html
    assert html.index("Would you like to get involved?") > html.index("Did you feel listened")


@pytest.mark.django_db
def test_answers_are_stored_without_identity_and_once():
    client = Client()
    data = answers(get_involved="no")
    response = client.post(SURVEY.format(lang="en"), data, REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 302 and response["Location"].endswith("/thank-you/")
    client.post(SURVEY.format(lang="en"), data)
    assert SurveyResponse.objects.count() == 1
    assert SurveyAnswer.objects.count() == len(QUESTIONS)
    stored = SurveyResponse.objects.get()
    assert stored.month == timezone.localdate().replace(day=1)
    columns = {field.name for field in SurveyResponse._meta.get_fields()}
    assert columns == {"id", "month", "submission_id", "answers"}


@pytest.mark.django_db
def test_yes_to_getting_involved_leads_into_the_sign_up():
    client = Client()
    response = client.post(SURVEY.format(lang="pl"), answers(get_involved="yes"))
    assert response["Location"] == "/pl/get-involved/sign-up/?from=survey"
    form = client.get(response["Location"]).content.decode()
    assert 'name="came_from" value="survey"' in form


@pytest.mark.django_db
def test_unanswered_questions_are_named_in_the_error_summary():
    client = Client()
    response = client.post(SURVEY.format(lang="en"), answers(listened_to=None, safe="maybe"))
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        '<a href="#survey-listened_to-1">Answer the question: Did you feel listened to?</a>' in html
    )
    assert 'href="#survey-safe-1">Answer the question: Does the care and support' in html
    assert not SurveyResponse.objects.exists()


@pytest.mark.django_db
def test_the_dashboard_counts_answers_by_month_with_chart_table_and_csv(people):
    client = Client()
    with time_machine.travel("2026-09-10 12:00 +0000"):
        client.post(SURVEY.format(lang="en"), answers(listened_to="partly"))
    with time_machine.travel("2026-10-10 12:00 +0000"):
        client.post(SURVEY.format(lang="en"), answers(listened_to="partly"))
        client.post(SURVEY.format(lang="en"), answers(listened_to="not"))
    team = Client()
    sign_in(team, people["involvement"])
    html = team.get(DASHBOARD).content.decode()
    assert "dist/chart.umd.min.js" in html and "js/survey_charts.js" in html
    assert 'data-survey-chart="chart-listened_to"' in html
    table = re.search(r'id="question-listened_to".*?<table.*?</table>', html, re.S).group(0)
    rows = re.findall(r'<tr><th scope="row">(.*?)</th>(.*?)</tr>', table)
    cells = {label: re.findall(r"<td>(\d+)</td>", rest) for label, rest in rows}
    assert "Sep 2026" in table and "Oct 2026" in table
    assert cells == {
        "Yes, completely": ["0", "0", "0"],
        "Yes, partly": ["1", "1", "2"],
        "No": ["0", "1", "1"],
    }
    chart = re.search(
        r'<script id="chart-listened_to" type="application/json">(.*?)</script>', html
    )
    assert '"counts": [1, 1]' in chart.group(1)

    exported = team.get(DASHBOARD + "?export=csv").content.decode()
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[0] == ["month", "question", "answer", "count"]
    assert ["2026-10", "Did you feel listened to?", "No", "1"] in rows
