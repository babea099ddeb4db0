from django.urls import path

from . import views

app_name = "formatrequests"

urlpatterns = [
    path("", views.ask, name="ask"),
    path("sent/", views.sent, name="sent"),
]
