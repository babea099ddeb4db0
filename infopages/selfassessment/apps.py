from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfAssessmentConfig(AppConfig):
    name = "infopages.selfassessment"
    label = "selfassessment"
    verbose_name = _("Self-assessment")
    default_auto_field = "django.db.models.BigAutoField"
