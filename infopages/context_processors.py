from django.utils.functional import SimpleLazyObject

from .contact_details import ContactDetails


def contact_details(request):
    # Lazy: pages that show no contact details (the admin, the error pages) never
    # look them up.
    return {"council": SimpleLazyObject(lambda: ContactDetails.for_request(request))}
