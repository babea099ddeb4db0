"""The life of a format request: stored once however often the form is sent, told
to the reader in their language, counted towards the translations readers ask
for, and erased on request.

Storing a request and queueing its emails happen in one transaction, so a crash or
a database restart keeps all of it or none."""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from council_site.accounts.audit import entries_about, record_label
from council_site.core.personal_records import store_once
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE
from council_site.outbox.models import OutboxEmail
from council_site.outbox.sending import queue_email
from infopages.contact_details import ContactDetails
from infopages.translations.models import TranslationRequest

from . import fitting
from .models import CONSENT_VERSION, ERASED_NAME, FormatRequest


def submit(details, page, language, submission_id):
    """Store the request once however often it is sent (see store_once)."""
    return store_once(
        FormatRequest, submission_id, lambda: receive(details, page, language, submission_id)
    )


def receive(details, page, language, submission_id):
    format_request = FormatRequest.objects.create(
        submission_id=submission_id,
        page=page,
        page_language=page.locale.language_code if page else "",
        site_language=language,
        consent_version=CONSENT_VERSION,
        **details,
    )
    count_translation_demand(format_request)
    if format_request.email:
        send_confirmation(format_request)
    return format_request


def count_translation_demand(format_request):
    """A request for the page in one of the site's languages is a reader asking for
    that translation: it counts in the translation demand report like the
    "ask for this page in your language" button does."""
    page, language = format_request.page, format_request.language
    if (
        format_request.format != fitting.ANOTHER_LANGUAGE
        or page is None
        or language not in LANGUAGE_INFO
        or language == SOURCE_LANGUAGE
    ):
        return
    source = Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE
    ).first()
    locale = Locale.objects.filter(language_code=language).first()
    if source is not None and locale is not None:
        TranslationRequest.objects.create(page=source, locale=locale)


def send_confirmation(format_request):
    language = format_request.email_language()
    with translation.override(language):
        council = ContactDetails.for_language(language)
        what = format_request.page.title if format_request.page else _("our information")
        paragraphs = [
            _("Hello,"),
            _(
                "We have your request for “%(what)s” in this format: %(format)s. "
                "Your reference is %(reference)s."
            )
            % {
                "what": what,
                "format": format_request.format_display(),
                "reference": format_request.reference,
            },
            _("We will get it to you by %(date)s. If it will take longer, we will tell you.")
            % {"date": format_request.due_on.strftime("%d/%m/%Y")},
            _("If you need to ask about it, email %(email)s and give your reference number.")
            % {"email": council.other_formats_email},
            council.council_name,
        ]
        return queue_email(
            format_request.email,
            _("We have your request for information in another format"),
            "\n\n".join(paragraphs),
        )


def forget_traces(format_request):
    """Copies of a request's details outside it: emails to the person, and its label
    in the audit log."""
    if format_request.email:
        OutboxEmail.objects.filter(to__iexact=format_request.email).delete()
    entries_about(format_request).update(label=record_label(FormatRequest, format_request.pk))


PERSONAL_FIELDS = {
    "name": ERASED_NAME,
    "email": "",
    "phone": "",
    "address": "",
    "postcode": "",
    "needs": "",
    "language_other": "",
}


def erase(format_request):
    """Keep only what says nothing about who asked: the reference, the format, the
    dates and the status, so the demand counts still add up. False when already
    erased."""
    with transaction.atomic():
        format_request = FormatRequest.objects.select_for_update().get(pk=format_request.pk)
        if not format_request.is_identifiable:
            return False
        forget_traces(format_request)
        for field, value in PERSONAL_FIELDS.items():
            setattr(format_request, field, value)
        format_request.erased_at = timezone.now()
        format_request.save()
    return True


def erase_every_format_request_about(email):
    """For an erasure request made elsewhere (a person getting involved)."""
    return sum(erase(found) for found in FormatRequest.objects.about_email(email))
