from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from .models import PrintEdition

# Residents may keep a PDF for a while; a new edition gets a new name and link.
CACHE_SECONDS = 300


@require_safe
def download(request, page_id, format):
    """The current edition of a live, public page, as a file with a telling name."""
    edition = (
        PrintEdition.objects.current()
        .filter(page_id=page_id, format=format, page__live=True)
        .select_related("page", "locale")
        .first()
    )
    if edition is None or edition.page.get_view_restrictions().exists():
        raise Http404
    response = FileResponse(
        edition.file.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=edition.download_name,
    )
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
