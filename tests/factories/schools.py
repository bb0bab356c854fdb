import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home import groups
from schools.models import Area, AreaLevel, Membership, Role, School, SchoolPlacement


class AreaFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"DB{n:04d}")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    level = AreaLevel.PROVINCE
    parent = None

    class Meta:
        model = Area


class SchoolFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"T{n:06d}")
    name = factory.Sequence(lambda n: f"Trường THCS Thử Nghiệm {n}")
    school_type = "THCS"
    area = factory.SubFactory(AreaFactory)
    enrolment = 400

    class Meta:
        model = School
        skip_postgeneration_save = True

    @factory.post_generation
    def levels(self, create, extracted, **kwargs):
        if create and extracted:
            self.levels.set(extracted)

    @factory.post_generation
    def placement(self, create, extracted, **kwargs):
        if create:
            SchoolPlacement.objects.create(school=self, area=self.area, start=None)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoi-dung-{n}")
    first_name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    password = factory.django.Password("mat-khau-thu-nghiem")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


def teacher_create(school: School, **user_fields):
    user = UserFactory(**user_fields)
    user.groups.add(Group.objects.get(name=groups.TEACHERS))
    Membership.objects.create(user=user, role=Role.TEACHER, school=school)
    return user


def officer_create(area: Area, **user_fields):
    user = UserFactory(**user_fields)
    user.groups.add(Group.objects.get(name=groups.OFFICERS))
    Membership.objects.create(user=user, role=Role.OFFICER, area=area)
    return user
