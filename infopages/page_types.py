"""The page types by the part they play: the topic and the information page.

The review, the print editions and the translations report list, print and report
on these pages, and the page types are built from those features (their mixins,
panels and records), so the features cannot import the page types without the two
importing each other. The page types name themselves here instead, when they are
defined, and the features ask for them here."""

_registered = {}


def register(*, topic, information_page):
    _registered.update(topic=topic, information_page=information_page)


def _registered_as(role):
    try:
        return _registered[role]
    except KeyError:
        raise LookupError(
            f"No page type is registered as the {role}: infopages.models registers them."
        ) from None


def topic_model():
    return _registered_as("topic")


def information_page_model():
    return _registered_as("information_page")


_tools = []


def register_tool(model):
    """A self-service tool's page type (one with an `introduction`): the home page and
    topics list the tools below them, and each tool points to the others."""
    if model not in _tools:
        _tools.append(model)


def tool_models():
    return list(_tools)


_easy_read = []


def register_easy_read(model):
    """The Easy Read page type (infopages.easyread), which sits below an information
    page: the information page links to it, and print editions print it."""
    if model not in _easy_read:
        _easy_read.append(model)


def easy_read_model():
    return _easy_read[0] if _easy_read else None
