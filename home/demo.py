"""Demo site: the home and help pages, the help contacts and the demo accounts.

Every function here is idempotent: it creates what is missing and leaves what exists alone,
so running ``seed_demo`` twice creates no new pages, revisions or accounts.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site

from home import groups
from home.models import HelpContacts, HelpPage, HomePage, StandardPage


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    group: str | None
    is_superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount("admin", "Quản trị hệ thống", None, is_superuser=True),
    DemoAccount("editor", "Biên tập viên (soạn bài, gửi duyệt)", groups.EDITORS),
    DemoAccount("moderator", "Kiểm duyệt (duyệt và xuất bản)", groups.MODERATORS),
    DemoAccount("officer", "Cán bộ quản lý cấp tỉnh", groups.OFFICERS),
    DemoAccount("officer_ninhson", "Cán bộ quản lý huyện Ninh Sơn", groups.OFFICERS),
    DemoAccount("teacher", "Giáo viên THCS Lâm Sơn (Ninh Sơn)", groups.TEACHERS),
    DemoAccount("teacher2", "Giáo viên Tiểu học Phước Đại (Bác Ái)", groups.TEACHERS),
]

HOME_INTRO = (
    "<p>Bài học và câu đố giúp học sinh tiểu học, trung học cơ sở và trung học phổ thông "
    "sử dụng Internet an toàn, lành mạnh và sáng tạo — theo Chương trình bảo vệ và hỗ trợ trẻ em "
    "tương tác lành mạnh, sáng tạo trên môi trường mạng (Quyết định 830/QĐ-TTg).</p>"
)

HELP_BODY = [
    ("heading", "Khi nào nên tìm trợ giúp?"),
    (
        "paragraph",
        "<p>Hãy tìm người giúp ngay khi em thấy sợ, lo lắng hoặc không thoải mái vì một điều "
        "xảy ra trên mạng: có người lạ đòi ảnh, đòi gặp mặt hoặc dọa nạt; em bị chế giễu, bêu "
        "xấu trong nhóm chat; ai đó đòi tiền hay mật khẩu của em. Đó không phải lỗi của em.</p>"
        "<ul><li><b>Kể với một người lớn tin cậy</b>: bố mẹ, người chăm sóc, thầy cô chủ nhiệm "
        "hoặc thầy cô tư vấn học đường.</li>"
        "<li><b>Giữ lại bằng chứng</b>: chụp màn hình tin nhắn, tên tài khoản. Đừng xóa.</li>"
        "<li><b>Không trả lời, không gửi thêm gì</b> cho người làm em sợ; chặn và báo cáo "
        "tài khoản đó.</li>"
        "<li><b>Gọi 111</b> bất cứ lúc nào, kể cả ban đêm. Cuộc gọi miễn phí.</li></ul>",
    ),
    ("heading", "Dành cho cha mẹ và thầy cô"),
    (
        "paragraph",
        "<p>Khi một em kể chuyện: lắng nghe bình tĩnh, không trách móc, cảm ơn em đã tin tưởng. "
        "Không hứa giữ bí mật nếu em đang gặp nguy hiểm. Báo ban giám hiệu hoặc bộ phận tư vấn "
        "học đường và gọi Tổng đài 111 để được hướng dẫn.</p>",
    ),
]

LOCAL_CONTACTS = [
    {
        "name": "Tư vấn học đường tại trường",
        "description": "Thầy cô phụ trách tư vấn tâm lý — hỏi giáo viên chủ nhiệm để được gặp",
        "phone": "",
        "hours": "Giờ học",
    },
    {
        "name": "Sở Giáo dục và Đào tạo",
        "description": "Phòng Giáo dục phổ thông — đầu mối chương trình an toàn trên mạng",
        "phone": "",
        "hours": "Giờ hành chính",
    },
]


PRIVACY_INTRO = (
    "Trang này nói rõ nền tảng lưu những gì, vì sao, trong bao lâu và em hoặc cha mẹ em "
    "có thể hỏi ai. Chúng tôi làm theo Luật Trẻ em 2016, Nghị định 56/2017/NĐ-CP và Luật "
    "Bảo vệ dữ liệu cá nhân."
)

PRIVACY_BODY = [
    ("heading", "Dành cho học sinh: ngắn gọn"),
    (
        "paragraph",
        "<ul><li>Em <b>không cần tài khoản</b> để đọc bài hay làm câu đố.</li>"
        "<li>Khi làm câu đố cùng lớp, em chỉ nhập một <b>biệt danh</b>. Đừng dùng họ tên thật, "
        "số điện thoại hay tên trường.</li>"
        "<li>Chúng tôi lưu câu trả lời và điểm của bài làm để thầy cô biết cả lớp hiểu bài đến "
        "đâu. Bài làm tự động bị xóa sau 180 ngày.</li>"
        "<li>Chúng tôi không lưu địa chỉ IP, không dùng công cụ theo dõi và không gửi thông tin "
        "của em cho ai khác.</li></ul>",
    ),
    ("heading", "Chúng tôi thu thập gì"),
    (
        "paragraph",
        "<ul><li><b>Học sinh:</b> biệt danh trong lượt chơi của lớp, câu trả lời, điểm, thời "
        "gian bắt đầu và nộp bài. Khi tự luyện tập: chỉ câu trả lời đã chọn và điểm, không có "
        "biệt danh, không lưu câu trả lời tự viết.</li>"
        "<li><b>Giáo viên:</b> họ tên, tên đăng nhập, trường; các buổi dạy đã ghi nhận (bài "
        "học, ngày, lớp, số học sinh tham gia) và ảnh minh chứng.</li>"
        "<li><b>Ảnh minh chứng:</b> được xóa thông tin vị trí (GPS) và thông tin máy ảnh khi "
        "tải lên, chỉ giáo viên của trường và cán bộ quản lý địa bàn xem được. Ảnh có trẻ em "
        "chỉ được tải lên khi đã có sự đồng ý của cha mẹ và của các em từ đủ 7 tuổi; giáo viên "
        "xác nhận điều này và hệ thống ghi lại ai xác nhận, lúc nào.</li>"
        "<li><b>Cán bộ và biên tập viên:</b> tài khoản, nhật ký đăng nhập và các thao tác.</li>"
        "</ul>",
    ),
    ("heading", "Vì sao"),
    (
        "paragraph",
        "<p>Để học sinh học và tự kiểm tra kỹ năng an toàn trên mạng; để thầy cô biết lớp mình "
        "cần ôn thêm phần nào; để Sở Giáo dục và Đào tạo biết trường nào đã thực hiện chương "
        "trình theo Quyết định 830/QĐ-TTg. Báo cáo chỉ dùng số liệu tổng hợp theo trường, "
        "không nêu tên học sinh.</p>",
    ),
    ("heading", "Lưu trong bao lâu"),
    (
        "paragraph",
        "<ul><li>Bài làm câu đố và biệt danh: 180 ngày, sau đó tự động bị xóa.</li>"
        "<li>Buổi dạy và minh chứng: trong thời gian của chương trình và kỳ báo cáo.</li></ul>",
    ),
    ("heading", "Em và cha mẹ có quyền gì, hỏi ai"),
    (
        "paragraph",
        "<p>Cha mẹ, người chăm sóc và học sinh có quyền hỏi chúng tôi lưu gì, yêu cầu sửa hoặc "
        "xóa, và rút lại sự đồng ý đã cho. Hãy liên hệ giáo viên chủ nhiệm, nhà trường hoặc "
        "Sở Giáo dục và Đào tạo. Im lặng không phải là đồng ý: mọi sự đồng ý phải rõ ràng.</p>",
    ),
]


@transaction.atomic
def demo_site_build() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        home = _home_page_create()
    help_page = HelpPage.objects.first()
    if help_page is None:
        help_page = HelpPage(
            title="Cần giúp đỡ?",
            slug="can-giup-do",
            intro="Em không phải đối mặt một mình. Có người luôn sẵn sàng lắng nghe và giúp em.",
            body=HELP_BODY,
            show_in_menus=True,
        )
        home.add_child(instance=help_page)
        help_page.save_revision().publish()

    privacy_page = StandardPage.objects.filter(slug="quyen-rieng-tu").first()
    if privacy_page is None:
        privacy_page = StandardPage(
            title="Quyền riêng tư",
            slug="quyen-rieng-tu",
            intro=PRIVACY_INTRO,
            body=PRIVACY_BODY,
        )
        home.add_child(instance=privacy_page)
        privacy_page.save_revision().publish()

    site = Site.objects.get(is_default_site=True)
    contacts = HelpContacts.for_site(site)
    if contacts.privacy_page_id is None:
        contacts.privacy_page = privacy_page
        contacts.save()
    if contacts.help_page_id is None:
        contacts.help_page = help_page
        contacts.local_contacts = [("contact", contact) for contact in LOCAL_CONTACTS]
        contacts.save()
    return home


def _home_page_create() -> HomePage:
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = HomePage(
        title="An toàn trên mạng cho học sinh",
        slug="trang-chu",
        intro=HOME_INTRO,
        entry_points=[
            (
                "entry_point",
                {
                    "heading": "Học sinh",
                    "text": (
                        "Đọc bài học và làm câu đố. Không cần tài khoản, chỉ cần một biệt danh."
                    ),
                    "url": "/bai-hoc/",
                    "link_text": "Vào học",
                },
            ),
            (
                "entry_point",
                {
                    "heading": "Giáo viên",
                    "text": "Tìm bài học theo cấp học, dạy trên lớp và ghi nhận buổi dạy.",
                    "url": "/bai-hoc/",
                    "link_text": "Tìm bài học",
                },
            ),
            (
                "entry_point",
                {
                    "heading": "Cán bộ quản lý",
                    "text": "Theo dõi các trường đã hoàn thành chương trình trong từng kỳ báo cáo.",
                    "url": "/admin/",
                    "link_text": "Đăng nhập quản trị",
                },
            ),
        ],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.site_name = "An toàn trên mạng"
    site.save()
    # Wagtail's placeholder "Welcome" page is replaced, not kept beside the real home page.
    if welcome.specific_class is Page and welcome.pk != home.pk:
        welcome.delete()
    return home


def demo_accounts_ensure(*, password: str | None) -> tuple[list[DemoAccount], str | None]:
    """Create the demo accounts; return them and the password printed for them, if known.

    A password is generated only when an account is created and none was given; existing
    accounts keep theirs unless ``password`` differs from it.
    """
    User = get_user_model()
    generated = None
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            if password is None and generated is None:
                generated = secrets.token_urlsafe(12)
            user = User(
                username=account.username,
                is_staff=account.is_superuser,
                is_superuser=account.is_superuser,
                email=f"{account.username}@example.invalid",
            )
            user.set_password(password or generated)
            user.save()
        elif password is not None and not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        if account.group and not user.groups.filter(name=account.group).exists():
            user.groups.add(Group.objects.get(name=account.group))
    return DEMO_ACCOUNTS, password or generated
