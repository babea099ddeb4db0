"""What every demo step is given: the data files, the people and the pages made so
far, and a place to say what it did."""

from contextlib import ExitStack

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page

from . import registry
from .loader import CONTENT_DIR, DemoData


class Seeder:
    def __init__(self, stdout, data_dir=CONTENT_DIR):
        self.stdout = stdout
        self.data_dir = data_dir
        self.data = DemoData(data_dir)
        self._pages = {}

    def log(self, message):
        self.stdout.write(message)

    def user(self, username):
        # Fetched each time: Wagtail caches page permissions on the user object,
        # and the pages and grants of a new language come during the demo.
        return get_user_model().objects.get(username=username)

    def page(self, key):
        """The page an earlier step made from the data file `key`, as it is in the
        database now."""
        try:
            return Page.objects.get(pk=self._pages[key]).specific
        except KeyError:
            raise LookupError(f"No demo step has made the page “{key}” yet") from None

    def page_keys(self):
        """The keys of every page made so far, parents before their children."""
        return list(self._pages)

    def child_page(self, parent, model, key, **fields):
        """The page below `parent` whose slug is the key's last part: made, labelled
        as demo content and published, unless it is already there."""
        slug = key.rsplit("/", 1)[-1]
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, is_demo_content=True, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Created {model._meta.verbose_name} “{page.title}”")
        self._pages[key] = page.pk
        return page

    def keep_page(self, key, page):
        self._pages[key] = page.pk

    def run(self):
        with ExitStack() as surroundings:
            for context in registry.surroundings():
                surroundings.enter_context(context(self))
            with transaction.atomic():
                for step in registry.ordered_steps():
                    step.run(self)
