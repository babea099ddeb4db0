"""The directory team's report: services nobody has checked for a year, by owner."""

from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from council_site.core.admin_reports import PermissionRequiredMixin, headings_of

from .checking import checked_too_long_ago
from .models import Service, ServiceStatus

VIEW_SERVICES = "directory.view_service"


def edit_url(service):
    return reverse("wagtailsnippets_directory_service:edit", args=[service.pk])


class UncheckedServicesView(PermissionRequiredMixin, ReportView):
    required_permission = VIEW_SERVICES
    header_icon = "date"
    page_title = _("Services not checked for a year")
    index_url_name = "directory_unchecked"
    index_results_url_name = "directory_unchecked_results"
    list_export = ["owner_name", "name", "organization", "assured_date"]
    columns = [
        Column("owner_name", label=_("Owner")),
        TitleColumn("name", label=_("Service"), get_url=edit_url),
        Column("organization", label=_("Organisation")),
        DateColumn("assured_date", label=_("Last checked")),
    ]
    export_headings = headings_of(columns)

    def get_queryset(self):
        since = checked_too_long_ago(timezone.localdate())
        full_name = Trim(Concat(F("owner__first_name"), Value(" "), F("owner__last_name")))
        return (
            Service.objects.english()
            .exclude(status=ServiceStatus.DEFUNCT)
            .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=since))
            .select_related("organization")
            .annotate(
                owner_name=Coalesce(NullIf(full_name, Value("")), F("owner__username"), Value(""))
            )
            .order_by("owner_name", F("assured_date").asc(nulls_first=True), "name")
        )
