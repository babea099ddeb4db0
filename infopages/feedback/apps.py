from django.apps import AppConfig


class PageFeedbackConfig(AppConfig):
    name = "infopages.feedback"
    label = "page_feedback"
    verbose_name = "Is this page useful?"
