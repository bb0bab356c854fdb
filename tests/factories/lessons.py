import factory
import wagtail_factories

from lessons.models import AgeBand, CompetenceComponent, LessonIndexPage, LessonPage, Topic


class AgeBandFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cấp học {n}")
    slug = factory.Sequence(lambda n: f"cap-{n}")
    grades = "Lớp 6–9"
    ages = "11–14 tuổi"
    sort_order = factory.Sequence(int)

    class Meta:
        model = AgeBand
        django_get_or_create = ["slug"]


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"chu-de-{n}")
    competence_domain = "safety"

    class Meta:
        model = Topic
        django_get_or_create = ["slug"]


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bài học"
    slug = "bai-hoc"

    class Meta:
        model = LessonIndexPage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài học số {n}")
    summary = "Học sinh biết giữ an toàn khi dùng Internet."
    duration_minutes = 45
    audience = "students"
    objectives = "Nêu được ba quy tắc an toàn\nBiết gọi 111 khi cần"
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>Nội dung bài học.</p>"),
            (
                "activity",
                {
                    "title": "Thảo luận nhóm",
                    "materials": "",
                    "steps": [
                        {"minutes": 10, "instruction": "Chia nhóm"},
                        {"minutes": 15, "instruction": "Trình bày"},
                    ],
                },
            ),
            ("get_help", {"heading": "Cần giúp đỡ?", "text": "Hãy kể với thầy cô."}),
        ]
    )

    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    @factory.post_generation
    def age_bands(self, create, extracted, **kwargs):
        if extracted:
            self.age_bands.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def competences(self, create, extracted, **kwargs):
        """Component codes ("4.2"): the rows come with the migrations."""
        if extracted:
            self.competences.set(CompetenceComponent.objects.filter(code__in=extracted))
            if create:
                self.save()
