"""The public templates' Jinja2 environment: a page extending base.html has the
site's layout in the reader's language, GOV.UK Frontend's macros load, and the
admin's folders stay with Django's engine."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import TemplateDoesNotExist, engines
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy
from markupsafe import Markup

from council_site.core.jinja2 import DJANGO_TEMPLATE_FOLDERS

NEW_PAGE = """{% extends "base.html" %}
{% block title %}{{ _("Search") }}{% endblock %}
{% block content %}
<h1 class="govuk-heading-xl">{{ _("Hello %(name)s", name=name) }}</h1>
{% endblock %}"""


def render(source, language, **context):
    request = RequestFactory().get(f"/{language}/search/")
    request.user = AnonymousUser()
    with translation.override(language):
        return engines["jinja2"].from_string(source).render(context, request)


@pytest.mark.django_db
def test_a_new_page_extending_the_base_has_the_layout_in_the_readers_language():
    html = render(NEW_PAGE, "ar", name="<b>Ali</b>")
    assert '<html lang="ar" dir="rtl" class="govuk-template">' in html
    assert '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">' in html
    with translation.override("ar"):
        assert translation.gettext("Skip to main content") in html
    assert 'class="govuk-service-navigation"' in html
    assert 'class="govuk-language-navigation"' in html
    assert 'id="other-languages-and-formats"' in html
    assert '<main class="govuk-main-wrapper" id="main-content">' in html
    # New-style gettext escapes what it is given.
    assert "&lt;b&gt;Ali&lt;/b&gt;" in html
    with translation.override("ar"):
        assert f"<title>{translation.gettext('Search')} – " in html


@pytest.mark.django_db
def test_text_is_in_english_for_english_readers():
    html = render(NEW_PAGE, "en", name="Ali")
    assert '<html lang="en" dir="ltr" class="govuk-template">' in html
    assert "Skip to main content" in html
    assert "Contact Adult Social Care Direct" in html


def test_govuk_frontend_macros_are_found():
    template = engines["jinja2"].from_string(
        '{% from "govuk_frontend_jinja/components/inset-text/macro.html" import govukInsetText %}'
        '{{ govukInsetText({"text": "Read this"}) }}'
    )
    assert 'class="govuk-inset-text"' in template.render({})


@pytest.mark.parametrize("folder", DJANGO_TEMPLATE_FOLDERS)
def test_the_admins_folders_are_left_to_djangos_engine(folder):
    with pytest.raises(TemplateDoesNotExist):
        engines["jinja2"].get_template(f"{folder}/anything.html")


def test_an_admin_template_is_found_by_djangos_engine_and_a_public_one_by_jinja2():
    from django.template.loader import get_template

    assert get_template("review/decide.html").backend.name == "django"
    assert get_template("base.html").backend.name == "jinja2"


CHECKBOXES = (
    '{% from "govuk_frontend_jinja/components/checkboxes/macro.html" import govukCheckboxes %}'
    "{{ drawn(govukCheckboxes, params) }}"
)


def checkboxes(label, checked=(), **extra):
    return {
        "name": "ways",
        "idPrefix": "ways",
        "fieldset": {"legend": {"text": "Ways"}},
        "items": [
            {"value": "a", "text": label, "checked": "a" in checked},
            {"value": "b", "text": "B", "checked": "b" in checked},
        ],
        **extra,
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (checkboxes("A"), checkboxes("A", checked=["a"])),
        (checkboxes("A &amp; B"), checkboxes(Markup("A &amp; B"))),
        (checkboxes("<b>A</b>"), checkboxes(Markup("<b>A</b>"))),
        (checkboxes("A", attributes={"data-n": 1}), checkboxes("A", attributes={"data-n": True})),
    ],
)
def test_a_macro_drawn_again_is_the_same_as_drawn_first_and_differs_with_its_parameters(
    first, second
):
    source = CHECKBOXES
    drawn_first = [render_fragment(source, params=params) for params in (first, second)]
    drawn_again = [render_fragment(source, params=params) for params in (first, second)]
    assert drawn_again == drawn_first
    assert drawn_first[0] != drawn_first[1]


def test_a_macro_drawn_with_an_error_shows_what_was_typed_each_time():
    for typed in ("first", "second"):
        params = checkboxes("A", errorMessage={"text": f"Not {typed}"})
        assert f"Not {typed}" in render_fragment(CHECKBOXES, params=params)


def test_a_lazy_label_is_drawn_in_each_readers_language():
    params = checkboxes(gettext_lazy("Search"))
    english = render_fragment(CHECKBOXES, params=params)
    with translation.override("pl"):
        polish = render_fragment(CHECKBOXES, params=params)
        assert translation.gettext("Search") in polish
    assert "Search" in english and english != polish


def render_fragment(source, **context):
    return engines["jinja2"].from_string(source).render(context)
