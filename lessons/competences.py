"""The 24 component competences of the digital competence framework for learners (Circular
02/2025/TT-BGDĐT): code, name and the domain (``CompetenceDomain``) they belong to.

The data migration ``0004_competence_components`` creates them on every site from its own copy
of this list; a lesson file names them by code (``curriculum/data/README.md``)."""

COMPETENCE_COMPONENTS = [
    ("1.1", "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số", "information"),
    ("1.2", "Đánh giá dữ liệu, thông tin và nội dung số", "information"),
    ("1.3", "Quản lý dữ liệu, thông tin và nội dung số", "information"),
    ("2.1", "Tương tác thông qua công nghệ số", "communication"),
    ("2.2", "Chia sẻ thông tin và nội dung thông qua công nghệ số", "communication"),
    ("2.3", "Sử dụng công nghệ số để thực hiện trách nhiệm công dân", "communication"),
    ("2.4", "Hợp tác thông qua công nghệ số", "communication"),
    ("2.5", "Quy tắc ứng xử trên mạng", "communication"),
    ("2.6", "Quản lý danh tính số", "communication"),
    ("3.1", "Phát triển nội dung số", "content_creation"),
    ("3.2", "Tích hợp và tạo lập lại nội dung số", "content_creation"),
    ("3.3", "Thực thi bản quyền và giấy phép", "content_creation"),
    ("3.4", "Lập trình", "content_creation"),
    ("4.1", "Bảo vệ thiết bị", "safety"),
    ("4.2", "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "safety"),
    ("4.3", "Bảo vệ sức khỏe và an sinh số", "safety"),
    ("4.4", "Bảo vệ môi trường", "safety"),
    ("5.1", "Giải quyết các vấn đề kỹ thuật", "problem_solving"),
    ("5.2", "Xác định nhu cầu và giải pháp công nghệ", "problem_solving"),
    ("5.3", "Sử dụng sáng tạo công nghệ số", "problem_solving"),
    ("5.4", "Xác định các vấn đề cần cải thiện về năng lực số", "problem_solving"),
    ("6.1", "Hiểu biết về trí tuệ nhân tạo", "ai"),
    ("6.2", "Sử dụng trí tuệ nhân tạo", "ai"),
    ("6.3", "Đánh giá trí tuệ nhân tạo", "ai"),
]

COMPETENCE_CODES = frozenset(code for code, _name, _domain in COMPETENCE_COMPONENTS)
