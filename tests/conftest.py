import pytest
from django.core.cache import cache

from tests.factories import InformationIndexPageFactory, InformationPageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    # Wagtail caches site root paths; each test starts from its own database state.
    cache.clear()


@pytest.fixture
def topic(db):
    return InformationIndexPageFactory(title="Safeguarding adults", slug="safeguarding-adults")


@pytest.fixture
def information_page(topic):
    return InformationPageFactory(
        parent=topic, title="How to report abuse", slug="how-to-report-abuse"
    )
