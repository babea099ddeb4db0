from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .forms import SearchForm
from .models import InformationIndexPage, InformationPage

RESULTS_PER_PAGE = 10


def searchable_pages():
    return (
        Page.objects.live()
        .public()
        .type(InformationIndexPage, InformationPage)
        .filter(locale=Locale.get_active())
    )


def results_page(results, number):
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)


def search_pagination(results, query):
    """govukPagination's parameters for a page of results, or None when they fit on one."""
    if not results.has_other_pages():
        return None

    def href(number):
        return "?" + urlencode({"q": query, "page": number})

    def arrow(text):
        return format_html('{}<span class="govuk-visually-hidden"> {}</span>', text, _("page"))

    return {
        "landmarkLabel": _("Results pages"),
        "previous": {"href": href(results.previous_page_number()), "html": arrow(_("Previous"))}
        if results.has_previous()
        else None,
        "next": {"href": href(results.next_page_number()), "html": arrow(_("Next"))}
        if results.has_next()
        else None,
        "items": [
            {
                "number": number,
                "href": href(number),
                "current": number == results.number,
                "visuallyHiddenText": _("Page %(number)s") % {"number": number},
            }
            for number in results.paginator.page_range
        ],
    }


def search(request):
    form = SearchForm(request.GET if "q" in request.GET else None)
    results = None
    if form.is_valid():
        matches = searchable_pages().specific().search(form.cleaned_data["q"])
        results = results_page(matches, request.GET.get("page"))
    return render(
        request,
        "pages/search_results.html",
        {
            "form": form,
            "results": results,
            "pagination": results and search_pagination(results, form.cleaned_data["q"]),
        },
    )
