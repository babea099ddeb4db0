from django.urls import path

from .views import journey, referral

app_name = "selfassessment"

urlpatterns = [
    path("<int:page_id>/start/", journey.start, name="start"),
    path("<int:page_id>/start-again/", journey.start_again, name="start_again"),
    path("<int:page_id>/question/<str:question_id>/", journey.question, name="question"),
    path("<int:page_id>/check-your-answers/", journey.check, name="check"),
    path("<int:page_id>/result/", journey.result, name="result"),
    path(
        "<int:page_id>/result/<str:format>.pdf",
        journey.result_download,
        name="result_pdf",
    ),
    path("<int:page_id>/ask-for-an-assessment/", referral.referral, name="referral"),
    path("<int:page_id>/ask-for-an-assessment/sent/", referral.referral_sent, name="referral_sent"),
]
