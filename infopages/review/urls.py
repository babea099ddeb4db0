"""Public addresses for reviewers without an account. They are not cached and not indexed."""

from django.urls import path

from . import views

app_name = "review_invitation"
urlpatterns = [
    path("<str:token>/", views.invited_review, name="review"),
    path("<str:token>/draft/", views.invited_draft, name="draft"),
]
