"""The estimate's pages: the start, one question a page, check your answers and the
result (also as a PDF). Answers live in the session only; the counts kept are by
month and outcome, never about a person."""

from decimal import Decimal

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext

from . import charging, printing
from .figures import FIGURE_LABELS, FIGURE_NAMES
from .forms import FORMS
from .journey import (
    AMOUNTS,
    QUESTIONS,
    household_from,
    next_question,
    previous_question,
    questions_for,
)
from .wording import money, step_in_words

SESSION_KEY = "paying_estimate"
COUNTED_KEY = "paying_estimate_counted"
STARTED = "started"
COMPLETED = "completed"


def answers_of(request):
    return dict(request.session.get(SESSION_KEY, {}))


def question_url(page, name):
    return page.url + page.reverse_subpage("question", args=[name])


def check_url(page):
    return page.url + page.reverse_subpage("check")


def result_url(page):
    return page.url + page.reverse_subpage("result")


def start(page, request):
    return page.render(request, context_overrides={"start_url": question_url(page, "where")})


def question(page, request, name):
    if name not in QUESTIONS:
        raise Http404
    answers = answers_of(request)
    asked = questions_for(answers)
    due = next_question(answers)
    if name not in asked or (due is not None and asked.index(name) > asked.index(due)):
        return HttpResponseRedirect(question_url(page, due) if due else check_url(page))
    form_class = FORMS[name]
    initial = {field: answers[field] for field in QUESTIONS[name] if field in answers}
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        if not answers:
            page.count(STARTED)
        answers.update({field: stored(value) for field, value in form.cleaned_data.items()})
        request.session[SESSION_KEY] = answers
        request.session[COUNTED_KEY] = False
        following = next_question(answers)
        if following is None or "change" in request.GET:
            following_url = question_url(page, following) if following else check_url(page)
        else:
            following_url = question_url(page, following)
        return HttpResponseRedirect(following_url)
    previous = previous_question(name, answers)
    return page.render(
        request,
        template="pages/estimate_question.html",
        context_overrides={
            "form": form,
            "question": name,
            "hint": page.hint(name),
            "heading": getattr(form_class, "heading", None),
            "back_url": question_url(page, previous) if previous else page.url,
        },
    )


def stored(value):
    """Session values are plain: amounts as text (exact pence), choices as they are."""
    if isinstance(value, list | str):
        return value
    return str(value)


def check(page, request):
    answers = answers_of(request)
    due = next_question(answers)
    if due is not None:
        return HttpResponseRedirect(question_url(page, due))
    rows = [
        {
            "key": {"text": label},
            "value": {"text": answer},
            "actions": {
                "items": [
                    {
                        "href": question_url(page, name) + "?change=1",
                        "text": gettext("Change"),
                        "visuallyHiddenText": label,
                    }
                ]
            },
        }
        for name in questions_for(answers)
        for label, answer in answered(FORMS[name], answers)
    ]
    return page.render(
        request,
        template="pages/estimate_check.html",
        context_overrides={
            "rows": rows,
            "result_url": result_url(page),
            "back_url": question_url(page, questions_for(answers)[-1]),
        },
    )


def answered(form_class, answers):
    """(question, answer in words) for each field of a question."""
    for field_name, field in form_class.base_fields.items():
        value = answers.get(field_name)
        choices = dict(getattr(field, "choices", ()))
        if isinstance(value, list):
            words = ", ".join(str(choices[item]) for item in value) or "—"
        elif choices:
            words = str(choices.get(value, value))
        elif field_name in AMOUNTS:
            words = money(Decimal(value))
        else:
            words = value
        yield field.label, words


def outcome_of(page, answers):
    """(estimate or None, the year's figures or None)."""
    year = page.charging_year()
    if year is None:
        return None, None
    result = charging.estimate(household_from(answers), year.figures())
    if result.outcome == charging.Outcome.FIGURES_MISSING:
        return None, year
    return result, year


def result_context(page, answers):
    estimate, year = outcome_of(page, answers)
    assessment_page = page.financial_assessment_page
    if estimate is None:
        return {"estimate": None}
    headline = {
        charging.Outcome.FULL_COST: page.result_full_cost,
        charging.Outcome.CONTRIBUTION: page.result_contribution,
        charging.Outcome.COUNCIL_PAYS: page.result_council_pays,
    }[estimate.outcome]
    if estimate.outcome == charging.Outcome.CONTRIBUTION:
        headline = headline.replace("%(amount)s", money(estimate.weekly_contribution))
    return {
        "estimate": estimate,
        "headline": headline,
        "steps": [step_in_words(step) for step in estimate.steps],
        "year": year,
        "figures": year_figures(year),
        "assessment_url": assessment_page.url if assessment_page else None,
    }


def year_figures(year):
    """The year's figures as summary list rows; those not entered are left out."""
    return [
        {"key": {"text": FIGURE_LABELS[name]}, "value": {"text": money(getattr(year, name))}}
        for name in FIGURE_NAMES
        if getattr(year, name) is not None
    ]


def result(page, request):
    answers = answers_of(request)
    due = next_question(answers)
    if due is not None:
        return HttpResponseRedirect(question_url(page, due))
    context = result_context(page, answers)
    if context["estimate"] is not None and not request.session.get(COUNTED_KEY):
        page.count(COMPLETED)
        page.count(f"outcome_{context['estimate'].outcome}")
        request.session[COUNTED_KEY] = True
    return page.render(
        request,
        template="pages/estimate_result.html",
        context_overrides={
            **context,
            "back_url": check_url(page),
            "pdf_url": page.url + page.reverse_subpage("result_pdf"),
        },
    )


def result_pdf(page, request):
    answers = answers_of(request)
    if next_question(answers) is not None:
        return HttpResponseRedirect(page.url)
    large = request.GET.get("format") == "large"
    context = result_context(page, answers)
    content = printing.result_pdf(page, context, large, translation.get_language())
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="care-costs-estimate.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
