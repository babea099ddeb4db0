"""The plain language checks editors see while they write: sentences over 15 words,
words over three syllables that the page's glossary does not explain, abbreviations,
and, for English, a readability figure. Warnings only: nothing here stops a save.

Sentence length and abbreviations work in every script the site publishes in (words
are what spaces separate; only scripts with capital letters have all-capital
abbreviations). Syllables and the readability formulas are English measures, so they
are worked out for English text only."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from textstat.backend import counts, metrics

MAX_SENTENCE_WORDS = 15
MAX_SYLLABLES = 3
# Flesch–Kincaid gives a US school grade; a UK reading age is the grade plus 5 years.
GRADE_TO_READING_AGE = 5
YOUNGEST_READING_AGE = 5
TEXTSTAT_ENGLISH = "en_GB"

# Full stops and question and exclamation marks of Latin, Arabic, Urdu, Gurmukhi,
# Gujarati and Ge'ez (Tigrinya) text, and any closing quotes or brackets after them.
SENTENCE_END = re.compile(r"[.!?…؟۔।॥።፧]+[\"'”’»)\]]*(?=\s|$)")
# Tigrinya may separate words with the Ethiopic word space as well as spaces.
WORD_SEPARATOR = re.compile(r"[\s፡]+")
EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},;:!?…؟،۔।॥።፣፤፧-–—/"
DOTTED_ABBREVIATION = re.compile(r"(?:[^\W\d_]{1,4}\.){2,}(?:[^\W\d_]{1,4})?")
# Short forms written in lower case, by language: "e.g." is caught as dotted, "eg" here.
SHORT_FORMS = {
    "en": {"eg", "ie", "etc", "approx", "incl", "esp", "nb", "asap"},
    "pl": {"np", "itp", "itd", "tj", "tzn", "tzw", "ok", "godz", "ul", "nr", "wg", "m.in"},
    "ro": {"ex", "etc", "nr", "str", "dl", "dna", "dvs"},
}


@dataclass(frozen=True)
class LongSentence:
    sentence: str
    words: int


@dataclass(frozen=True)
class Flagged:
    """A word or abbreviation, with the first sentence it is in so the editor can find
    it, and how many times it is used."""

    text: str
    sentence: str
    times: int = 1


@dataclass(frozen=True)
class Readability:
    reading_ease: int
    reading_age: int


@dataclass(frozen=True)
class Report:
    language: str
    words: int
    readability: Readability | None
    long_sentences: list[LongSentence] = field(default_factory=list)
    long_words: list[Flagged] = field(default_factory=list)
    abbreviations: list[Flagged] = field(default_factory=list)

    @property
    def is_english(self):
        return self.language == "en"

    @property
    def warnings(self):
        return len(self.long_sentences) + len(self.long_words) + len(self.abbreviations)


def split_sentences(text, language="en"):
    """The sentences of a text. Each line is a sentence or more (headings, list items
    and address lines have no full stop); the full stop of a short form such as "e.g."
    or of an initial does not end one."""
    sentences = []
    for line in text.splitlines():
        start = 0
        for end in SENTENCE_END.finditer(line):
            before = line[start : end.end()].split()
            if end.group().startswith(".") and before and is_short_form(before[-1], language):
                continue
            sentences.append(line[start : end.end()].strip())
            start = end.end()
        sentences.append(line[start:].strip())
    return [sentence for sentence in sentences if words_in(sentence)]


def words_in(sentence):
    """The words of a sentence as written, each with at least one letter (numbers,
    prices and phone numbers are not words)."""
    return [
        token
        for token in WORD_SEPARATOR.split(sentence)
        if any(character.isalpha() for character in token)
    ]


def bare(token):
    return token.strip(EDGE_PUNCTUATION)


def is_short_form(token, language="en"):
    """A short form with full stops ("e.g.", "m.in."), an initial ("J."), or one of the
    language's lower-case short forms ("etc", "np.")."""
    core = bare(token)
    if DOTTED_ABBREVIATION.fullmatch(core) or re.fullmatch(r"[^\W\d_]\.", core):
        return True
    return core[:1].islower() and core.rstrip(".") in SHORT_FORMS.get(language, ())


def abbreviation_in(token, language="en"):
    """The abbreviation this word is, as written, or None."""
    core = bare(token)
    if is_short_form(core, language) and len(core) > 2:
        return core
    word = core.rstrip(".")
    return word if is_capitals(word) else None


def is_capitals(word):
    """An all-capital word of two or more letters, such as "NHS", or "GPs"."""
    if len(word) > 2 and word.endswith("s"):
        word = word[:-1]
    return len(word) >= 2 and word.isalpha() and word.isupper()


def simple_form(word):
    """The form a glossary entry and the text share: lower case, without a plural or
    possessive ending ("Advocates'" and "advocate", "charities" and "charity")."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def glossary_forms(glossary):
    """Every form the glossary explains: each entry, and each word of a longer entry."""
    forms = set()
    for entry in glossary:
        forms.add(simple_form(entry.strip()))
        forms.update(simple_form(bare(word)) for word in entry.split())
    return forms


def long_sentences(sentences, limit=MAX_SENTENCE_WORDS):
    found = []
    for sentence in sentences:
        words = len(words_in(sentence))
        if words > limit:
            found.append(LongSentence(sentence, words))
    return found


def syllables(word):
    return counts.count_syllables(word, TEXTSTAT_ENGLISH)


def tally(found):
    """One warning for each word, in the order first used, with its first sentence."""
    first, times = {}, {}
    for key, text, sentence in found:
        first.setdefault(key, (text, sentence))
        times[key] = times.get(key, 0) + 1
    return [Flagged(text, sentence, times[key]) for key, (text, sentence) in first.items()]


def long_words(sentences, glossary=(), limit=MAX_SYLLABLES):
    """English words over `limit` syllables that the glossary does not explain.
    Hyphenated words are read as their parts; abbreviations are left to their check."""
    explained = glossary_forms(glossary)
    found = []
    for sentence in sentences:
        for token in words_in(sentence):
            if abbreviation_in(token):
                continue
            for part in bare(token).split("-"):
                word = bare(part).strip(".")
                if not word.isalpha() or simple_form(word) in explained:
                    continue
                if syllables(word) > limit:
                    found.append((simple_form(word), word, sentence))
    return tally(found)


def abbreviations(sentences, language="en", glossary=()):
    explained = glossary_forms(glossary)
    found = []
    for sentence in sentences:
        for token in words_in(sentence):
            abbreviation = abbreviation_in(token, language)
            if abbreviation and simple_form(abbreviation) not in explained:
                found.append((abbreviation.upper(), abbreviation, sentence))
    return tally(found)


def readability(sentences):
    """Flesch reading ease and a UK reading age, for English text."""
    if not sentences:
        return None
    # Every sentence ends with a full stop, so textstat counts the same sentences.
    text = " ".join(
        sentence if SENTENCE_END.search(sentence) else f"{sentence}." for sentence in sentences
    )
    grade = metrics.flesch_kincaid_grade(text, TEXTSTAT_ENGLISH)
    return Readability(
        reading_ease=round(metrics.flesch_reading_ease(text, TEXTSTAT_ENGLISH)),
        reading_age=max(round(grade) + GRADE_TO_READING_AGE, YOUNGEST_READING_AGE),
    )


def check(texts: Iterable[str], language="en", glossary=()):
    """Everything the editor is told about these texts (a page's title, summary and
    each text of its body), in the page's language."""
    sentences = [sentence for text in texts for sentence in split_sentences(text, language)]
    english = language == "en"
    return Report(
        language=language,
        words=sum(len(words_in(sentence)) for sentence in sentences),
        readability=readability(sentences) if english else None,
        long_sentences=long_sentences(sentences),
        long_words=long_words(sentences, glossary) if english else [],
        abbreviations=abbreviations(sentences, language, glossary),
    )
