"""The demo's topics and information pages (site/demo/content/<topic>/), and the
council's contact details in every language."""

import datetime

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from wagtail.models import Locale

from council_site.demo import registry
from council_site.demo.translating import imported_translation
from council_site.languages import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES

from .blocks import InformationBodyBlock
from .contact_details import ContactDetails
from .models import InformationIndexPage, InformationPage


def topic_keys(seeder):
    return seeder.data.file("home").texts("topics")


def page_keys(seeder, topic_key):
    return [f"{topic_key}/{slug}" for slug in seeder.data.file(topic_key).texts("pages")]


def topics(seeder):
    last_reviewed = timezone.localdate() - datetime.timedelta(days=45)
    body_block = InformationBodyBlock()
    for topic_key in topic_keys(seeder):
        data = seeder.data.file(topic_key)
        topic = seeder.child_page(
            seeder.page("home"),
            InformationIndexPage,
            topic_key,
            title=data.require("title"),
            introduction=data.require("introduction"),
        )
        for key in page_keys(seeder, topic_key):
            data = seeder.data.file(key)
            seeder.child_page(
                topic,
                InformationPage,
                key,
                title=data.require("title"),
                summary=data.require("summary"),
                body=data.stream("body", body_block),
                last_reviewed=last_reviewed,
                next_review_due=last_reviewed + relativedelta(months=12),
            )


def contact_details(seeder):
    """The council's contact details, in English and, published at once as a
    publisher may, in every community language."""
    contacts = (
        ContactDetails.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("pk").first()
    ) or ContactDetails(locale=Locale.get_default())
    if not contacts.footer_links:
        data = seeder.data.file("contact-details")
        contacts.footer_links = data.stream("footer_links", contacts.footer_links.stream_block)
        contacts.save()
    for code in TRANSLATED_LANGUAGES:
        if contacts.get_translation_or_none(Locale.objects.get(language_code=code)) is None:
            translation = imported_translation(seeder, "contact-details", contacts, code)
            translation.save_target(publish=True)


def register():
    registry.register("topics", topics, after=["home-page"])
    registry.register("contact-details", contact_details, after=["site-address"])
