from .questions import QuestionForm

__all__ = ["QuestionForm"]
