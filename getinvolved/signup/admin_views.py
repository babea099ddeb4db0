"""The involvement team's views of people getting involved. Each one that shows or
exports personal data writes who saw what to the audit log."""

import json

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button

from .audit import (
    CONFIRMED,
    ERASED,
    EXPORTED,
    SUBJECT_ACCESS,
    VIEWED,
    VIEWED_IN_LIST,
    log_access,
)
from .emails import send_welcome
from .forms import ContactDetailsMixin
from .models import (
    CONSENT_VERSION,
    LANGUAGE_CHOICES,
    ConsentMethod,
    ConsentRecord,
    Format,
    InvolvementTopic,
    Person,
    PersonWay,
    Role,
    SignUpRequest,
    Way,
)
from .registration import PERSON_FIELDS, NotConfirmable, confirm, erase
from .subject_access import everything_held

EXPORT_PERMISSION = "signup.export_person"
ERASE_PERMISSION = "signup.erase_person"
ASSISTED_METHODS = [
    (ConsentMethod.PHONE, ConsentMethod.PHONE.label),
    (ConsentMethod.POST, ConsentMethod.POST.label),
    (ConsentMethod.IN_PERSON, ConsentMethod.IN_PERSON.label),
]


def admin_base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


class PersonFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Person.Status.choices)
    way = django_filters.ChoiceFilter(
        label=_("Way to get involved"), choices=Way.choices, field_name="ways__way"
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic of interest"),
        queryset=InvolvementTopic.objects.all(),
        field_name="topics",
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES)
    format = django_filters.ChoiceFilter(label=_("Format"), choices=Format.choices)
    role = django_filters.ChoiceFilter(label=_("I am"), choices=Role.choices)
    flagged = django_filters.BooleanFilter(
        label=_("Flagged for review"),
        field_name="review_flagged_at",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = Person
        fields = []


class PersonIndexView(generic.IndexView):
    filterset_class = PersonFilterSet
    search_fields = ["name", "email", "phone"]
    export_filename = "mailing-list"
    list_export = [
        "name",
        "email",
        "phone",
        "address",
        "language_display",
        "get_format_display",
        "ways_display",
        "topics_display",
    ]
    export_headings = {
        "name": _("Name"),
        "email": _("Email address"),
        "phone": _("Phone number"),
        "address": _("Postal address"),
        "language_display": _("Language"),
        "get_format_display": _("Format"),
        "ways_display": _("Ways to get involved"),
        "topics_display": _("Topics of interest"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("name", label=_("Name"), url_name=self.inspect_url_name),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column("ways", label=_("Ways to get involved"), accessor="ways_display"),
            Column("language", label=_("Language"), accessor="language_display"),
            Column("format", label=_("Format"), accessor="get_format_display"),
            DateColumn("created_at", label=_("Signed up")),
        ]

    def get_base_queryset(self):
        return Person.objects.prefetch_related("ways", "topics")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            log_access(self.request, context["object_list"], VIEWED_IN_LIST)
        return context

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The mailing list: only people subscribed now, never their support needs."""
        if not self.request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        subscribed = queryset.filter(status=Person.Status.SUBSCRIBED)
        log_access(self.request, subscribed, EXPORTED)
        return super().as_spreadsheet(subscribed, spreadsheet_format)


class PersonAdminForm(ContactDetailsMixin, WagtailAdminModelForm):
    """A sign-up taken by phone, by post or in person, or a change to one."""

    ways = forms.MultipleChoiceField(
        label=_("Ways to get involved"),
        choices=Way.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    consent_method = forms.ChoiceField(
        label=_("How they gave consent"),
        choices=ASSISTED_METHODS,
        required=False,
        help_text=_("Needed for a new sign-up. Read them the consent wording first."),
    )

    class Meta:
        model = Person
        fields = [*PERSON_FIELDS, "topics", "last_contacted_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["ways"].initial = self.instance.way_values
            del self.fields["consent_method"]

    def clean_email(self):
        email = super().clean_email()
        others = Person.objects.exclude(pk=self.instance.pk)
        if email and others.filter(email=email).exists():
            raise forms.ValidationError(
                _("This email address is already signed up. Search for it and change that person.")
            )
        return email

    def clean_consent_method(self):
        method = self.cleaned_data.get("consent_method")
        if not self.instance.pk and not method:
            raise forms.ValidationError(_("Select how they gave consent"))
        return method

    def save(self, commit=True):
        self.instance.ways = [PersonWay(way=way) for way in self.cleaned_data["ways"]]
        return super().save(commit=commit)


class PersonCreateView(generic.CreateView):
    def save_instance(self):
        person = self.form.instance
        now = timezone.now()
        person.assisted = True
        person.entered_by = self.request.user
        person.status = Person.Status.SUBSCRIBED
        person.confirmed_at = now
        person = super().save_instance()
        ConsentRecord.objects.create(
            person=person,
            given_at=now,
            wording_version=CONSENT_VERSION,
            method=self.form.cleaned_data["consent_method"],
            recorded_by=self.request.user,
        )
        if person.email:
            send_welcome(person, admin_base_url())
        return person


class IdentifiablePersonMixin:
    """Erased and withdrawn people have nothing left to see or change."""

    def get_object(self, queryset=None):
        person = super().get_object(queryset)
        if not person.is_identifiable:
            raise PermissionDenied
        return person


class PersonEditView(IdentifiablePersonMixin, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_access(request, [self.object], VIEWED)
        return response


class PersonDataView(generic.InspectView):
    """Everything held about one person, with their consent history, and the
    buttons to export it all or erase them."""

    template_name = "getinvolved/admin/person_data.html"
    fields = [
        *PERSON_FIELDS,
        "status",
        "assisted",
        "created_at",
        "confirmed_at",
        "last_contacted_at",
        "review_flagged_at",
        "withdrawn_at",
        "anonymised_at",
    ]

    def get(self, request, *args, **kwargs):
        log_access(request, [self.object], VIEWED)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        user = self.request.user
        context.update(
            {
                "person": person,
                "consents": person.consents.all(),
                "waiting": person.requests.filter(confirmed_at__isnull=True),
                "can_export": user.has_perm(EXPORT_PERMISSION),
                "can_erase": user.has_perm(ERASE_PERMISSION) and person.is_identifiable,
                "can_confirm": user.has_perm("signup.change_person"),
            }
        )
        return context

    @property
    def header_more_buttons(self):
        buttons = []
        if self.object.is_identifiable and (edit_url := self.get_edit_url()):
            buttons.append(Button(_("Edit"), url=edit_url, icon_name="edit", priority=10))
        return buttons


class PersonActionMixin:
    """A view of one person that needs one permission."""

    permission = None

    def dispatch(self, request, pk, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.person = get_object_or_404(Person, pk=pk)
        return super().dispatch(request, pk, **kwargs)


class SubjectAccessExportView(PersonActionMixin, View):
    permission = EXPORT_PERMISSION

    def get(self, request, pk):
        log_access(request, [self.person], SUBJECT_ACCESS)
        data = json.dumps(everything_held(self.person), ensure_ascii=False, indent=2)
        response = HttpResponse(data, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="person-{self.person.pk}.json"'
        return response


class EraseView(PersonActionMixin, View):
    permission = ERASE_PERMISSION

    def get(self, request, pk):
        return TemplateResponse(request, "getinvolved/admin/erase.html", {"person": self.person})

    def post(self, request, pk):
        if erase(self.person):
            log_access(request, [self.person], ERASED)
            messages.success(request, _("Their personal data has been erased."))
        return redirect("signup_person:index")


class ConfirmForPersonView(PersonActionMixin, View):
    """For sign-ups without an email address: the team confirms after speaking to them."""

    permission = "signup.change_person"

    def post(self, request, pk, request_id):
        sign_up_request = get_object_or_404(SignUpRequest, pk=request_id, person=self.person)
        try:
            confirm(sign_up_request, admin_base_url(), confirmed_by=request.user)
        except NotConfirmable:
            raise PermissionDenied from None
        log_access(request, [self.person], CONFIRMED)
        messages.success(request, _("The sign-up is confirmed."))
        return redirect(reverse("signup_person:inspect", args=[self.person.pk]))
