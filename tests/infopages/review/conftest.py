import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

ROLES = {
    "editor": "Editors",
    "practice": "Practice reviewers",
    "expert1": "Stakeholder reviewers",
    "expert2": "Stakeholder reviewers",
    "expert3": "Stakeholder reviewers",
    "publisher": "Publishers",
    "involvement": "Involvement team",
}


def person(username, group_name):
    user = UserFactory(username=username, first_name=username.title())
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def people(db):
    return {username: person(username, group) for username, group in ROLES.items()}


def submit_for_review(page, editor, summary="A clearer summary."):
    page.summary = summary
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


@pytest.fixture
def draft_at_stakeholder_step(information_page, people):
    submit_for_review(information_page, people["editor"])
    information_page.current_workflow_task_state.approve(
        user=people["practice"], comment="Accurate."
    )
    return information_page
