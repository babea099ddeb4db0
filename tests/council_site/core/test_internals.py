"""One test for each private part of Django and Wagtail that council_site.core.internals
relies on: an upgrade that changes one fails here."""

from types import SimpleNamespace

import pytest
import redis
from csp.decorators import csp, csp_exempt, csp_replace, csp_update
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware
from django.core.cache.backends import redis as django_redis
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from wagtail.admin.signal_handlers import register_signal_handlers
from wagtail.admin.views.mixins import SpreadsheetExportMixin
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


class RowExport(SpreadsheetExportMixin):
    list_export = ["title"]
    export_headings = {"title": "Title"}


def test_every_row_of_an_admin_csv_goes_through_the_replaced_writer():
    rows = [SimpleNamespace(title="First"), SimpleNamespace(title="Second")]
    written = []

    def write_row(view, writer, row_dict):
        written.append(dict(row_dict))
        return writer.writerow(row_dict)

    in_use = SpreadsheetExportMixin.write_csv_row
    internals.replace_wagtail_csv_row_writer(write_row)
    try:
        lines = list(RowExport().stream_csv(rows))
    finally:
        SpreadsheetExportMixin.write_csv_row = in_use
    assert written == [{"title": "First"}, {"title": "Second"}]
    assert lines == [b"Title\r\n", b"First\r\n", b"Second\r\n"]


def csp_request():
    request = RequestFactory().get("/")
    CSPMiddleware(lambda request: HttpResponse()).process_request(request)
    return request


def test_the_csp_nonce_is_known_once_made_and_is_the_one_pages_carry():
    request = csp_request()
    assert internals.csp_nonce_made(request) is None
    nonce = str(request.csp_nonce)
    assert internals.csp_nonce_made(request) == nonce


def test_a_csp_nonce_asked_for_once_refused_is_an_error():
    request = csp_request()
    internals.refuse_csp_nonce_from_now_on(request)
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


@pytest.mark.parametrize(
    "decorator",
    [
        csp_exempt(),
        csp_update({"img-src": ["https://images.example"]}),
        csp_replace({"img-src": ["https://images.example"]}),
        csp({"default-src": ["'self'"]}),
    ],
)
def test_a_response_from_a_view_with_a_csp_decorator_has_its_own_policy(decorator):
    request = RequestFactory().get("/")
    assert internals.has_own_csp_policy(decorator(lambda request: HttpResponse())(request))
    assert not internals.has_own_csp_policy(HttpResponse())


def test_a_redis_cache_client_keeps_its_pool_and_makes_redis_clients_on_it():
    cache_client = django_redis.RedisCacheClient(["redis://127.0.0.1:6379/15"])
    pool = internals.redis_connection_pool(cache_client, write=True)
    assert internals.redis_connection_pool(cache_client, write=True) is pool
    client = internals.new_redis_client(cache_client, pool)
    assert isinstance(client, redis.Redis)
    assert client.connection_pool is pool


def test_a_redis_cache_makes_its_client_of_the_class_it_is_given():
    class CacheClient(django_redis.RedisCacheClient):
        pass

    cache = django_redis.RedisCache("redis://127.0.0.1:6379/15", {})
    internals.use_redis_cache_client(cache, CacheClient)
    assert type(cache._cache) is CacheClient
