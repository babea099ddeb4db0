"""The public templates' Jinja2 environment: a page extending base.html has the
site's layout in the reader's language, GOV.UK Frontend's macros load, and the
admin's folders stay with Django's engine."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import TemplateDoesNotExist, engines
from django.test import RequestFactory
from django.utils import translation

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
