"""The home page of the demo (site/demo/content/home.yaml)."""

from council_site.demo import registry
from infopages.blocks import KeyContactsBlock

from .models import HomePage


def home_page(seeder):
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    if not home.is_demo_content:
        data = seeder.data.file("home")
        home.title = home.draft_title = data.require("title")
        home.introduction = data.require("introduction")
        home.key_contacts = data.stream("key_contacts", KeyContactsBlock())
        home.is_demo_content = True
        home.save_revision().publish()
    seeder.keep_page("home", home)


def urgent_help_link(seeder):
    home = seeder.page("home")
    report_page = seeder.page(seeder.data.file("home").require("urgent_help_page"))
    if home.urgent_help_page_id != report_page.pk:
        home.urgent_help_page = report_page
        home.save_revision().publish()


def register():
    registry.register("home-page", home_page, after=["site-address"])
    registry.register("urgent-help-link", urgent_help_link, after=["topics"])
