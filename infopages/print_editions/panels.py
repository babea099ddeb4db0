from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel, TabbedInterface

from .models import EditionFailure, PrintEdition, PrintRun


class PrintEditionsPanel(Panel):
    """The page's current print editions, to download, and its hard copies."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "print_editions/page_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["page"] = page
            if page.pk:
                context.update(
                    {
                        "editions": PrintEdition.objects.current()
                        .filter(page=page)
                        .order_by("format"),
                        "failures": EditionFailure.objects.filter(page=page),
                        "out_of_date": PrintRun.objects.out_of_date()
                        .filter(edition__page=page)
                        .count(),
                    }
                )
            return context


def with_print_editions_tab(tabs):
    return TabbedInterface(
        [*tabs.children, ObjectList([PrintEditionsPanel()], heading=_("Print editions"))]
    )
