from django.test import Client

from infopages.review.models import ReviewVote
from infopages.review.voting import record_vote


def test_published_page_shows_the_co_production_line_and_no_names(
    draft_at_stakeholder_step, people
):
    page = draft_at_stakeholder_step
    html = Client().get(page.url).content.decode()
    assert "written with people who use adult social care services" not in html

    for expert in ("expert1", "expert2"):
        record_vote(
            page.current_workflow_task_state, outcome=ReviewVote.APPROVED, reviewer=people[expert]
        )
    html = Client().get(page.url).content.decode()
    assert "Last reviewed with the stakeholder group" not in html  # not published yet

    page.current_workflow_task_state.approve(user=people["publisher"])
    completed = ReviewVote.objects.get(completes_stakeholder_review=True).created_at
    html = Client().get(page.url).content.decode()
    assert (
        "This page was written with people who use adult social care services and carers. "
        f"Last reviewed with the stakeholder group: {completed:%B %Y}."
    ) in html
    for name in ("Expert1", "Expert2", "Practice", "Publisher"):
        assert name not in html
