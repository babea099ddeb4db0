"""Admin reports of "Is this page useful?" answers, for editors improving their pages."""

from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from council_site.core.admin_reports import PermissionRequiredMixin, headings_of

from .models import PageFeedback

VIEW_FEEDBACK = "page_feedback.view_pagefeedback"


class FeedbackReportMixin(PermissionRequiredMixin):
    required_permission = VIEW_FEEDBACK
    header_icon = "help"


class PageFeedbackSummaryView(FeedbackReportMixin, ReportView):
    page_title = _("Is this page useful?")
    index_url_name = "page_feedback_summary"
    index_results_url_name = "page_feedback_summary_results"
    list_export = ["title", "useful_count", "not_useful_count", "comment_count", "latest"]
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda page: reverse("page_feedback_for_page", args=[page.pk]),
        ),
        Column("useful_count", label=_("Yes")),
        Column("not_useful_count", label=_("No")),
        Column("comment_count", label=_("Comments")),
        DateColumn("latest", label=_("Latest answer")),
    ]
    export_headings = headings_of(columns)

    def get_queryset(self):
        return (
            Page.objects.filter(feedback__isnull=False)
            .annotate(
                useful_count=Count("feedback", filter=Q(feedback__useful=True)),
                not_useful_count=Count("feedback", filter=Q(feedback__useful=False)),
                comment_count=Count("feedback", filter=~Q(feedback__comment="")),
                latest=Max("feedback__created_at"),
            )
            .order_by("-latest")
        )


class PageFeedbackListView(FeedbackReportMixin, ReportView):
    index_url_name = "page_feedback_for_page"
    index_results_url_name = "page_feedback_for_page_results"
    list_export = ["created_at", "useful", "comment"]
    export_headings = {"created_at": _("Sent"), "useful": _("Useful"), "comment": _("Comment")}
    columns = [
        DateColumn("created_at", label=_("Sent")),
        BooleanColumn("useful", label=_("Useful")),
        Column("comment", label=_("Comment")),
    ]

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"])

    def get_page_title(self):
        return _("Feedback on “%(title)s”") % {"title": self.page.title}

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.page.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.page.pk])

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).order_by("-created_at")
