from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfAssessmentConfig(AppConfig):
    name = "infopages.selfassessment"
    label = "selfassessment"
    verbose_name = _("Self-assessment")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from council_site.core import held_about
        from infopages.page_types import register_tool

        from . import demo
        from .lookups import referrals_about
        from .models import SelfAssessmentPage

        register_tool(SelfAssessmentPage)
        held_about.register("selfassessment", referrals_about)
        demo.register()
