from django.apps import AppConfig


class SignUpConfig(AppConfig):
    name = "getinvolved.signup"
    label = "signup"
    verbose_name = "Get involved: sign-up"
