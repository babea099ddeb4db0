"""Django forms fed to GOV.UK Frontend's own macros (govuk-frontend-jinja).

`govuk_field` turns a bound field into the parameters of the macro that draws it
(govukInput, govukTextarea, govukRadios, govukCheckboxes, govukSelect,
govukDateInput), so the markup of a question is written once, by GOV.UK Frontend,
and a template only says what differs (`type`, `autocomplete`, widths, a hint).
`govuk_error_summary` gives govukErrorSummary's parameters for one or more forms.

Ids come from the form's `error_anchors` (the element the error summary's link
moves focus to) when it names the field, otherwise from Django's own `auto_id`; a
radios or checkboxes question numbers its items from 1 under that prefix
(`signup-ways-1`, `signup-ways-2`, …), so the summary's links always reach them."""

from django import forms
from django.forms.utils import ErrorDict
from django.utils.html import format_html
from django.utils.translation import gettext

NON_FIELD = "__all__"


def is_choices(widget):
    return isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple))


def is_date(widget):
    return isinstance(widget, forms.MultiWidget) and len(widget.widgets) == 3


def field_anchor(bound_field):
    """The id of the element a link to this field's error moves focus to."""
    anchors = getattr(bound_field.form, "error_anchors", {})
    if bound_field.name in anchors:
        return anchors[bound_field.name]
    own_id = bound_field.auto_id or bound_field.html_name
    if is_choices(bound_field.field.widget) or is_date(bound_field.field.widget):
        return f"{own_id}-1"
    return own_id


def id_prefix(bound_field):
    anchor = field_anchor(bound_field)
    if is_choices(bound_field.field.widget) or is_date(bound_field.field.widget):
        return anchor.removesuffix("-1")
    return anchor


def merged(base, overrides):
    """`overrides` on top of `base`, dictionaries merged key by key (so a template
    can set `fieldset={"legend": {"classes": …}}` and keep the legend's text), and a
    list of dictionaries item by item (`items=[{"html": …}]` relabels the first)."""
    result = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        elif is_list_of_dicts(value) and is_list_of_dicts(result.get(key)):
            result[key] = [
                merged(item, value[index]) if index < len(value) else item
                for index, item in enumerate(result[key])
            ]
        else:
            result[key] = value
    return result


def is_list_of_dicts(value):
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def error_message(bound_field):
    if not bound_field.errors:
        return None
    # The macro adds the colon.
    return {"text": bound_field.errors[0], "visuallyHiddenText": gettext("Error")}


def hint(bound_field):
    return {"text": bound_field.help_text} if bound_field.help_text else None


def as_text(value):
    return "" if value is None else str(value)


def choice_items(bound_field, prefix, checked_key):
    value = bound_field.value()
    chosen = {as_text(v) for v in value} if isinstance(value, (list, tuple)) else {as_text(value)}
    return [
        {
            "value": as_text(choice.data["value"]),
            "text": choice.choice_label,
            "id": f"{prefix}-{number}",
            checked_key: as_text(choice.data["value"]) in chosen,
        }
        for number, choice in enumerate(bound_field.subwidgets, start=1)
    ]


def choices_params(bound_field):
    prefix = id_prefix(bound_field)
    return {
        "name": bound_field.html_name,
        "idPrefix": prefix,
        "fieldset": {
            "legend": {
                # A question is a heading of its own (that a section can be
                # labelled by), as on GOV.UK's question pages.
                "html": format_html(
                    '<h2 class="govuk-fieldset__heading" id="{}-heading">{}</h2>',
                    prefix,
                    bound_field.label,
                ),
                "classes": "govuk-fieldset__legend--m",
            }
        },
        "hint": hint(bound_field),
        "errorMessage": error_message(bound_field),
        "items": choice_items(bound_field, prefix, "checked"),
    }


def single_checkbox_params(bound_field):
    own_id = field_anchor(bound_field)
    return {
        "name": bound_field.html_name,
        "idPrefix": own_id,
        "hint": hint(bound_field),
        "errorMessage": error_message(bound_field),
        "items": [
            {
                "value": "on",
                "text": bound_field.label,
                "id": own_id,
                "checked": bool(bound_field.value()),
            }
        ],
    }


DATE_PARTS = (
    ("day", "govuk-input--width-2"),
    ("month", "govuk-input--width-2"),
    ("year", "govuk-input--width-4"),
)


def date_params(bound_field):
    prefix = id_prefix(bound_field)
    widget = bound_field.field.widget
    value = bound_field.value()
    if not isinstance(value, (list, tuple)):
        value = widget.decompress(value)
    labels = (gettext("Day"), gettext("Month"), gettext("Year"))
    return {
        "id": prefix,
        "fieldset": {"legend": {"text": bound_field.label, "classes": "govuk-fieldset__legend--s"}},
        "hint": hint(bound_field),
        "errorMessage": error_message(bound_field),
        "items": [
            {
                "id": f"{prefix}-{number}",
                # Whole, as Django's MultiWidget reads it back (no namePrefix).
                "name": f"{bound_field.html_name}{suffix}",
                "label": label,
                "value": as_text(part),
                "classes": width + (" govuk-input--error" if bound_field.errors else ""),
            }
            for number, (suffix, label, part, (_, width)) in enumerate(
                zip(widget.widgets_names, labels, value, DATE_PARTS, strict=True), start=1
            )
        ],
    }


def select_params(bound_field):
    own_id = field_anchor(bound_field)
    items = choice_items(bound_field, own_id, "selected")
    for item in items:
        del item["id"]
    return {
        "name": bound_field.html_name,
        "id": own_id,
        "label": {"text": bound_field.label, "classes": "govuk-label--s"},
        "hint": hint(bound_field),
        "errorMessage": error_message(bound_field),
        "items": items,
    }


def text_params(bound_field):
    widget = bound_field.field.widget
    params = {
        "name": bound_field.html_name,
        "id": field_anchor(bound_field),
        "label": {"text": bound_field.label, "classes": "govuk-label--s"},
        "hint": hint(bound_field),
        "errorMessage": error_message(bound_field),
        "value": as_text(bound_field.value()),
    }
    if isinstance(widget, forms.Textarea):
        params["rows"] = widget.attrs.get("rows", 4)
    else:
        params["type"] = getattr(widget, "input_type", "text")
        if params["type"] == "email":
            params["spellcheck"] = False
    return params


def govuk_field(bound_field, **params):
    """The GOV.UK macro's parameters for a Django bound field, `params` on top."""
    widget = bound_field.field.widget
    if is_choices(widget):
        base = choices_params(bound_field)
    elif isinstance(widget, forms.CheckboxInput):
        base = single_checkbox_params(bound_field)
    elif is_date(widget):
        base = date_params(bound_field)
    elif isinstance(widget, forms.Select):
        base = select_params(bound_field)
    else:
        base = text_params(bound_field)
    return merged(base, params)


def error_summary_entries(errors: ErrorDict, page_order, anchors):
    """The GOV.UK error summary's links: each field with a problem once, with the
    message shown at the field, in page order. A problem with the whole form is
    listed only when no field has one: fixing the fields and sending again is then
    the whole answer, and a second link to the first field would repeat its error."""
    fields = [name for name in page_order if name != NON_FIELD and name in errors]
    if fields:
        return [(anchors.get(name, name), errors[name][0]) for name in fields]
    form_anchor = anchors.get(NON_FIELD, next(iter(anchors.values()), NON_FIELD))
    return [(form_anchor, error) for error in dict.fromkeys(errors.get(NON_FIELD, []))]


def form_errors(form):
    """(anchor, message) for each problem, each field once, in page order; a problem
    with the whole form links to `error_anchors["__all__"]`, or the first field."""
    anchors = {name: field_anchor(form[name]) for name in form.fields}
    own = getattr(form, "error_anchors", {})
    if NON_FIELD in own:
        anchors = {NON_FIELD: own[NON_FIELD], **anchors}
    return error_summary_entries(form.errors, list(form.fields), anchors)


def govuk_error_summary(*forms):
    """govukErrorSummary's parameters, or None when no form has a problem."""
    errors = [entry for form in forms if form is not None for entry in form_errors(form)]
    if not errors:
        return None
    return {
        "titleText": gettext("There is a problem"),
        "errorList": [{"text": message, "href": f"#{anchor}"} for anchor, message in errors],
    }
