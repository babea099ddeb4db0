"""Reviewers approving at the same moment, as real concurrent requests to a
running server on PostgreSQL, where rows can be locked."""

import re
import threading

import pytest
import requests
from django.db import connection
from django.test import Client
from django.urls import reverse

from infopages.review.models import ReviewVote
from tests.conftest import ROLES, person
from tests.factories import InformationPageFactory, sign_in
from tests.infopages.review.conftest import submit_for_review

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locking is tested on PostgreSQL (the CI runs it there)",
)


def signed_in_session(user, base_url, url):
    client = Client()
    sign_in(client, user)
    session = requests.Session()
    session.cookies.set("sessionid", client.cookies["sessionid"].value)
    form = session.get(base_url + url, timeout=10).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    return session, token


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_approvals_never_count_past_the_truth(live_server, topic):
    people = {name: person(name, group) for name, group in ROLES.items()}
    page = InformationPageFactory(parent=topic)
    submit_for_review(page, people["editor"])
    page.current_workflow_task_state.approve(user=people["practice"])
    state = page.current_workflow_task_state
    url = reverse("review:decide", args=[state.pk])
    experts = [people[name] for name in ("expert1", "expert2", "expert3")]
    sessions = [signed_in_session(expert, live_server.url, url) for expert in experts]

    start = threading.Barrier(len(sessions))
    answers = []

    def approve(session, token):
        start.wait()
        response = session.post(
            live_server.url + url,
            data={"outcome": "approved", "csrfmiddlewaretoken": token},
            headers={"Referer": live_server.url + url},
            allow_redirects=False,
            timeout=30,
        )
        answers.append(response.status_code)

    threads = [threading.Thread(target=approve, args=session) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    approvals = ReviewVote.objects.filter(task_state=state, outcome=ReviewVote.APPROVED)
    assert approvals.count() == 2  # exactly the two needed; the third was too late
    assert sorted(answers) == [200, 302, 302]  # the third is told the draft has moved on
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Final sign-off"
    assert (
        ReviewVote.objects.filter(task_state=state, completes_stakeholder_review=True).count() == 1
    )
