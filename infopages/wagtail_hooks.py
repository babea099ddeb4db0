from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .contact_details import ContactDetails


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "site"
    menu_label = _("Contact details")
    add_to_settings_menu = True
    list_display = ["service_name", "asc_direct_phone", "locale"]


register_snippet(ContactDetailsViewSet)
