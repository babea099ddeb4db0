"""The address a request really came from, for login lockouts and the public
forms' rate limits."""

from django.conf import settings


def client_ip(request):
    """Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so the client's is the one the outermost trusted proxy added:
    anything further left was written by the client and may be forged."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
