"""Adult Social Care Direct's queue of referrals. Only that team (and administrators)
reach it; every view and export of a referral writes who saw it to the audit log,
by number only."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from council_site.accounts.audit import log_record_access
from council_site.accounts.personal_data_views import EraseView, SubjectAccessExportView
from council_site.core.admin_records import (
    IdentifiableRecordMixin,
    RecordActionMixin,
    ResidentRecordPermissionPolicy,
    as_json,
    download,
)

from .exports import as_case_record, as_pdf, everything_held
from .models.referral import Referral, Status
from .referrals import TEAM, erase

VIEWED_IN_LIST = "selfassessment.referral_viewed_in_list"
VIEWED = "selfassessment.referral_viewed"
EXPORTED_PDF = "selfassessment.referral_exported_pdf"
EXPORTED_JSON = "selfassessment.referral_exported_json"
SUBJECT_ACCESS = "selfassessment.referral_subject_access"
ERASED = "selfassessment.referral_erased"
ACTIONS = [
    (VIEWED_IN_LIST, _("Seen in the queue of referrals")),
    (VIEWED, _("Referral viewed")),
    (EXPORTED_PDF, _("Referral exported as PDF")),
    (EXPORTED_JSON, _("Referral exported as JSON for the case-management system")),
    (SUBJECT_ACCESS, _("Everything held exported for a subject access request")),
    (ERASED, _("Referral's personal data erased")),
]
EXPORT_PERMISSION = "selfassessment.export_referral"
ERASE_PERMISSION = "selfassessment.erase_referral"


def log_access(request, referrals, action):
    log_record_access(request, action, referrals, action)


class ReferralFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    urgent = django_filters.BooleanFilter(label=_("Urgent"))

    class Meta:
        model = Referral
        fields = []


class ReferralIndexView(generic.IndexView):
    filterset_class = ReferralFilterSet
    search_fields = ["reference", "name", "postcode"]
    default_ordering = "-received_at"

    @property
    def columns(self):
        return [
            TitleColumn("reference", label=_("Reference"), url_name=self.inspect_url_name),
            Column("name", label=_("Name")),
            BooleanColumn("urgent", label=_("Urgent")),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column("handler", label=_("Handled by"), accessor="handler_display"),
            DateColumn("received_at", label=_("Received")),
        ]

    def get_base_queryset(self):
        return Referral.objects.select_related("handler")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        log_access(self.request, context["object_list"], VIEWED_IN_LIST)
        return context


def handler_choices(team=TEAM):
    return get_user_model().objects.filter(groups__name=team, is_active=True).distinct()


class ReferralStatusForm(WagtailAdminModelForm):
    """The team changes only where a referral is and who has it."""

    team = TEAM

    class Meta:
        model = Referral
        fields = ["status", "handler"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = handler_choices(self.team)
        self.fields["handler"].label_from_instance = lambda user: (
            user.get_full_name() or (user.get_username())
        )

    def save(self, commit=True):
        self.instance.set_status(self.cleaned_data["status"])
        return super().save(commit=commit)


class IdentifiableReferralMixin(IdentifiableRecordMixin):
    pass


class ReferralEditView(IdentifiableReferralMixin, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_access(request, [self.object], VIEWED)
        return response


class ReferralInspectView(generic.InspectView):
    """The referral with its answers and communication needs, and what can be done with it."""

    template_name = "selfassessment/admin/referral.html"

    def get_fields(self):
        return []

    def get(self, request, *args, **kwargs):
        log_access(request, [self.object], VIEWED)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        referral = self.object
        context.update(
            {
                "referral": referral,
                "can_export": user.has_perm(EXPORT_PERMISSION) and referral.is_identifiable,
                "can_erase": user.has_perm(ERASE_PERMISSION) and referral.is_identifiable,
            }
        )
        return context

    @property
    def header_more_buttons(self):
        buttons = []
        if self.object.is_identifiable and (edit_url := self.get_edit_url()):
            buttons.append(
                Button(_("Change status or handler"), url=edit_url, icon_name="edit", priority=10)
            )
        return buttons


class ReferralActionMixin(RecordActionMixin):
    model = Referral

    @property
    def referral(self):
        return self.record


class ExportJsonView(ReferralActionMixin, View):
    permission = EXPORT_PERMISSION

    def get(self, request, pk):
        log_access(request, [self.referral], EXPORTED_JSON)
        return download(
            as_json(as_case_record(self.referral)),
            "application/json; charset=utf-8",
            f"referral-{self.referral.reference}.json",
        )


class ExportPdfView(ReferralActionMixin, View):
    permission = EXPORT_PERMISSION

    def get(self, request, pk):
        log_access(request, [self.referral], EXPORTED_PDF)
        return download(
            as_pdf(self.referral), "application/pdf", f"referral-{self.referral.reference}.pdf"
        )


class ReferralPermissionPolicy(ResidentRecordPermissionPolicy):
    pass


class ReferralViewSet(ModelViewSet):
    model = Referral
    name = "selfassessment_referral"
    url_prefix = "referrals"
    icon = "clipboard-list"
    menu_label = _("Referrals")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ReferralIndexView
    edit_view_class = ReferralEditView
    inspect_view_class = ReferralInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Links between records would keep a copy of who someone is outside their record.
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return ReferralStatusForm

    def get_edit_handler(self):
        return None

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("json/<int:pk>/", ExportJsonView.as_view(), name="json"),
            path("pdf/<int:pk>/", ExportPdfView.as_view(), name="pdf"),
            path(
                "everything-held/<int:pk>/",
                SubjectAccessExportView.as_view(
                    model=Referral,
                    permission=EXPORT_PERMISSION,
                    audit_action=SUBJECT_ACCESS,
                    file_stem="referral",
                    everything_held=everything_held,
                ),
                name="subject_access",
            ),
            path(
                "erase/<int:pk>/",
                EraseView.as_view(
                    model=Referral,
                    permission=ERASE_PERMISSION,
                    audit_action=ERASED,
                    template_name="selfassessment/admin/referral_erase.html",
                    erase=erase,
                    erased_message=_("The referral's personal data has been erased."),
                    index_url_name="selfassessment_referral:index",
                ),
                name="erase",
            ),
        ]
