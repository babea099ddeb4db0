from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from .models import PrintEdition, PrintRun


class PrintRunForm(WagtailAdminModelForm):
    """Copies are printed from a current edition; a run recorded earlier keeps its own."""

    class Meta:
        model = PrintRun
        fields = ["edition", "copies", "sent_to", "printed_on", "withdrawn_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = Q(pk__in=PrintEdition.objects.current().of_live_pages().values("pk"))
        if self.instance.edition_id:
            current |= Q(pk=self.instance.edition_id)
        self.fields["edition"].queryset = (
            PrintEdition.objects.filter(current)
            .select_related("page", "locale")
            .order_by("page__path", "locale_id", "format")
        )
