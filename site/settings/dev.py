"""Local development: debug on, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
# Only for local use: production has no default and refuses to start without one.
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-7c1d5e0b8f")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
