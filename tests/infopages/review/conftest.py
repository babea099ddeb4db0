import pytest
from django.contrib.auth.models import Group

from infopages.review.access import EASY_READ_REVIEWERS
from infopages.review.models import StakeholderReviewTask
from tests.conftest import person
from tests.factories import EasyReadPageFactory


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


@pytest.fixture
def easy_read_page(information_page):
    """A page of a type that needs an Easy Read reviewer's approval."""
    return EasyReadPageFactory(
        parent=information_page, title="What is abuse: Easy Read", slug="easy-read"
    )


@pytest.fixture
def easy_read_approval_required(db):
    StakeholderReviewTask.objects.update(easy_read_approval_required=True)


@pytest.fixture
def easy_read_reviewer(people):
    reviewer = person("easyreader", "Stakeholder reviewers")
    reviewer.groups.add(Group.objects.get(name=EASY_READ_REVIEWERS))
    return reviewer


@pytest.fixture
def easy_read_draft(easy_read_page, easy_read_approval_required, people):
    """The Easy Read page at the stakeholder review, which needs an Easy Read approval."""
    submit_for_review(easy_read_page, people["editor"])
    easy_read_page.current_workflow_task_state.approve(user=people["practice"])
    return easy_read_page
