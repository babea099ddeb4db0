"""Emails to people getting involved, in their own language, each with a link to
withdraw. They go through the outbox, so a mail server failure loses none."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from council_site.outbox.sending import queue_email
from infopages.contact_details import ContactDetails

from .tokens import CONFIRM_LINK_LIFETIME, confirm_token, withdraw_token


def send_to_person(person, subject, template, base_url, context=None):
    language = person.email_language()
    with translation.override(language):
        withdraw_link = base_url + reverse("signup:withdraw", args=[withdraw_token(person)])
        body = render_to_string(
            template,
            {
                "person": person,
                "withdraw_link": withdraw_link,
                "council": ContactDetails.for_language(language),
                **(context or {}),
            },
        )
        return queue_email(person.email, str(subject()), body)


def send_confirmation_request(sign_up_request, base_url):
    person = sign_up_request.person
    with translation.override(person.email_language()):
        link = base_url + reverse("signup:confirm", args=[confirm_token(sign_up_request)])
    return send_to_person(
        person,
        lambda: _("Confirm that you want to get involved"),
        "getinvolved/emails/confirm.txt",
        base_url,
        {
            "name": sign_up_request.details.get("name") or person.name,
            "link": link,
            "expires": timezone.localtime() + CONFIRM_LINK_LIFETIME,
        },
    )


def send_welcome(person, base_url):
    return send_to_person(
        person,
        lambda: _("You are signed up to get involved"),
        "getinvolved/emails/welcome.txt",
        base_url,
    )
