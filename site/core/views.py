import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

logger = logging.getLogger(__name__)


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain"


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    answered = cache.get(key) == "ok"
    cache.delete(key)
    return answered


def check(probe):
    try:
        return "ok" if probe() else "failing"
    except Exception:  # noqa: BLE001 - any failure means not ready, whatever its kind
        logger.exception("Readiness check failed")
        return "failing"


@never_cache
def healthz(request):
    """Readiness for a load balancer: 200 when the database and the cache both
    answer, 503 otherwise, so traffic goes to another app server meanwhile."""
    checks = {"database": check(database_answers), "cache": check(cache_answers)}
    ready = all(result == "ok" for result in checks.values())
    return JsonResponse(checks, status=200 if ready else 503)


def document_file_refused(request, name):
    """Documents are read only through Wagtail's serve view, which checks private
    collections: their files' own addresses answer not found."""
    raise Http404
