from django.urls import path

from . import views

urlpatterns = [
    path("<int:page_id>/<str:format>/", views.download, name="print_edition"),
]
