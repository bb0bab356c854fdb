"""Demo lessons for ``seed_demo``: written for this project, in Vietnamese.

Each module holds ``LESSONS``, a list of dicts of this shape::

    {
        "slug": "mat-khau-la-bi-mat",          # unique, ASCII, used as the page slug
        "title": "Mật khẩu là bí mật",
        "summary": "Plain text, one or two sentences (<= 250 characters).",
        "age_bands": ["tieu-hoc"],            # slugs of AGE_BANDS below
        "topics": ["mat-khau-tai-khoan"],     # slugs of TOPICS below
        "audience": "students",               # "students" | "parents" | "teachers"
        "duration": 35,                        # minutes
        "objectives": ["Plain text", ...],     # 3 or 4 learning objectives
        "body": [                              # StreamField blocks, in order
            ("text", "<p>Rich text: p, h2, h3, ul/ol/li, b, i only.</p>"),
            ("activity", {
                "title": "Plain text",
                "materials": "Plain text, may be empty",
                "steps": [{"minutes": 5, "instruction": "Plain text"}, ...],
            }),
            ("discussion", {"questions": ["Plain text?", ...]}),
            ("get_help", {"heading": "Plain text", "text": "Plain text"}),
        ],
        "teacher_notes": "<p>Rich text for the teacher.</p>",
    }

The "get help" callout's hotline number (111) comes from the site settings; the
text around it is the lesson's own.
"""

# (slug, name, description, competence framework domain) — Circular 02/2025/TT-BGDĐT.
AGE_BANDS = [
    # slug, name, grades, ages, order
    ("tieu-hoc", "Tiểu học", "Lớp 1–5", "6–10 tuổi", 1),
    ("thcs", "Trung học cơ sở", "Lớp 6–9", "11–14 tuổi", 2),
    ("thpt", "Trung học phổ thông", "Lớp 10–12", "15–17 tuổi", 3),
    (
        "ngoai-nha-truong",
        "Trẻ ngoài nhà trường và cơ sở chăm sóc",
        "Không theo lớp",
        "6–17 tuổi",
        4,
    ),
]

TOPICS = [
    # slug, name, description, domain
    (
        "internet-mang-xa-hoi",
        "Internet và mạng xã hội",
        "Hiểu Internet và mạng xã hội hoạt động thế nào, những lợi ích và rủi ro.",
        "communication",
    ),
    (
        "mat-khau-tai-khoan",
        "Mật khẩu và bảo mật tài khoản",
        "Kỹ năng bảo đảm an toàn thông tin tối thiểu: mật khẩu, xác thực hai bước, cập nhật thiết bị.",
        "safety",
    ),
    (
        "thong-tin-ca-nhan",
        "Bảo vệ thông tin cá nhân",
        "Giữ kín thông tin cá nhân, cài đặt quyền riêng tư, dấu chân số.",
        "safety",
    ),
    (
        "nhan-biet-xam-hai",
        "Nhận biết dụ dỗ, lừa đảo và bắt nạt",
        "Nhận biết khi bị lợi dụng, xâm hại, lừa đảo hoặc bắt nạt trên mạng.",
        "safety",
    ),
    (
        "tim-tro-giup",
        "Tìm trợ giúp và báo cáo",
        "Biết kể với người lớn tin cậy, gọi Tổng đài 111 và báo cáo xâm hại.",
        "problem_solving",
    ),
    (
        "su-dung-lanh-manh",
        "Sử dụng lành mạnh và thời gian màn hình",
        "Cân bằng thời gian trực tuyến, sức khỏe và nghỉ ngơi.",
        "safety",
    ),
    (
        "tin-gia",
        "Tin giả và kiểm chứng thông tin",
        "Đánh giá nguồn tin, nhận ra tin giả trước khi chia sẻ.",
        "information",
    ),
    (
        "sang-tao-chia-se",
        "Sáng tạo và chia sẻ có trách nhiệm",
        "Tạo nội dung số, tôn trọng bản quyền và người khác khi chia sẻ.",
        "content_creation",
    ),
    (
        "ung-dung-hoc-tap",
        "Ứng dụng học tập và giải trí",
        "Chọn và dùng các ứng dụng học tập, giải trí lành mạnh của Việt Nam.",
        "information",
    ),
    (
        "tri-tue-nhan-tao",
        "Trí tuệ nhân tạo và deepfake",
        "Dùng AI có trách nhiệm, nhận biết nội dung giả do AI tạo ra.",
        "ai",
    ),
]
