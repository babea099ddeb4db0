"""Pages reached by routing take their ancestors from the walk down the tree:
their breadcrumbs, and the view restrictions of every page above them, still
hold, including through an alias of a restricted page."""

from django.test import Client
from wagtail.models import PageViewRestriction

from tests.factories import InformationIndexPageFactory, InformationPageFactory, sign_in


def restrict_to_signed_in(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def asks_to_sign_in(response):
    return response.status_code == 302 and "next=" in response["Location"]


def test_a_restriction_on_a_topic_keeps_its_pages_from_anonymous_readers(information_page):
    restrict_to_signed_in(information_page.get_parent())
    response = Client().get(information_page.url)
    assert asks_to_sign_in(response)
    assert "How to report abuse" not in response.content.decode()


def test_a_restricted_page_is_shown_to_a_signed_in_person_and_never_kept_for_others(
    information_page, people
):
    restrict_to_signed_in(information_page)
    signed_in = sign_in(Client(), people["editor"]).get(information_page.url)
    assert "How to report abuse" in signed_in.content.decode()
    assert asks_to_sign_in(Client().get(information_page.url))


def test_an_alias_follows_the_restriction_its_page_has_now(information_page):
    elsewhere = InformationIndexPageFactory(title="Staying safe", slug="staying-safe")
    alias = information_page.create_alias(parent=elsewhere)
    restrict_to_signed_in(information_page)
    assert asks_to_sign_in(Client().get(alias.url))


def test_pages_under_an_unrestricted_topic_are_open_to_everyone(information_page):
    restrict_to_signed_in(InformationPageFactory(title="Staff only"))
    response = Client().get(information_page.url)
    assert response.status_code == 200
    assert "How to report abuse" in response.content.decode()
