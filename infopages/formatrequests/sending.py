"""Meeting a request with what the site already makes: a print edition of the page
(or one of its translations) emailed as a link, or a printed copy posted and
entered in the print-run log.

The email carries a link to the edition's public address rather than the PDF:
editions are public already, the outbox then keeps no copies of large files (nor
do subject access exports of emails), and the link always gives the newest
edition."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from council_site.outbox.sending import queue_email
from infopages.contact_details import ContactDetails
from infopages.easyread.models import EasyReadPage
from infopages.print_editions.models import PrintEdition, PrintRun

from .models import Status


def editions_to_offer(page):
    """The current print editions of the page and its language versions, and of
    their Easy Read versions: every format the site makes."""
    if page is None:
        return []
    below_a_version = Q(pk__in=[])
    for version in Page.objects.filter(translation_key=page.translation_key):
        below_a_version |= Q(path__startswith=version.path, depth=version.depth + 1)
    easy_read_keys = EasyReadPage.objects.filter(below_a_version).values("translation_key")
    return list(
        PrintEdition.objects.of_live_pages()
        .filter(
            Q(page__translation_key=page.translation_key)
            | Q(page__translation_key__in=easy_read_keys)
        )
        .current()
        .select_related("page", "locale")
        .order_by("locale__language_code", "format")
    )


def edition_address(edition):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    return root + edition.get_absolute_url()


def mark_sent(format_request, user):
    format_request.set_status(Status.SENT)
    format_request.handler = format_request.handler or user
    format_request.save()


def send_edition(format_request, edition, user):
    language = format_request.email_language()
    with transaction.atomic(), translation.override(language):
        council = ContactDetails.for_language(language)
        body = "\n\n".join(
            [
                _("Hello,"),
                _("Here is the information you asked for (reference %(reference)s):")
                % {"reference": format_request.reference},
                f"{edition.page.title}\n{edition_address(edition)}",
                _("If you need it in another way, email %(email)s and give your reference.")
                % {"email": council.other_formats_email},
                council.council_name,
            ]
        )
        email = queue_email(format_request.email, _("The information you asked for"), body)
        mark_sent(format_request, user)
    return email


def record_posted(format_request, edition, user):
    """The print-run log names the request by its reference, never the person."""
    with transaction.atomic():
        run = PrintRun.objects.create(
            edition=edition,
            copies=1,
            sent_to=_("Posted for format request %(reference)s")
            % {"reference": format_request.reference},
            printed_on=timezone.localdate(),
            recorded_by=user,
        )
        mark_sent(format_request, user)
    return run
