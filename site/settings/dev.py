"""Local development: debug on, e-mail written to files under var/emails/."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
# Only for local use: production has no default and refuses to start without one.
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-7c1d5e0b8f")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
# The demo sends many emails while it is made (reviews, translation checks): on the
# console they would bury the site's address, so each is kept as a file to read.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "emails"))
