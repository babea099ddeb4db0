"""The plain language checks on their own: what is flagged, with the words the editor
needs to find it, in English and in the site's other languages."""

import pytest

from infopages.plainlanguage.checks import (
    abbreviations,
    check,
    glossary_forms,
    long_sentences,
    long_words,
    readability,
    simple_form,
    split_sentences,
    words_in,
)

SIXTEEN_WORDS = "If you think someone is being abused you can call us at any time of day."
FIFTEEN_WORDS = "If you think someone is being abused you can call us at any time."


def test_sentences_end_at_full_stops_question_marks_and_lines():
    text = "Abuse is wrong. Is it happening to you? Tell us!\nWhat happens next\nWe listen."
    assert split_sentences(text) == [
        "Abuse is wrong.",
        "Is it happening to you?",
        "Tell us!",
        "What happens next",
        "We listen.",
    ]


def test_short_forms_and_initials_do_not_end_a_sentence():
    text = "Ask for help, e.g. from a carer. J. Smith can help."
    assert split_sentences(text) == ["Ask for help, e.g. from a carer.", "J. Smith can help."]


def test_closing_quotes_stay_with_their_sentence():
    assert split_sentences("She said “no.” Then she left.") == ["She said “no.”", "Then she left."]


def test_numbers_are_not_words_and_lines_without_words_are_not_sentences():
    assert words_in("Call 024 7683 3003 for £5 help.") == ["Call", "for", "help."]
    assert split_sentences("024 7683 3003\nCall us.") == ["Call us."]


def test_a_sentence_over_fifteen_words_is_flagged_with_its_words_counted():
    found = long_sentences([SIXTEEN_WORDS, FIFTEEN_WORDS])
    assert [(item.sentence, item.words) for item in found] == [(SIXTEEN_WORDS, 16)]


def test_words_over_three_syllables_are_flagged_once_with_their_first_sentence():
    sentences = ["We give information to carers.", "Information is free.", "We protect you."]
    found = long_words(sentences)
    assert [(item.text, item.sentence, item.times) for item in found] == [
        ("information", "We give information to carers.", 2)
    ]


def test_the_glossary_explains_words_in_any_case_and_plural():
    sentences = ["Independent advocates help you.", "An Advocacy service is free."]
    assert [item.text for item in long_words(sentences)] == ["Independent", "Advocacy"]
    assert long_words(sentences, glossary=["independent advocate", "advocacies"]) == []


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("Charities", "charity"),
        ("advocates", "advocate"),
        ("Advocate's", "advocate"),
        ("carers’", "carer"),
        ("addresses", "address"),
        ("status", "status"),
        ("assess", "assess"),
    ],
)
def test_simple_forms(word, form):
    assert simple_form(word) == form


def test_glossary_entries_of_several_words_explain_each_word():
    assert {"mental capacity act", "mental", "capacity", "act"} == glossary_forms(
        ["Mental Capacity Act"]
    )


def test_hyphenated_words_are_read_as_their_parts():
    assert [item.text for item in long_words(["Your well-being matters."])] == []
    assert [item.text for item in long_words(["Try self-advocacy."])] == ["advocacy"]


def test_abbreviations_in_capitals_dotted_and_short_forms():
    sentences = ["The NHS and your GPs help, e.g. with medicines, etc.", "Ask the NHS."]
    found = abbreviations(sentences)
    assert [(item.text, item.times) for item in found] == [
        ("NHS", 2),
        ("GPs", 1),
        ("e.g.", 1),
        ("etc.", 1),
    ]
    assert found[0].sentence == sentences[0]


def test_a_single_capital_and_words_in_sentence_case_are_not_abbreviations():
    assert abbreviations(["I called Coventry City Council."]) == []


def test_an_abbreviation_in_the_glossary_is_explained():
    assert abbreviations(["The NHS helps."], glossary=["NHS"]) == []


def test_abbreviations_are_not_also_long_words():
    assert long_words(["The ASCOF counts."]) == []


def test_readability_of_english_gives_reading_ease_and_a_uk_reading_age():
    plain = readability(["We can help you.", "Call us today."])
    hard = readability(
        [
            "Safeguarding responsibilities necessitate interdisciplinary collaboration "
            "between organisations notwithstanding jurisdictional considerations."
        ]
    )
    assert plain.reading_ease > 90
    assert plain.reading_age == 5
    assert hard.reading_ease < 0
    assert hard.reading_age > 18


def test_a_reading_age_is_the_flesch_kincaid_grade_plus_five_years():
    # 10 words, 11 syllables: grade 0.39 * 10 + 11.8 * 1.1 - 15.59 = 1.29, so 1 + 5 years.
    figure = readability(["The cat sat on the mat and ate its dinner."])
    assert figure.reading_age == 6


def test_english_report_has_every_check():
    report = check(
        ["Adult social care", f"{SIXTEEN_WORDS} Ask the NHS for information."], language="en"
    )
    assert report.is_english
    assert report.readability is not None
    assert [item.sentence for item in report.long_sentences] == [SIXTEEN_WORDS]
    assert [item.text for item in report.long_words] == ["information"]
    assert [item.text for item in report.abbreviations] == ["NHS"]
    assert report.warnings == 3


def test_empty_text_has_no_figure_and_no_warnings():
    report = check(["", "  ", "024 7683 3003"])
    assert report.readability is None
    assert report.warnings == 0
    assert report.words == 0


def test_polish_gets_sentence_length_and_abbreviations_but_no_english_measures():
    long = (
        "Jeśli uważasz, że ktoś jest krzywdzony, możesz do nas zadzwonić o każdej porze "
        "dnia i nocy, także w święta."
    )
    report = check([f"Pomoc, np. z NHS, jest bezpłatna. {long}"], language="pl")
    assert report.readability is None
    assert report.long_words == []
    assert [item.sentence for item in report.long_sentences] == [long]
    assert [item.text for item in report.abbreviations] == ["np.", "NHS"]


def test_arabic_sentences_end_at_the_arabic_question_mark():
    long = (
        "هل تعتقد أن شخصا ما يتعرض للإساءة أو الإهمال في بيته أو في مكان آخر "
        "ولا يعرف كيف يطلب المساعدة من أحد؟"
    )
    report = check([f"{long} اتصل بنا."], language="ar")
    assert [item.sentence for item in report.long_sentences] == [long]
    assert report.abbreviations == []
    assert report.readability is None


def test_urdu_gurmukhi_and_tigrinya_full_stops_end_sentences():
    assert len(split_sentences("ہم مدد کرتے ہیں۔ ہمیں کال کریں۔", "ur")) == 2
    assert len(split_sentences("ਅਸੀਂ ਮਦਦ ਕਰਦੇ ਹਾਂ। ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ।", "pa")) == 2
    assert len(split_sentences("ንሕና ንሕግዝ ኢና። ደውሉልና።", "ti")) == 2


def test_gujarati_words_with_vowel_signs_count_once():
    assert len(words_in("અમે તમારી મદદ કરીએ છીએ.")) == 5
