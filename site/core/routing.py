"""Routing walks down from the home page and leaves each page it passes a link to
the page above (see HomePage.route_in_this_language). A page reached that way
already knows its ancestors, so its breadcrumbs and its view restrictions need not
ask the database for them again."""

from wagtail.models import PageViewRestriction

from .internals import remembered_parent

# What routing, breadcrumbs and view restrictions read of the pages routing passes.
ROUTED_FIELDS = (
    "path",
    "depth",
    "slug",
    "title",
    "url_path",
    "live",
    "content_type",
    "alias_of",
    "locale",
    "translation_key",
)


class RoutedPageMixin:
    def routed_ancestors(self):
        """The pages from the home page down to this page's parent, as routing walked
        them; None when the page was reached some other way (a preview, the admin)."""
        ancestors, page = [], self
        while page.depth > 2:
            page = remembered_parent(page)
            if page is None:
                return None
            ancestors.append(page)
        return ancestors[::-1]

    def get_view_restrictions(self):
        """Wagtail asks this of every page it serves, in two queries: which pages are
        above this one (to follow aliases), then their restrictions. When routing
        has shown there is no alias on the way, the path alone names them: one query."""
        ancestors = self.routed_ancestors()
        if ancestors is None or any(page.alias_of_id for page in (self, *ancestors)):
            return super().get_view_restrictions()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(page__path__in=paths)
