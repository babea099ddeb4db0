"""Which pages are translated into which languages, which translations are older
than their English page, and how many readers have asked: the council's way to
decide what to translate next."""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from council_site.core.admin_reports import PermissionRequiredMixin
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE, TRANSLATED_LANGUAGES
from infopages.page_types import information_page_model

from .checking import CannotSendForCheck, send_for_check, texts_left_to_translate, translation_of
from .models import TranslationRequest


def translation_status(source, translation, synced_at, requests):
    if translation is None:
        return _("Not translated (requests: %(count)d)") % {"count": requests}
    if source.last_published_at and synced_at and source.last_published_at > synced_at:
        days = (timezone.now() - source.last_published_at).days
        return _("Out of date (days: %(days)d)") % {"days": days}
    return _("Translated")


class TranslationStatusView(PermissionRequiredMixin, ReportView):
    required_permission = "page_translations.view_translation_status"
    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    list_export = ["title", *TRANSLATED_LANGUAGES]
    export_headings = {
        "title": gettext_lazy("Page"),
        **{code: LANGUAGE_INFO[code]["name"] for code in TRANSLATED_LANGUAGES},
    }
    columns = [
        TitleColumn("title", label=gettext_lazy("Page"), url_name="wagtailadmin_pages:edit"),
        *[Column(code, label=LANGUAGE_INFO[code]["name_local"]) for code in TRANSLATED_LANGUAGES],
    ]

    def get_queryset(self):
        return (
            information_page_model()
            .objects.live()
            .filter(locale__language_code=SOURCE_LANGUAGE)
            .order_by("path")
            .only("title", "translation_key", "last_published_at", "path", "depth")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        keys = [page.translation_key for page in pages]
        translated = (
            information_page_model()
            .objects.live()
            .filter(translation_key__in=keys)
            .exclude(locale__language_code=SOURCE_LANGUAGE)
            .select_related("locale")
            .only("translation_key", "locale__language_code")
        )
        translations = {
            (page.translation_key, page.locale.language_code): page for page in translated
        }
        synced = dict(
            TranslationSource.objects.filter(
                object_id__in=keys, locale__language_code=SOURCE_LANGUAGE
            ).values_list("object_id", "last_updated_at")
        )
        requests = Counter(
            {
                (row["page_id"], row["locale__language_code"]): row["count"]
                for row in TranslationRequest.objects.filter(page__in=pages)
                .values("page_id", "locale__language_code")
                .annotate(count=Count("id"))
            }
        )
        for page in pages:
            for code in TRANSLATED_LANGUAGES:
                # Each language's status is an attribute, for the table and the CSV export.
                status = translation_status(
                    page,
                    translations.get((page.translation_key, code)),
                    synced.get(page.translation_key),
                    requests[(page.pk, code)],
                )
                setattr(page, code, status)
        return pages


def send_for_check_view(request, page_id):
    """Confirm, then send a translated page to its translation check."""
    page = get_object_or_404(Page, pk=page_id, alias_of__isnull=True).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = translation_of(page)
    if translation is None:
        raise Http404
    if request.method == "POST":
        try:
            with transaction.atomic():
                send_for_check(translation, request.user)
        except CannotSendForCheck as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("“%(title)s” has been sent for its translation check.") % {"title": page.title},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "translations/send_for_check.html",
        {
            "page": page,
            "language": page.locale.get_display_name(),
            "left": texts_left_to_translate(translation),
            "in_check": page.workflow_in_progress,
        },
    )
