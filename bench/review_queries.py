"""SQL queries for the reviewer's dashboard and the review reports with 10 and
with 500 pages in moderation: the counts must not grow with the number of pages."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council_site.settings.test")
os.environ.setdefault(
    "DATABASE_URL", os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'review.sqlite3'}")
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from infopages.models import InformationIndexPage, InformationPage  # noqa: E402
from infopages.review.models import ReviewVote  # noqa: E402
from infopages.review.voting import record_vote  # noqa: E402
from tests.factories import sign_in  # noqa: E402

SIZES = (10, 500)


def fresh_database():
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def put_in_moderation(count, people):
    topic = InformationIndexPage.objects.get(slug="advocacy")
    body = InformationPage.objects.get(slug="what-an-advocate-does").body
    existing = InformationPage.objects.filter(slug__startswith="moderated-").count()
    for number in range(existing, count):
        page = InformationPage(
            title=f"Draft {number}", slug=f"moderated-{number}", summary="A draft.", body=body
        )
        topic.add_child(instance=page)
        page.save_revision(user=people["editor"]).publish()
        page.save_revision(user=people["editor"])
        page.get_workflow().start(page, people["editor"])
        page.current_workflow_task_state.approve(user=people["practice"])
        record_vote(
            page.current_workflow_task_state,
            outcome=ReviewVote.APPROVED,
            reviewer=people["expert2"],
        )


def queries_for(user, url):
    # Signed in with both steps, as the admin requires.
    client = sign_in(Client(), user)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def main():
    fresh_database()
    User = get_user_model()
    people = {
        name: User.objects.get(username=name)
        for name in ("editor", "practice", "expert1", "expert2", "publisher", "involvement")
    }
    admin = User.objects.get(username="admin")
    views = {
        "reviewer dashboard (expert1)": (people["expert1"], reverse("wagtailadmin_home")),
        "review schedule report (editor)": (people["editor"], reverse("review_schedule")),
        "involvement record (involvement team)": (
            people["involvement"],
            reverse("involvement_record"),
        ),
        "review record panel: page editor (admin)": (admin, None),
    }
    counts = {name: [] for name in views}
    for size in SIZES:
        put_in_moderation(size, people)
        some_draft = InformationPage.objects.filter(slug="moderated-0").first()
        for name, (user, url) in views.items():
            counts[name].append(
                queries_for(user, url or reverse("wagtailadmin_pages:edit", args=[some_draft.pk]))
            )
    print(f"{'view':<44}" + "".join(f"{f'{size} in review':>16}" for size in SIZES))
    for name, values in counts.items():
        print(f"{name:<44}" + "".join(f"{value:>16}" for value in values))
    fixed = all(len(set(values)) == 1 for values in counts.values())
    print()
    print(
        "Target (query counts do not grow with pages in moderation): "
        + ("met" if fixed else "NOT met")
    )
    return 0 if fixed else 1


if __name__ == "__main__":
    sys.exit(main())
