import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from tests.factories import (
    InformationIndexPageFactory,
    InformationPageFactory,
    UserFactory,
    home_page,
    sign_in,
)
from tests.translating import translate_page


@pytest.fixture(autouse=True)
def empty_cache():
    # Wagtail caches site root paths; each test starts from its own database state.
    cache.clear()


@pytest.fixture(autouse=True)
def english_outside_requests():
    """A test that leaves a language active must not change what the next one reads."""
    yield
    translation.deactivate()


@pytest.fixture
def topic(db):
    return InformationIndexPageFactory(title="Safeguarding adults", slug="safeguarding-adults")


@pytest.fixture
def information_page(topic):
    return InformationPageFactory(
        parent=topic, title="How to report abuse", slug="how-to-report-abuse"
    )


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate and publish, as wagtail-localize does once its transaction commits."""

    def translated(page, code, fields, **people):
        with django_capture_on_commit_callbacks(execute=True):
            translation = translate_page(page, code, fields, **people)
        translation.refresh_from_db()
        return translation

    return translated


@pytest.fixture
def polish_page(information_page, translate):
    translate(home_page(), "pl", {"title": "Informacje o opiece społecznej dla dorosłych"})
    translate(information_page.get_parent(), "pl", {"title": "Ochrona osób dorosłych"})
    return translate(information_page, "pl", {"title": "Jak zgłosić przemoc", "summary": "Krótko."})


ROLES = {
    "editor": "Editors",
    "practice": "Practice reviewers",
    "expert1": "Stakeholder reviewers",
    "expert2": "Stakeholder reviewers",
    "expert3": "Stakeholder reviewers",
    "publisher": "Publishers",
    "involvement": "Involvement team",
    "translator": "Translation reviewers",
    "finance": "Finance team",
    "directory": "Directory editors",
    "ascdirect": "Adult Social Care Direct",
    "formats": "Accessible formats team",
}


def person(username, group_name):
    user = UserFactory(username=username, first_name=username.title())
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def people(db):
    return {username: person(username, group) for username, group in ROLES.items()}


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin client, signed in with both steps, as the admin requires."""
    return sign_in(Client(), admin_user)
