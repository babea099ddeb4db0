import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale

from council_site.accounts.two_factor import AUTHENTICATOR_NAME
from home.models import HomePage
from infopages.blocks import InformationBodyBlock
from infopages.contact_details import ContactDetails
from infopages.directory.models import (
    Location,
    Organization,
    Postcode,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from infopages.easyread.blocks import EasyReadBodyBlock, GlossaryBlock
from infopages.easyread.models import EasyReadPage, EasyReadPicture
from infopages.models import InformationIndexPage, InformationPage
from infopages.print_editions.models import PrintEdition, PrintFormat

BODY_BLOCK = InformationBodyBlock()

EVERY_BLOCK = [
    ("heading", {"text": "Who can help", "level": "h2"}),
    (
        "paragraph",
        '<p>Call <b>us</b> or read <a href="https://www.gov.uk/">GOV.UK</a>.</p><ul><li>One</li></ul>',
    ),
    ("warning", {"text": "If you or someone else is in immediate danger, call 999."}),
    ("inset", "You do not have to give your name."),
    ("heading", {"text": "What happens next", "level": "h2"}),
    ("heading", {"text": "Within two days", "level": "h3"}),
    (
        "steps",
        [{"title": "We listen", "text": "We ask what you want."}, {"title": "We act", "text": ""}],
    ),
    ("details", {"summary": "Can I stay anonymous?", "text": "<p>Yes, you can.</p>"}),
    (
        "contact",
        {
            "name": "Adult Social Care Direct",
            "phone": "024 7683 3003",
            "email": "ascdirect@coventry.gov.uk",
            "text_relay": "18001 024 7683 3003",
            "opening_hours": "Monday to Thursday until 5pm",
            "address": "Council House\nCoventry",
        },
    ),
    ("related_links", [{"title": "Care Act guidance", "url": "https://www.gov.uk/care-act"}]),
]


def stream_data(stream_block, items):
    """Turn (block type, plain value) pairs into the values a StreamField stores."""
    return [(name, stream_block.child_blocks[name].to_python(value)) for name, value in items]


def body(items):
    return stream_data(BODY_BLOCK, items)


def home_page():
    return HomePage.objects.get(depth=2, locale__language_code="en")


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = get_user_model()


class InformationIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    introduction = "What this topic is about."
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = InformationIndexPage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information page {n}")
    summary = "A short plain summary of the page."
    body = factory.LazyFunction(lambda: body(EVERY_BLOCK))
    parent = factory.SubFactory(InformationIndexPageFactory)

    class Meta:
        model = InformationPage


# A drawing of shapes only, as the Easy Read picture library takes them.
PICTURE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
    b'<circle cx="36" cy="36" r="30" fill="#fcea2b" stroke="#000" stroke-width="2"/></svg>'
)
PICTURE_CREDIT = "OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0"


class EasyReadPictureFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    file = factory.LazyAttribute(
        lambda picture: ContentFile(
            PICTURE_SVG, name=f"{picture.title.lower().replace(' ', '-')}.svg"
        )
    )
    alt_text = factory.Sequence(lambda n: f"A smiling face {n}")
    credit = PICTURE_CREDIT
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        model = EasyReadPicture


def easy_read_rows(rows):
    """(picture, words) pairs as an Easy Read page's body."""
    return stream_data(
        EasyReadBodyBlock(),
        [("picture_and_words", {"picture": picture.pk, "words": words}) for picture, words in rows],
    )


def glossary(terms):
    return stream_data(
        GlossaryBlock(), [("term", {"word": word, "meaning": meaning}) for word, meaning in terms]
    )


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Easy Read page {n}")
    summary = "What this page is about, in easy words."
    body = factory.LazyFunction(
        lambda: easy_read_rows([(EasyReadPictureFactory(), "Abuse is wrong.\nTell someone.")])
    )
    glossary = factory.LazyFunction(
        lambda: glossary([("Safeguarding", "Keeping adults safe from harm.")])
    )
    parent = factory.SubFactory(InformationPageFactory)

    class Meta:
        model = EasyReadPage


def is_refused(response):
    """The admin answers a refusal with 403 (or 404 for what may not even be known
    to exist), and a stranger with the sign-in page."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"].startswith("/admin/login/")


class ContactDetailsFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ContactDetails


def sign_in(client, user):
    """Signs a person in as the admin requires: password and second factor both given."""
    client.force_login(user)
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name=AUTHENTICATOR_NAME, defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


class PrintEditionFactory(factory.django.DjangoModelFactory):
    """An edition on record without making its PDF: a placeholder file."""

    page = factory.SubFactory(InformationPageFactory)
    locale = factory.LazyAttribute(lambda edition: edition.page.locale)
    format = PrintFormat.STANDARD
    content_hash = factory.Sequence(lambda n: f"{n:064d}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.7", name="edition.pdf"))
    page_count = 1
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = PrintEdition


class TaxonomyFactory(factory.django.DjangoModelFactory):
    name = "Kinds of support"
    description = "The kinds of support the council's information pages cover."

    class Meta:
        model = Taxonomy


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    taxonomy = factory.SubFactory(TaxonomyFactory)
    name = factory.Sequence(lambda n: f"Support {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TaxonomyTerm


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Charity {n}")
    description = "A local charity."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Organization


class LocationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Community centre {n}")
    address_1 = "1 High Street"
    postal_code = "CV1 1AA"
    latitude = 52.4081
    longitude = -1.5106

    class Meta:
        model = Location


class ServiceFactory(factory.django.DjangoModelFactory):
    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    description = "Help for people in Coventry."
    url = "https://example.org/service"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Service
        skip_postgeneration_save = True

    @factory.post_generation
    def places(service, create, locations, **kwargs):
        for location in locations or []:
            ServiceAtLocation.objects.create(service=service, location=location)


class PostcodeFactory(factory.django.DjangoModelFactory):
    postcode = "CV1 5RR"
    latitude = 52.4068
    longitude = -1.5197

    class Meta:
        model = Postcode
        django_get_or_create = ["postcode"]
