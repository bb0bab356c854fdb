"""Question blocks of a quiz. Their templates show the question with its answer and
explanation, so they are rendered only after the question has been answered."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from quizzes import scoring


class QuizImageBlock(ImageBlock):
    class Meta:
        template = "blocks/image_block.html"
        icon = "image"
        label = _("Hình minh họa")
        description = _("Hình minh họa cho câu hỏi, kèm mô tả thay thế.")
        preview_value = None


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Phương án"),
        max_length=300,
        required=False,
        help_text=_("Có thể để trống nếu phương án là một hình (hình cần mô tả thay thế)."),
    )
    image = ImageBlock(
        required=False,
        label=_("Hình của phương án"),
        help_text=_(
            "Hiện lớn, dễ chạm: hợp với trẻ nhỏ chưa đọc thạo. Mô tả thay thế là tên của "
            "phương án với người dùng trình đọc màn hình."
        ),
    )
    correct = blocks.BooleanBlock(label=_("Đúng"), required=False)

    class Meta:
        template = "blocks/quiz_answer_choice_block.html"
        icon = "tick"
        label = _("Phương án")
        description = _("Một phương án trả lời (chữ, hình hoặc cả hai); đánh dấu nếu đúng.")
        preview_value = {"text": "Kể với bố mẹ hoặc thầy cô", "image": None, "correct": True}

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if not value.get("text") and not image:
            raise StructBlockValidationError(
                block_errors={"text": ValidationError(_("Hãy nhập phương án hoặc chọn một hình."))}
            )
        if not value.get("text") and image and not image.contextual_alt_text:
            # Without text, the alt text is the choice's only name for a screen reader.
            raise StructBlockValidationError(
                block_errors={
                    "image": ValidationError(
                        _(
                            "Phương án chỉ có hình cần mô tả thay thế (không đánh dấu là hình "
                            "trang trí): đó là tên phương án với người khiếm thị."
                        )
                    )
                }
            )
        return value


class ChoiceQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Câu hỏi"))
    image = QuizImageBlock(required=False)
    # A new question starts with two empty options: the fewest a question can have.
    choices = blocks.ListBlock(
        AnswerChoiceBlock(),
        label=_("Các phương án"),
        min_num=2,
        default=[{"text": "", "correct": False}, {"text": "", "correct": False}],
    )
    shuffle_choices = blocks.BooleanBlock(
        label=_("Xáo trộn thứ tự phương án"), required=False, default=True
    )
    partial_credit = blocks.BooleanBlock(
        label=_("Tính điểm từng phần"),
        required=False,
        default=False,
        help_text=_(
            "Chỉ cho câu có từ hai phương án đúng trở lên. Có k phương án đúng: mỗi phương án "
            "đúng em chọn được 1/k điểm, mỗi phương án sai em chọn bị trừ 1/k điểm, thấp nhất "
            "0 điểm. Bỏ chọn thì phải chọn đủ và đúng mọi phương án mới được điểm."
        ),
    )
    explanation = blocks.TextBlock(label=_("Giải thích"), help_text=_("Hiện sau khi trả lời."))

    class Meta:
        template = "blocks/quiz_choice_question_block.html"
        icon = "list-ul"
        label = _("Trắc nghiệm")
        description = _("Câu hỏi có một hoặc nhiều phương án đúng.")
        preview_value = {
            "question": "Một người lạ trên mạng hỏi địa chỉ nhà em. Em nên làm gì?",
            "choices": [
                {"text": "Gửi địa chỉ cho họ", "correct": False},
                {"text": "Không trả lời và kể với người lớn", "correct": True},
            ],
            "shuffle_choices": True,
            "partial_credit": False,
            "explanation": "Địa chỉ nhà là thông tin cá nhân, cần giữ kín.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Cần ít nhất một phương án đúng."))}
            )
        if value.get("partial_credit") and sum(c["correct"] for c in value["choices"]) < 2:
            raise StructBlockValidationError(
                block_errors={
                    "partial_credit": ValidationError(
                        _(
                            "Tính điểm từng phần chỉ dùng cho câu có từ hai phương án đúng trở "
                            "lên. Hãy bỏ chọn, hoặc đánh dấu thêm phương án đúng."
                        )
                    )
                }
            )
        return value


class TrueFalseQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Nhận định"))
    image = QuizImageBlock(required=False)
    answer = blocks.ChoiceBlock(
        label=_("Đáp án"),
        choices=[("true", _("Đúng")), ("false", _("Sai"))],
        default="true",
    )
    explanation = blocks.TextBlock(label=_("Giải thích"), help_text=_("Hiện sau khi trả lời."))

    class Meta:
        template = "blocks/quiz_true_false_question_block.html"
        icon = "radio-full"
        label = _("Đúng / Sai")
        description = _("Một nhận định để học sinh chọn đúng hoặc sai.")
        preview_value = {
            "question": "Mật khẩu nên được chia sẻ với bạn thân.",
            "answer": "false",
            "explanation": "Mật khẩu là bí mật, chỉ em và bố mẹ biết.",
        }


class OpenQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Câu hỏi suy ngẫm"))
    image = QuizImageBlock(required=False)
    explanation = blocks.TextBlock(
        label=_("Gợi ý"), help_text=_("Một câu trả lời tốt nên nêu gì. Hiện sau khi trả lời.")
    )

    class Meta:
        template = "blocks/quiz_open_question_block.html"
        icon = "edit"
        label = _("Câu hỏi mở")
        description = _("Câu hỏi suy ngẫm, không chấm điểm; giáo viên xem được câu trả lời.")
        preview_value = {
            "question": "Sau bài học, em sẽ thay đổi điều gì khi dùng mạng?",
            "explanation": "Một thói quen cụ thể, ví dụ đặt mật khẩu mạnh hơn.",
        }


class QuestionStreamBlock(blocks.StreamBlock):
    choice = ChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    open = OpenQuestionBlock()

    class Meta:
        template = "blocks/stream_block.html"
        icon = "help"
        description = _("Các câu hỏi của câu đố.")
        min_num = 1


def question_from_block(block) -> scoring.Question:
    """The scoring description of one StreamField child (a bound block with an id)."""
    value = block.value
    if block.block_type == "choice":
        choice_ids = tuple(choice.id for choice in value["choices"].bound_blocks)
        correct = frozenset(
            choice.id for choice in value["choices"].bound_blocks if choice.value["correct"]
        )
        return scoring.Question(
            id=block.id,
            kind=scoring.CHOICE,
            choice_ids=choice_ids,
            correct_choice_ids=correct,
            partial_credit=bool(value.get("partial_credit")),
        )
    if block.block_type == "true_false":
        return scoring.Question(
            id=block.id, kind=scoring.TRUE_FALSE, correct_bool=value["answer"] == "true"
        )
    return scoring.Question(id=block.id, kind=scoring.OPEN)
