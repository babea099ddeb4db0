import uuid

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from council_site.antispam import rate_limited, started_token_to_keep
from getinvolved.signup.forms import CAME_FROM_SURVEY
from getinvolved.signup.views import message, too_many_forms

from .forms import ExperienceSurveyForm


@never_cache
@rate_limited("survey", too_many_forms)
def experience_survey(request):
    if request.method == "POST":
        form = ExperienceSurveyForm(request.POST)
        if form.is_valid():
            form.save_once()
            if form.wants_to_get_involved:
                return redirect(reverse("signup:sign_up") + f"?from={CAME_FROM_SURVEY}")
            return redirect("survey:thanks")
        status = 400
    else:
        form = ExperienceSurveyForm(initial={"submission_id": uuid.uuid4()})
        status = 200
    return render(
        request,
        "pages/experience_survey.html",
        {"form": form, "form_started": started_token_to_keep(form)},
        status=status,
    )


@never_cache
def thanks(request):
    return message(
        request,
        _("Thank you for your answers"),
        [_("What you told us helps us to improve adult social care. We do not know who you are.")],
    )
