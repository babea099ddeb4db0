"""Topics of interest in the reader's language: the involvement team names each
topic in the community languages, and the sign-up form shows those names."""

import re

import pytest
from django.test import Client

from getinvolved.signup.models import InvolvementTopicName, SignUpRequest
from tests.factories import sign_in
from tests.getinvolved.conftest import sign_up_data

SIGN_UP = "/{lang}/get-involved/sign-up/"
TOPICS = "/admin/get-involved/topics/"


def topic_labels(lang):
    html = Client().get(SIGN_UP.format(lang=lang)).content.decode()
    return re.findall(r'for="signup-topics-\d+">\s*(.*?)\s*</label>', html)


def names_formset(*names, initial=0):
    data = {
        "names-TOTAL_FORMS": str(len(names)),
        "names-INITIAL_FORMS": str(initial),
        "names-MIN_NUM_FORMS": "0",
        "names-MAX_NUM_FORMS": "1000",
    }
    for index, (language, name) in enumerate(names):
        data |= {
            f"names-{index}-id": "",
            f"names-{index}-language": language,
            f"names-{index}-name": name,
        }
    return data


@pytest.fixture
def team(people):
    client = Client()
    sign_in(client, people["involvement"])
    return client


@pytest.fixture
def carers_in_arabic(topics):
    carers = topics[0]
    InvolvementTopicName.objects.create(topic=carers, language="ar", name="مقدمو الرعاية")
    return carers


def test_readers_see_each_topic_in_their_language_or_in_english(carers_in_arabic):
    assert topic_labels("ar") == ["مقدمو الرعاية", "Mental health"]
    assert topic_labels("en") == ["Carers", "Mental health"]
    assert topic_labels("pl") == ["Carers", "Mental health"]


def test_a_topic_chosen_in_arabic_is_kept_as_the_same_topic(carers_in_arabic):
    data = sign_up_data(topics=["carers"], language="ar")
    response = Client().post(SIGN_UP.format(lang="ar"), data, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302
    assert SignUpRequest.objects.get().details["topics"] == ["Carers"]


def test_the_team_names_a_topic_in_another_language(team, topics):
    carers = topics[0]
    response = team.post(
        f"{TOPICS}edit/{carers.pk}/",
        {"name": "Carers", **names_formset(("pl", "Opiekunowie"), ("ur", "نگہداشت کرنے والے"))},
    )
    assert response.status_code == 302
    assert dict(carers.names.values_list("language", "name")) == {
        "pl": "Opiekunowie",
        "ur": "نگہداشت کرنے والے",
    }
    assert topic_labels("pl") == ["Opiekunowie", "Mental health"]


def test_two_names_in_one_language_are_refused_and_what_was_typed_is_kept(team, topics):
    carers = topics[0]
    response = team.post(
        f"{TOPICS}edit/{carers.pk}/",
        {"name": "Carers", **names_formset(("pl", "Opiekunowie"), ("pl", "Opiekunki"))},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the duplicate" in html
    assert 'value="Opiekunowie"' in html and 'value="Opiekunki"' in html
    assert not carers.names.exists()


def test_a_name_is_typed_in_its_own_direction(team, carers_in_arabic):
    html = team.get(f"{TOPICS}edit/{carers_in_arabic.pk}/").content.decode()
    field = re.search(r'<input[^>]*name="names-0-name"[^>]*>', html).group(0)
    assert 'dir="auto"' in field and 'value="مقدمو الرعاية"' in field
