"""Reports for the review: pages due for review, and the involvement record that
the council uses to pay experts by experience for their time."""

from datetime import timedelta
from functools import cache

import django_filters
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Length, Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters.filterset import filterset_factory
from taggit.models import Tag
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from council_site.core.admin_reports import PermissionRequiredMixin
from infopages.page_types import information_page_model, topic_model

from .models import ReviewVote

DUE_SOON_DAYS = 60


def review_status(page):
    days = (page.next_review_due - timezone.localdate()).days
    if days < 0:
        return _("Overdue by %(days)d days") % {"days": -days}
    return _("Due in %(days)d days") % {"days": days}


class ReviewScheduleFilterSet(WagtailFilterSet):
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=lambda request: topic_model().objects.order_by("title"),
        method="in_topic",
    )
    tag = django_filters.ModelChoiceFilter(
        label=_("Tag"),
        queryset=Tag.objects.filter(infopages_informationpagetag_items__isnull=False).distinct(),
        field_name="tags",
    )

    class Meta:
        fields = []

    def in_topic(self, queryset, name, topic):
        return queryset.child_of(topic)


@cache
def schedule_filterset_for(model):
    # Made for the page model, as Wagtail adds its language filter to translatable ones.
    return filterset_factory(model, ReviewScheduleFilterSet, fields=[])


class ReviewScheduleView(PermissionRequiredMixin, ReportView):
    required_permission = "review.view_review_schedule"
    page_title = _("Pages due for review")
    header_icon = "time"
    index_url_name = "review_schedule"
    index_results_url_name = "review_schedule_results"
    list_export = ["title", "topic", "next_review_due", "status", "owner_name"]
    export_headings = {
        "title": _("Page"),
        "topic": _("Topic"),
        "next_review_due": _("Next review due"),
        "status": _("Status"),
        "owner_name": _("Owner"),
    }
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("topic", label=_("Topic")),
        DateColumn("next_review_due", label=_("Next review due")),
        Column("status", label=_("Status")),
        Column("owner_name", label=_("Owner")),
    ]

    @property
    def filterset_class(self):
        return schedule_filterset_for(information_page_model())

    def get_queryset(self):
        parent_title = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        ).values("title")[:1]
        return (
            information_page_model()
            .objects.live()
            .filter(next_review_due__lte=timezone.localdate() + timedelta(days=DUE_SOON_DAYS))
            .annotate(
                topic=Subquery(parent_title),
                owner_name=Coalesce(F("owner__email"), F("owner__username")),
            )
            .order_by("next_review_due", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.status = review_status(page)
        return object_list


class InvolvementFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Reviewed between"),
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = ReviewVote
        fields = []


class InvolvementRecordView(PermissionRequiredMixin, ReportView):
    required_permission = "review.view_involvement_record"
    page_title = _("Involvement record")
    header_icon = "group"
    index_url_name = "involvement_record"
    index_results_url_name = "involvement_record_results"
    filterset_class = InvolvementFilterSet
    list_export = ["month", "reviewer_name", "contact", "reviews"]
    export_headings = {
        "month": _("Month"),
        "reviewer_name": _("Reviewer"),
        "contact": _("Email"),
        "reviews": _("Reviews completed"),
    }
    custom_field_preprocess = {
        "month": {
            ReportView.FORMAT_CSV: lambda month: month.strftime("%Y-%m"),
            ReportView.FORMAT_XLSX: lambda month: month.strftime("%Y-%m"),
        }
    }
    columns = [
        Column("month", label=_("Month"), accessor=lambda row: row["month"].strftime("%B %Y")),
        Column("reviewer_name", label=_("Reviewer")),
        Column("contact", label=_("Email")),
        Column("reviews", label=_("Reviews completed")),
    ]

    def get_queryset(self):
        return (
            ReviewVote.objects.filter(is_stakeholder=True)
            .annotate(
                month=TruncMonth("created_at"),
                contact=Coalesce("reviewer__email", "invitation__email"),
            )
            .values("month", "reviewer_name", "contact")
            .annotate(reviews=Count("id"))
            .order_by("-month", "reviewer_name")
        )
