from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from council_site.core.views import RobotsView, document_file_refused, healthz
from getinvolved.signup import urls as signup_urls
from getinvolved.survey import urls as survey_urls
from infopages import views as infopages_views
from infopages.directory import urls as openreferral_urls
from infopages.feedback import urls as feedback_urls
from infopages.formatrequests import urls as format_request_urls
from infopages.print_editions import urls as print_edition_urls
from infopages.review import urls as review_urls
from infopages.selfassessment import urls as selfassessment_urls
from infopages.sitemap import MultilingualSitemap
from infopages.translations import urls as translation_request_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("healthz", healthz, name="healthz"),
    path("media/documents/<path:name>", document_file_refused),
    path("review/", include(review_urls)),
    path("print-editions/", include(print_edition_urls)),
    path("openreferral/v3/", include(openreferral_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", infopages_views.search, name="search"),
    path("feedback/", include(feedback_urls)),
    path("translation-requests/", include(translation_request_urls)),
    path("ask-for-another-format/", include(format_request_urls)),
    path("get-involved/sign-up/", include(signup_urls)),
    path("experience-survey/", include(survey_urls)),
    path("self-assessment/", include(selfassessment_urls)),
    path("", include(wagtail_urls)),
)
