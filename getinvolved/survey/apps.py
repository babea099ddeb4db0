from django.apps import AppConfig


class SurveyConfig(AppConfig):
    name = "getinvolved.survey"
    label = "survey"
    verbose_name = "Get involved: experience survey"
