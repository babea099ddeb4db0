"""The read-only Open Referral UK API at /openreferral/v3/, open to anyone.

Every parameter is checked before any query: a bad one is answered 400 with a JSON
error naming it, never a 500."""

import uuid
from functools import wraps

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

from council_site.languages import SOURCE_LANGUAGE

from . import openreferral
from .models import Postcode, ServiceAtLocation, Taxonomy, TaxonomyTerm
from .paging import Paging
from .places import normalise_postcode
from .search import Criteria, filtered_services, nearest_places

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_SEARCH_LENGTH = 200
MAX_PROXIMITY_METRES = 100_000
# A postcode given without a proximity: results are still nearest first, within this.
DEFAULT_PROXIMITY_METRES = 50_000
DAY_NAMES = {
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}


class BadParameter(Exception):
    pass


def error(status, message):
    return JsonResponse({"status": status, "error": message}, status=status)


def endpoint(view):
    """Read-only, open to every origin, and answering bad parameters with a JSON 400."""

    @require_http_methods(["GET", "HEAD", "OPTIONS"])
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as problem:
            response = error(400, str(problem))
        if response.status_code == 404:
            # Django's language middleware would send a 404 on to a language-prefixed
            # address; it leaves alone a request whose URLconf has no such prefixes.
            request.urlconf = "infopages.directory.api_urlconf"
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def whole_number(params, name, default, lowest, highest):
    raw = params.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"{name} must be a whole number") from None
    if not lowest <= value <= highest:
        raise BadParameter(f"{name} must be between {lowest} and {highest}")
    return value


def uuids(params, name):
    values = [part.strip() for part in params.get(name, "").split(",") if part.strip()]
    try:
        return [uuid.UUID(value) for value in values]
    except ValueError:
        raise BadParameter(f"{name} must be one or more identifiers (UUIDs)") from None


def day_code(params):
    raw = params.get("day", "").strip()
    if not raw:
        return ""
    code = DAY_NAMES.get(raw.lower(), raw.upper())
    if code not in DAY_NAMES.values():
        raise BadParameter("day must be a day of the week, e.g. monday or MO")
    return code


def criteria_from(params):
    search = params.get("search", "").strip()
    if len(search) > MAX_SEARCH_LENGTH:
        raise BadParameter(f"search must be at most {MAX_SEARCH_LENGTH} characters")
    if "\x00" in search:
        raise BadParameter("search must not contain a NUL character")
    return Criteria(
        keyword=search,
        term_keys=uuids(params, "taxonomy_term_id"),
        taxonomy_ids=uuids(params, "taxonomy_id"),
        day=day_code(params),
    )


def proximity_from(params, criteria):
    raw_postcode = params.get("postcode", "")
    if not raw_postcode:
        if params.get("proximity"):
            raise BadParameter("proximity needs a postcode")
        return
    postcode = normalise_postcode(raw_postcode)
    if postcode is None:
        raise BadParameter("postcode is not a UK postcode")
    place = Postcode.objects.filter(postcode=postcode).first()
    if place is None:
        raise BadParameter("postcode was not found in this directory's area")
    raw = params.get("proximity", "")
    try:
        radius = float(raw) if raw else DEFAULT_PROXIMITY_METRES
    except ValueError:
        raise BadParameter("proximity must be a number of metres") from None
    if not 0 < radius <= MAX_PROXIMITY_METRES:
        raise BadParameter(
            f"proximity must be more than 0 and at most {MAX_PROXIMITY_METRES} metres"
        )
    criteria.latitude, criteria.longitude, criteria.radius_metres = (
        place.latitude,
        place.longitude,
        radius,
    )


def paging(params, total):
    number = whole_number(params, "page", 1, 1, 1_000_000)
    per_page = whole_number(params, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    return Paging(number=number, per_page=per_page, total_items=total)


def paged(page, contents):
    return JsonResponse({**page.summary(), "contents": contents})


def not_found(what):
    return error(404, f"No {what} has that id")


def by_key(queryset, raw, field="translation_key"):
    try:
        key = uuid.UUID(raw)
    except ValueError:
        return None
    return queryset.filter(**{field: key}).first()


@endpoint
def index(request):
    return JsonResponse(
        {
            "version": openreferral.ORUK_VERSION,
            "profile": openreferral.PROFILE_URL,
            "openapi_url": openreferral.OPENAPI_URL,
        }
    )


@endpoint
def services(request):
    params = request.GET
    criteria = criteria_from(params)
    listed = filtered_services(criteria).order_by("name", "pk")
    page = paging(params, listed.count())
    found = (
        openreferral.services_for_listing()
        .filter(pk__in=list(listed.values_list("pk", flat=True)[page.start : page.stop]))
        .order_by("name", "pk")
    )
    return paged(page, [openreferral.compact(openreferral.service_list_json(s)) for s in found])


@endpoint
def service(request, service_id):
    found = by_key(openreferral.services_in_full().english(), service_id)
    if found is None:
        return not_found("service")
    return JsonResponse(openreferral.compact(openreferral.service_full_json(found)))


@endpoint
def service_at_locations(request):
    params = request.GET
    criteria = criteria_from(params)
    proximity_from(params, criteria)
    if criteria.near:
        places = nearest_places(criteria)
        page = paging(params, places.count())
        chosen = dict(places[page.start : page.stop])
        rows = openreferral.places_for_listing().in_bulk(list(chosen))
        contents = [
            openreferral.service_at_location_json(rows[place_id], metres)
            for place_id, metres in chosen.items()
        ]
    else:
        listed = ServiceAtLocation.objects.filter(service__in=filtered_services(criteria)).order_by(
            "service__name", "pk"
        )
        page = paging(params, listed.count())
        ids = list(listed.values_list("pk", flat=True)[page.start : page.stop])
        rows = openreferral.places_for_listing().in_bulk(ids)
        contents = [openreferral.service_at_location_json(rows[place_id]) for place_id in ids]
    return paged(page, [openreferral.compact(item) for item in contents])


@endpoint
def service_at_location(request, place_id):
    place = by_key(
        ServiceAtLocation.objects.filter(service__locale__language_code=SOURCE_LANGUAGE),
        place_id,
        field="uuid",
    )
    if place is None:
        return not_found("service at location")
    full = openreferral.services_in_full().get(pk=place.service_id)
    data = openreferral.service_at_location_json(openreferral.places_for_listing().get(pk=place.pk))
    data["service"] = openreferral.service_full_json(full)
    return JsonResponse(openreferral.compact(data))


@endpoint
def taxonomies(request):
    all_taxonomies = Taxonomy.objects.order_by("name", "pk")
    page = paging(request.GET, all_taxonomies.count())
    return paged(
        page,
        [
            openreferral.compact(openreferral.taxonomy_json(taxonomy))
            for taxonomy in all_taxonomies[page.start : page.stop]
        ],
    )


@endpoint
def taxonomy(request, taxonomy_id):
    found = by_key(Taxonomy.objects.all(), taxonomy_id, field="pk")
    if found is None:
        return not_found("taxonomy")
    terms = TaxonomyTerm.objects.english().filter(taxonomy=found).select_related("taxonomy")
    return JsonResponse(openreferral.compact(openreferral.taxonomy_json(found, with_terms=terms)))


@endpoint
def taxonomy_terms(request):
    terms = TaxonomyTerm.objects.english().select_related("taxonomy").order_by("name", "pk")
    page = paging(request.GET, terms.count())
    return paged(
        page,
        [
            openreferral.compact(openreferral.term_json(term))
            for term in terms[page.start : page.stop]
        ],
    )


@endpoint
def taxonomy_term(request, term_id):
    found = by_key(TaxonomyTerm.objects.english().select_related("taxonomy"), term_id)
    if found is None:
        return not_found("taxonomy term")
    return JsonResponse(openreferral.compact(openreferral.term_json(found)))
