"""Counts of answers per question and month, for the dashboard and its CSV."""

from dataclasses import dataclass

from django.db.models import Count, F

from .models import SurveyAnswer
from .questions import QUESTIONS


@dataclass
class AnswerRow:
    label: str
    counts: list
    total: int


@dataclass
class QuestionResults:
    slug: str
    text: str
    months: list
    rows: list

    @property
    def chart_id(self):
        return f"chart-{self.slug}"

    def chart_data(self):
        """What the chart draws: the same figures as the table beside it."""
        return {
            "months": [month.strftime("%b %Y") for month in self.months],
            "series": [{"label": str(row.label), "counts": row.counts} for row in self.rows],
        }


def answer_counts():
    """{(question, answer, month): count} in one query."""
    counted = (
        SurveyAnswer.objects.values("question", "answer", month=F("response__month"))
        .annotate(count=Count("id"))
        .order_by()
    )
    return {(row["question"], row["answer"], row["month"]): row["count"] for row in counted}


def results_by_question():
    counts = answer_counts()
    months = sorted({month for (_question, _answer, month) in counts})
    results = []
    for question in QUESTIONS:
        rows = []
        for answer, label in question.choices:
            by_month = [counts.get((question.slug, answer, month), 0) for month in months]
            rows.append(AnswerRow(label, by_month, sum(by_month)))
        results.append(QuestionResults(question.slug, question.text, months, rows))
    return results


def csv_rows():
    yield ["month", "question", "answer", "count"]
    for result in results_by_question():
        for answer_row in result.rows:
            for month, count in zip(result.months, answer_row.counts, strict=True):
                yield [month.strftime("%Y-%m"), str(result.text), str(answer_row.label), count]
