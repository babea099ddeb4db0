import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from infopages.blocks import ContactBlock, InformationBodyBlock, LinkBlock
from infopages.models import InformationPage
from tests.factories import InformationPageFactory, UserFactory, body, sign_in

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_link_needs_a_page_or_an_address_but_not_both(information_page):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Nowhere", "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"title": "Both", "page": information_page.pk, "url": "https://a.example"}
            )
        )
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "", "page": None, "url": "https://a.example"}))
    value = block.clean(block.to_python({"title": "", "page": information_page.pk, "url": ""}))
    assert value.href == information_page.url
    assert value.label == "How to report abuse"


def test_link_refuses_addresses_that_are_not_web_addresses():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Bad", "page": None, "url": "javascript:alert(1)"}))


def test_contact_phone_must_look_like_a_phone_number():
    block = ContactBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"name": "Team", "phone": "call me maybe"}))
    assert block.clean(block.to_python({"name": "Team", "phone": "024 7683 3003"}))["phone"] == (
        "024 7683 3003"
    )


def test_two_headings_with_the_same_words_are_refused():
    stream = InformationBodyBlock()
    value = stream.to_python(
        [
            {"type": "heading", "value": {"text": "Contact us", "level": "h2"}},
            {"type": "heading", "value": {"text": "Contact us", "level": "h3"}},
        ]
    )
    with pytest.raises((StreamBlockValidationError, ValidationError)):
        stream.clean(value)


@pytest.mark.parametrize(
    "block",
    [
        ("heading", {"text": XSS, "level": "h2"}),
        ("paragraph", f"<p>{XSS}</p>"),
        ("warning", {"text": XSS}),
        ("inset", XSS),
        ("steps", [{"title": XSS, "text": XSS}, {"title": "Two", "text": XSS}]),
        ("details", {"summary": XSS, "text": f"<p>{XSS}</p>"}),
        (
            "contact",
            {
                "name": XSS,
                "phone": "",
                "email": "",
                "text_relay": XSS,
                "opening_hours": XSS,
                "address": XSS,
            },
        ),
        ("related_links", [{"title": XSS, "url": "https://example.org/"}]),
    ],
    ids=lambda block: block[0] if isinstance(block, tuple) else "",
)
def test_editor_html_never_reaches_the_page_unescaped(topic, block):
    page = InformationPageFactory(parent=topic, title=XSS, summary=XSS, body=body([block]))
    html = Client().get(page.url).content.decode()
    assert "<script>alert" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert "<img" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    [name for name in InformationBodyBlock().child_blocks if name != "image"],
)
def test_each_block_renders_in_the_admins_preview(name):
    """The block templates are Jinja2; the admin's preview page, Django's, shows them."""
    client = Client()
    sign_in(client, UserFactory(is_superuser=True))
    child = InformationPage.body.field.stream_block.child_blocks[name]
    response = client.get("/admin/block-preview/", {"id": child.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "dist/main.css" in html
    assert str(child.render(child.get_preview_value())).strip()[:40] in html
