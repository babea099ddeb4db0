"""Every demo page that the languages' PO files translate, written by the demo
translator and approved at its translation check (site/demo/content/workflows.yaml)."""

from wagtail.models import Locale

from council_site.demo import registry
from council_site.demo.translating import imported_translation
from council_site.languages import TRANSLATED_LANGUAGES

from .checking import send_for_check


def translate_and_check(seeder, key, code, people):
    page = seeder.page(key)
    if page.get_translation_or_none(Locale.objects.get(language_code=code)) is not None:
        return False
    translator = seeder.user(people["translator"])
    translation = imported_translation(seeder, key, page, code, user=translator)
    translated = send_for_check(translation, translator)
    translated.current_workflow_task_state.approve(user=seeder.user(people["checker"]))
    return True


def page_translations(seeder):
    people = seeder.data.file("workflows").require("translation", dict)
    stale = people["stale"]
    for code in TRANSLATED_LANGUAGES:
        keys = seeder.data.translations(code)
        translated = [
            key
            for key in seeder.page_keys()
            if key in keys and translate_and_check(seeder, key, code, people)
        ]
        if translated:
            seeder.log(f"Translated {len(translated)} demo pages into {code}.")
        if code == stale["language"]:
            make_older_than_english(seeder, stale)


def make_older_than_english(seeder, stale):
    """One page is changed in English after its translation, to show that notice."""
    page = seeder.page(stale["page"])
    if not page.summary.endswith(stale["summary_added"]):
        page.summary += stale["summary_added"]
        page.save_revision().publish()


def register():
    registry.register(
        "page-translations",
        page_translations,
        after=["logins", "urgent-help-link", "co-production", "draft-in-review"],
    )
