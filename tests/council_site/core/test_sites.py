import io

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import Site

from council_site.core.sites import serve_default_site_at, site_address
from infopages.print_editions.documents import edition_html, qr_code
from infopages.print_editions.models import PrintFormat


def test_a_change_to_the_site_is_seen_on_the_next_request(topic):
    client = Client()
    assert "Adult social care information" in client.get("/en/").content.decode()
    site = Site.objects.get(is_default_site=True)
    site.root_page = topic
    site.save()
    assert (
        '<h1 class="govuk-heading-xl">Safeguarding adults</h1>'
        in client.get("/en/").content.decode()
    )


def test_a_host_no_site_answers_for_gives_not_found(topic):
    client = Client()
    assert client.get("/en/", HTTP_HOST="127.0.0.1").status_code == 200  # the default site
    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.save()
    assert client.get("/en/", HTTP_HOST="127.0.0.1").status_code == 404


@pytest.mark.parametrize(
    "url, address",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("https://care.example.gov.uk", ("care.example.gov.uk", 443)),
        ("http://care.example.gov.uk/", ("care.example.gov.uk", 80)),
    ],
)
def test_a_site_address_is_its_host_name_and_port(url, address):
    assert site_address(url) == address


def test_pages_qr_codes_and_canonical_links_lead_to_the_address_the_site_is_served_at(
    information_page,
):
    site = serve_default_site_at("http://127.0.0.1:8000")
    address = "http://127.0.0.1:8000/en/safeguarding-adults/how-to-report-abuse/"
    assert site.root_url == "http://127.0.0.1:8000"
    html = Client().get("/en/safeguarding-adults/how-to-report-abuse/").content.decode()
    assert f'<link rel="canonical" href="{address}">' in html
    edition = edition_html(information_page, PrintFormat.STANDARD)
    assert "127.0.0.1:8000/en/safeguarding-adults/how-to-report-abuse</p>" in edition
    assert qr_code(address) in edition


@override_settings(SITE_URL="https://care.example.gov.uk")
def test_the_site_is_given_the_address_from_the_settings(information_page):
    call_command("set_site_address", stdout=io.StringIO())
    assert information_page.full_url == (
        "https://care.example.gov.uk/en/safeguarding-adults/how-to-report-abuse/"
    )
