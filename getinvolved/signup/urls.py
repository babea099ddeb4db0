from django.urls import path

from . import views

app_name = "signup"
urlpatterns = [
    path("", views.sign_up, name="sign_up"),
    path("check-your-email/", views.check_email, name="check_email"),
    path("received/", views.received, name="received"),
    path("confirm/<str:token>/", views.confirm_sign_up, name="confirm"),
    path("withdraw/<str:token>/", views.withdraw_consent, name="withdraw"),
]
