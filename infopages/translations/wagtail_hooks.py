from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_reports import PermissionMenuItem, report_urls

from .admin_views import TranslationStatusView
from .po_files import checked_upload_pofile


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return report_urls("reports/translations/", TranslationStatusView, "translation_status")


@hooks.register("register_admin_urls")
def check_po_files_before_wagtail_localize():
    # The same address as wagtail-localize's own upload view, registered first, so
    # every upload from its translation editor is checked here.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="checked_upload_pofile",
        )
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return PermissionMenuItem(
        _("Translations"),
        reverse("translation_status"),
        icon_name="globe",
        order=730,
        permission="page_translations.view_translation_status",
    )
