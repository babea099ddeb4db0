"""An editor adds an information page with every block type through the admin and publishes it."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from infopages.models import InformationPage
from tests.factories import UserFactory, sign_in


def list_block(items):
    data = {"count": len(items)}
    for index, value in enumerate(items):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index)}
    return data


@pytest.fixture
def picture(db):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return Image.objects.create(title="A carer", file=ImageFile(buffer, name="carer.png"))


@pytest.fixture
def moderator_client(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Publishers"))
    client = Client()
    sign_in(client, user)
    return client


def every_block(picture, linked_page):
    return streamfield(
        [
            ("heading", {"text": "Who can help", "level": "h2"}),
            (
                "paragraph",
                rich_text('<p>Call <b>us</b> or <a href="https://www.gov.uk/">GOV.UK</a>.</p>'),
            ),
            ("warning", {"text": "If you are in danger, call 999."}),
            ("inset", "You do not have to give your name."),
            (
                "steps",
                list_block(
                    [{"title": "Call us", "text": "Tell us."}, {"title": "We act", "text": ""}]
                ),
            ),
            ("details", {"summary": "Can I stay anonymous?", "text": rich_text("<p>Yes.</p>")}),
            (
                "contact",
                {
                    "name": "Adult Social Care Direct",
                    "phone": "024 7683 3003",
                    "email": "ascdirect@coventry.gov.uk",
                    "text_relay": "18001 024 7683 3003",
                    "opening_hours": "Until 5pm",
                    "address": "Council House",
                },
            ),
            (
                "related_links",
                list_block(
                    [
                        {"title": "", "page": linked_page.pk, "url": ""},
                        {"title": "NHS", "page": "", "url": "https://www.nhs.uk/"},
                    ]
                ),
            ),
            (
                "image",
                {"image": picture.pk, "alt_text": "A carer helping someone", "caption": "Carers"},
            ),
        ]
    )


def page_form(body, **fields):
    return nested_form_data(
        {
            "title": "Carers' rights",
            "slug": "carers-rights",
            "summary": "What carers can ask for.",
            "body": body,
            "tags": "carers, rights",
            "last_reviewed": "2026-11-01",
            "next_review_due": "2027-11-01",
            **fields,
        }
    )


def test_editor_publishes_a_page_with_every_block_type(
    moderator_client, topic, information_page, picture
):
    add_url = reverse("wagtailadmin_pages:add", args=["infopages", "informationpage", topic.pk])
    assert moderator_client.get(add_url).status_code == 200
    response = moderator_client.post(
        add_url, page_form(every_block(picture, information_page), **{"action-publish": "publish"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    page = InformationPage.objects.get(slug="carers-rights")
    assert page.live
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "warning",
        "inset",
        "steps",
        "details",
        "contact",
        "related_links",
        "image",
    ]
    assert sorted(page.tags.names()) == ["carers", "rights"]

    html = Client().get(page.url).content.decode()
    assert "Who can help" in html
    assert 'alt="A carer helping someone"' in html
    assert f'href="{information_page.url}">How to report abuse</a>' in html
    assert "Last reviewed: 1 November 2026" in html


def test_invalid_blocks_are_explained_and_nothing_is_published(moderator_client, topic, picture):
    body = streamfield(
        [
            (
                "contact",
                {
                    "name": "Team",
                    "phone": "not a number",
                    "email": "",
                    "text_relay": "",
                    "opening_hours": "",
                    "address": "",
                },
            ),
            ("related_links", list_block([{"title": "Nowhere", "page": "", "url": ""}])),
            ("image", {"image": picture.pk, "alt_text": "", "caption": ""}),
        ]
    )
    add_url = reverse("wagtailadmin_pages:add", args=["infopages", "informationpage", topic.pk])
    response = moderator_client.post(add_url, page_form(body, **{"action-publish": "publish"}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be created due to validation errors" in html
    assert "Enter a phone number using only digits" in html
    assert "Choose a page or enter a web address, but not both." in html
    assert not InformationPage.objects.filter(slug="carers-rights").exists()
