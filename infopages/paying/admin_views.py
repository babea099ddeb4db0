"""The finance team's admin for the charging figures: a year is entered or changed
by one person and approved by another; the list warns when figures are missing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from .forms import AmountField
from .models import FIGURE_LABELS, FIGURE_NAMES, ChargingYear
from .years import may_approve, missing_year_warning

APPROVE_PERMISSION = "paying.approve_chargingyear"
APPROVED = "paying.approve_figures"


class ChargingYearForm(WagtailAdminModelForm):
    class Meta:
        model = ChargingYear
        fields = ["start_year", "effective_from", "source", "notes", *FIGURE_NAMES]
        field_classes = dict.fromkeys(FIGURE_NAMES, AmountField)


class ChargingYearIndexView(generic.IndexView):
    def get(self, request, *args, **kwargs):
        missing = missing_year_warning(
            [year.on_record() for year in ChargingYear.objects.all()], timezone.localdate()
        )
        if missing is not None:
            messages.warning(
                request,
                _(
                    "There are no approved charging figures for %(year)s/%(next)02d. Until "
                    "there are, the estimate tells people it is being updated."
                )
                % {"year": missing, "next": (missing + 1) % 100},
            )
        return super().get(request, *args, **kwargs)


class RecordChangeMixin:
    def save_instance(self):
        self.form.instance.record_change(self.request.user)
        return super().save_instance()


class ChargingYearCreateView(RecordChangeMixin, generic.CreateView):
    pass


class ChargingYearEditView(RecordChangeMixin, generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if not self.object.approved and self.request.user.has_perm(APPROVE_PERMISSION):
            url = reverse("charging_years:approve", args=[self.object.pk])
            buttons.append(Button(_("Approve"), url=url, icon_name="check", priority=5))
        return buttons


class ApproveView(View):
    """Four eyes: only someone other than the person who entered or last changed the
    figures approves them."""

    def dispatch(self, request, pk):
        if not request.user.has_perm(APPROVE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, get_object_or_404(ChargingYear, pk=pk))

    def get(self, request, year):
        figures = [(FIGURE_LABELS[name], getattr(year, name)) for name in FIGURE_NAMES]
        context = {
            "year": year,
            "figures": figures,
            "may_approve": may_approve(year.changed_by_id, request.user.pk),
        }
        return TemplateResponse(request, "paying_admin/approve.html", context)

    def post(self, request, year):
        if not may_approve(year.changed_by_id, request.user.pk):
            messages.error(
                request,
                _(
                    "The figures must be approved by someone other than the person who "
                    "entered them."
                ),
            )
        elif not year.approved:
            year.approve(request.user)
            log(year, APPROVED, user=request.user)
            messages.success(request, _("The figures for %(year)s are approved.") % {"year": year})
        return redirect("charging_years:edit", year.pk)
