from django.urls import path

from . import views

app_name = "survey"
urlpatterns = [
    path("", views.experience_survey, name="experience_survey"),
    path("thank-you/", views.thanks, name="thanks"),
]
