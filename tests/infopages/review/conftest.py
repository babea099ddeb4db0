import pytest


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
