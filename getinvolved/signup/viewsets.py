"""The involvement team's admin: people getting involved and the topics they follow."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models import InvolvementTopic, Person


class PersonViewSet(ModelViewSet):
    model = Person
    name = "signup_person"
    url_prefix = "get-involved/people"
    icon = "group"
    menu_label = _("People")
    index_view_class = admin_views.PersonIndexView
    add_view_class = admin_views.PersonCreateView
    edit_view_class = admin_views.PersonEditView
    inspect_view_class = admin_views.PersonDataView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Links between records would keep a copy of who someone is outside their record.
    add_to_reference_index = False
    add_item_label = _("Add an assisted sign-up")

    def get_form_class(self, for_update=False):
        return admin_views.PersonAdminForm

    def get_edit_handler(self):
        return None

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "export/<int:pk>/",
                admin_views.SubjectAccessExportView.as_view(),
                name="subject_access",
            ),
            path("erase/<int:pk>/", admin_views.EraseView.as_view(), name="erase"),
            path(
                "confirm/<int:pk>/<int:request_id>/",
                admin_views.ConfirmForPersonView.as_view(),
                name="confirm",
            ),
        ]


class InvolvementTopicViewSet(ModelViewSet):
    model = InvolvementTopic
    name = "signup_topic"
    url_prefix = "get-involved/topics"
    icon = "tag"
    menu_label = _("Topics of interest")
    list_display = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = False
