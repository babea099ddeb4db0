import io
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page, Revision

from council_site.demo.loader import CONTENT_DIR
from getinvolved.signup.models import InvolvementTopicName
from infopages.easyread.models import EasyReadPage, EasyReadPicture
from infopages.models import InformationIndexPage, InformationPage
from infopages.paying.models import EstimatePage
from infopages.review.models import ReviewVote

TOPIC_TITLES = [
    "Safeguarding adults",
    "Mental capacity",
    "Advocacy",
    "Complaints and feedback",
    "Paying for care and financial assessment",
]
INFORMATION_PAGES = 16

ACCOUNT_PAGES = [
    "two_factor_setup",
    "two_factor_verify",
    "two_factor_recovery_codes",
    "wagtailadmin_account",
]


def password_and_code(user, device):
    client = Client()
    password = "demo-admin-password" if user.is_superuser else "demo-password"
    client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": password})
    client.post(reverse("two_factor_verify"), {"code": f"{totp(device.bin_key):06d}"})
    return client


def try_every_account_page_as_each_demo_login():
    """What a person trying the demo may do: open every account page, with the
    password alone and then with the code too. Returns who was left with a second,
    unconfirmed authenticator."""
    for user in get_user_model().objects.filter(totpdevice__confirmed=True):
        device = TOTPDevice.objects.get(user=user)
        with_password_only = Client()
        with_password_only.force_login(user)
        verified = password_and_code(user, device)
        for client in (with_password_only, verified):
            for name in ACCOUNT_PAGES:
                client.get(reverse(name))
    return set(TOTPDevice.objects.filter(confirmed=False).values_list("user_id", flat=True))


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
    left_behind = try_every_account_page_as_each_demo_login()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first_time
    assert left_behind, "the set-up page left no device to cope with"
    for user in get_user_model().objects.filter(pk__in=left_behind):
        device = TOTPDevice.objects.get(user=user)
        assert (
            device.confirmed and password_and_code(user, device).get("/admin/").status_code == 200
        )

    english = {"locale__language_code": "en"}
    assert InformationIndexPage.objects.live().filter(**english).count() == 5
    assert InformationPage.objects.live().filter(**english).count() == INFORMATION_PAGES
    # The safeguarding topic in seven more languages; wagtail-localize copies the
    # financial assessment topic, untranslated, as the parent of the translated estimate.
    topics = InformationIndexPage.objects.live().exclude(**english)
    assert topics.filter(alias_of__isnull=True).count() == 7
    assert topics.filter(alias_of__isnull=False, slug="financial-assessment").count() == 7
    assert EstimatePage.objects.live().exclude(**english).count() == 7
    translated_pages = InformationPage.objects.live().exclude(**english)
    assert translated_pages.filter(alias_of__isnull=True).count() == 7 * 4
    # The Arabic Easy Read version of a page not yet translated stands below the
    # English page's Arabic alias.
    assert list(
        translated_pages.filter(alias_of__isnull=False).values_list("slug", "locale__language_code")
    ) == [("how-to-make-a-complaint", "ar")]
    easy_read = EasyReadPage.objects.live()
    assert sorted(easy_read.values_list("locale__language_code", flat=True)) == [
        "ar",
        "ar",
        "en",
        "en",
        "pa",
    ]
    assert all(page.is_demo_content for page in easy_read)
    assert all(
        ReviewVote.objects.filter(page=page, completes_stakeholder_review=True).exists()
        for page in easy_read.filter(**english)
    )
    assert EasyReadPicture.objects.filter(**english).count() == 21
    assert all(page.is_demo_content for page in InformationPage.objects.all())
    assert get_user_model().objects.get(username="admin").check_password("demo-admin-password")

    home = Client().get("/en/").content.decode()
    # Its addresses lead to where `make run` serves it.
    assert '<link rel="canonical" href="http://127.0.0.1:8000/en/">' in home
    for title in TOPIC_TITLES:
        assert title.replace("&", "&amp;") in home
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


def test_seed_demo_stops_at_a_malformed_data_file_and_makes_nothing(db, tmp_path):
    content = shutil.copytree(CONTENT_DIR, tmp_path / "content")
    (content / "safeguarding-adults" / "index.yaml").write_text("title: [1, 2]\n")
    with pytest.raises(CommandError) as refused:
        call_command("seed_demo", data_dir=content, stdout=io.StringIO())
    assert "safeguarding-adults/index.yaml: “title” must be text" in str(refused.value)
    assert not InformationIndexPage.objects.exists()
