from unittest import mock

import pytest
from django.db import connection
from django.template.response import SimpleTemplateResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from infopages.review.models import ReviewVote
from tests.factories import EVERY_BLOCK, InformationPageFactory, PrintEditionFactory, body


@pytest.fixture
def response(information_page):
    return Client().get(information_page.url)


def test_page_shows_title_summary_and_every_block(response):
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "<h1",
        "How to report abuse",
        "A short plain summary of the page.",
        "If you or someone else is in immediate danger, call "
        '<bdi dir="ltr" class="app-phone-number"><a class="govuk-link" href="tel:999">999</a>',
        "You do not have to give your name.",
        "We listen",
        "Can I stay anonymous?",
        'href="tel:+442476833003"',
        'href="mailto:ascdirect@coventry.gov.uk"',
        "18001 024 7683 3003",
        "Care Act guidance",
        '<a href="https://www.gov.uk/">GOV.UK</a>',
    ]:
        assert text in html, text
    assert html.count("<h1") == 1


def test_contents_lists_section_headings_only(response):
    contents = response.content.decode().split('id="contents-heading"')[1].split("</nav>")[0]
    assert 'href="#who-can-help"' in contents
    assert 'href="#what-happens-next"' in contents
    assert "Within two days" not in contents
    assert 'id="who-can-help"' in response.content.decode()


def test_breadcrumbs_lead_home_through_the_topic(response, information_page):
    breadcrumbs = response.content.decode().split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert "Adult social care information" in breadcrumbs
    assert f'href="{information_page.get_parent().url}"' in breadcrumbs
    assert "How to report abuse" not in breadcrumbs


def test_summary_is_the_meta_description(response):
    assert '<meta name="description" content="A short plain summary of the page.">' in (
        response.content.decode()
    )


def test_review_dates_are_shown(information_page):
    information_page.last_reviewed = "2026-10-08"
    information_page.next_review_due = "2027-10-08"
    information_page.save_revision().publish()
    html = Client().get(information_page.url).content.decode()
    assert "Last reviewed: 8 October 2026" in html
    assert "Next review due: October 2027" in html


def test_topic_lists_its_live_pages(topic):
    InformationPageFactory(parent=topic, title="Live page")
    draft = InformationPageFactory(parent=topic, title="Draft page")
    draft.unpublish()
    html = Client().get(topic.url).content.decode()
    assert "Live page" in html
    assert "Draft page" not in html


def test_home_page_links_to_each_topic_and_urgent_help(topic):
    html = Client().get("/en/").content.decode()
    assert f'href="{topic.url}"' in html
    assert "immediate danger" in html
    assert "999" in html


def counted(client, path):
    """The queries a request makes once the site's caches hold what they keep, and
    those its template makes while it renders."""
    client.get(path)
    rendering = []
    render = SimpleTemplateResponse.rendered_content.fget

    def rendered_content(response):
        with CaptureQueriesContext(connection) as captured:
            content = render(response)
        rendering.append(len(captured))
        return content

    with (
        mock.patch.object(SimpleTemplateResponse, "rendered_content", property(rendered_content)),
        CaptureQueriesContext(connection) as whole,
    ):
        response = client.get(path)
    assert response.status_code == 200
    return len(whole), sum(rendering), response.content.decode()


def reviewed_page_with_editions(topic, **fields):
    page = InformationPageFactory(parent=topic, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    ReviewVote.objects.create(
        page=page,
        revision=page.live_revision,
        step="Stakeholder review",
        reviewer_name="Expert",
        outcome=ReviewVote.APPROVED,
        completes_stakeholder_review=True,
    )
    PrintEditionFactory(page=page, page_count=2)
    return page


def test_a_page_makes_at_most_five_queries_and_its_template_none_however_big_the_site(
    topic, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # each page is made, so its queries count
    pages = [reviewed_page_with_editions(topic) for _ in range(3)]
    client = Client()
    with_3_pages, in_template, html = counted(client, pages[-1].url)
    assert "Last reviewed with the stakeholder group:" in html
    assert "Download a printable version (PDF)" in html
    assert in_template == 0
    assert with_3_pages <= 5

    pages += [reviewed_page_with_editions(topic) for _ in range(27)]
    with_30_pages, in_template, _html = counted(client, pages[-1].url)
    assert in_template == 0
    assert with_30_pages == with_3_pages


def test_the_pages_a_page_links_to_are_loaded_before_its_template(topic, settings):
    settings.PAGE_CACHE_SECONDS = 0
    linked = InformationPageFactory(parent=topic, title="Lasting power of attorney")
    links = [("related_links", [{"title": "", "page": linked.pk, "url": ""}])]
    page = reviewed_page_with_editions(topic, body=body([*EVERY_BLOCK, *links]))
    _queries, in_template, html = counted(Client(), page.url)
    assert f'href="{linked.url}">Lasting power of attorney</a>' in html
    assert in_template == 0


def test_a_translations_template_asks_no_query(polish_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    ReviewVote.objects.create(
        page=polish_page,
        revision=polish_page.live_revision,
        step="Translation check",
        reviewer_name="Checker",
        outcome=ReviewVote.APPROVED,
        completes_translation_check=True,
    )
    PrintEditionFactory(page=polish_page, page_count=2)
    queries, in_template, html = counted(Client(), polish_page.url)
    assert "Download a printable version" in html or ".pdf" in html
    assert in_template == 0
    assert queries <= 5
