from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import audit


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    for action, description in [
        (audit.VIEWED_IN_LIST, _("Seen in the list of people")),
        (audit.VIEWED, _("Personal data viewed")),
        (audit.EXPORTED, _("Exported to a mailing list")),
        (audit.SUBJECT_ACCESS, _("Everything held exported for a subject access request")),
        (audit.ERASED, _("Personal data erased")),
        (audit.CONFIRMED, _("Sign-up confirmed by the involvement team")),
    ]:
        actions.register_action(action, description, description)
