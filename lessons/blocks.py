"""Blocks of a lesson's body (activities, discussion, getting help, documents, video) and of
its teacher's kit (vocabulary, printable handouts)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import CaptionedImageBlock, HeadingBlock, ParagraphBlock


class ActivityStepBlock(blocks.StructBlock):
    minutes = blocks.IntegerBlock(label=_("Số phút"), min_value=1, max_value=180)
    instruction = blocks.TextBlock(label=_("Việc cần làm"))

    class Meta:
        template = "blocks/activity_step_block.html"
        icon = "time"
        label = _("Bước")
        description = _("Một bước của hoạt động, có thời lượng.")
        preview_value = {"minutes": 5, "instruction": "Chia lớp thành nhóm bốn em."}


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên hoạt động"), max_length=120)
    materials = blocks.CharBlock(label=_("Chuẩn bị"), max_length=300, required=False)
    steps = blocks.ListBlock(ActivityStepBlock(), label=_("Các bước"), min_num=1)

    class Meta:
        template = "blocks/activity_block.html"
        icon = "list-ol"
        label = pgettext_lazy("lesson activity", "Hoạt động")
        description = _("Một hoạt động trên lớp với các bước có thời lượng.")
        preview_value = {
            "title": "Mật khẩu của ai mạnh hơn?",
            "materials": "Giấy, bút",
            "steps": [
                {"minutes": 5, "instruction": "Mỗi nhóm nghĩ ra một mật khẩu mạnh."},
                {"minutes": 5, "instruction": "Cả lớp so sánh và chọn mật khẩu khó đoán nhất."},
            ],
        }

    def total_minutes(self, value) -> int:
        return sum(step["minutes"] or 0 for step in value["steps"])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["total_minutes"] = self.total_minutes(value)
        return context


class DiscussionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề"), max_length=120, default="Câu hỏi thảo luận")
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Câu hỏi"), max_length=300), label=_("Câu hỏi"), min_num=1
    )

    class Meta:
        template = "blocks/discussion_block.html"
        icon = "help"
        label = _("Câu hỏi thảo luận")
        description = _("Câu hỏi để cả lớp cùng thảo luận.")
        preview_value = {
            "heading": "Câu hỏi thảo luận",
            "questions": ["Em sẽ làm gì nếu một người lạ hỏi địa chỉ nhà em?"],
        }


class GetHelpBlock(blocks.StructBlock):
    """Where to get help: the hotline number comes from the site's HelpContacts setting."""

    heading = blocks.CharBlock(label=_("Tiêu đề"), max_length=120, default="Cần giúp đỡ?")
    text = blocks.TextBlock(label=_("Lời nhắn"))

    class Meta:
        template = "blocks/get_help_block.html"
        icon = "warning"
        label = _("Tìm trợ giúp")
        description = _("Khung nhắc nơi tìm trợ giúp, kèm số tổng đài bảo vệ trẻ em.")
        preview_value = {
            "heading": "Cần giúp đỡ?",
            "text": "Hãy kể với bố mẹ hoặc thầy cô. Em có thể gọi miễn phí bất cứ lúc nào.",
        }


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    description = blocks.CharBlock(label=_("Mô tả"), max_length=200, required=False)

    class Meta:
        template = "blocks/download_block.html"
        icon = "doc-full"
        label = _("Tài liệu tải về")
        description = _("Một phiếu học tập hoặc tài liệu để tải về và in.")
        preview_value = None


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video, not an iframe: pages make no requests to other hosts."""

    url = blocks.URLBlock(label=_("Địa chỉ video"))
    title = blocks.CharBlock(label=_("Tên video"), max_length=150)
    summary = blocks.TextBlock(label=_("Tóm tắt nội dung video"), required=False)

    class Meta:
        template = "blocks/video_link_block.html"
        icon = "media"
        label = _("Video")
        description = _("Liên kết đến một video, kèm tóm tắt cho lớp không xem được video.")
        preview_value = {
            "url": "https://example.com/video",
            "title": "Mật khẩu mạnh là gì?",
            "summary": "Video ba phút giải thích cách đặt mật khẩu mạnh.",
        }


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoLinkBlock()
    activity = ActivityBlock()
    discussion = DiscussionBlock()
    get_help = GetHelpBlock()
    download = DownloadBlock()

    class Meta:
        template = "blocks/stream_block.html"
        icon = "doc-full"
        description = _("Nội dung bài học.")


class VocabularyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Từ"), max_length=80)
    meaning = blocks.TextBlock(label=_("Nghĩa"), max_length=300)

    class Meta:
        template = "blocks/vocabulary_term_block.html"
        icon = "pilcrow"
        label = _("Từ vựng")
        description = _("Một từ học sinh gặp trong bài, giải nghĩa bằng lời dễ hiểu.")
        preview_value = {
            "term": "Mật khẩu",
            "meaning": "Chuỗi chữ và số bí mật để mở tài khoản, chỉ em và bố mẹ biết.",
        }


class VocabularyBlock(blocks.StreamBlock):
    term = VocabularyTermBlock()

    class Meta:
        template = "blocks/vocabulary_block.html"
        icon = "pilcrow"
        description = _("Các từ vựng của bài học.")


class HandoutKind:
    CARDS = "cards"
    SCENARIOS = "scenarios"
    WORKSHEET = "worksheet"
    CHOICES = [
        (CARDS, _("Thẻ cắt rời")),
        (SCENARIOS, _("Tình huống")),
        (WORKSHEET, _("Phiếu học tập")),
    ]


class HandoutItemBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Nội dung"))
    answer = blocks.TextBlock(
        label=_("Đáp án"),
        required=False,
        help_text=_("Chỉ in trong trang đáp án dành cho giáo viên."),
    )

    class Meta:
        template = "blocks/handout_item_block.html"
        icon = "doc-full"
        label = _("Mục")
        description = _("Một thẻ, một tình huống hoặc một dòng của phiếu, kèm đáp án nếu có.")
        preview_value = {
            "text": "Một người lạ nhắn tin xin ảnh của em.",
            "answer": "Không trả lời, chặn và kể với người lớn.",
        }


class HandoutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên phiếu"), max_length=120)
    kind = blocks.ChoiceBlock(
        label=_("Loại"), choices=HandoutKind.CHOICES, default=HandoutKind.CARDS
    )
    instructions = blocks.TextBlock(label=_("Hướng dẫn"), required=False)
    items = blocks.ListBlock(HandoutItemBlock(), label=_("Các mục"), min_num=1)

    class Meta:
        template = "blocks/handout_block.html"
        icon = "clipboard-list"
        label = _("Phiếu in")
        description = _(
            "Tài liệu in cho hoạt động: thẻ cắt rời, tình huống hoặc phiếu học tập; "
            "đáp án in riêng một trang cho giáo viên."
        )
        preview_value = {
            "title": "Thẻ tình huống",
            "kind": "cards",
            "instructions": "In, cắt rời, mỗi nhóm một bộ.",
            "items": [
                {
                    "text": "Một người lạ nhắn tin xin ảnh của em.",
                    "answer": "Không trả lời, chặn và kể với người lớn.",
                },
                {
                    "text": "Bạn cùng lớp hỏi mật khẩu trò chơi của em.",
                    "answer": "Từ chối: mật khẩu là bí mật.",
                },
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["is_cards"] = value["kind"] == HandoutKind.CARDS
        context["kind_label"] = dict(HandoutKind.CHOICES).get(value["kind"], "")
        return context


class HandoutsBlock(blocks.StreamBlock):
    handout = HandoutBlock()

    class Meta:
        template = "blocks/handouts_block.html"
        icon = "clipboard-list"
        description = _("Tài liệu in kèm bài học.")

    def answer_key(self, value) -> list[dict]:
        """Per handout with answers: its title and the numbered items that have one."""
        key = []
        for child in value:
            items = [
                {"number": number, "text": item["text"], "answer": item["answer"]}
                for number, item in enumerate(child.value["items"], start=1)
                if item["answer"]
            ]
            if items:
                key.append({"title": child.value["title"], "items": items})
        return key

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["answer_key"] = self.answer_key(value)
        return context
