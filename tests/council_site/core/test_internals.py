"""One test for each private part of Django and Wagtail that council_site.core.internals
relies on: an upgrade that changes one fails here."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.admin.signal_handlers import register_signal_handlers
from wagtail.models import Page, Site

from council_site.core import internals


def test_the_raw_host_is_the_host_as_sent_even_when_not_allowed():
    request = RequestFactory().get("/", HTTP_HOST="not-allowed.example:8080")
    assert internals.raw_host(request) == "not-allowed.example:8080"


def test_a_remembered_site_is_the_one_wagtail_finds_for_the_request():
    request = RequestFactory().get("/")
    site = Site(hostname="remembered.example")
    internals.remember_site(request, site)
    assert Site.find_for_request(request) is site


@pytest.mark.django_db
def test_a_remembered_parent_is_the_parent_without_a_query(django_assert_num_queries):
    parent = Page(path="00010001", depth=2)
    child = Page(path="000100010001", depth=3)
    internals.remember_parent(child, parent)
    with django_assert_num_queries(0):
        assert child.get_parent() is parent
    assert internals.remembered_parent(child) is parent
    assert internals.remembered_parent(parent) is None


@pytest.mark.django_db
def test_wagtails_localized_gives_the_version_in_the_active_language(information_page):
    with translation.override("en"):
        assert internals.wagtail_localized(information_page) == information_page


def test_wagtails_workflow_email_receivers_are_found_and_removed():
    register_signal_handlers()
    assert internals.disconnect_wagtail_workflow_emails()
    assert not internals.disconnect_wagtail_workflow_emails()
