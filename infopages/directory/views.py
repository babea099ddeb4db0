"""The directory page's search and its page for each service."""

from dataclasses import dataclass, replace

from django.db.models import Count, Prefetch, Window
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext, pgettext

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

from .forms import DirectorySearchForm, SuggestionForm
from .models import (
    DAYS,
    Organization,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    TaxonomyTerm,
)
from .paging import Paging, page_links
from .places import miles
from .search import filtered_services, nearest
from .translated import in_reader_language

RESULTS_PER_PAGE = 10
SHOWN_STATUSES = [ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED]
DAY_NAMES = dict(DAYS)


def reader_terms():
    """Every kind of support, in the reader's language where translated, by name."""
    terms = list(TaxonomyTerm.objects.english().order_by("name"))
    in_reader_language(terms, TaxonomyTerm, ["name"])
    return sorted(terms, key=lambda term: term.name)


def lang_label(code):
    """A checkbox item's label marked as being in another language than the page's."""
    if code == translation.get_language():
        return {}
    direction = "rtl" if LANGUAGE_INFO.get(code, {}).get("bidi") else "ltr"
    return {"label": {"attributes": {"lang": code, "dir": direction}}}


def english(words):
    """Words of the English record, marked as English on a page in another language."""
    if translation.get_language() == SOURCE_LANGUAGE:
        return escape(words)
    return format_html('<span lang="{}" dir="ltr">{}</span>', SOURCE_LANGUAGE, words)


def sentence_with_english(message, **names):
    """A translated sentence with English names in it, each marked as English."""
    marked = {key: english(value) for key, value in names.items()}
    return mark_safe(escape(message) % marked)  # noqa: S308 - the message and names escaped


def spoken(languages):
    """The languages a service speaks, each named in its own words where the site has
    them: (code, name, direction)."""
    named = []
    for language in languages:
        info = LANGUAGE_INFO.get(language.code)
        if info:
            named.append((language.code, info["name_local"], "rtl" if info["bidi"] else "ltr"))
        else:
            named.append((SOURCE_LANGUAGE, language.name, "ltr"))
    return named


def at_subpage(page, subpath):
    """The page's language versions pointing at one of its subpages, so the language
    switcher and alternates lead to the same service in another language."""
    page.language_versions = [
        replace(version, path=version.path + subpath, address=version.address + subpath)
        for version in page.language_versions
    ]


@dataclass
class Result:
    service: Service
    url: str
    miles: float | None = None

    def distance(self):
        if self.miles is None:
            return ""
        return gettext("%(miles)s miles away") % {"miles": f"{self.miles:.1f}"}


def results_for(page, services, distances):
    in_reader_language(services, Service, ["name", "description"])
    in_reader_language([s.organization for s in services], Organization, ["name"])
    return [
        Result(
            service=service,
            url=page.service_url(service.translation_key),
            miles=miles(distances[service.pk]) if service.pk in distances else None,
        )
        for service in services
    ]


def page_number(request):
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1


def search_page(page, request):
    searched = bool(request.GET)
    terms = reader_terms()
    form = DirectorySearchForm(
        request.GET if searched else None,
        terms=[(str(term.translation_key), term.name) for term in terms],
    )
    results, paging = None, None
    if form.is_valid():
        criteria = form.criteria()
        if criteria.near:
            paging, chosen = page_and_total(nearest(criteria), page_number(request))
            distances = dict(chosen)
            by_id = listing_queryset().in_bulk(list(distances))
            services = [by_id[service_id] for service_id in distances]
        else:
            listed = filtered_services(criteria).order_by("name", "pk")
            paging = clamp(page_number(request), listed.count())
            ids = list(listed.values_list("pk", flat=True)[paging.start : paging.stop])
            by_id = listing_queryset().in_bulk(ids)
            services = [by_id[service_id] for service_id in ids]
            distances = {}
        results = results_for(page, services, distances)
    return TemplateResponse(
        request,
        page.template,
        {
            "page": page,
            "self": page,
            "form": form,
            "searched": searched,
            "support_items": [lang_label(term.content_language) for term in terms],
            "language_items": [lang_label(code) for code, _name in form.fields["language"].choices],
            "results": results,
            "paging": paging,
            "pagination": pagination(request, paging) if paging else None,
            "found": ngettext("%(num)d service found", "%(num)d services found", paging.total_items)
            % {"num": paging.total_items}
            if paging
            else "",
        },
    )


def page_and_total(found, number):
    """(Paging, the page's rows) of a query of (identifier, metres) rows, counted by the
    same query as the page is read; only a page past the end costs two more."""
    start = (number - 1) * RESULTS_PER_PAGE
    rows = list(found.annotate(total=Window(Count("*")))[start : start + RESULTS_PER_PAGE])
    if rows:
        total = rows[0][-1]
        return Paging(number, RESULTS_PER_PAGE, total), [row[:-1] for row in rows]
    paging = clamp(number, found.count())
    if paging.number == number:
        return paging, []
    return paging, list(found[paging.start : paging.stop])


def clamp(number, total):
    """A page past the end shows the last page rather than nothing."""
    last = max(1, -(-total // RESULTS_PER_PAGE))
    return Paging(number=min(number, last), per_page=RESULTS_PER_PAGE, total_items=total)


def pagination(request, paging):
    """GOV.UK pagination's parameters, each link keeping the filters, or None."""
    if paging.total_pages < 2:
        return None

    def href(number):
        query = request.GET.copy()
        query["page"] = str(number)
        return f"?{query.urlencode()}#results"

    return {
        "items": [
            {"ellipsis": True}
            if number is None
            else {"number": number, "href": href(number), "current": number == paging.number}
            for number in page_links(paging.number, paging.total_pages)
        ],
        "previous": {"href": href(paging.number - 1), "text": gettext("Previous")}
        if paging.number > 1
        else None,
        "next": {"href": href(paging.number + 1), "text": gettext("Next")}
        if paging.number < paging.total_pages
        else None,
        "landmarkLabel": gettext("Results pages"),
    }


def listing_queryset():
    return Service.objects.select_related("organization").prefetch_related(
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location"),
        )
    )


def service_page(page, request, key):
    service = (
        Service.objects.english()
        .filter(translation_key=key, status__in=SHOWN_STATUSES)
        .select_related("organization")
        .prefetch_related(
            "phones",
            "contacts",
            "schedules",
            "cost_options",
            "languages",
            "service_areas",
            "terms",
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                    "location__accessibility"
                ),
            ),
        )
        .first()
    )
    if service is None:
        raise Http404
    in_reader_language(
        [service],
        Service,
        [
            "name",
            "description",
            "eligibility_description",
            "application_process",
            "fees_description",
        ],
    )
    in_reader_language([service.organization], Organization, ["name", "description"])
    terms = in_reader_language(list(service.terms.all()), TaxonomyTerm, ["name"])
    at_subpage(page, page.reverse_subpage("service", kwargs={"key": key}))
    form = SuggestionForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        suggestion = form.save(commit=False)
        suggestion.service = service
        suggestion.language = translation.get_language()
        suggestion.save()
        return redirect(f"{request.path}?sent=1#wrong")
    return TemplateResponse(
        request,
        page.service_template,
        {
            "page": page,
            "self": page,
            "service": service,
            "terms": terms,
            "schedules": [
                (
                    pgettext("between the items of a list", ", ").join(
                        str(DAY_NAMES[d]) for d in s.days() if d in DAY_NAMES
                    ),
                    s,
                )
                for s in service.schedules.all()
            ],
            "form": form,
            "sent": request.GET.get("sent") == "1",
            "languages": spoken(service.languages.all()),
            "words": {
                "thanks": gettext("Thank you. The team will check this service's details."),
                "website": sentence_with_english(gettext("Website of %(name)s"), name=service.name)
                if service.content_language == SOURCE_LANGUAGE
                else gettext("Website of %(name)s") % {"name": service.name},
                "checked": gettext("Details last checked: %(date)s")
                % {"date": date_format(service.assured_date, "j F Y")}
                if service.assured_date
                else "",
                "send": gettext("Send"),
            },
            "directions": [
                sentence_with_english(gettext("Directions to %(place)s"), place=place.location.name)
                for place in service.service_at_locations.all()
            ],
        },
    )
