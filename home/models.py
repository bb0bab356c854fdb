from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from core.slugs import VietnameseSlugMixin
from home.blocks import RICH_TEXT_FEATURES, ContactBlock, ContentStreamBlock, EntryPointBlock
from home.page_cache import generation_cached
from home.privacy import CachedViewRestrictionsMixin
from home.routing import OneQueryRouteMixin

# Hook functions take ``request=`` and ``page=`` and return what to add to the home page.
HOME_PAGE_CONTEXT_HOOK = "home_page_context"
# Context key of the templates a hook adds to the home page's figures.
HOME_FIGURE_TEMPLATES = "home_figure_templates"


class HomePage(CachedViewRestrictionsMixin, VietnameseSlugMixin, OneQueryRouteMixin, Page):
    intro = RichTextField(_("lời chào"), features=RICH_TEXT_FEATURES, blank=True)
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("lối vào cho người dùng"),
        blank=True,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("entry_points"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.HelpPage",
        "lessons.LessonIndexPage",
        "quizzes.QuizIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The home page imports no domain app: lessons, completion and concerns add what they
        # show, the figures as templates of their own (HOME_FIGURE_TEMPLATES), in app order.
        figure_templates = []
        for extend in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            extra = dict(extend(request=request, page=self))
            figure_templates += extra.pop(HOME_FIGURE_TEMPLATES, [])
            context.update(extra)
        context[HOME_FIGURE_TEMPLATES] = figure_templates
        return context


class StandardPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, Page):
    intro = models.TextField(_("giới thiệu"), blank=True, max_length=500)
    body = StreamField(ContentStreamBlock(), verbose_name=_("nội dung"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("trang thông tin")
        verbose_name_plural = _("trang thông tin")


class HelpPage(CachedViewRestrictionsMixin, VietnameseSlugMixin, Page):
    """'Cần giúp đỡ?': the hotlines come from the HelpContacts site setting."""

    intro = models.TextField(_("giới thiệu"), blank=True, max_length=500)
    body = StreamField(ContentStreamBlock(), verbose_name=_("nội dung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("trang trợ giúp")
        verbose_name_plural = _("trang trợ giúp")


@register_setting(icon="help")
class HelpContacts(BaseSiteSetting):
    """Hotlines and contacts that editors change without a deploy."""

    hotline_number = models.CharField(_("số tổng đài bảo vệ trẻ em"), max_length=20, default="111")
    hotline_name = models.CharField(
        _("tên tổng đài"),
        max_length=120,
        default="Tổng đài điện thoại quốc gia bảo vệ trẻ em",
    )
    hotline_note = models.CharField(
        _("ghi chú tổng đài"), max_length=200, default="Miễn phí, 24 giờ mỗi ngày, 7 ngày mỗi tuần"
    )
    hotline_channels = models.CharField(
        _("kênh khác của tổng đài"),
        max_length=300,
        blank=True,
        default="Ứng dụng “Tổng đài 111” trên điện thoại và tài khoản Zalo Tổng đài 111",
    )
    report_site_name = models.CharField(
        _("tên trang báo cáo xâm hại trực tuyến"),
        max_length=200,
        blank=True,
        default="Mạng lưới ứng cứu bảo vệ trẻ em trên không gian mạng (vn-cop.vn)",
    )
    report_site_url = models.URLField(
        _("địa chỉ trang báo cáo"), blank=True, default="https://vn-cop.vn"
    )
    police_number = models.CharField(_("công an"), max_length=20, default="113")
    fire_number = models.CharField(_("cứu hỏa"), max_length=20, default="114")
    ambulance_number = models.CharField(_("cấp cứu"), max_length=20, default="115")
    local_contacts = StreamField(
        [("contact", ContactBlock())],
        verbose_name=_("địa chỉ tư vấn tại địa phương"),
        blank=True,
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang trợ giúp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang quyền riêng tư"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    select_related = ["help_page", "privacy_page"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("hotline_number"),
                FieldPanel("hotline_name"),
                FieldPanel("hotline_note"),
                FieldPanel("hotline_channels"),
            ],
            heading=_("Tổng đài bảo vệ trẻ em"),
        ),
        MultiFieldPanel(
            [FieldPanel("report_site_name"), FieldPanel("report_site_url")],
            heading=_("Báo cáo xâm hại trực tuyến"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("police_number"),
                FieldPanel("fire_number"),
                FieldPanel("ambulance_number"),
            ],
            heading=_("Số khẩn cấp"),
        ),
        FieldPanel("local_contacts"),
        FieldPanel("help_page"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("đường dây trợ giúp và liên hệ")

    @classmethod
    def for_request(cls, request):
        # On every public page (header, footer, help blocks): read once per content generation
        # (saving the setting starts a new one), not from the database on each request.
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is not None:
                contacts = generation_cached(f"helpcontacts:{site.pk}", lambda: cls.for_site(site))
                contacts._request = request
                setattr(request, attr_name, contacts)
        return super().for_request(request)

    @property
    def hotline_tel(self) -> str:
        return "".join(ch for ch in self.hotline_number if ch.isdigit() or ch == "+")


@register_setting(icon="doc-full")
class ReportSettings(BaseSiteSetting):
    """What a printed administrative report carries (Decree 30/2020/NĐ-CP): the issuing body,
    the place on the date line and who signs it."""

    parent_body = models.CharField(
        _("cơ quan chủ quản"), max_length=200, blank=True, default="UBND TỈNH NINH THUẬN"
    )
    issuing_body = models.CharField(
        _("cơ quan ban hành"), max_length=200, default="SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    )
    place_name = models.CharField(_("địa danh"), max_length=100, default="Ninh Thuận")
    signer_title = models.CharField(_("chức vụ người ký"), max_length=120, default="GIÁM ĐỐC")
    signer_name = models.CharField(_("họ và tên người ký"), max_length=120, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("parent_body"), FieldPanel("issuing_body"), FieldPanel("place_name")],
            heading=_("Cơ quan ban hành"),
        ),
        MultiFieldPanel(
            [FieldPanel("signer_title"), FieldPanel("signer_name")],
            heading=_("Người ký báo cáo"),
        ),
    ]

    class Meta:
        verbose_name = _("báo cáo in")
