import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Revision

from getinvolved.signup.models import InvolvementTopicName
from home.demo.content import TOPICS
from infopages.models import InformationIndexPage, InformationPage


def test_seed_demo_builds_the_demo_site_and_running_it_again_changes_nothing(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # translations publish on commit
        call_command("seed_demo", stdout=io.StringIO())

    def counts():
        return (
            Page.objects.count(),
            Revision.objects.count(),
            get_user_model().objects.count(),
            InvolvementTopicName.objects.count(),
        )

    first_time = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first_time

    english = {"locale__language_code": "en"}
    assert InformationIndexPage.objects.live().filter(**english).count() == 5
    assert InformationPage.objects.live().filter(**english).count() == sum(
        len(t["pages"]) for t in TOPICS
    )
    # The home page and the safeguarding topic in seven more languages
    assert InformationIndexPage.objects.live().exclude(**english).count() == 7
    assert InformationPage.objects.live().exclude(**english).count() == 7 * 4
    assert all(page.is_demo_content for page in InformationPage.objects.all())
    assert get_user_model().objects.get(username="admin").check_password("demo-admin-password")

    home = Client().get("/en/").content.decode()
    # Its addresses lead to where `make run` serves it.
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/">' in home
    for topic in TOPICS:
        assert topic["title"].replace("&", "&amp;") in home
    assert "How to report abuse" in home
    assert "024 7683 3003" in home

    # The safeguarding pages went through the stakeholder group; other topics did not.
    co_produced = "Last reviewed with the stakeholder group:"
    assert co_produced in Client().get("/en/safeguarding-adults/what-is-abuse/").content.decode()
    arabic = Client().get("/ar/safeguarding-adults/what-is-abuse/").content.decode()
    assert "آخر مراجعة مع مجموعة أصحاب المصلحة:" in arabic
    assert co_produced not in Client().get("/en/advocacy/what-an-advocate-does/").content.decode()

    # Topics of interest are offered in the reader's language.
    sign_up = Client().get("/ar/get-involved/sign-up/").content.decode()
    assert "مقدمو الرعاية" in sign_up and "الصحة النفسية" in sign_up


def test_demo_pages_are_labelled_in_the_admin(db):
    call_command("seed_demo", stdout=io.StringIO())
    page = InformationPage.objects.first()
    assert page.get_admin_display_title().endswith("(demo content)")
