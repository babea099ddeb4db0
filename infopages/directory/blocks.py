"""Blocks that send readers to the directory: the kinds of local support an editor
chooses, and the "Support near you" block of information pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .models import TaxonomyTerm
from .support_near_you import support_near_you


def support_kind_choices():
    # Read when the editor's form is made, so a new kind of support shows at once.
    return [
        (str(term.translation_key), term.name)
        for term in TaxonomyTerm.objects.english().order_by("name")
    ]


class SupportKindsBlock(blocks.FieldBlock):
    """Kinds of local support in the directory, kept by their translation keys: the
    same in every language, so never sent out to translate."""

    def __init__(self, required=False, **kwargs):
        self.field = forms.MultipleChoiceField(
            choices=support_kind_choices,
            required=required,
            widget=forms.CheckboxSelectMultiple,
        )
        super().__init__(**kwargs)

    def get_default(self):
        return []

    def to_python(self, value):
        return list(value or [])

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class SupportNearYouBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=100, required=False, help_text=_("Leave empty for “Support near you”.")
    )
    support_kinds = SupportKindsBlock(required=True, label=_("Kinds of local support"))

    class Meta:
        icon = "site"
        template = "components/streamfield/support_near_you_block.html"
        label = _("Support near you")
        description = _(
            "A few services of the chosen kinds from the directory, and a link to search it."
        )
        preview_value = {"heading": "", "support_kinds": []}

    def get_context(self, value, parent_context=None):
        # Loaded here rather than in the template, which asks the database nothing.
        context = super().get_context(value, parent_context=parent_context)
        context["support"] = support_near_you(value["support_kinds"])
        context["heading"] = value["heading"]
        context["heading_id"] = "support-near-you-" + "-".join(
            key[:8] for key in sorted(value["support_kinds"])
        )
        return context
