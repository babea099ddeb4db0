"""The accessible formats team's queue of format requests. Only that team (and
administrators) reach it; every view and export of a request writes who saw it to
the audit log, by number only."""

from collections import Counter

import django_filters
from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from council_site.accounts.audit import log_record_access
from council_site.accounts.personal_data_views import EraseView, SubjectAccessExportView
from council_site.core.admin_records import (
    IdentifiableRecordMixin,
    RecordActionMixin,
    ResidentRecordPermissionPolicy,
)
from council_site.core.admin_reports import PermissionRequiredMixin
from council_site.core.held_about import held_about
from infopages.print_editions.models import PrintEdition
from infopages.selfassessment.admin_views import ReferralStatusForm

from .models import ENGLISH_NAMES, OTHER_LANGUAGE, Format, FormatRequest, Status
from .receiving import erase
from .sending import editions_to_offer, record_posted, send_edition
from .subject_access import everything_held

TEAM = "Accessible formats team"
VIEWED_IN_LIST = "formatrequests.viewed_in_list"
VIEWED = "formatrequests.viewed"
SENT = "formatrequests.sent"
POSTED = "formatrequests.posted"
SUBJECT_ACCESS = "formatrequests.subject_access"
ERASED = "formatrequests.erased"
ACTIONS = [
    (VIEWED_IN_LIST, _("Seen in the queue of format requests")),
    (VIEWED, _("Format request viewed")),
    (SENT, _("Format request met by email")),
    (POSTED, _("Format request met by post")),
    (SUBJECT_ACCESS, _("Everything held exported for a subject access request")),
    (ERASED, _("Format request's personal data erased")),
]
VIEW_PERMISSION = "formatrequests.view_formatrequest"
CHANGE_PERMISSION = "formatrequests.change_formatrequest"
EXPORT_PERMISSION = "formatrequests.export_formatrequest"
ERASE_PERMISSION = "formatrequests.erase_formatrequest"


def log_access(request, format_requests, action):
    log_record_access(request, action, format_requests, action)


class FormatRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    format = django_filters.ChoiceFilter(label=_("Format"), choices=Format.choices)
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")

    class Meta:
        model = FormatRequest
        fields = []

    def filter_overdue(self, queryset, name, value):
        overdue = FormatRequest.objects.overdue()
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)


class FormatRequestIndexView(generic.IndexView):
    filterset_class = FormatRequestFilterSet
    search_fields = ["reference", "name", "postcode"]
    default_ordering = "due_on"

    @property
    def columns(self):
        return [
            TitleColumn("reference", label=_("Reference"), url_name=self.inspect_url_name),
            Column("format", label=_("Format"), accessor="format_display"),
            Column("delivery", label=_("Delivery"), accessor="get_delivery_display"),
            Column("status", label=_("Status"), accessor="get_status_display"),
            Column("handler", label=_("Handled by"), accessor="handler_display"),
            Column("due_on", label=_("Due"), accessor="due_display"),
            Column("overdue", label=_("Overdue"), accessor="overdue_display"),
            DateColumn("received_at", label=_("Received")),
        ]

    def get_base_queryset(self):
        return FormatRequest.objects.select_related("handler")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        today = timezone.localdate()
        for format_request in context["object_list"]:
            format_request.overdue_display = (
                _("Overdue") if format_request.is_overdue(today) else ""
            )
        log_access(self.request, context["object_list"], VIEWED_IN_LIST)
        return context

    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(_("Demand by format and language"), url=reverse("formatrequest_queue:demand")),
        ]


class FormatRequestStatusForm(ReferralStatusForm):
    team = TEAM

    class Meta:
        model = FormatRequest
        fields = ["status", "handler"]


class FormatRequestEditView(IdentifiableRecordMixin, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_access(request, [self.object], VIEWED)
        return response


class FormatRequestInspectView(generic.InspectView):
    """Everything about the request, the editions the site can send at once, and
    the needs recorded elsewhere under the same email for those who may see them."""

    template_name = "formatrequests/admin/format_request.html"

    def get_fields(self):
        return []

    def get(self, request, *args, **kwargs):
        log_access(request, [self.object], VIEWED)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        format_request = self.object
        identifiable = format_request.is_identifiable
        can_change = user.has_perm(CHANGE_PERMISSION) and identifiable
        context.update(
            {
                "format_request": format_request,
                "overdue": format_request.is_overdue(),
                "editions": editions_to_offer(format_request.page) if can_change else [],
                "can_email": can_change and bool(format_request.email),
                "can_change": can_change,
                "held_elsewhere": held_about(
                    format_request.email, user, excluding={"formatrequests"}
                )
                if identifiable
                else [],
                "can_export": user.has_perm(EXPORT_PERMISSION) and identifiable,
                "can_erase": user.has_perm(ERASE_PERMISSION) and identifiable,
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


class FormatRequestActionMixin(RecordActionMixin):
    model = FormatRequest


class EditionActionView(FormatRequestActionMixin, View):
    """One click on an edition of the page: sent by email, or recorded as posted."""

    permission = CHANGE_PERMISSION
    action = None

    def post(self, request, pk):
        edition = get_object_or_404(
            PrintEdition, pk=request.POST.get("edition"), pk__in=self.offered()
        )
        if self.act(edition):
            log_access(request, [self.record], self.action)
        return redirect("formatrequest_queue:inspect", pk)

    def offered(self):
        return [edition.pk for edition in editions_to_offer(self.record.page)]


class SendEditionView(EditionActionView):
    action = SENT

    def act(self, edition):
        if not self.record.email:
            messages.error(self.request, _("This request has no email address to send to."))
            return False
        send_edition(self.record, edition, self.request.user)
        messages.success(
            self.request, _("The edition has been emailed and the request marked sent.")
        )
        return True


class RecordPostedView(EditionActionView):
    action = POSTED

    def act(self, edition):
        record_posted(self.record, edition, self.request.user)
        messages.success(
            self.request, _("The posted copy is in the print-run log and the request marked sent.")
        )
        return True


def language_label(code):
    return _("Other languages") if code == OTHER_LANGUAGE else ENGLISH_NAMES.get(code, code)


class DemandView(PermissionRequiredMixin, TemplateView):
    """How many requests for each format and each language: counts, nobody named."""

    required_permission = VIEW_PERMISSION
    template_name = "formatrequests/admin/demand.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        formats = dict(
            FormatRequest.objects.values_list("format").annotate(count=Count("id")).order_by()
        )
        languages = Counter(
            dict(
                FormatRequest.objects.filter(format=Format.ANOTHER_LANGUAGE)
                .values_list("language")
                .annotate(count=Count("id"))
                .order_by()
            )
        )
        context.update(
            {
                "formats": [(label, formats.get(value, 0)) for value, label in Format.choices],
                "languages": [
                    (language_label(code), count) for code, count in languages.most_common()
                ],
                "overdue": FormatRequest.objects.overdue().count(),
            }
        )
        return context


class FormatRequestPermissionPolicy(ResidentRecordPermissionPolicy):
    pass


class FormatRequestViewSet(ModelViewSet):
    model = FormatRequest
    name = "formatrequest_queue"
    url_prefix = "format-requests"
    icon = "doc-full"
    menu_label = _("Format requests")
    menu_order = 265
    add_to_admin_menu = True
    index_view_class = FormatRequestIndexView
    edit_view_class = FormatRequestEditView
    inspect_view_class = FormatRequestInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Links between records would keep a copy of who someone is outside their record.
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return FormatRequestStatusForm

    def get_edit_handler(self):
        return None

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("send/<int:pk>/", SendEditionView.as_view(), name="send"),
            path("posted/<int:pk>/", RecordPostedView.as_view(), name="posted"),
            path(
                "everything-held/<int:pk>/",
                SubjectAccessExportView.as_view(
                    model=FormatRequest,
                    permission=EXPORT_PERMISSION,
                    audit_action=SUBJECT_ACCESS,
                    file_stem="format-request",
                    everything_held=everything_held,
                ),
                name="subject_access",
            ),
            path(
                "erase/<int:pk>/",
                EraseView.as_view(
                    model=FormatRequest,
                    permission=ERASE_PERMISSION,
                    audit_action=ERASED,
                    template_name="formatrequests/admin/erase.html",
                    erase=erase,
                    erased_message=_("The request's personal data has been erased."),
                    index_url_name="formatrequest_queue:index",
                ),
                name="erase",
            ),
            path("demand/", DemandView.as_view(), name="demand"),
        ]
