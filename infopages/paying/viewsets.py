from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models import ChargingYear


class ChargingYearViewSet(ModelViewSet):
    model = ChargingYear
    name = "charging_years"
    url_prefix = "charging-figures"
    icon = "table"
    menu_label = _("Charging figures")
    add_to_admin_menu = True
    index_view_class = admin_views.ChargingYearIndexView
    add_view_class = admin_views.ChargingYearCreateView
    edit_view_class = admin_views.ChargingYearEditView
    list_display = ["__str__", "effective_from", "source", "approved_at"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return admin_views.ChargingYearForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", admin_views.ApproveView.as_view(), name="approve"),
        ]
