import pytest
from django.test import Client

from tests.factories import InformationPageFactory


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


def queries_to_render(client, page, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as captured:
        assert client.get(page.url).status_code == 200
    return len(captured)


def test_query_count_is_small_and_does_not_grow_with_the_site(
    topic, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # each page is made, so its queries count
    pages = [InformationPageFactory(parent=topic) for _ in range(10)]
    client = Client()
    client.get(pages[0].url)  # the first request fills Wagtail's site cache
    with_ten_pages = queries_to_render(client, pages[-1], django_assert_max_num_queries)
    pages += [InformationPageFactory(parent=topic) for _ in range(40)]
    with_fifty_pages = queries_to_render(client, pages[-1], django_assert_max_num_queries)
    assert with_ten_pages == with_fifty_pages
