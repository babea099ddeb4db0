from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import APPROVED
from .viewsets import ChargingYearViewSet


@hooks.register("register_admin_viewset")
def register_charging_years():
    return ChargingYearViewSet()


@hooks.register("register_log_actions")
def register_approval(actions):
    description = _("Charging figures approved")
    actions.register_action(APPROVED, description, description)
