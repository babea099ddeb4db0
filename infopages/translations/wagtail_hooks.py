from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_urls import report_urls
from infopages.review.wagtail_hooks import PermissionMenuItem

from .admin_views import TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return report_urls("reports/translations/", TranslationStatusView, "translation_status")


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return PermissionMenuItem(
        _("Translations"),
        reverse("translation_status"),
        icon_name="globe",
        order=730,
        permission="page_translations.view_translation_status",
    )
