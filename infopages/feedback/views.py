from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .forms import PageFeedbackForm


def feedback_page(page_id):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    return page


# Anonymous feedback carries no authority a forged request could abuse, and
# leaving out the CSRF token keeps information pages cacheable for everyone.
@csrf_exempt
@require_POST
def submit_feedback(request, page_id):
    page = feedback_page(page_id)
    form = PageFeedbackForm(request.POST)
    if form.is_valid():
        form.save_once(page)
        return redirect(page.get_url(request) + "?feedback=sent#page-feedback", permanent=False)
    return render(
        request,
        "pages/feedback_form_errors.html",
        {"page": page, "feedback_form": form},
        status=400,
    )
