from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
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


def search(request):
    form = SearchForm(request.GET if "q" in request.GET else None)
    results = None
    if form.is_valid():
        matches = searchable_pages().specific().search(form.cleaned_data["q"])
        results = results_page(matches, request.GET.get("page"))
    return render(
        request,
        "pages/search_results.html",
        {"form": form, "results": results},
    )
