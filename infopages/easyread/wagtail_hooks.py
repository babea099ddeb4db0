from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EasyReadPicture


class EasyReadPictureViewSet(SnippetViewSet):
    model = EasyReadPicture
    icon = "image"
    menu_label = _("Easy Read pictures")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "alt_text", "locale"]
    search_fields = ["title", "alt_text"]


register_snippet(EasyReadPictureViewSet)
