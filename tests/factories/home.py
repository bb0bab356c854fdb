import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu chương trình"
    intro = "Chương trình giúp học sinh an toàn trên mạng."

    class Meta:
        model = StandardPage
