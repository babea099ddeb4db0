"""The self-assessment is a page like the others: co-produced through the same review,
translated through wagtail-localize, built by editors from question blocks."""

import pytest
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from infopages.selfassessment.blocks import QuestionsBlock
from infopages.selfassessment.models import JourneyCount
from tests.factories import home_page, sign_in

from .factories import answer, question


def test_the_co_produced_review_covers_the_page(assessment, people):
    assert assessment.get_workflow().name == "Co-produced information review"
    assessment.save_revision(user=people["editor"])
    assessment.get_workflow().start(assessment, people["editor"])
    assert assessment.current_workflow_task.name == "Practice review"


def test_every_text_is_sent_for_translation_and_nothing_else(assessment, information_page):
    segments = extract_segments(assessment)
    strings = {s.string.data for s in segments if isinstance(s, StringSegmentValue)}
    assert {
        "Check what help you could get",
        "Answer some questions about your situation.",
        "Who are you asking for?",
        "For someone I care for",
        "Choose all that apply.",
        "Including getting in the bath",
    } <= strings
    # The short names conditions use are the same in every language.
    assert "carer" not in strings
    overridable = [s for s in segments if isinstance(s, OverridableSegmentValue)]
    assert information_page.pk in {s.data for s in overridable}


def test_a_condition_must_name_an_earlier_answer():
    block = QuestionsBlock()
    value = block.to_python(
        [
            {"type": t, "value": v}
            for t, v in [
                question("Later?", [answer("Yes"), answer("No")], show_when="carer"),
                question("Who?", [answer("Me"), answer("Someone I care for", key="carer")]),
            ]
        ]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert "carer" in str(error.value.block_errors[0])
    assert block.clean(
        block.to_python(
            [
                {"type": t, "value": v}
                for t, v in reversed(
                    [
                        question("Later?", [answer("Yes"), answer("No")], show_when="carer"),
                        question("Who?", [answer("Me"), answer("Someone I care for", key="carer")]),
                    ]
                )
            ]
        )
    )


def test_editors_can_add_the_page_below_the_home_page(client, people, db):
    sign_in(client, people["editor"])
    response = client.get(f"/admin/pages/add/selfassessment/selfassessmentpage/{home_page().pk}/")
    assert response.status_code == 200
    assert "Co-production" in response.content.decode()


def test_the_dashboard_shows_counts_by_month_without_identity(client, assessment, people):
    for event, times in (("started", 230), ("completed", 120), ("eligible", 70), ("referral", 61)):
        JourneyCount.add_one(event, assessment)
        JourneyCount.objects.filter(event=event).update(count=times)
    sign_in(client, people["expert1"])  # the stakeholder group reviews them
    html = client.get("/admin/").content.decode()
    assert "Self-assessments by month" in html
    for number in ("230", "120", "70", "61"):
        assert f"<td>{number}</td>" in html


def test_counts_add_up_within_a_month(assessment):
    for _time in range(3):
        JourneyCount.add_one("started", assessment)
    assert JourneyCount.objects.get().count == 3
