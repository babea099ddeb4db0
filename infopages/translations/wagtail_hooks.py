from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from council_site.core.admin_reports import PermissionMenuItem, report_urls
from council_site.languages import SOURCE_LANGUAGE

from .admin_views import TranslationStatusView, send_for_check_view
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


@hooks.register("register_admin_urls")
def register_send_for_check_url():
    return [
        path(
            "translations/<int:page_id>/send-for-check/",
            send_for_check_view,
            name="send_translation_for_check",
        )
    ]


def send_for_check_button(page, user, view_name=None, next_url=None):
    is_translation = page.alias_of_id is None and page.locale.language_code != SOURCE_LANGUAGE
    if is_translation and page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            _("Send for translation check"),
            reverse("send_translation_for_check", args=[page.pk]),
            priority=65,
            icon_name="tick",
        )


hooks.register("register_page_header_buttons", send_for_check_button)
hooks.register("register_page_listing_more_buttons", send_for_check_button)
