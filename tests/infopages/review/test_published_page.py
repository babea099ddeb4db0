from datetime import UTC, datetime

from django.test import Client
from django.utils import translation

from infopages.review.models import ReviewVote
from infopages.review.voting import record_vote
from tests.infopages.review.conftest import submit_for_review

CO_PRODUCTION_LINE = (
    "This page was written with people who use adult social care services and carers. "
    "Last reviewed with the stakeholder group: %(month)s."
)


def approve_as_stakeholder_group(page, people):
    for expert in ("expert1", "expert2"):
        record_vote(
            page.current_workflow_task_state, outcome=ReviewVote.APPROVED, reviewer=people[expert]
        )


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


def test_translations_carry_the_co_production_line_of_their_english_page(
    draft_at_stakeholder_step, people, django_capture_on_commit_callbacks
):
    from tests.factories import home_page
    from tests.translating import translate_page

    page = draft_at_stakeholder_step
    for expert in ("expert1", "expert2"):
        record_vote(
            page.current_workflow_task_state, outcome=ReviewVote.APPROVED, reviewer=people[expert]
        )
    page.current_workflow_task_state.approve(user=people["publisher"])
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(home_page(), "ar", {"title": "الصفحة الرئيسية"})
        translate_page(page.get_parent(), "ar", {"title": "حماية البالغين"})
        arabic = translate_page(page, "ar", {"title": "كيفية الإبلاغ"})
    arabic.refresh_from_db()
    html = Client().get(arabic.url).content.decode()
    line = translation.override("ar")(lambda: translation.gettext(CO_PRODUCTION_LINE))()
    assert line.split("%(month)s")[0] in html
    assert "This page was written with people" not in html


def test_a_draft_approved_since_does_not_change_the_live_pages_review_date(
    draft_at_stakeholder_step, people
):
    page = draft_at_stakeholder_step
    approve_as_stakeholder_group(page, people)
    page.current_workflow_task_state.approve(user=people["publisher"])
    ReviewVote.objects.filter(completes_stakeholder_review=True).update(
        created_at=datetime(2026, 3, 10, tzinfo=UTC)
    )

    page.refresh_from_db()
    submit_for_review(page, people["editor"], summary="Clearer again.")
    page.current_workflow_task_state.approve(user=people["practice"])
    approve_as_stakeholder_group(page, people)  # not yet signed off and published

    html = Client().get(page.url).content.decode()
    assert "Last reviewed with the stakeholder group: March 2026." in html
    assert "Clearer again." not in html
