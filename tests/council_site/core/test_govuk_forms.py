"""The adapter from Django's bound fields to GOV.UK Frontend's macro parameters."""

from django import forms
from django.template import engines
from django.utils import translation

from council_site.core.forms import ErrorSummaryMixin
from council_site.core.govuk_forms import govuk_error_summary, govuk_field


class ContactForm(ErrorSummaryMixin, forms.Form):
    error_anchors = {"email": "contact-email", "who": "contact-who-1"}

    email = forms.EmailField(label="Email address", help_text="We reply within a week")
    who = forms.ChoiceField(
        label="Who are you?",
        choices=[("carer", "A carer"), ("resident", "A resident")],
        widget=forms.RadioSelect,
    )
    topics = forms.MultipleChoiceField(
        label="Topics",
        required=False,
        choices=[("safe", "Keeping safe"), ("money", "Paying for care")],
        widget=forms.CheckboxSelectMultiple,
    )
    message = forms.CharField(label="Message", required=False, widget=forms.Textarea)
    agree = forms.BooleanField(label="I agree")
    when = forms.ChoiceField(label="When", choices=[("am", "Morning"), ("pm", "Afternoon")])


class PlainForm(forms.Form):
    name = forms.CharField(label="Name")
    ways = forms.MultipleChoiceField(
        label="Ways", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )


def test_a_text_field_gives_name_id_label_hint_value_and_type():
    params = govuk_field(ContactForm(initial={"email": "a@example.com"})["email"])
    assert params == {
        "name": "email",
        "id": "contact-email",
        "label": {"text": "Email address", "classes": "govuk-label--s"},
        "hint": {"text": "We reply within a week"},
        "errorMessage": None,
        "value": "a@example.com",
        "type": "email",
        "spellcheck": False,
    }


def test_params_go_on_top_and_dictionaries_merge_key_by_key():
    params = govuk_field(
        ContactForm()["email"],
        autocomplete="email",
        classes="govuk-input--width-20",
        label={"classes": "govuk-label--m"},
    )
    assert params["autocomplete"] == "email"
    assert params["classes"] == "govuk-input--width-20"
    assert params["label"] == {"text": "Email address", "classes": "govuk-label--m"}


def test_an_error_is_the_first_message_with_error_in_the_readers_language():
    form = ContactForm(data={"email": "not an address"})
    with translation.override("pl"):
        params = govuk_field(form["email"])
        assert params["errorMessage"]["text"] == form.errors["email"][0]
        assert params["errorMessage"]["visuallyHiddenText"] == "Błąd"
    assert params["value"] == "not an address"


def test_radios_number_their_items_from_the_anchor_and_check_the_answer():
    params = govuk_field(ContactForm(data={"who": "resident"})["who"])
    assert params["name"] == "who"
    assert params["idPrefix"] == "contact-who"
    assert params["items"] == [
        {"value": "carer", "text": "A carer", "id": "contact-who-1", "checked": False},
        {"value": "resident", "text": "A resident", "id": "contact-who-2", "checked": True},
    ]
    legend = params["fieldset"]["legend"]
    assert legend["html"] == (
        '<h2 class="govuk-fieldset__heading" id="contact-who-heading">Who are you?</h2>'
    )
    assert legend["classes"] == "govuk-fieldset__legend--m"


def test_checkboxes_check_every_answer_and_fall_back_to_djangos_ids():
    params = govuk_field(ContactForm(data={"topics": ["safe", "money"]})["topics"])
    assert [item["checked"] for item in params["items"]] == [True, True]
    assert [item["id"] for item in params["items"]] == ["id_topics-1", "id_topics-2"]


def test_a_textarea_has_rows_and_no_type():
    params = govuk_field(ContactForm(data={"message": "Hello"})["message"])
    assert params["value"] == "Hello"
    assert params["rows"] == "10"
    assert "type" not in params


def test_a_single_checkbox_is_one_item_labelled_by_the_field():
    params = govuk_field(ContactForm(data={"agree": "on"})["agree"])
    assert params["items"] == [
        {"value": "on", "text": "I agree", "id": "id_agree", "checked": True}
    ]


def test_a_select_marks_the_chosen_item():
    params = govuk_field(ContactForm(data={"when": "pm"})["when"])
    assert params["id"] == "id_when"
    assert params["items"] == [
        {"value": "am", "text": "Morning", "selected": False},
        {"value": "pm", "text": "Afternoon", "selected": True},
    ]


def test_no_summary_without_errors():
    assert govuk_error_summary(ContactForm(), None) is None
    assert (
        govuk_error_summary(
            ContactForm(
                data={"email": "a@example.com", "who": "carer", "agree": "on", "when": "am"}
            )
        )
        is None
    )


def test_the_summary_links_each_problem_to_its_field_in_page_order():
    form = ContactForm(data={"email": "wrong"})
    with translation.override("ar"):
        summary = govuk_error_summary(form)
        title = translation.gettext("There is a problem")
    assert summary["titleText"] == title
    hrefs = [item["href"] for item in summary["errorList"]]
    assert hrefs == ["#contact-email", "#contact-who-1", "#id_agree", "#id_when"]


def test_a_form_without_anchors_links_to_the_ids_the_adapter_gives():
    form = PlainForm(data={})
    summary = govuk_error_summary(form)
    hrefs = [item["href"] for item in summary["errorList"]]
    assert hrefs == [
        "#" + govuk_field(form["name"])["id"],
        "#" + govuk_field(form["ways"])["items"][0]["id"],
    ]


def test_items_given_are_merged_into_the_fields_items_in_order():
    params = govuk_field(ContactForm(data={"agree": "on"})["agree"], items=[{"html": "<b>Yes</b>"}])
    assert params["items"] == [
        {"value": "on", "text": "I agree", "html": "<b>Yes</b>", "id": "id_agree", "checked": True}
    ]


class DateWidget(forms.MultiWidget):
    def __init__(self):
        super().__init__([forms.NumberInput(), forms.NumberInput(), forms.NumberInput()])

    def decompress(self, value):
        return [value.day, value.month, value.year] if value else [None, None, None]


class DateForm(forms.Form):
    born = forms.CharField(
        label="Date of birth", widget=DateWidget(), help_text="For example, 27 3 1950"
    )


def rendered(component, macro, params):
    source = (
        f'{{% from "govuk_frontend_jinja/components/{component}/macro.html" import {macro} %}}'
        f"{{{{ {macro}(params) }}}}"
    )
    return engines["jinja2"].from_string(source).render({"params": params})


def test_a_date_is_three_parts_named_as_djangos_widget_reads_them():
    form = DateForm(data={"born_0": "27", "born_1": "3", "born_2": ""})
    html = rendered("date-input", "govukDateInput", govuk_field(form["born"]))
    assert 'name="born_0"' in html and 'value="27"' in html
    assert 'name="born_2"' in html and 'id="id_born-3"' in html
    assert 'id="id_born-hint"' in html


def test_radios_render_with_the_ids_the_error_summary_links_to():
    form = ContactForm(data={})
    html = rendered("radios", "govukRadios", govuk_field(form["who"]))
    for item in govuk_error_summary(form)["errorList"][1:2]:
        assert f'id="{item["href"][1:]}"' in html
    assert 'id="contact-who-2"' in html
    assert 'aria-describedby="contact-who-error"' in html
