"""Pages that send readers to the directory: an information page's "Support near you"
block and the self-assessment's result list services of the chosen kinds of support
and link to the directory's search for them."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from infopages.directory.models import DirectoryPage
from tests.factories import InformationPageFactory, body, home_page
from tests.infopages.selfassessment.conftest import (  # noqa: F401
    address,
    answer,
    completed,
)
from tests.infopages.selfassessment.factories import (
    SelfAssessmentPageFactory,
    every_kind_of_question,
    questions,
)


@pytest.fixture
def directory_page(directory):
    page = DirectoryPage(title="Find support near you", slug="find-support")
    home_page().add_child(instance=page)
    return page


def section_of(response):
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return html.select_one(".app-support-near-you")


def search_kinds(section):
    link = section.find("a", string="Search the directory for support near you")
    parts = urlsplit(link["href"])
    return parts.path, set(parse_qs(parts.query)["support"])


def test_the_block_lists_active_services_of_its_kinds_and_links_to_their_search(
    client, directory, directory_page, topic
):
    carers = str(directory.carers.translation_key)
    page = InformationPageFactory(
        parent=topic,
        body=body([("support_near_you", {"heading": "", "support_kinds": [carers]})]),
    )
    section = section_of(client.get(page.url))
    assert section.h2.get_text() == "Support near you"
    names = [a.get_text() for a in section.select("li a")]
    # Both services for carers, by name; the closed lunch club is not listed.
    assert names == ["Carers centre", "Memory café"]
    assert section.select_one("li a")["href"] == directory_page.service_url(
        directory.carers_centre.translation_key
    )
    assert search_kinds(section) == (directory_page.url, {carers})


def test_an_answer_leads_the_result_to_services_of_its_kinds(
    client,
    directory,
    directory_page,
    completed,  # noqa: F811
):
    items = every_kind_of_question()
    meals = items[2][1]["answers"][0]
    meals["support_kinds"] = [str(directory.dementia.translation_key)]
    assessment = SelfAssessmentPageFactory(questions=questions(items))
    completed(assessment, "Preparing meals")
    section = section_of(client.get(address("result", assessment)))
    assert "Dementia" in section.get_text()
    assert [a.get_text() for a in section.select("li a")] == ["Memory café"]
    assert search_kinds(section)[1] == {str(directory.dementia.translation_key)}


def test_no_section_when_no_chosen_answer_leads_to_a_kind_of_support(
    client,
    directory,
    directory_page,
    completed,  # noqa: F811
):
    assessment = SelfAssessmentPageFactory(questions=questions(every_kind_of_question()))
    completed(assessment, "Washing")
    assert section_of(client.get(address("result", assessment))) is None
