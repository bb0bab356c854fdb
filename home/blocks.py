"""Blocks shared by the site's general pages (and reused by lessons)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Editors get formatting, lists and links; no embeds, raw HTML or headings above h2.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = "blocks/heading_block.html"
        icon = "title"
        label = _("Tiêu đề mục")
        description = _("Một tiêu đề chia trang thành các mục.")
        preview_value = "Khi nào cần nhờ người lớn giúp đỡ?"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "blocks/paragraph_block.html"
        icon = "pilcrow"
        label = _("Đoạn văn")
        description = _("Văn bản có định dạng: đoạn, danh sách, liên kết.")
        preview_value = (
            "<p>Mật khẩu là bí mật của em. <b>Đừng chia sẻ mật khẩu</b> với bạn bè, "
            "kể cả bạn thân.</p>"
        )


class CaptionedImageBlock(ImageBlock):
    """An image with its alt text (ImageBlock) shown at content width."""

    class Meta:
        template = "blocks/image_block.html"
        icon = "image"
        label = _("Hình ảnh")
        description = _("Một hình ảnh kèm mô tả thay thế cho người dùng trình đọc màn hình.")
        preview_value = None


class EntryPointBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề"), max_length=80)
    text = blocks.TextBlock(label=_("Mô tả"), max_length=300)
    page = blocks.PageChooserBlock(label=_("Trang đích"), required=False)
    url = blocks.CharBlock(
        label=_("Hoặc đường dẫn"),
        required=False,
        max_length=200,
        help_text=_("Dùng khi trang đích không phải là một trang trong Wagtail, ví dụ /portal/."),
    )
    link_text = blocks.CharBlock(label=_("Chữ trên nút"), max_length=60)

    class Meta:
        template = "blocks/entry_point_block.html"
        icon = "link"
        label = _("Lối vào cho người dùng")
        description = _(
            "Một ô dẫn một nhóm người dùng (giáo viên, học sinh, cán bộ) đến trang của họ."
        )
        preview_value = {
            "heading": "Dành cho giáo viên",
            "text": "Tìm bài học cho lớp của thầy cô và ghi nhận buổi dạy.",
            "url": "/bai-hoc/",
            "link_text": "Xem bài học",
        }


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()

    class Meta:
        template = "blocks/stream_block.html"
        icon = "doc-full"
        description = _("Nội dung của trang.")


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Tên đơn vị / người liên hệ"), max_length=120)
    description = blocks.CharBlock(label=_("Mô tả"), max_length=200, required=False)
    phone = blocks.CharBlock(label=_("Số điện thoại"), max_length=30, required=False)
    hours = blocks.CharBlock(label=_("Giờ làm việc"), max_length=80, required=False)

    class Meta:
        template = "blocks/contact_block.html"
        icon = "user"
        label = _("Liên hệ")
        description = _("Một địa chỉ tư vấn, hỗ trợ tại địa phương.")
        preview_value = {
            "name": "Phòng tư vấn học đường",
            "description": "Thầy cô tư vấn tâm lý của trường",
            "phone": "",
            "hours": "Giờ hành chính",
        }
