from django.urls import path

from . import views

app_name = "page_translations"
urlpatterns = [path("<int:page_id>/", views.request_translation, name="request")]
