"""Which languages a page exists in, and whether the reader's language version
is missing or older than the English source."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q
from django.db.models.signals import post_delete
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationSource

from council_site.core.caching import forget, get_or_compute
from council_site.core.sites import site_generation
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

from ..page_types import tool_models

VERSIONS_CACHE_SECONDS = 60 * 60 * 24
# Without a shared cache, a newly published language version reaches the switcher
# of every process within this.
VERSIONS_LOCAL_SECONDS = 5


@dataclass(frozen=True)
class LanguageVersion:
    """One live language version of a page: plain data, so it can be cached."""

    code: str
    page_id: int
    path: str
    address: str
    last_published_at: object
    live_revision_id: int | None
    # When the English source was last extracted for translation.
    synced_at: object = None

    @property
    def endonym(self):
        return LANGUAGE_INFO[self.code]["name_local"]

    @property
    def direction(self):
        return "rtl" if LANGUAGE_INFO[self.code]["bidi"] else "ltr"


def hreflang_alternates(addresses):
    """(language, address) pairs of a page's versions, with the English address as
    x-default: for a reader whose language the page is not in."""
    addresses = list(addresses)
    english = dict(addresses).get(SOURCE_LANGUAGE)
    return [*addresses, ("x-default", english)] if english else addresses


def versions_cache_key(translation_key):
    return f"language-versions:{site_generation()}:{translation_key}"


def version_of(page, code, synced_at=None):
    _site_id, root_url, path = page.get_url_parts()
    return LanguageVersion(
        code,
        page.pk,
        path,
        f"{root_url}{path}",
        page.last_published_at,
        page.live_revision_id,
        synced_at,
    )


def source_synced_at(translation_key):
    return (
        TranslationSource.objects.filter(
            object_id=translation_key, locale__language_code=SOURCE_LANGUAGE
        )
        .values_list("last_updated_at", flat=True)
        .first()
    )


def live_versions(page):
    """Every live language version of a page, in the site's order of languages. The
    switcher on every page needs them, so they are cached until one is published,
    unpublished, moved or deleted."""

    def compute():
        pages = (
            page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .only(
                "url_path",
                "path",
                "depth",
                "last_published_at",
                "live_revision",
                "locale__language_code",
            )
        )
        by_code = {version.locale.language_code: version for version in pages}
        synced_at = source_synced_at(page.translation_key) if len(by_code) > 1 else None
        return [
            version_of(by_code[code], code, synced_at) for code in LANGUAGE_INFO if code in by_code
        ]

    return get_or_compute(
        versions_cache_key(page.translation_key),
        compute,
        VERSIONS_CACHE_SECONDS,
        local_seconds=VERSIONS_LOCAL_SECONDS,
    )


def forget_versions(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget(versions_cache_key(instance.translation_key))


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(forget_versions, dispatch_uid=f"forget_language_versions_{signal}")
post_delete.connect(forget_versions, dispatch_uid="forget_language_versions_on_delete")


class LanguageHomeMixin:
    """The page type at the top of each language's tree (the home page): a new one
    opens a language, which the editorial roles must then reach."""


class MultilingualPageMixin:
    @cached_property
    def language_versions(self):
        versions = live_versions(self)
        if all(version.page_id != self.pk for version in versions):
            # A draft being previewed is one more version, in its own language.
            own = version_of(self, self.locale.language_code)
            versions = sorted([*versions, own], key=lambda v: list(LANGUAGE_INFO).index(v.code))
        return versions

    @cached_property
    def content_language(self):
        """The language of the words shown: an alias (which wagtail-localize makes of
        an untranslated page above a translated one) shows its original's words."""
        shown = self.alias_of_id or self.pk
        return next(
            (version for version in self.language_versions if version.page_id == shown),
            next(version for version in self.language_versions if version.page_id == self.pk),
        )

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
        """The English version, when it was published with changes after this
        translation was last brought up to date; otherwise None."""
        if self.content_language.code == SOURCE_LANGUAGE:
            return None
        source = self.version_in(SOURCE_LANGUAGE)
        if source is None or source.last_published_at is None:
            return None
        synced_at = source.synced_at or self.last_published_at
        return source if synced_at and source.last_published_at > synced_at else None


def is_translated_for(page, reader):
    """In the reader's language, and not an alias, which shows the English words."""
    return page.locale.language_code == reader and page.alias_of_id is None


def children_in_reader_language(parent, model, *fields):
    """The live children of a page in every one of its language versions, one per
    translation: in the reader's language where there is one, otherwise in English,
    in the order of the English page."""
    return children_of_kinds(parent, {model: fields})[model]


def children_of_kinds(parent, fields_of_kinds):
    """children_in_reader_language for several page types at once ({model: fields}):
    the parent's versions and the view restrictions are looked up once for all of
    them, then one query a type."""
    parent_paths = set(parent.get_translations(inclusive=True).values_list("path", flat=True))
    # Each language has its own tree: one indexed look-up by depth and the paths of
    # the parent's versions, so English pages not yet translated are listed too.
    below_a_version = Q()
    for path in parent_paths:
        below_a_version |= Q(path__startswith=path)
    private = Page.objects.all().private_q()
    return {
        model: in_reader_language(
            (
                model.objects.live()
                .exclude(private)
                .filter(
                    below_a_version,
                    depth=parent.depth + 1,
                    locale__language_code__in={translation.get_language(), SOURCE_LANGUAGE},
                )
                .select_related("locale")
                .only(
                    "title",
                    "url_path",
                    "path",
                    "depth",
                    "translation_key",
                    "locale__language_code",
                    "alias_of_id",
                    *fields,
                )
            ),
            parent_paths,
        )
        for model, fields in fields_of_kinds.items()
    }


def in_reader_language(candidates, parent_paths):
    """One page per translation below one of parent_paths, in the reader's language
    where there is one, in the order of the English pages."""
    reader = translation.get_language()
    chosen, order = {}, {}
    for page in candidates:
        if page.path[: -page.steplen] not in parent_paths:
            continue
        key = page.translation_key
        if page.locale.language_code == SOURCE_LANGUAGE:
            order[key] = page.path
        # An alias shows the English words, so the English page stands in for it.
        if key not in chosen or is_translated_for(page, reader) or chosen[key].alias_of_id:
            chosen[key] = page
    return sorted(chosen.values(), key=lambda page: order.get(page.translation_key, page.path))


def tools_below(parent):
    """The self-service tools (see page_types.register_tool) just below `parent`, in
    the reader's language where there is one."""
    return tools_among(children_of_kinds(parent, dict.fromkeys(tool_models(), ("introduction",))))


def tools_among(children_by_kind):
    return [page for model in tool_models() for page in children_by_kind.get(model, [])]


def other_tools(current):
    """The live tools other than `current`'s kind, one of each page in the reader's
    language where there is one, otherwise in English."""
    reader = translation.get_language()
    pages = {}
    for model in tool_models():
        if isinstance(current, model):
            continue
        for page in (
            model.objects.live()
            .public()
            .filter(locale__language_code__in={reader, SOURCE_LANGUAGE})
            .select_related("locale")
            .only(
                "title",
                "url_path",
                "path",
                "translation_key",
                "locale__language_code",
                "introduction",
            )
        ):
            if page.translation_key not in pages or page.locale.language_code == reader:
                pages[page.translation_key] = page
    return sorted(pages.values(), key=lambda page: page.path)
