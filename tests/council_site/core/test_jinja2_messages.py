"""Reading the translatable strings out of the Jinja2 templates."""

from django.template import engines

from council_site.core.jinja2_messages import Message, as_message, template_messages

SOURCE = """{{ _("Plain") }} {{ _("Hello %(name)s", name=x) }} {{ _(variable) }}
{{ ngettext("%(num)d page", "%(num)d pages", n) }} {{ pgettext("month", "May") }}"""


def messages_in(source):
    environment = engines["jinja2"].env
    return [
        as_message(function, arguments, "t.html", line)
        for line, function, arguments in environment.extract_translations(source)
    ]


def test_literal_strings_of_each_function_are_read_and_others_skipped():
    assert messages_in(SOURCE) == [
        Message("Plain", path="t.html", lineno=1),
        Message("Hello %(name)s", path="t.html", lineno=1),
        None,
        Message("%(num)d page", "%(num)d pages", path="t.html", lineno=2),
        Message("May", msgctxt="month", path="t.html", lineno=2),
    ]


def test_format_strings_are_marked_as_python_format():
    assert Message("Hello %(name)s").is_python_format
    assert Message("100%% sure").is_python_format
    assert not Message("Plain").is_python_format


def test_the_admins_templates_are_not_read():
    paths = {message.path for message in template_messages()}
    assert any(path.endswith("templates/base.html") for path in paths)
    assert not any("/review/" in path or "/accounts/" in path for path in paths)
