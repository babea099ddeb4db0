"""Which languages a page exists in, and whether the reader's language version
is missing or older than the English source."""

from dataclasses import dataclass
from functools import cached_property, reduce
from operator import or_

from django.utils import translation
from wagtail_localize.models import TranslationSource

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    page: object

    @property
    def endonym(self):
        return LANGUAGE_INFO[self.code]["name_local"]

    @property
    def direction(self):
        return "rtl" if LANGUAGE_INFO[self.code]["bidi"] else "ltr"


class MultilingualPageMixin:
    @cached_property
    def language_versions(self):
        """The live versions of this page, one per language, in the site's order."""
        pages = (
            self.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .only(
                "url_path", "path", "depth", "title", "last_published_at", "locale__language_code"
            )
        )
        by_code = {page.locale.language_code: page for page in pages}
        if self.pk not in {page.pk for page in by_code.values()}:
            by_code[self.locale.language_code] = self  # a draft being previewed
        return [LanguageVersion(code, by_code[code]) for code in LANGUAGE_INFO if code in by_code]

    @cached_property
    def content_language(self):
        return next(version for version in self.language_versions if version.page.pk == self.pk)

    def version_in(self, code):
        return next((v for v in self.language_versions if v.code == code), None)

    @property
    def reader_language(self):
        return LANGUAGE_INFO.get(translation.get_language(), LANGUAGE_INFO[SOURCE_LANGUAGE])

    @property
    def is_missing_in_reader_language(self):
        """The reader asked for a language this page has not been translated into."""
        return self.content_language.code != translation.get_language()

    @cached_property
    def newer_source(self):
        """The English page, when it was published with changes after this translation
        was last brought up to date; otherwise None."""
        if self.content_language.code == SOURCE_LANGUAGE:
            return None
        source = self.version_in(SOURCE_LANGUAGE)
        if source is None or source.page.last_published_at is None:
            return None
        synced_at = (
            TranslationSource.objects.filter(
                object_id=self.translation_key, locale__language_code=SOURCE_LANGUAGE
            )
            .values_list("last_updated_at", flat=True)
            .first()
        ) or self.last_published_at
        return source.page if synced_at and source.page.last_published_at > synced_at else None


def children_in_reader_language(parent, model, *fields):
    """The live children of a page in every one of its language versions, one per
    translation: in the reader's language where there is one, otherwise in English,
    in the order of the English page."""
    parents = list(parent.get_translations(inclusive=True).only("path", "depth"))
    in_any_parent = reduce(or_, (model.objects.child_of_q(page) for page in parents))
    reader = translation.get_language()
    candidates = (
        model.objects.live()
        .public()
        .filter(in_any_parent, locale__language_code__in={reader, SOURCE_LANGUAGE})
        .select_related("locale")
        .only(
            "title",
            "url_path",
            "path",
            "depth",
            "translation_key",
            "locale__language_code",
            *fields,
        )
    )
    chosen, order = {}, {}
    for page in candidates:
        key = page.translation_key
        if page.locale.language_code == SOURCE_LANGUAGE:
            order[key] = page.path
        if key not in chosen or page.locale.language_code == reader:
            chosen[key] = page
    return sorted(chosen.values(), key=lambda page: order.get(page.translation_key, page.path))
