import datetime
import re
from xml.etree import ElementTree

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Revision, Site

from council_site.languages import LANGUAGE_INFO, TRANSLATED_LANGUAGES
from tests.factories import home_page

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


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


def sitemap():
    """Each <url> of the sitemap by its address."""
    root = ElementTree.fromstring(Client().get("/sitemap.xml").content)  # noqa: S314 - our own
    return {url.findtext(f"{SITEMAP}loc"): url for url in root.iter(f"{SITEMAP}url")}


def alternates(url):
    return {
        link.get("hreflang"): link.get("href")
        for link in url.iter(f"{XHTML}link")
        if link.get("rel") == "alternate"
    }


def test_sitemap_lists_every_page_in_every_language_with_its_alternates(
    information_page, translate
):
    english = [home_page(), information_page.get_parent(), information_page]
    for page in english:
        page.save_revision().publish()
    versions = {page.pk: {"en": page} for page in english}
    for code in TRANSLATED_LANGUAGES:
        for page in english:
            versions[page.pk][code] = translate(page, code, {"title": f"{page.title} {code}"})
    # Published later than its live revision was made: it changed when the revision did.
    information_page.refresh_from_db()
    Revision.objects.filter(pk=information_page.live_revision_id).update(
        created_at=datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)
    )

    urls = sitemap()
    for by_code in versions.values():
        assert list(by_code) == list(LANGUAGE_INFO)
        addresses = {code: page.full_url for code, page in by_code.items()}
        for page in by_code.values():
            page.refresh_from_db()
            url = urls[page.full_url]
            assert alternates(url) == {**addresses, "x-default": addresses["en"]}
            revised = timezone.localdate(page.live_revision.created_at)
            assert url.findtext(f"{SITEMAP}lastmod") == revised.isoformat()
    assert urls[information_page.full_url].findtext(f"{SITEMAP}lastmod") == "2024-03-01"
    assert len(urls) == 3 * 8 + 2 * 8  # and the two forms


@pytest.mark.parametrize("path", ["get-involved/sign-up/", "experience-survey/"])
def test_sitemap_lists_the_public_forms_in_every_language(db, path):
    root_url = Site.objects.get(is_default_site=True).root_url
    addresses = {code: f"{root_url}/{code}/{path}" for code in LANGUAGE_INFO}
    urls = sitemap()
    for address in addresses.values():
        assert alternates(urls[address]) == {**addresses, "x-default": addresses["en"]}


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


def meta_descriptions(path):
    html = Client().get(path).content.decode()
    return re.findall(r'<meta name="description" content="([^"]*)">', html)


def test_every_public_page_describes_itself_in_the_readers_language(information_page, translate):
    home = home_page()
    home.introduction = "Clear information about care and support."
    home.save_revision().publish()
    translate(
        home, "ar", {"title": "الرعاية الاجتماعية", "introduction": "معلومات واضحة عن الرعاية."}
    )
    translate(
        information_page.get_parent(),
        "ar",
        {"title": "حماية البالغين", "introduction": "الحماية تعني منع الأذى والإساءة."},
    )
    expected = {
        "/en/": "Clear information about care and support.",
        "/ar/": "معلومات واضحة عن الرعاية.",
        "/ar/safeguarding-adults/": "الحماية تعني منع الأذى والإساءة.",
        "/pl/search/": "Wyszukiwarka informacji rady miasta o opiece społecznej dla dorosłych.",
        "/ar/get-involved/sign-up/": (
            "أخبرنا كيف تود أن تساعدنا في تحسين الرعاية الاجتماعية للبالغين في كوفنتري. "
            "يستغرق ذلك نحو 5 دقائق."
        ),
        "/pl/experience-survey/": (
            "Pytamy każdą osobę, której opiekę i wsparcie niedawno przeglądaliśmy. "
            "Odpowiedzi są anonimowe: nie pytamy o imię i nazwisko."
        ),
        "/ar/no-such-page/": (
            "معلومات واضحة عن الرعاية الاجتماعية للبالغين في كوفنتري: الحماية من الإساءة، "
            "والأهلية العقلية، والمناصرة، والشكاوى، ودفع تكاليف الرعاية."
        ),
    }
    assert {path: meta_descriptions(path) for path in expected} == {
        path: [text] for path, text in expected.items()
    }


def test_a_get_involved_page_is_described_by_its_introduction(db):
    from getinvolved.models import GetInvolvedPage

    page = GetInvolvedPage(
        title="Get involved", slug="get-involved", introduction="Help us improve care."
    )
    home_page().add_child(instance=page)
    assert meta_descriptions("/en/get-involved/") == ["Help us improve care."]
