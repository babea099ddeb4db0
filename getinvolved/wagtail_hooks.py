from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .signup.viewsets import InvolvementTopicViewSet, PersonViewSet
from .survey.admin_views import SurveyDashboardViewSet


class GetInvolvedGroup(ViewSetGroup):
    """One menu for the involvement team; each item shows only with its permission."""

    menu_label = _("Get involved")
    menu_icon = "group"
    menu_order = 250
    items = (PersonViewSet, InvolvementTopicViewSet, SurveyDashboardViewSet)


@hooks.register("register_admin_viewset")
def register_get_involved_viewsets():
    return GetInvolvedGroup()
