"""The admin's "Print editions" area, the hard copies recorded against editions, and
the report of hard copies that are out of date."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale, Page

from council_site.core.admin_reports import PermissionRequiredMixin, headings_of
from infopages.page_types import topic_model

from .forms import PrintRunForm
from .models import EditionFailure, PrintEdition, PrintFormat, PrintRun

DOWNLOAD_PERMISSION = "print_editions.download_printedition"


TOPIC_DEPTH = 3


def topic_path(page):
    return page.path[: TOPIC_DEPTH * Page.steplen]


class PrintEditionFilterSet(WagtailFilterSet):
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=lambda request: topic_model().objects.order_by("locale_id", "title"),
        method="in_topic",
    )
    locale = django_filters.ModelChoiceFilter(label=_("Language"), queryset=Locale.objects.all())
    format = django_filters.ChoiceFilter(label=_("Format"), choices=PrintFormat.choices)

    class Meta:
        model = PrintEdition
        fields = []

    def in_topic(self, queryset, name, topic):
        return queryset.filter(page__path__startswith=topic.path)


def admin_download_url(edition):
    return reverse("print_editions_admin:download", args=[edition.pk])


def record_run_url(edition):
    return reverse("print_runs:add") + f"?edition={edition.pk}"


class PrintEditionsView(PermissionRequiredMixin, ReportView):
    """Every current edition, by topic, language and format, and the editions that
    could not be made."""

    required_permission = DOWNLOAD_PERMISSION
    page_title = _("Print editions")
    header_icon = "doc-full"
    index_url_name = "print_editions"
    index_results_url_name = "print_editions_results"
    results_template_name = "print_editions/admin/editions_results.html"
    filterset_class = PrintEditionFilterSet
    list_export = ["page.title", "topic", "locale", "format", "edition_label", "page_count"]
    export_headings = {
        "page.title": _("Page"),
        "topic": _("Topic"),
        "locale": _("Language"),
        "format": _("Format"),
        "edition_label": _("Edition"),
        "page_count": _("Pages"),
    }
    columns = [
        TitleColumn(
            "page",
            label=_("Page"),
            get_url=lambda e: reverse("wagtailadmin_pages:edit", args=[e.page_id]),
        ),
        Column("topic", label=_("Topic")),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        Column("format", label=_("Format"), accessor="get_format_display"),
        Column("edition_label", label=_("Edition")),
        Column("page_count", label=_("Pages")),
        TitleColumn("download", label=_("Download"), get_url=admin_download_url),
        TitleColumn("record_run", label=_("Hard copies"), get_url=record_run_url),
    ]

    def get_queryset(self):
        return (
            PrintEdition.objects.current()
            .of_live_pages()
            .select_related("page", "locale")
            .order_by("page__path", "locale_id", "format")
        )

    def decorate_paginated_queryset(self, object_list):
        editions = list(object_list)
        topics = dict(
            Page.objects.filter(path__in={topic_path(e.page) for e in editions}).values_list(
                "path", "title"
            )
        )
        for edition in editions:
            edition.topic = topics.get(topic_path(edition.page), "")
            edition.download = edition.download_name
            edition.record_run = _("Record a print run")
        return editions

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["failures"] = EditionFailure.objects.select_related("page")
        return context


def download(request, edition_id):
    """Any edition, current or not, for staff."""
    if not request.user.has_perm(DOWNLOAD_PERMISSION):
        raise PermissionDenied
    edition = get_object_or_404(
        PrintEdition.objects.select_related("page", "locale"), pk=edition_id
    )
    return FileResponse(
        edition.file.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=edition.download_name,
    )


def out_of_date_reason(run):
    if run.superseded:
        return _("Page republished with changes")
    return _("Past its review date")


class OutOfDateHardCopiesView(PermissionRequiredMixin, ReportView):
    required_permission = "print_editions.view_printrun"
    page_title = _("Hard copies out of date")
    header_icon = "warning"
    index_url_name = "out_of_date_hard_copies"
    index_results_url_name = "out_of_date_hard_copies_results"
    list_export = [
        "page_title",
        "language",
        "format",
        "edition_name",
        "copies",
        "sent_to",
        "printed_on",
        "reason",
    ]
    columns = [
        TitleColumn(
            "page_title",
            label=_("Page"),
            get_url=lambda run: reverse("print_runs:edit", args=[run.pk]),
        ),
        Column("language", label=_("Language")),
        Column("format", label=_("Format")),
        Column("edition_name", label=_("Edition")),
        Column("copies", label=_("Number of copies")),
        Column("sent_to", label=_("Where they went")),
        DateColumn("printed_on", label=_("Date printed")),
        Column("reason", label=_("Why out of date")),
    ]
    export_headings = headings_of(columns)

    def get_queryset(self):
        return (
            PrintRun.objects.out_of_date()
            .select_related("edition__page", "edition__locale")
            .order_by("printed_on", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        runs = list(object_list)
        for run in runs:
            run.page_title = run.edition.page.title
            run.language = run.edition.locale.get_display_name()
            run.format = run.edition.get_format_display()
            run.edition_name = run.edition.edition_label
            run.reason = out_of_date_reason(run)
        return runs


class RecordPrintRunView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("edition", "").isdigit():
            initial["edition"] = int(self.request.GET["edition"])
        return initial

    def save_instance(self):
        run = self.form.save(commit=False)
        run.recorded_by = self.request.user
        run.save()
        return run


class PrintRunViewSet(ModelViewSet):
    """Hard copies: how many were printed from which edition, and where they went."""

    model = PrintRun
    edit_handler = ObjectList(
        [
            FieldPanel("edition"),
            FieldPanel("copies"),
            FieldPanel("sent_to"),
            FieldPanel("printed_on"),
            FieldPanel("withdrawn_on"),
        ],
        base_form_class=PrintRunForm,
    )
    add_view_class = RecordPrintRunView
    icon = "clipboard-list"
    menu_label = _("Print runs")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "printed_on", "withdrawn_on"]
    list_export = ["edition", "copies", "sent_to", "printed_on", "withdrawn_on"]
    list_filter = ["withdrawn_on"]
    name = "print_runs"
