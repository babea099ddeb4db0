"""Who reaches which admin page. Experts by experience reach only what their part
in the review needs; every other role only what its work needs."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.factories import is_refused, sign_in

EVERYONE = {"expert", "editor", "practice", "publisher", "involvement", "translator", "superuser"}
# Wagtail lets every staff member of the admin use choosers and its read-only API.
STAFF = EVERYONE - {"expert"}
PAGE_EDITORS = {"editor", "publisher", "superuser"}
MEDIA_USERS = {"editor", "publisher", "superuser"}
STAFF_ONLY = {"superuser"}


def matrix(page, state, translated):
    return [
        ("dashboard", reverse("wagtailadmin_home"), EVERYONE),
        ("review a draft", reverse("review:decide", args=[state.pk]), {"expert"}),
        (
            "preview the draft under review",
            reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, state.task_id]),
            {"expert"},
        ),
        ("edit", reverse("wagtailadmin_pages:edit", args=[page.pk]), PAGE_EDITORS),
        (
            "preview while editing",
            reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
            PAGE_EDITORS,
        ),
        (
            "unpublish",
            reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
            {"publisher", "superuser"},
        ),
        (
            "delete",
            reverse("wagtailadmin_pages:delete", args=[page.pk]),
            {"publisher", "superuser"},
        ),
        ("move", reverse("wagtailadmin_pages:move", args=[page.pk]), {"publisher", "superuser"}),
        ("copy", reverse("wagtailadmin_pages:copy", args=[page.pk]), PAGE_EDITORS),
        ("history", reverse("wagtailadmin_pages:history", args=[page.pk]), PAGE_EDITORS),
        (
            "compare revisions",
            reverse(
                "wagtailadmin_pages:revisions_compare", args=[page.pk, "live", state.revision_id]
            ),
            PAGE_EDITORS,
        ),
        ("page chooser", reverse("wagtailadmin_choose_page"), STAFF),
        ("image chooser", reverse("wagtailimages_chooser:choose"), STAFF),
        ("document chooser", reverse("wagtaildocs_chooser:choose"), STAFF),
        ("images", reverse("wagtailimages:index"), MEDIA_USERS),
        ("upload images", reverse("wagtailimages:add_multiple"), MEDIA_USERS),
        ("documents", reverse("wagtaildocs:index"), MEDIA_USERS),
        ("upload documents", reverse("wagtaildocs:add_multiple"), MEDIA_USERS),
        ("contact details", reverse("wagtailsnippets_home_contactdetails:list"), STAFF_ONLY),
        (
            "send a translation for its check",
            reverse("send_translation_for_check", args=[translated.pk]),
            PAGE_EDITORS,
        ),
        ("users", reverse("wagtailusers_users:index"), STAFF_ONLY),
        ("groups", reverse("wagtailusers_groups:index"), STAFF_ONLY),
        # Wagtail lists form submissions of the pages one may edit or publish: there are
        # none for translation reviewers, who publish only translations.
        ("form submissions", reverse("wagtailforms:index"), PAGE_EDITORS | {"translator"}),
        ("workflows", reverse("wagtailadmin_workflows:index"), STAFF_ONLY),
        ("admin API: pages", "/admin/api/main/pages/", STAFF),
        ("admin API: images", "/admin/api/main/images/", STAFF),
        ("admin API: documents", "/admin/api/main/documents/", STAFF),
        ("feedback report", reverse("page_feedback_summary"), {"editor", "publisher", "superuser"}),
        ("review schedule", reverse("review_schedule"), {"editor", "publisher", "superuser"}),
        ("involvement record", reverse("involvement_record"), {"involvement", "superuser"}),
        ("translation report", reverse("translation_status"), {"editor", "publisher", "superuser"}),
        ("invite a reviewer", reverse("review:invite", args=[page.pk]), PAGE_EDITORS),
    ]


@pytest.fixture
def clients(people):
    admin = get_user_model().objects.create_superuser(
        "root", "root@example.org", "a-long-test-password"
    )
    logins = {"anonymous": Client()}
    for role, user in [
        ("expert", people["expert1"]),
        *[(r, people[r]) for r in ("editor", "practice", "publisher", "involvement", "translator")],
        ("superuser", admin),
    ]:
        logins[role] = Client()
        sign_in(logins[role], user)
    return logins


def test_admin_permission_matrix(polish_page, draft_at_stakeholder_step, people, clients):
    page = draft_at_stakeholder_step
    state = page.current_workflow_task_state
    translated = polish_page
    surprises = []
    for label, url, allowed in matrix(page, state, translated):
        for role, client in clients.items():
            response = client.get(url)
            reached = response.status_code == 200
            if role in allowed and not reached:
                surprises.append(f"{role} could not reach {label}: {response.status_code}")
            if role not in allowed and not is_refused(response):
                surprises.append(f"{role} reached {label}: {response.status_code}")
    assert surprises == [], "\n".join(surprises)
