from django.urls import path

from . import views

app_name = "page_feedback"
urlpatterns = [path("<int:page_id>/", views.submit_feedback, name="submit")]
