from django.test import Client
from wagtail.models import Site


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
