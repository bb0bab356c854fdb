from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("join/", views.join, name="join"),
    path("practice/<int:quiz_id>/", views.practice_start, name="practice_start"),
    path("attempt/<uuid:token>/", views.attempt, name="attempt"),
    path("attempt/<uuid:token>/result/", views.result, name="result"),
    path("runs/", views.run_list, name="run_list"),
    path("runs/new/", views.run_start, name="run_start"),
    path("runs/<int:pk>/", views.run_detail, name="run_detail"),
    path("runs/<int:pk>/close/", views.run_close, name="run_close"),
    path("runs/<int:pk>/after-lesson/", views.run_start_post, name="run_start_post"),
]
