"""Settings shared by every environment. Values come from environment variables
(documented in README.md) so that one build runs anywhere."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

from council_site.languages import LANGUAGES, SOURCE_LANGUAGE, register_languages

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def project_folder(name):
    """templates/ and locale/ sit beside site/ in a checkout; a wheel carries them inside it."""
    beside = BASE_DIR / name
    return beside if beside.is_dir() else PROJECT_DIR / name


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "council_site.core",
    "home",
    "infopages",
    "infopages.feedback",
    "infopages.paying",
    "infopages.translations",
    "infopages.print_editions",
    "infopages.selfassessment",
    "infopages.directory",
    "infopages.plainlanguage",
    "infopages.formatrequests",
    "infopages.easyread",
    "getinvolved",
    "getinvolved.signup",
    "getinvolved.survey",
    "council_site.accounts",
    "council_site.pagecache",
    "council_site.uploads",
    "council_site.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: they replace some of its signal handlers when ready.
    "infopages.review",
    "council_site.outbox",
    "django_tasks",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "storages",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "council_site.core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "infopages.print_editions.views.PrintEditionDownloadMiddleware",
    "council_site.core.headers.ContentSecurityPolicyMiddleware",
    # As early as it can be, so a cached page costs little more than a static file;
    # inside the CSP middleware, so each cached page gets a fresh nonce.
    "council_site.pagecache.middleware.PageCacheMiddleware",
    "council_site.core.sites.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "infopages.translations.views.UnknownLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "council_site.accounts.sessions.SessionLimitsMiddleware",
    "council_site.accounts.sessions.LogoutByPostOnlyMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "council_site.accounts.two_factor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "council_site.accounts.audit.PermissionRefusalLogMiddleware",
    # Inside the audit log's middleware, so the log sees the 403 it makes.
    "council_site.accounts.refusals.AdminRefusalMiddleware",
    "infopages.review.access.ReviewerAdminAllowListMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: a locked-out login attempt answers before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "council_site.urls"
WSGI_APPLICATION = "council_site.wsgi.application"

# Public pages are Jinja2 (council_site.core.jinja2); the admin, and the folders
# that module's DJANGO_TEMPLATE_FOLDERS names, are Django's template language.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [project_folder("templates")],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "council_site.core.jinja2.environment",
            # The apps' own globals and filters.
            "extensions": [
                "infopages.jinja2tags.InfopagesExtension",
                "infopages.print_editions.jinja2tags.PrintEditionsExtension",
            ],
            "context_processors": ["infopages.context_processors.contact_details"],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [project_folder("templates")],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "infopages.context_processors.contact_details",
            ],
        },
    },
]

# An SQLite file is the embedded default so the site runs with no services at all.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # With a write-ahead log, readers go on reading while a page is being published.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whether every app server process sees the same cache: only then is data kept
# between requests (see site/core/caching.py).
CACHE_IS_SHARED = env_bool("CACHE_IS_SHARED", bool(env("REDIS_URL")))

if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "council_site.core.redis_cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "council-info"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the cache when it is Redis, so any app server can answer any request.
SESSION_ENGINE = env(
    "SESSION_ENGINE",
    "django.contrib.sessions.backends.cache"
    if env("REDIS_URL")
    else "django.contrib.sessions.backends.db",
)
# Idle timeout: a session ends after this long without a request...
SESSION_COOKIE_AGE = int(env("SESSION_IDLE_SECONDS", str(30 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
# ...and, however busy, this long after signing in (see site/accounts/sessions.py).
SESSION_ABSOLUTE_SECONDS = int(env("SESSION_ABSOLUTE_SECONDS", str(10 * 60 * 60)))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out login before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env("AXES_COOLOFF_HOURS", "1"))
# Lock out the pair of account and address, so a stranger cannot lock an editor
# out from elsewhere, nor try many accounts from one address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind load balancers every request comes from their address; each appends the
# address it saw to X-Forwarded-For. Set TRUSTED_PROXY_COUNT to how many stand in
# front, so the client's own address (never one it could forge) is used.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "council_site.accounts.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Usernames are personal data: axes logs only that an attempt failed.
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_SENSITIVE_PARAMETERS = ["username", "password", "ip_address"]

OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Adult social care information")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

register_languages()
LANGUAGE_CODE = SOURCE_LANGUAGE
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [project_folder("locale")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "var" / "media"))


def media_storage():
    """Every FileField (images, documents, print editions) stores its files here: a
    local folder, or an S3-compatible bucket shared by every app server."""
    if not env("AWS_STORAGE_BUCKET_NAME"):
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN"),
            # Files are private; documents reach readers only through Wagtail's
            # serve view, which checks privacy first, and other files by signed URL.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }


STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Upper limits; the upload forms refuse bigger files with a clear message.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env("MAX_IMAGE_UPLOAD_MB", "10")) * 1024 * 1024
MAX_DOCUMENT_UPLOAD_SIZE = int(env("MAX_DOCUMENT_UPLOAD_MB", "20")) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "adult-social-care-information@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Adult social care information")
# The address the site is served at: the demo's site is given it, and so the
# addresses in QR codes, print editions, the sitemap and canonical links lead there.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILSEARCH_BACKENDS = {
    # Uses PostgreSQL full-text search when the database is PostgreSQL.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Allow-lists: no SVG, HTML or anything else a browser would run.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]
# Wagtail checks that an image's content is of the type its name says.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_DOCUMENT_FORM_BASE = "council_site.uploads.forms.CheckedDocumentForm"
# Documents only through Wagtail's view, which checks private collections and
# sends them as attachments; their media URLs are never linked (see README).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
# Any rich text without its own list of features gets only these: no raw HTML,
# no embeds, no images inside text.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "link", "ol", "ul"]},
    }
}
# A shared password leaks and cannot be traced to a person: private means signed in.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin never asks wagtail.org for news of releases: pip-audit watches versions.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from a third party: it would tell them who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# An approval is of one exact revision: any edit during the review needs approving again.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# Background work (emails, search indexing). Production uses the database queue
# and `manage.py db_worker`; elsewhere tasks run at once.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# The public forms' defences against robots (see site/antispam.py).
GETINVOLVED_RATE_LIMIT = int(env("GETINVOLVED_RATE_LIMIT", "10"))
GETINVOLVED_RATE_WINDOW_SECONDS = 60 * 60
GETINVOLVED_MIN_FILL_SECONDS = float(env("GETINVOLVED_MIN_FILL_SECONDS", "3"))
# Closed referrals for a needs assessment are deleted this many days after closing.
REFERRAL_RETENTION_DAYS = int(env("REFERRAL_RETENTION_DAYS", "90"))
# Working days the accessible formats team has to meet a request for another format.
FORMAT_REQUEST_TURNAROUND_DAYS = int(env("FORMAT_REQUEST_TURNAROUND_DAYS", "5"))
# Closed requests for another format are deleted this many days after closing.
FORMAT_REQUEST_RETENTION_DAYS = int(env("FORMAT_REQUEST_RETENTION_DAYS", "90"))
SUGGESTION_RETENTION_DAYS = int(env("SUGGESTION_RETENTION_DAYS", "30"))
# Make print editions of a page when it is published (a background task each).
PRINT_EDITIONS_ON_PUBLISH = env_bool("PRINT_EDITIONS_ON_PUBLISH", True)

# Anonymous page responses are kept whole in the shared cache, and dropped the
# moment a change puts them out of date (site/pagecache).
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
# Pages (and their versions) each process keeps a copy of while Redis says they have
# not changed, sparing the round trip to Redis (site/pagecache/local.py).
PAGE_CACHE_LOCAL_ENTRIES = int(env("PAGE_CACHE_LOCAL_ENTRIES", "600"))

# A CDN in front: Wagtail purges a page's addresses there when it changes.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }

# Headers for every response (the admin's policy is in site/core/headers.py).
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "interest-cohort=()"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *env_list("CSP_MEDIA_ORIGINS")],
        "media-src": ["'self'", *env_list("CSP_MEDIA_ORIGINS")],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
    },
}
# What Wagtail's admin needs beyond the public policy: the live preview is a frame
# of the admin itself, its editors draw previews from blob: and data: images, and
# Wagtail's date and date-time widgets write small inline scripts (no nonce, so
# none is sent: a nonce would make browsers ignore 'unsafe-inline'). Everything
# else (object-src, base-uri, form-action, connect-src) stays as strict as public pages.
ADMIN_CONTENT_SECURITY_POLICY_CHANGES = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "img-src": ["'self'", "data:", "blob:", *env_list("CSP_MEDIA_ORIGINS")],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # Every background task and page action is already recorded; the console needs only trouble.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Sign-ins, refusals and access to personal data (site/accounts/audit.py).
        "council_site.audit": {"level": "INFO"},
        # Axes logs usernames and addresses; the audit log records failures without them.
        "axes": {"level": "ERROR"},
    },
}
