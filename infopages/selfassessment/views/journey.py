"""The resident's journey, GOV.UK's question pages: a start page (the page itself),
one question a page with a back link, check your answers, then the result. Every
step works without JavaScript and is never cached: it shows one person's answers."""

from functools import wraps

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from council_site.core.govuk_forms import govuk_field
from infopages.print_editions.models import PRINT_SIZES
from infopages.translations.pages import other_tools

from ..forms import QuestionForm
from ..journey import Journey, record
from ..models import SelfAssessmentPage
from ..results import result_context, result_pdf


def in_reader_language(view):
    """Loads the live self-assessment; a page id from another language (after the
    language switcher) leads to the same step of the reader's language version."""

    @wraps(view)
    @never_cache
    def wrapper(request, page_id, **kwargs):
        page = SelfAssessmentPage.objects.live().select_related("locale").filter(pk=page_id).first()
        if page is None:
            raise Http404
        if page.locale.language_code != get_language():
            version = (
                SelfAssessmentPage.objects.live()
                .filter(translation_key=page.translation_key, locale__language_code=get_language())
                .values_list("pk", flat=True)
                .first()
            )
            if version is not None:
                return redirect(request.resolver_match.view_name, page_id=version, **kwargs)
        return view(request, page, Journey(request, page), **kwargs)

    return wrapper


def needs_journey(view):
    """A step reached without a journey in the session (it ended, or never began)
    says so, and offers to start again."""

    @wraps(view)
    def wrapper(request, page, journey, **kwargs):
        if not journey.exists:
            return render(request, "selfassessment/session_ended.html", {"page": page}, status=200)
        return view(request, page, journey, **kwargs)

    return wrapper


def step_url(page, question=None):
    if question is None:
        return reverse("selfassessment:check", args=[page.pk])
    return reverse("selfassessment:question", args=[page.pk, question.id])


def resume(page, journey):
    return redirect(step_url(page, journey.where_to_resume()))


@in_reader_language
@require_http_methods(["GET"])
def start(request, page, journey):
    """ "Start now" begins a self-assessment, or goes back to where it was left."""
    if journey.start():
        record("started", page)
    return resume(page, journey)


@in_reader_language
@require_POST
def start_again(request, page, journey):
    journey.restart()
    record("started", page)
    return resume(page, journey)


def step_context(page, journey, **context):
    return {"page": page, "urgent": journey.urgent, **context}


@in_reader_language
@needs_journey
@require_http_methods(["GET", "POST"])
def question(request, page, journey, question_id):
    question = journey.question(question_id)
    if question is None or question not in journey.visible():
        return resume(page, journey)
    changing = request.GET.get("change") == "1"
    chosen = [answer.id for answer in journey.chosen(question)]
    initial = {"answer": chosen if question.is_multiple else (chosen[0] if chosen else None)}
    data = request.POST if request.method == "POST" else None
    form = QuestionForm(question, data, initial=initial)
    if request.method == "POST" and form.is_valid():
        journey.answer(question, form.chosen_ids())
        following = None if changing else journey.next_after(question)
        return redirect(step_url(page, following))
    before = journey.before(question)
    back_url = step_url(page) if changing else (step_url(page, before) if before else page.url)
    visible = journey.visible()
    caption = gettext("Question %(number)s of %(total)s") % {
        "number": visible.index(question) + 1,
        "total": len(visible),
    }
    return render(
        request,
        "selfassessment/question.html",
        step_context(
            page,
            journey,
            question=question,
            form=form,
            params=question_params(form, question, caption),
            back_url=back_url,
        ),
    )


def question_params(form, question, caption):
    """The radios' or checkboxes' parameters: the question is the page's heading, under
    a caption saying how far the resident has come, and each answer has its hint."""
    params = govuk_field(
        form["answer"],
        fieldset={
            "legend": {
                "html": format_html(
                    '<span class="govuk-caption-l">{} – {}</span>'
                    '<h1 class="govuk-fieldset__heading">{}</h1>',
                    caption,
                    question.section_label,
                    question.text,
                ),
                "classes": "govuk-fieldset__legend--l",
            }
        },
    )
    for item, answer in zip(params["items"], question.answers, strict=True):
        if answer.hint:
            item["hint"] = {"text": answer.hint}
    return params


@in_reader_language
@needs_journey
@require_http_methods(["GET", "POST"])
def check(request, page, journey):
    unanswered = journey.first_unanswered()
    if unanswered is not None:
        return redirect(step_url(page, unanswered))
    if request.method == "POST":
        return redirect("selfassessment:result", page_id=page.pk)
    last = journey.visible()[-1]
    return render(
        request,
        "selfassessment/check_answers.html",
        step_context(page, journey, summary=journey.summary(), back_url=step_url(page, last)),
    )


@in_reader_language
@needs_journey
@require_http_methods(["GET"])
def result(request, page, journey):
    if not journey.is_complete:
        return resume(page, journey)
    context = result_context(page, journey)
    context["other_tools"] = other_tools(page)
    if journey.mark_completed():
        record("completed", page)
        if context["assessment"].suggests_eligibility:
            record("eligible", page)
    return render(
        request,
        "selfassessment/result.html",
        step_context(page, journey, back_url=step_url(page), **context),
    )


@in_reader_language
@needs_journey
@require_http_methods(["GET"])
def result_download(request, page, journey, format):
    if format not in PRINT_SIZES:
        raise Http404
    if not journey.is_complete:
        return resume(page, journey)
    pdf, filename = result_pdf(request, page, journey, format)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
