"""The demo's pages in the co-produced review (site/demo/content/workflows.yaml):
one topic's pages as the stakeholder group approved them, and one draft waiting
at the stakeholder review. The other topics stand as pages published before
co-production began; the review journey starts there."""

from council_site.demo import registry

from .models import ReviewVote, StakeholderReviewTask
from .voting import record_vote


def start_review(seeder, page, plan):
    """The page submitted by the demo editor and past the practice review: at the
    stakeholder step."""
    editor = seeder.user(plan["submitted_by"])
    revision = page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    practice = plan["practice_review"]
    page.current_workflow_task_state.approve(
        user=seeder.user(practice["reviewer"]), comment=practice["comment"]
    )
    return revision


def approve_as_stakeholders(seeder, page, approvals):
    for approval in approvals:
        record_vote(
            page.current_workflow_task_state,
            outcome=ReviewVote.APPROVED,
            reviewer=seeder.user(approval["reviewer"]),
            comment=approval["comment"],
        )


def co_production(seeder):
    plan = seeder.data.file("workflows").fields
    topic_key = plan["co_produced_topic"]
    draft_key = plan["draft_in_review"]["page"]
    keys = [f"{topic_key}/{slug}" for slug in seeder.data.file(topic_key).texts("pages")]
    easy_read = plan["easy_read_co_produced"]
    for key, approvals in [
        *((key, plan["stakeholder_approvals"]) for key in keys),
        *((key, easy_read["stakeholder_approvals"]) for key in easy_read["pages"]),
    ]:
        page = seeder.page(key)
        if key == draft_key or ReviewVote.objects.filter(page=page).exists():
            continue
        start_review(seeder, page, plan)
        approve_as_stakeholders(seeder, page, approvals)
        page.current_workflow_task_state.approve(user=seeder.user(plan["sign_off"]))
        seeder.log(f"Co-produced “{page.title}” with the stakeholder group.")


def draft_in_review(seeder):
    plan = seeder.data.file("workflows").fields
    draft = plan["draft_in_review"]
    page = seeder.page(draft["page"])
    if page.workflow_in_progress or ReviewVote.objects.filter(page=page).exists():
        return
    page.summary += draft["summary_added"]
    revision = start_review(seeder, page, plan)
    approve_as_stakeholders(seeder, page, draft["approvals"])
    seeder.log(f"Left “{page.title}” (revision {revision.pk}) waiting at the stakeholder review.")


def easy_read_approval(seeder):
    required = seeder.data.file("workflows").require("easy_read_approval_required", bool)
    if StakeholderReviewTask.objects.exclude(easy_read_approval_required=required).update(
        easy_read_approval_required=required
    ):
        seeder.log("Set whether Easy Read pages need an Easy Read reviewer's approval.")


def register():
    registry.register("easy-read-approval", easy_read_approval, after=["logins"])
    registry.register(
        "co-production", co_production, after=["topics", "logins", "easy-read-approval"]
    )
    registry.register("draft-in-review", draft_in_review, after=["co-production"])
