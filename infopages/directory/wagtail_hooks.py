from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council_site.core.admin_reports import PermissionMenuItem, report_urls

from .admin_views import VIEW_SERVICES, UncheckedServicesView
from .models import Location, Organization, Service, Suggestion, Taxonomy, TaxonomyTerm


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Services")
    list_display = ["name", "organization", "status", "owner", "assured_date", "locale"]
    list_filter = ["status", "owner"]
    search_fields = ["name", "description"]
    copy_view_enabled = False


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "website", "locale"]
    search_fields = ["name"]
    copy_view_enabled = False


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "address_1", "postal_code"]
    search_fields = ["name", "address_1", "postal_code"]
    copy_view_enabled = False


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = _("Kinds of support")
    list_display = ["name", "taxonomy", "locale"]
    copy_view_enabled = False


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "folder-open-1"
    menu_label = _("Taxonomies")
    list_display = ["name", "version"]
    copy_view_enabled = False


class SuggestionViewSet(SnippetViewSet):
    model = Suggestion
    icon = "help"
    menu_label = _("Suggested corrections")
    list_display = ["service", "text", "language", "created_at", "done"]
    list_filter = ["done"]
    copy_view_enabled = False
    # The reader's words are kept as sent; the team only marks them dealt with.
    panels = [
        FieldPanel("service", read_only=True),
        FieldPanel("text", read_only=True),
        FieldPanel("done"),
    ]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 260
    items = (
        ServiceViewSet,
        OrganizationViewSet,
        LocationViewSet,
        TaxonomyTermViewSet,
        TaxonomyViewSet,
        SuggestionViewSet,
    )


register_snippet(DirectoryGroup)


@hooks.register("register_admin_urls")
def register_directory_report_urls():
    return report_urls("reports/unchecked-services/", UncheckedServicesView, "directory_unchecked")


@hooks.register("register_reports_menu_item")
def register_directory_report_menu_item():
    return PermissionMenuItem(
        _("Services not checked for a year"),
        reverse("directory_unchecked"),
        icon_name="date",
        order=750,
        permission=VIEW_SERVICES,
    )
