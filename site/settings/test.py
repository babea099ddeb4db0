"""The test suite: fast hashing, no outgoing mail, static files from the build."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Several app server processes in one test share a cache in files, as they would Redis.
if env("TEST_SHARED_CACHE_DIR"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("TEST_SHARED_CACHE_DIR"),
        }
    }
# The test client serves every request from this one process, so its local cache
# behaves as a shared one. Multi-process servers in the browser tests turn this off.
CACHE_IS_SHARED = env_bool("CACHE_IS_SHARED", True)
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://testserver")
# Static files come straight from the build, with no collectstatic step.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Making PDFs takes time: only the tests of print editions turn this on.
PRINT_EDITIONS_ON_PUBLISH = env_bool("PRINT_EDITIONS_ON_PUBLISH", False)
