"""Create the demo site from home/demo/content.py. Running it again changes nothing."""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Locale

from council_site.accounts.two_factor import AUTHENTICATOR_NAME
from council_site.core.sites import serve_default_site_at
from council_site.languages import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES
from getinvolved.blocks import ChangesBlock
from getinvolved.models import GetInvolvedPage, WeAskedYouSaidWeDidPage
from getinvolved.signup.models import InvolvementTopic, InvolvementTopicName
from getinvolved.survey.models import SurveyAnswer, SurveyResponse
from getinvolved.survey.questions import QUESTIONS
from home.demo.content import HOME, TOPICS
from home.demo.get_involved import GET_INVOLVED, TOPICS_OF_INTEREST, WE_ASKED_YOU_SAID_WE_DID
from home.demo.translating import demo_translations, translate, translate_page
from home.models import HomePage
from infopages.blocks import InformationBodyBlock, KeyContactsBlock
from infopages.contact_details import ContactDetails
from infopages.models import InformationIndexPage, InformationPage
from infopages.print_editions.generation import editions_made_afterwards
from infopages.review.models import ReviewVote
from infopages.review.voting import record_vote

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "demo-admin-password"  # noqa: S105 - printed in the README, demo only
DEMO_PASSWORD = "demo-password"  # noqa: S105 - printed in the README, demo only
# Every demo login's authenticator key: RFC 4226's published test key, in the README
# as GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, demo only. `manage.py demo_code` shows its code.
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"
REPORT_ABUSE_PATH = ("safeguarding-adults", "how-to-report-abuse")
DRAFT_IN_REVIEW_SLUG = "keeping-safe-and-avoiding-scams"
TRANSLATED_TOPIC_SLUG = "safeguarding-adults"
CO_PRODUCTION_COMMENTS = [
    ("expert1", "Easy to follow. It says what will happen next."),
    ("expert2", "Clear and kind. Carers will find it useful."),
]
STALE_ARABIC_SLUG = "what-is-abuse"

# One demo account for each role, so that the review can be tried at once.
DEMO_PEOPLE = [
    ("editor", "Erin", "Editor", "Editors"),
    ("practice", "Priya", "Practice lead", "Practice reviewers"),
    ("expert1", "Sam", "Expert by experience", "Stakeholder reviewers"),
    ("expert2", "Jo", "Carer", "Stakeholder reviewers"),
    ("expert3", "Alex", "Expert by experience", "Stakeholder reviewers"),
    ("publisher", "Pat", "Principal Social Worker", "Publishers"),
    ("involvement", "Ines", "Involvement team", "Involvement team"),
    ("checker", "Tomasz", "Translation reviewer", "Translation reviewers"),
]

KEY_CONTACTS = [
    {
        "name": "Adult Social Care Direct",
        "phone": "024 7683 3003",
        "email": "ascdirect@coventry.gov.uk",
        "text_relay": "18001 024 7683 3003",
        "opening_hours": "Monday to Thursday until 5pm\nFriday until 4.30pm",
        "address": "",
    },
    {
        "name": "Emergency out of hours",
        "phone": "024 7683 2222",
        "email": "",
        "text_relay": "18001 024 7683 2222",
        "opening_hours": "After 5pm Monday to Thursday, after 4.30pm on Friday, and all weekend",
        "address": "",
    },
    {
        "name": "Central Booking Service (mental health services)",
        "phone": "0300 200 0011",
        "email": "",
        "text_relay": "",
        "opening_hours": "",
        "address": "",
    },
]

FOOTER_LINKS = [
    {
        "title": "Adult social care on the council website",
        "url": "https://www.coventry.gov.uk/adultsocialcare",
    },
    {"title": "Adult Social Care and Communities Directory", "url": "https://cid.coventry.gov.uk/"},
]


def home_fields(home):
    return {
        "title": home["title"],
        "introduction": home["introduction"],
        "urgent_help_heading": home["urgent_help_heading"],
        "urgent_help_text": home["urgent_help_text"],
        "key_contacts": [("contact", contact) for contact in home["key_contacts"]],
    }


def contact_fields(contacts):
    titles = contacts["footer_link_titles"]
    return {
        **{name: value for name, value in contacts.items() if name != "footer_link_titles"},
        "footer_links": [
            ("link", {**link, "title": title})
            for link, title in zip(FOOTER_LINKS, titles, strict=True)
        ],
    }


def stream_data(stream_block, items):
    """Turn (block type, plain value) pairs into the values a StreamField stores."""
    return [(name, stream_block.child_blocks[name].to_python(value)) for name, value in items]


class Command(BaseCommand):
    help = "Create the demo site: home page, five topics with their pages, and a demo admin user."

    def handle(self, *args, **options):
        with editions_made_afterwards(), transaction.atomic():
            serve_default_site_at(settings.SITE_URL)
            home = self.demo_home_page()
            for topic in TOPICS:
                self.demo_topic(home, topic)
            self.link_urgent_help(home)
            self.demo_get_involved(home)
            self.demo_contact_details()
            self.demo_admin()
            people = self.demo_people()
            self.demo_second_factors()
            self.demo_co_production(people)
            self.demo_draft_in_review(people)
            self.demo_translations(home, people)
        if settings.PRINT_EDITIONS_ON_PUBLISH:
            call_command("make_print_editions", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def demo_home_page(self):
        home = HomePage.objects.get(depth=2, locale__language_code="en")
        if not home.is_demo_content:
            home.title = home.draft_title = HOME["title"]
            home.introduction = HOME["introduction"]
            home.key_contacts = stream_data(
                KeyContactsBlock(), [("contact", c) for c in KEY_CONTACTS]
            )
            home.is_demo_content = True
            home.save_revision().publish()
        return home

    def demo_topic(self, home, topic):
        index = self.ensure_child(
            home,
            InformationIndexPage,
            slug=topic["slug"],
            title=topic["title"],
            introduction=topic["introduction"],
        )
        last_reviewed = timezone.localdate() - datetime.timedelta(days=45)
        body_block = InformationBodyBlock()
        for page in topic["pages"]:
            self.ensure_child(
                index,
                InformationPage,
                slug=page["slug"],
                title=page["title"],
                summary=page["summary"],
                body=stream_data(body_block, page["body"]),
                last_reviewed=last_reviewed,
                next_review_due=last_reviewed + relativedelta(months=12),
            )

    def demo_get_involved(self, home):
        get_involved = self.ensure_child(
            home,
            GetInvolvedPage,
            slug=GET_INVOLVED["slug"],
            title=GET_INVOLVED["title"],
            introduction=GET_INVOLVED["introduction"],
            body=stream_data(InformationBodyBlock(), GET_INVOLVED["body"]),
        )
        self.ensure_child(
            get_involved,
            WeAskedYouSaidWeDidPage,
            slug=WE_ASKED_YOU_SAID_WE_DID["slug"],
            title=WE_ASKED_YOU_SAID_WE_DID["title"],
            introduction=WE_ASKED_YOU_SAID_WE_DID["introduction"],
            changes=stream_data(
                ChangesBlock(),
                [("change", change) for change in WE_ASKED_YOU_SAID_WE_DID["changes"]],
            ),
        )
        for name in TOPICS_OF_INTEREST:
            topic, _created = InvolvementTopic.objects.get_or_create(
                name=name, defaults={"slug": slugify(name)}
            )
            for code in TRANSLATED_LANGUAGES:
                InvolvementTopicName.objects.get_or_create(
                    topic=topic,
                    language=code,
                    defaults={"name": demo_translations(code).TOPICS_OF_INTEREST[name]},
                )
        self.demo_survey_answers()

    def demo_survey_answers(self):
        """Three months of answers, so the survey dashboard has something to show."""
        if SurveyResponse.objects.exists():
            return
        this_month = timezone.localdate().replace(day=1)
        for months_ago in range(3):
            month = this_month - relativedelta(months=months_ago)
            for number in range(8 + 3 * months_ago):
                response = SurveyResponse.objects.create(month=month)
                SurveyAnswer.objects.bulk_create(
                    SurveyAnswer(
                        response=response,
                        question=question.slug,
                        # A spread of answers that leans to the first ones, as real ones do.
                        answer=question.choices[
                            (number * number + months_ago) % 7 % len(question.choices)
                        ][0],
                    )
                    for question in QUESTIONS
                )
        self.stdout.write("Added demo answers to the experience survey.")

    def ensure_child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, is_demo_content=True, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.stdout.write(f"Created {model._meta.verbose_name} “{page.title}”")
        return page

    def link_urgent_help(self, home):
        topic_slug, page_slug = REPORT_ABUSE_PATH
        report_page = InformationPage.objects.filter(
            slug=page_slug,
            url_path__endswith=f"/{topic_slug}/{page_slug}/",
            locale=home.locale,
        ).first()
        if report_page and home.urgent_help_page_id != report_page.pk:
            home.urgent_help_page = report_page
            home.save_revision().publish()

    def demo_contact_details(self):
        """The council's contact details, in English and every community language."""
        contacts = (
            ContactDetails.objects.filter(locale__language_code=SOURCE_LANGUAGE)
            .order_by("pk")
            .first()
        ) or ContactDetails(locale=Locale.get_default())
        if not contacts.footer_links:
            contacts.footer_links = stream_data(
                contacts.footer_links.stream_block, [("link", link) for link in FOOTER_LINKS]
            )
            contacts.save()
        for code in TRANSLATED_LANGUAGES:
            translate(contacts, code, contact_fields(demo_translations(code).CONTACTS))

    def demo_admin(self):
        User = get_user_model()
        if not User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            User.objects.create_superuser(
                DEMO_ADMIN_USERNAME, "admin@example.org", DEMO_ADMIN_PASSWORD
            )
            self.stdout.write(
                f"Created the demo admin: {DEMO_ADMIN_USERNAME} / {DEMO_ADMIN_PASSWORD}"
            )

    def demo_people(self):
        User = get_user_model()
        people = {}
        for username, first_name, last_name, group_name in DEMO_PEOPLE:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.org",
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                user.groups.add(Group.objects.get(name=group_name))
                self.stdout.write(
                    f"Created the demo {group_name.lower()} login: {username} / {DEMO_PASSWORD}"
                )
            people[username] = user
        return people

    def demo_second_factors(self):
        """Each demo login has the one demo authenticator, whatever a person trying the
        demo did to it (opened the set-up page, set up a phone of their own)."""
        User = get_user_model()
        demo_logins = [DEMO_ADMIN_USERNAME, *(username for username, *_rest in DEMO_PEOPLE)]
        for user in User.objects.filter(username__in=demo_logins):
            devices = TOTPDevice.objects.filter(user=user)
            if [(d.key, d.confirmed) for d in devices] == [(DEMO_TOTP_KEY, True)]:
                continue
            devices.delete()
            TOTPDevice.objects.create(
                user=user, name=AUTHENTICATOR_NAME, key=DEMO_TOTP_KEY, confirmed=True
            )
            self.stdout.write(f"Gave {user.username} the demo authenticator key.")

    def start_review(self, page, people):
        """The page submitted by the demo editor and past the practice review: at the
        stakeholder step."""
        revision = page.save_revision(user=people["editor"])
        page.get_workflow().start(page, people["editor"])
        page.current_workflow_task_state.approve(
            user=people["practice"], comment="Accurate and clear."
        )
        return revision

    def demo_co_production(self, people):
        """The safeguarding pages as the stakeholder group approved them, so that they
        say they were written with people who use services. The other topics stand as
        pages published before co-production began; the review journey starts there."""
        topic = InformationIndexPage.objects.get(
            slug=TRANSLATED_TOPIC_SLUG, locale__language_code=SOURCE_LANGUAGE
        )
        pages = InformationPage.objects.child_of(topic).exclude(slug=DRAFT_IN_REVIEW_SLUG)
        for page in pages:
            if ReviewVote.objects.filter(page=page).exists():
                continue
            self.start_review(page, people)
            for expert, comment in CO_PRODUCTION_COMMENTS:
                record_vote(
                    page.current_workflow_task_state,
                    outcome=ReviewVote.APPROVED,
                    reviewer=people[expert],
                    comment=comment,
                )
            page.current_workflow_task_state.approve(user=people["publisher"])
            self.stdout.write(f"Co-produced “{page.title}” with the stakeholder group.")

    def demo_draft_in_review(self, people):
        """A draft at the stakeholder step with one of its two approvals."""
        page = InformationPage.objects.filter(
            slug=DRAFT_IN_REVIEW_SLUG, locale__language_code=SOURCE_LANGUAGE
        ).first()
        if (
            page is None
            or page.workflow_in_progress
            or ReviewVote.objects.filter(page=page).exists()
        ):
            return
        page.summary += " Updated with advice on doorstep callers."
        revision = self.start_review(page, people)
        record_vote(
            page.current_workflow_task_state,
            outcome=ReviewVote.APPROVED,
            reviewer=people["expert1"],
            comment="Easy to follow. The steps helped me.",
        )
        self.stdout.write(
            f"Left “{page.title}” (revision {revision.pk}) waiting at the stakeholder review."
        )

    def demo_translations(self, home, people):
        """The home page and the safeguarding topic in every community language, each
        translation written by the demo editor and approved at its translation check."""
        User = get_user_model()
        topic = InformationIndexPage.objects.get(slug=TRANSLATED_TOPIC_SLUG, locale=home.locale)
        for code in TRANSLATED_LANGUAGES:
            if home.get_translation_or_none(Locale.objects.get(language_code=code)):
                continue
            content = demo_translations(code)
            # Fetched again for each language: Wagtail caches page permissions on the
            # user object, and this language's home page and its grants are new.
            translators = {
                "user": people["editor"],
                "checker": User.objects.get(pk=people["checker"].pk),
            }
            translate_page(home, code, home_fields(content.HOME), **translators)
            translate_page(
                topic,
                code,
                {"title": content.TOPIC["title"], "introduction": content.TOPIC["introduction"]},
                **translators,
            )
            for slug, fields in content.TOPIC["pages"].items():
                page = InformationPage.objects.child_of(topic).get(slug=slug)
                translate_page(page, code, fields, **translators)
            self.stdout.write(f"Translated the home page and “{topic.title}” into {code}.")
            if code == "ar":
                self.update_english_after_arabic_translation(topic)

    def update_english_after_arabic_translation(self, topic):
        """One Arabic page is left older than its English source, to show that notice."""
        page = InformationPage.objects.child_of(topic).get(slug=STALE_ARABIC_SLUG)
        page.summary += " Updated after the translations were made."
        page.save_revision().publish()
