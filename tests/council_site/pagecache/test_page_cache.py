"""Anonymous readers get pages from the shared cache, the moment a page, its
translation or the contact details change they get the new version of every page
that shows it (and other pages stay kept), and nothing personal or protected by a
CSRF token is ever kept for everyone."""

import re

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory, override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from council_site.pagecache.invalidation import SITE_VERSION_KEY, address_version_key
from council_site.pagecache.middleware import PageCacheMiddleware
from infopages.contact_details import ContactDetails
from tests.factories import (
    ContactDetailsFactory,
    InformationIndexPageFactory,
    InformationPageFactory,
    PrintEditionFactory,
    body,
    sign_in,
)


def read(page_or_path):
    path = page_or_path if isinstance(page_or_path, str) else page_or_path.url
    return Client().get(path)


def test_a_second_reader_gets_the_page_without_a_database_query(
    information_page, django_assert_num_queries
):
    first = read(information_page)
    with django_assert_num_queries(0):
        second = read(information_page)
    assert second.status_code == 200
    assert "How to report abuse" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]


def test_a_cached_page_gets_a_fresh_nonce_in_its_body_and_its_policy(information_page):
    nonces = []
    for _ in range(2):
        response = read(information_page)
        in_body = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
        assert f"'nonce-{in_body}'" in response["Content-Security-Policy"]
        nonces.append(in_body)
    assert nonces[0] != nonces[1]


def test_publishing_a_change_shows_at_once(information_page):
    read(information_page)
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    assert "How to tell us about abuse" in read(information_page).content.decode()


def test_publishing_a_page_keeps_pages_that_do_not_show_it(
    information_page, django_assert_num_queries
):
    elsewhere = InformationPageFactory(title="Lasting power of attorney")
    read(elsewhere)
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    with django_assert_num_queries(0):
        assert "Lasting power of attorney" in read(elsewhere).content.decode()


def test_publishing_a_page_shows_in_its_topic_list_at_once(information_page):
    topic = information_page.get_parent()
    assert "How to report abuse" in read(topic).content.decode()
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    assert "How to tell us about abuse" in read(topic).content.decode()


def test_publishing_a_topic_shows_in_the_breadcrumbs_of_its_pages_at_once(information_page):
    read(information_page)
    topic = information_page.get_parent().specific
    topic.title = "Keeping adults safe"
    topic.save_revision().publish()
    assert "Keeping adults safe" in read(information_page).content.decode()


def test_publishing_a_page_shows_on_pages_that_link_to_it_at_once(information_page):
    linking = InformationPageFactory(
        title="What is abuse",
        body=body([("related_links", [{"title": "", "page": information_page.pk, "url": ""}])]),
    )
    assert "How to report abuse" in read(linking).content.decode()
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    assert "How to tell us about abuse" in read(linking).content.decode()


def test_an_english_page_shown_at_another_languages_address_changes_at_once(information_page):
    polish_address = information_page.url.replace("/en/", "/pl/", 1)
    assert "How to report abuse" in read(polish_address).content.decode()
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    assert "How to tell us about abuse" in read(polish_address).content.decode()


def test_a_new_print_edition_shows_at_once(information_page):
    assert "Download a printable version" not in read(information_page).content.decode()
    PrintEditionFactory(page=information_page, page_count=2)
    assert "Download a printable version" in read(information_page).content.decode()


def test_a_new_address_is_not_answered_by_the_page_kept_at_the_old_one(
    information_page, django_capture_on_commit_callbacks
):
    old_url = information_page.url
    read(old_url)
    information_page.slug = "reporting-abuse"
    # Wagtail tells of a new slug once the change is committed.
    with django_capture_on_commit_callbacks(execute=True):
        information_page.save_revision().publish()
    assert read(old_url).status_code != 200


@pytest.mark.parametrize("lost", ["site", "address"])
def test_a_version_lost_from_the_cache_never_brings_back_an_old_page(information_page, lost):
    read(information_page)
    information_page.title = "How to tell us about abuse"
    information_page.save_revision().publish()
    cache.delete(SITE_VERSION_KEY if lost == "site" else address_version_key(information_page.url))
    assert "How to tell us about abuse" in read(information_page).content.decode()


class RecordingBackend(BaseBackend):
    """Stands for a CDN: notes the addresses it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}},
    WAGTAILFRONTENDCACHE_LANGUAGES=["en", "pl"],
)
def test_a_cdn_in_front_is_asked_to_purge_every_page_that_shows_the_change(
    information_page, django_capture_on_commit_callbacks
):
    RecordingBackend.purged.clear()
    information_page.title = "How to tell us about abuse"
    with django_capture_on_commit_callbacks(execute=True):
        information_page.save_revision().publish()
    topic = information_page.get_parent()
    for language in ("en", "pl"):
        assert topic.full_url.replace("/en/", f"/{language}/") in RecordingBackend.purged
        assert information_page.full_url.replace("/en/", f"/{language}/") in RecordingBackend.purged


def test_unpublishing_takes_the_page_away_at_once(information_page):
    url = information_page.url
    read(url)
    information_page.unpublish()
    assert read(url).status_code == 404


def test_moving_a_page_shows_it_at_its_new_address_only(information_page):
    old_url = information_page.url
    read(old_url)
    new_topic = InformationIndexPageFactory(title="Staying safe", slug="staying-safe")
    information_page.move(new_topic, pos="last-child")
    information_page.refresh_from_db()
    assert read(old_url)["Location"] == information_page.url
    assert read(information_page.url).status_code == 200


def test_publishing_a_translation_shows_in_the_english_pages_language_list(
    information_page, polish_page
):
    english = read(information_page).content.decode()
    assert "Jak zgłosić przemoc" not in english
    polish_page.title = "Jak zgłaszać przemoc"
    polish_page.save_revision().publish()
    assert 'lang="pl"' in read(information_page).content.decode()
    assert "Jak zgłaszać przemoc" in read(polish_page).content.decode()


def test_changed_contact_details_show_on_every_cached_page(information_page):
    ContactDetailsFactory()
    assert "024 7600 9999" not in read(information_page).content.decode()
    details = ContactDetails.objects.get()
    details.asc_direct_phone = "024 7600 9999"
    details.save()
    assert "024 7600 9999" in read(information_page).content.decode()


def test_signed_in_people_never_get_the_cached_page(information_page, people):
    read(information_page)
    client = sign_in(Client(), people["editor"])
    html = client.get(information_page.url).content.decode()
    assert "wagtail-userbar" in html


class CountingView:
    """Stands for a public page whose response the middleware may keep."""

    def __init__(self, respond):
        self.respond = respond
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        request.serves_public_page = True
        return self.respond(request)


def plain(request):
    return HttpResponse("A page")


def with_csrf_token(request):
    return HttpResponse(f"<form><input name=csrfmiddlewaretoken value={get_token(request)}>")


def marked_private(request):
    response = HttpResponse("Your own page")
    response["Cache-Control"] = "private"
    return response


def setting_a_cookie(request):
    response = HttpResponse("A page")
    response.set_cookie("seen", "yes")
    return response


@pytest.mark.parametrize(
    ("respond", "kept"),
    [(plain, True), (with_csrf_token, False), (marked_private, False), (setting_a_cookie, False)],
)
def test_only_responses_the_same_for_everyone_are_kept(db, respond, kept):
    view = CountingView(respond)
    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        request = RequestFactory().get("/en/a-page/")
        request.csp_nonce = "unused"
        middleware(request)
    assert view.calls == (1 if kept else 2)


def test_addresses_with_a_query_are_not_kept(db):
    view = CountingView(plain)
    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        request = RequestFactory().get("/en/search/", {"q": "abuse"})
        middleware(request)
    assert view.calls == 2
