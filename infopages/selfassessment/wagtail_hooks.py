from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ACTIONS, ReferralPermissionPolicy, ReferralViewSet
from .models import Referral

register_permission_policy(Referral, ReferralPermissionPolicy(Referral), exact_class=True)


@hooks.register("register_admin_viewset")
def register_referral_queue():
    return ReferralViewSet()


@hooks.register("register_log_actions")
def register_referral_actions(actions):
    for action, description in ACTIONS:
        actions.register_action(action, description, description)
