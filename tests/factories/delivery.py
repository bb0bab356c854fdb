import datetime
import uuid

import factory

from delivery.models import DeliverySession, SessionMode
from tests.factories.schools import SchoolFactory


class DeliverySessionFactory(factory.django.DjangoModelFactory):
    submission_id = factory.LazyFunction(uuid.uuid4)
    school = factory.SubFactory(SchoolFactory)
    lesson = None
    lesson_title = factory.LazyAttribute(lambda o: o.lesson.title if o.lesson else "Bài học cũ")
    date = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=3))
    class_name = "7A"
    audience = "students"
    participants = 35
    mode = SessionMode.CLASS
    duration_minutes = 45

    class Meta:
        model = DeliverySession
