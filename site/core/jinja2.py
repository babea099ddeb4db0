"""The Jinja2 environment of the public site's templates.

Public templates (everything under templates/ but the folders below) are Jinja2;
the admin's, and those not yet moved, stay in Django's template language, and
Django's engine finds them because this loader refuses them. GOV.UK Frontend's
components come from govuk-frontend-jinja's macros, under `govuk_frontend_jinja/`.

Translated text uses the function forms only, new-style (`_("Hello %(name)s",
name=x)`: the arguments are escaped, the translation is not), read from Django's
catalogues; `manage.py makemessages` extracts them from these templates too."""

import jinja2
from django.template.defaultfilters import date
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.safestring import mark_safe

from .govuk_forms import govuk_error_summary, govuk_field
from .prose import FILTERS as PROSE_FILTERS

# Folders (or single templates) of templates/ left to Django's template language.
DJANGO_TEMPLATE_FOLDERS = (
    "accounts",
    "admin_shared",
    "getinvolved/admin",
    "getinvolved/emails",
    "plainlanguage",
    "print_editions",
    "review",
    "selfassessment/admin",
    "formatrequests/admin",
    "translations",
    "wagtailcore",
)

EXTENSIONS = [
    "jinja2.ext.i18n",
    "wagtail.jinja2tags.core",
    "wagtail.admin.jinja2tags.userbar",
    "wagtail.images.jinja2tags.images",
    "wagtail.contrib.settings.jinja2tags.settings",
]


def is_django_template(name):
    return any(
        name == folder or name.startswith(f"{folder}/") for folder in DJANGO_TEMPLATE_FOLDERS
    )


class PublicTemplatesLoader(jinja2.FileSystemLoader):
    """templates/, less the folders Django's engine renders."""

    def get_source(self, environment, template):
        if is_django_template(template):
            raise jinja2.TemplateNotFound(template)
        return super().get_source(environment, template)

    def list_templates(self):
        return [name for name in super().list_templates() if not is_django_template(name)]


def url(name, *args, **kwargs):
    return reverse(name, args=args or None, kwargs=kwargs or None)


_made_once = {}


@jinja2.pass_environment
def made_once(environment, template_name):
    """A part whose HTML is the same on every page in one language, such as an empty
    form's questions through GOV.UK Frontend's macros: rendered once a process for
    each language, or each time while templates reload (in development)."""
    key = (template_name, translation.get_language())
    html = _made_once.get(key)
    if html is None or environment.auto_reload:
        html = _made_once[key] = mark_safe(environment.get_template(template_name).render())  # noqa: S308 - autoescaped template
    return html


# Enough for every search form's questions in every language with the choices readers
# commonly make; the oldest are forgotten first beyond it.
DRAWN_LIMIT = 2000
_drawn = {}


def frozen(value):
    """Parameters as a key: equal keys for parameters that draw the same HTML. Safe
    HTML is told apart from text with the same characters; anything else (an object
    a macro might read more of than its value) raises TypeError."""
    if isinstance(value, dict):
        return tuple(sorted((key, frozen(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return ("list", *(frozen(item) for item in value))
    if hasattr(value, "__html__"):  # markupsafe's Markup and Django's SafeString
        return ("html", str(value))
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, (int, float)):
        # True, 1 and 1.0 are equal keys, but are not written the same.
        return (type(value).__name__, value)
    raise TypeError(type(value))


@jinja2.pass_environment
def drawn(environment, macro, params):
    """A GOV.UK Frontend macro's HTML for these parameters. Its output depends on
    them alone, so a question drawn the same way before (a search form's dozens of
    checkboxes, on every search) is not drawn again by the process; a change of
    choices or words makes other parameters, so nothing needs forgetting."""
    if params.get("errorMessage"):
        # Drawn from what was typed: rare, and not worth keeping.
        return macro(params)
    try:
        key = (macro.name, translation.get_language(), frozen(params))
    except TypeError:
        return macro(params)
    html = _drawn.get(key)
    if html is None or environment.auto_reload:
        html = _drawn[key] = macro(params)
        if len(_drawn) > DRAWN_LIMIT:
            _drawn.pop(next(iter(_drawn)), None)
    return html


GLOBALS = {
    "url": url,
    "made_once": made_once,
    "drawn": drawn,
    "static": static,
    "language_code": translation.get_language,
    "language_bidi": translation.get_language_bidi,
    "govuk_field": govuk_field,
    "govuk_error_summary": govuk_error_summary,
}

FILTERS = {
    **PROSE_FILTERS,
    # Django's, for month names in the reader's language.
    "date": date,
}


class Environment(jinja2.Environment):
    def make_globals(self, d):
        """Every template, include and macro file starts its context by copying its
        globals. Jinja2 keeps them as a ChainMap over the environment's, which Python
        copies key by key: a seventh of an information page's time. A plain dict
        copies at C speed; the environment's globals are all set before any template
        loads, so nothing is missed."""
        return {**self.globals, **(d or {})}


def environment(**options):
    """Django's Jinja2 backend calls this with TEMPLATES' OPTIONS; `extensions` there
    adds the apps' own (their globals and filters) to the ones every page needs."""
    # Django gives a loader over TEMPLATES' DIRS: the same folders, less Django's.
    searchpath = options.pop("loader").searchpath
    extensions = [*EXTENSIONS, *options.pop("extensions", [])]
    # Like Django's templates, a name missing along the way is empty rather than an
    # error, so shared parts can ask `page.…` on pages that have none.
    options["undefined"] = jinja2.ChainableUndefined
    options.pop("autoescape", None)
    env = Environment(
        autoescape=True,
        loader=jinja2.ChoiceLoader(
            [
                PublicTemplatesLoader(searchpath),
                jinja2.PrefixLoader(
                    {"govuk_frontend_jinja": jinja2.PackageLoader("govuk_frontend_jinja")}
                ),
            ]
        ),
        extensions=extensions,
        **options,
    )
    env.install_gettext_callables(
        translation.gettext,
        translation.ngettext,
        newstyle=True,
        pgettext=translation.pgettext,
        npgettext=translation.npgettext,
    )
    env.globals.update(GLOBALS)
    env.filters.update(FILTERS)
    return env
