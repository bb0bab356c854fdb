"""Names of the staff groups, created by home/migrations/0002_groups.py."""

EDITORS = "Biên tập viên"
MODERATORS = "Kiểm duyệt"
OFFICERS = "Cán bộ quản lý"
TEACHERS = "Giáo viên"
