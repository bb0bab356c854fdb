import factory
import wagtail_factories

from quizzes.models import QuizPage

CHOICE_SINGLE = (
    "choice",
    {
        "question": "Một người lạ hỏi địa chỉ nhà em. Em làm gì?",
        "image": None,
        "choices": [
            {"text": "Gửi địa chỉ ngay", "correct": False},
            {"text": "Không trả lời và kể với người lớn", "correct": True},
            {"text": "Hẹn gặp người đó", "correct": False},
        ],
        "shuffle_choices": False,
        "explanation": "GIAI-THICH-1: địa chỉ nhà là thông tin cá nhân.",
    },
)
CHOICE_MULTIPLE = (
    "choice",
    {
        "question": "Mật khẩu mạnh có gì? (Chọn tất cả đáp án đúng)",
        "image": None,
        "choices": [
            {"text": "Chữ hoa và chữ thường", "correct": True},
            {"text": "Ngày sinh của em", "correct": False},
            {"text": "Ít nhất 12 ký tự", "correct": True},
        ],
        "shuffle_choices": False,
        "explanation": "GIAI-THICH-2: dài và khó đoán.",
    },
)
TRUE_FALSE = (
    "true_false",
    {
        "question": "Có thể chia sẻ mật khẩu với bạn thân.",
        "image": None,
        "answer": "false",
        "explanation": "GIAI-THICH-3: mật khẩu là bí mật.",
    },
)
OPEN = (
    "open",
    {
        "question": "Em sẽ thay đổi thói quen nào?",
        "image": None,
        "explanation": "GIAI-THICH-4: một thói quen cụ thể.",
    },
)


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Câu đố số {n}")
    slug = factory.Sequence(lambda n: f"cau-do-{n}")
    questions = factory.LazyFunction(lambda: [CHOICE_SINGLE, CHOICE_MULTIPLE, TRUE_FALSE, OPEN])
    pass_mark = 60
    success_text = "Chúc mừng em đã đạt!"
    fail_text = "Hãy đọc lại bài học nhé."
    answers_at_end = False
    one_question_per_screen = True

    class Meta:
        model = QuizPage
