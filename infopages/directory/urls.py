from django.urls import path

from . import api

app_name = "openreferral"
urlpatterns = [
    path("", api.index, name="index"),
    path("services", api.services, name="services"),
    path("services/<str:service_id>", api.service, name="service"),
    path("service_at_locations", api.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<str:place_id>", api.service_at_location, name="service_at_location"
    ),
    path("taxonomies", api.taxonomies, name="taxonomies"),
    path("taxonomies/<str:taxonomy_id>", api.taxonomy, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:term_id>", api.taxonomy_term, name="taxonomy_term"),
]
