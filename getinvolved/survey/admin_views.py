"""The experience survey dashboard: answers per question by month, as charts with
the same figures in a table beside each, and as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from council_site.core.admin_reports import PermissionMenuItem
from council_site.spreadsheets import inert_row

from .results import csv_rows, results_by_question

VIEW_RESULTS = "survey.view_surveyresponse"


class SurveyDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "getinvolved/admin/survey_dashboard.html"
    page_title = _("Experience survey")
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_RESULTS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def csv_response(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="experience-survey.csv"'
        csv.writer(response).writerows(inert_row(row) for row in csv_rows())
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["results"] = results_by_question()
        return context


class SurveyDashboardViewSet(ViewSet):
    name = "experience_survey"
    url_prefix = "get-involved/experience-survey"
    icon = "list-ul"
    menu_label = _("Experience survey")

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            self.menu_label,
            self.menu_url,
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
            permission=VIEW_RESULTS,
        )

    def get_urlpatterns(self):
        return [path("", SurveyDashboardView.as_view(), name="dashboard")]
