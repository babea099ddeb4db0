"""A resident's way through a self-assessment, kept in their session only.

Questions and answers are named by their block ids, which every language version of
the page shares, so a resident who changes language keeps their answers. Nothing is
stored in the database but counts (see `record`)."""

from dataclasses import dataclass
from functools import cached_property

from . import eligibility
from .blocks import MULTIPLE, OUTCOME_LABELS, SECTION_LABELS
from .models import JourneyCount

SESSION_KEY = "self_assessment"


@dataclass(frozen=True)
class Answer:
    id: str
    text: str
    hint: str = ""
    key: str = ""
    outcome: str = ""
    affects_wellbeing: bool = False
    urgent: bool = False
    page_ids: tuple = ()
    support_kinds: tuple = ()


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    text: str
    hint: str
    kind: str
    answers: tuple
    show_when: str = ""

    @property
    def is_multiple(self):
        return self.kind == MULTIPLE

    @property
    def section_label(self):
        return SECTION_LABELS.get(self.section, "")

    def answers_with_ids(self, ids):
        """The answers among `ids`, in the question's order."""
        return [answer for answer in self.answers if answer.id in ids]


def list_items(raw):
    """A ListBlock's stored items as (id, value): the stored form has carried ids since
    Wagtail 2.16; older plain lists are numbered by position."""
    for position, item in enumerate(raw or []):
        if isinstance(item, dict) and "value" in item and "type" in item:
            yield item.get("id") or str(position), item["value"]
        else:
            yield str(position), item


def answer_from(answer_id, value):
    return Answer(
        id=answer_id,
        text=value.get("text", ""),
        hint=value.get("hint") or "",
        key=value.get("key") or "",
        outcome=value.get("outcome") or "",
        affects_wellbeing=bool(value.get("affects_wellbeing")),
        urgent=bool(value.get("urgent")),
        page_ids=tuple(page_id for _id, page_id in list_items(value.get("pages")) if page_id),
        support_kinds=tuple(value.get("support_kinds") or ()),
    )


def questions_of(page):
    """The page's questions, read from the stored blocks: the chosen pages stay ids
    until a result needs them, so a question page costs the same however many
    questions and links there are."""
    questions = []
    for block in page.questions.raw_data:
        if block.get("type") != "question":
            continue
        value = block["value"]
        questions.append(
            Question(
                id=block["id"],
                section=value.get("section", ""),
                text=value.get("question", ""),
                hint=value.get("hint") or "",
                kind=value.get("kind", ""),
                answers=tuple(answer_from(*item) for item in list_items(value.get("answers"))),
                show_when=value.get("show_when") or "",
            )
        )
    return questions


class Journey:
    """One resident's answers to one self-assessment, in every language of it."""

    def __init__(self, request, page):
        self.session = request.session
        self.page = page
        self.key = str(page.translation_key)

    @cached_property
    def questions(self):
        return questions_of(self.page)

    @property
    def state(self):
        return self.session.get(SESSION_KEY, {}).get(self.key)

    @property
    def exists(self):
        return self.state is not None

    def save_state(self, state):
        journeys = self.session.get(SESSION_KEY, {})
        journeys[self.key] = state
        self.session[SESSION_KEY] = journeys

    def start(self):
        """A new, empty journey; False when one was already under way (it is kept)."""
        if self.exists:
            return False
        self.save_state({"answers": {}, "completed": False})
        return True

    def restart(self):
        journeys = self.session.get(SESSION_KEY, {})
        journeys.pop(self.key, None)
        self.session[SESSION_KEY] = journeys
        return self.start()

    @property
    def answers(self):
        return self.state["answers"] if self.exists else {}

    def question(self, question_id):
        return next((q for q in self.questions if q.id == question_id), None)

    def chosen(self, question):
        return question.answers_with_ids(self.answers.get(question.id, ()))

    def visible(self):
        """The questions this resident is asked: each one whose condition an answer to
        an earlier question they were asked meets."""
        keys, shown = set(), []
        for question in self.questions:
            if question.show_when and question.show_when not in keys:
                continue
            shown.append(question)
            keys.update(answer.key for answer in self.chosen(question) if answer.key)
        return shown

    def answer(self, question, answer_ids):
        state = self.state
        state["answers"][question.id] = [a.id for a in question.answers_with_ids(answer_ids)]
        self.save_state(state)

    def neighbour(self, question, step):
        visible = self.visible()
        ids = [q.id for q in visible]
        if question.id not in ids:
            return None
        position = ids.index(question.id) + step
        return visible[position] if 0 <= position < len(visible) else None

    def next_after(self, question):
        return self.neighbour(question, 1)

    def before(self, question):
        return self.neighbour(question, -1)

    def first_unanswered(self):
        return next((q for q in self.visible() if not self.chosen(q)), None)

    @property
    def is_complete(self):
        return bool(self.questions) and self.first_unanswered() is None

    def where_to_resume(self):
        """The first question still to answer: None when every question asked has an
        answer and it is time to check them."""
        return self.first_unanswered()

    def summary(self):
        """Each question asked, with what was chosen."""
        return [(question, self.chosen(question)) for question in self.visible()]

    def chosen_answers(self):
        return [answer for _question, chosen in self.summary() for answer in chosen]

    @property
    def urgent(self):
        return any(answer.urgent for answer in self.chosen_answers())

    def assessment(self):
        chosen = self.chosen_answers()
        return eligibility.assess(
            {answer.outcome for answer in chosen if answer.outcome in OUTCOME_LABELS},
            any(answer.affects_wellbeing for answer in chosen),
        )

    def page_ids(self):
        """The pages the chosen answers lead to, each once, in the order of the answers."""
        chosen = self.chosen_answers()
        return list(dict.fromkeys(page_id for answer in chosen for page_id in answer.page_ids))

    def support_kinds(self):
        """The kinds of local support the chosen answers lead to, each once."""
        chosen = self.chosen_answers()
        return list(dict.fromkeys(kind for answer in chosen for kind in answer.support_kinds))

    def mark_completed(self):
        """True the first time the result is reached, for the counts."""
        state = self.state
        if state["completed"]:
            return False
        state["completed"] = True
        self.save_state(state)
        return True


def record(event, page):
    """Count one "started", "completed", "eligible" or "referral" for this month."""
    JourneyCount.add_one(event, page)


def outcome_wording(chosen):
    labels = dict.fromkeys(
        str(OUTCOME_LABELS[answer.outcome]) for answer in chosen if answer.outcome in OUTCOME_LABELS
    )
    return "; ".join(labels) or None


def answers_for_referral(request, page):
    """What the resident answered, in the reader's language, to go with a referral."""
    journey = Journey(request, page)
    return [
        {
            "section": str(question.section_label),
            "question": question.text,
            "answers": [answer.text for answer in chosen],
            "outcome": outcome_wording(chosen),
            "urgent": any(answer.urgent for answer in chosen),
        }
        for question, chosen in journey.summary()
        if chosen
    ]


def journey_result(request, page):
    """What the answers suggest: the wording key and the counts behind it (never who),
    or None when this session has no self-assessment of the page under way."""
    journey = Journey(request, page)
    if not journey.exists:
        return None
    assessment = journey.assessment()
    return {
        "suggestion": str(assessment.suggestion),
        "outcomes_not_achieved": assessment.outcomes_not_achieved,
        "wellbeing_affected": assessment.wellbeing_affected,
        "urgent": journey.urgent,
        "complete": journey.is_complete,
    }
