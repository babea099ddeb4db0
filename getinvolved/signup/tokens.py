"""Signed links in emails: nothing is stored for them, and a changed character
makes them invalid. Confirmation links expire; withdraw links never do, so that
leaving is always one click away."""

from datetime import timedelta

from django.core import signing

CONFIRM_SALT = "getinvolved.signup.confirm"
WITHDRAW_SALT = "getinvolved.signup.withdraw"
CONFIRM_LINK_LIFETIME = timedelta(days=7)


def confirm_token(sign_up_request):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object({"r": sign_up_request.pk})


def request_id_from_confirm_token(token):
    """Raises signing.SignatureExpired after 7 days, signing.BadSignature if altered."""
    value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
        token, max_age=CONFIRM_LINK_LIFETIME
    )
    return int(value["r"])


def withdraw_token(person):
    return signing.Signer(salt=WITHDRAW_SALT).sign_object({"p": person.pk})


def person_id_from_withdraw_token(token):
    return int(signing.Signer(salt=WITHDRAW_SALT).unsign_object(token)["p"])
