from django.apps import AppConfig
from django.db.models.signals import pre_delete


def forget_deleted_person(sender, instance, **kwargs):
    from .registration import forget_traces

    forget_traces(instance)


class SignUpConfig(AppConfig):
    name = "getinvolved.signup"
    label = "signup"
    verbose_name = "Get involved: sign-up"

    def ready(self):
        from council_site.core import held_about

        from .lookups import people_about

        held_about.register("signup", people_about)
        # However a person is deleted (by retention or by an administrator), copies
        # of their details outside their record go with them.
        pre_delete.connect(
            forget_deleted_person, sender="signup.Person", dispatch_uid="forget_deleted_person"
        )
