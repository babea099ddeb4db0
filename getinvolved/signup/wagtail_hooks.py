from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import audit


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    actions.register_action(
        audit.VIEWED_IN_LIST, _("Seen in a list"), _("Seen in the list of people")
    )
    actions.register_action(audit.VIEWED, _("Personal data viewed"), _("Personal data viewed"))
    actions.register_action(
        audit.EXPORTED, _("Exported to a mailing list"), _("Exported to a mailing list")
    )
    actions.register_action(
        audit.SUBJECT_ACCESS,
        _("Everything held exported"),
        _("Everything held exported for a subject access request"),
    )
    actions.register_action(audit.ERASED, _("Erased"), _("Personal data erased"))
    actions.register_action(
        audit.CONFIRMED, _("Sign-up confirmed"), _("Sign-up confirmed by the involvement team")
    )
