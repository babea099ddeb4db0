import pytest
from django.test import Client, override_settings


def test_root_sends_readers_to_the_english_home_page(db):
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_unknown_address_gives_the_friendly_404_page(db):
    response = Client().get("/en/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html
    assert 'name="q"' in html
    assert "Traceback" not in html


@override_settings(DEBUG=False)
def test_server_error_page_needs_nothing_but_static_files():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Sorry, there is a problem with the service" in html
    assert "024 7683 3003" in html


def test_robots_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(db):
    response = Client().get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_sitemap_lists_live_pages_only(information_page, topic):
    from tests.factories import InformationPageFactory

    draft = InformationPageFactory(parent=topic, title="Draft", slug="draft-page")
    draft.unpublish()
    xml = Client().get("/sitemap.xml").content.decode()
    assert "/en/safeguarding-adults/how-to-report-abuse/" in xml
    assert "draft-page" not in xml


@pytest.mark.parametrize("path", ["/en/", "/en/search/", "/en/no-such-page/"])
def test_every_page_has_lang_skip_link_and_one_h1(db, path):
    html = Client().get(path).content.decode()
    assert '<html lang="en" dir="ltr"' in html
    assert 'href="#main-content"' in html
    assert 'id="main-content"' in html
    assert html.count("<h1") == 1


def test_footer_shows_the_council_contact_details(db):
    from tests.factories import ContactDetailsFactory

    client = Client()
    # Before any are entered, the council's usual numbers are shown.
    assert 'href="tel:+442476833003"' in client.get("/en/").content.decode()
    contacts = ContactDetailsFactory()
    contacts.asc_direct_phone = "024 7600 0000"
    contacts.save()
    html = client.get("/en/").content.decode()  # seen at once, though they are cached
    assert 'href="tel:+442476000000"' in html
    assert "getinvolvedasc@coventry.gov.uk" in html
