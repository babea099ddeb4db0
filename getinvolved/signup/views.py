"""The public sign-up: the form, the confirmation link and the withdraw link.

Pages with forms or personal links are never stored by a shared cache."""

import uuid

from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from council_site.antispam import rate_limited, started_token_to_keep

from .forms import CAME_FROM_SURVEY, SignUpForm
from .models import CONSENT_VERSION, CONSENT_WORDINGS, ConsentMethod, Person, SignUpRequest
from .registration import NotConfirmable, confirm, submit, withdraw
from .tokens import person_id_from_withdraw_token, request_id_from_confirm_token


def base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def message(request, title, paragraphs, status=200, button=None, link=None):
    """A page that tells the person where they are; `button` posts back to this page
    (one click to confirm or withdraw), `link` leads on."""
    return render(
        request,
        "pages/get_involved_message.html",
        {"title": title, "paragraphs": paragraphs, "button": button, "link": link},
        status=status,
    )


def too_many_forms(request):
    return message(
        request,
        _("You have sent this form too many times"),
        [_("Please wait an hour and try again, or phone us to get involved.")],
    )


@never_cache
@rate_limited("signup", too_many_forms)
def sign_up(request):
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_valid():
            method = ConsentMethod.SURVEY if form.came_from_survey else ConsentMethod.WEB
            sign_up_request = submit(
                form.details(), method, base_url(request), form.cleaned_data["submission_id"]
            )
            done = "signup:check_email" if sign_up_request.person.email else "signup:received"
            return redirect(done)
        status = 400
    else:
        form = SignUpForm(
            initial={
                "submission_id": uuid.uuid4(),
                "language": request.LANGUAGE_CODE,
                "came_from": CAME_FROM_SURVEY if request.GET.get("from") == "survey" else "",
            }
        )
        status = 200
    return render(
        request,
        "pages/sign_up.html",
        {
            "form": form,
            "form_started": started_token_to_keep(form),
            "consent_wording": CONSENT_WORDINGS[CONSENT_VERSION],
        },
        status=status,
    )


@never_cache
def check_email(request):
    return message(
        request,
        _("Check your email"),
        [
            _(
                "We have sent you an email with a link. Select the link to confirm that you want "
                "to get involved. It works for 7 days."
            ),
            _("If you cannot find the email, look in your spam or junk folder."),
        ],
    )


@never_cache
def received(request):
    return message(
        request,
        _("Thank you, we have your details"),
        [
            _(
                "Someone from the involvement team will contact you to confirm what you would like "
                "to do."
            )
        ],
    )


def link_problem(request, expired):
    if expired:
        return message(
            request,
            _("This link has expired"),
            [_("Links to confirm a sign-up work for 7 days. Please sign up again.")],
            status=410,
            link=(reverse("signup:sign_up"), _("Sign up again")),
        )
    return message(
        request,
        _("This link does not work"),
        [_("Check that you copied the whole link from the email, or sign up again.")],
        status=400,
        link=(reverse("signup:sign_up"), _("Sign up again")),
    )


@never_cache
def confirm_sign_up(request, token):
    try:
        request_id = request_id_from_confirm_token(token)
    except signing.SignatureExpired:
        return link_problem(request, expired=True)
    except signing.BadSignature:
        return link_problem(request, expired=False)
    sign_up_request = SignUpRequest.objects.filter(pk=request_id).select_related("person").first()
    if sign_up_request is None or not sign_up_request.person.is_identifiable:
        return link_problem(request, expired=False)
    if sign_up_request.confirmed_at is not None:
        return message(
            request,
            _("You have already confirmed"),
            [_("You are signed up to get involved. You do not need to do anything else.")],
        )
    if request.method == "POST":
        try:
            confirm(sign_up_request, base_url(request))
        except NotConfirmable:
            return link_problem(request, expired=False)
        return message(
            request,
            _("You are signed up"),
            [_("Thank you for getting involved. We will contact you in the way you asked.")],
        )
    return message(
        request,
        _("Confirm that you want to get involved"),
        [_("Select the button to confirm your sign-up.")],
        button=_("Confirm my sign-up"),
    )


@never_cache
def withdraw_consent(request, token):
    try:
        person_id = person_id_from_withdraw_token(token)
    except signing.BadSignature:
        return link_problem(request, expired=False)
    person = Person.objects.filter(pk=person_id).first()
    if person is None or not person.is_identifiable:
        return message(
            request,
            _("You are no longer signed up"),
            [_("We no longer hold your details. You do not need to do anything else.")],
        )
    if request.method == "POST":
        withdraw(person)
        return message(
            request,
            _("You are no longer signed up"),
            [_("We have deleted your details and will not contact you again.")],
        )
    return message(
        request,
        _("Stop getting involved"),
        [
            _(
                "We will delete your details and stop contacting you. You can sign up again at "
                "any time."
            )
        ],
        button=_("Withdraw and delete my details"),
    )
