"""import_schools and the officers' import: all rows or none, every error with its line."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from schools.models import School, SchoolPlacement
from schools.selectors import schools_in_area_on
from schools.services.registry import school_import

pytestmark = pytest.mark.django_db

HEADER = "code,name,type,area,levels,enrolment\n"
VI_HEADER = "Mã trường,Tên trường,Loại hình,Địa bàn,Cấp học,Số học sinh\n"
GOOD_ROWS = (
    "5850101,Trường Tiểu học Lâm Sơn,TH,Xã Lâm Sơn,Tiểu học,560\n"
    "5840101,Trường THCS Phước Đại,THCS,584-01,THCS,1.204\n"
)


@pytest.fixture
def areas(tree, age_bands):
    return tree


def run(tmp_path, content: bytes | str, name="truong.csv", *extra):
    path = Path(tmp_path) / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    call_command("import_schools", str(path), *extra)


def failing(tmp_path, capsys, content, name="truong.csv") -> str:
    before = (School.objects.count(), SchoolPlacement.objects.count())
    with pytest.raises(CommandError, match="không nhập trường nào"):
        run(tmp_path, content, name)
    assert (School.objects.count(), SchoolPlacement.objects.count()) == before
    return capsys.readouterr().err


def test_csv_with_english_headings_creates_schools(areas, tmp_path, capsys):
    run(tmp_path, HEADER + GOOD_ROWS)
    school = School.objects.get(code="5840101")
    assert school.area == areas.commune_b  # matched by code
    assert school.enrolment == 1204  # "1.204": a thousands separator
    assert [band.slug for band in school.levels.all()] == ["thcs"]
    assert School.objects.get(code="5850101").area == areas.commune_a  # matched by name
    assert "2 trường mới" in capsys.readouterr().out


def test_vietnamese_headings_with_bom_and_semicolons(areas, tmp_path):
    content = "\ufeff" + (VI_HEADER + GOOD_ROWS).replace(",", ";")
    run(tmp_path, content.encode("utf-8"))
    assert School.objects.count() == 2


def test_importing_the_same_file_twice_changes_nothing(areas, tmp_path, capsys):
    run(tmp_path, HEADER + GOOD_ROWS)
    snapshot = list(School.objects.order_by("pk").values())
    capsys.readouterr()
    run(tmp_path, HEADER + GOOD_ROWS)
    assert list(School.objects.order_by("pk").values()) == snapshot
    assert "0 trường mới, 0 cập nhật, 2 không đổi" in capsys.readouterr().out


def test_dry_run_writes_nothing(areas, tmp_path, capsys):
    run(tmp_path, HEADER + GOOD_ROWS, "truong.csv", "--dry-run")
    assert School.objects.count() == 0
    assert "Chạy thử" in capsys.readouterr().out


def test_xlsx_is_read_like_csv(areas, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Mã trường", "Tên trường", "Loại hình", "Địa bàn", "Cấp học", "Số học sinh"])
    sheet.append([5850101, "Trường TH&THCS Ma Nới", "TH và THCS", "Lâm Sơn", "TH; THCS", 470.0])
    output = io.BytesIO()
    workbook.save(output)
    run(tmp_path, output.getvalue(), "truong.xlsx")
    school = School.objects.get(code="5850101")
    assert school.school_type == "TH&THCS"
    assert {band.slug for band in school.levels.all()} == {"tieu-hoc", "thcs"}


def test_sample_file_imports_on_the_demo_areas(db, tmp_path, capsys):
    call_command("seed_demo", "--password", "mot-mat-khau-demo")
    sample = Path(__file__).resolve().parents[2] / "schools/fixtures/schools_sample.csv"
    call_command("import_schools", str(sample))
    assert "5 trường mới" in capsys.readouterr().out
    call_command("import_schools", str(sample))
    assert "5 không đổi" in capsys.readouterr().out


def test_duplicate_codes(areas, tmp_path, capsys):
    err = failing(tmp_path, capsys, HEADER + GOOD_ROWS + "5850101,Trùng mã,TH,Xã Lâm Sơn,TH,10\n")
    assert "Dòng 4, cột “Mã trường (code)”: mã trường “5850101” trùng với dòng 2." in err


def test_unknown_area(areas, tmp_path, capsys):
    err = failing(tmp_path, capsys, HEADER + "5850101,Trường A,TH,Xã Không Có,TH,10\n")
    assert "Dòng 2, cột “Địa bàn (area)”: không tìm thấy địa bàn “Xã Không Có”" in err


@pytest.mark.parametrize("value", ["abc", "-5", '"12,5"', "3.5", "99999999", ""])
def test_bad_numbers(areas, tmp_path, capsys, value):
    err = failing(tmp_path, capsys, HEADER + f"5850101,Trường A,TH,Xã Lâm Sơn,TH,{value}\n")
    assert "Dòng 2, cột “Số học sinh (enrolment)”" in err


def test_missing_columns(areas, tmp_path, capsys):
    err = failing(tmp_path, capsys, "code,name,type\n5850101,Trường A,TH\n")
    assert "Dòng 1: thiếu cột: area (Địa bàn), levels (Cấp học), enrolment (Số học sinh)." in err


def test_unknown_type(areas, tmp_path, capsys):
    err = failing(tmp_path, capsys, HEADER + "5850101,Trường A,Mầm non,Xã Lâm Sơn,TH,10\n")
    assert "Dòng 2, cột “Loại hình (type)”: loại hình “Mầm non” không có" in err


def test_wrong_encoding(areas, tmp_path, capsys):
    content = (
        (HEADER + GOOD_ROWS)
        .encode("utf-8")
        .replace("Phước Đại".encode(), "Phước Đại".encode("cp1258", errors="replace"))
    )
    err = failing(tmp_path, capsys, content)
    assert "Dòng 3: tệp không được mã hóa UTF-8" in err


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"  \n\n"])
def test_empty_file(areas, tmp_path, capsys, content):
    assert "Dòng 1: tệp trống" in failing(tmp_path, capsys, content)


def test_header_without_rows(areas, tmp_path, capsys):
    assert "Dòng 2: tệp không có dòng dữ liệu nào." in failing(tmp_path, capsys, HEADER + "\n")


def test_every_bad_row_is_named_and_good_rows_are_not_imported(areas, tmp_path, capsys):
    content = (
        HEADER
        + "5850101,Trường tốt,TH,Xã Lâm Sơn,TH,100\n"
        + "5850102,Trường A,XYZ,Xã Lâm Sơn,TH,100\n"
        + ",Trường B,TH,Xã Lâm Sơn,Mẫu giáo,nhiều\n"
    )
    err = failing(tmp_path, capsys, content)
    assert "Dòng 3, cột “Loại hình (type)”" in err
    assert "Dòng 4, cột “Mã trường (code)”: thiếu mã trường." in err
    assert "Dòng 4, cột “Cấp học (levels)”: cấp học “Mẫu giáo” không có." in err
    assert "Dòng 4, cột “Số học sinh (enrolment)”" in err


def test_ambiguous_area_name_asks_for_the_code(areas, tmp_path, capsys):
    from tests.factories.schools import AreaFactory

    AreaFactory(code="582-09", name="Xã Lâm Sơn", level="commune", parent=areas.district_b)
    err = failing(tmp_path, capsys, HEADER + "5850101,Trường A,TH,Lâm Sơn,TH,10\n")
    assert "có nhiều địa bàn tên “Lâm Sơn”; hãy nhập mã: 582-09, 585-01." in err


def test_a_retired_area_cannot_take_schools(areas, tmp_path, capsys):
    areas.commune_a.retired_on = datetime.date(2025, 7, 1)
    areas.commune_a.save()
    err = failing(tmp_path, capsys, HEADER + "5850101,Trường A,TH,585-01,TH,10\n")
    assert "đã ngừng hoạt động từ" in err


def test_a_move_keeps_the_past_grouped_by_the_old_units(areas, tmp_path):
    """The 2025 reform: the district is retired, the school moves to the province directly,
    and a report for a past date still finds it under the old district."""
    run(tmp_path, HEADER + GOOD_ROWS)
    areas.district_a.retired_on = datetime.date(2025, 7, 1)
    areas.district_a.save()
    from tests.factories.schools import AreaFactory

    new_commune = AreaFactory(
        code="58-101", name="Xã Lâm Sơn mới", level="commune", parent=areas.province
    )
    moved = HEADER + "5850101,Trường Tiểu học Lâm Sơn,TH,58-101,Tiểu học,560\n"
    run(tmp_path, moved, "truong.csv", "--moved-on", "2025-07-01")
    school = School.objects.get(code="5850101")
    assert school.area == new_commune
    before, after = datetime.date(2025, 3, 1), datetime.date(2025, 9, 1)
    assert school in schools_in_area_on(area=areas.district_a, on=before)
    assert school not in schools_in_area_on(area=areas.district_a, on=after)
    assert school in schools_in_area_on(area=new_commune, on=after)
    assert school in schools_in_area_on(area=areas.province, on=before)
    assert school in schools_in_area_on(area=areas.province, on=after)


def test_codes_are_matched_without_regard_to_case(areas):
    school_import(name="a.csv", content=(HEADER + "ab12,Trường A,TH,585-01,TH,10\n").encode())
    result = school_import(
        name="a.csv", content=(HEADER + "AB12,Trường A,TH,585-01,TH,20\n").encode()
    )
    assert (result.created, result.updated) == (0, 1)
    assert School.objects.get().enrolment == 20


# The officers' import in the admin


def upload(client, content: bytes, name="truong.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("schools:import"), {"file": SimpleUploadedFile(name, content)})


def test_officer_previews_then_confirms(client, world):
    client.force_login(world.officer_a)
    content = (
        HEADER
        + "5850101,Trường Tiểu học Lâm Sơn,TH,Xã Lâm Sơn,Tiểu học,560\n"
        + "5850002,Trường THCS Lâm Sơn,THCS,Xã Lâm Sơn,THCS,650\n"
    ).encode()
    preview = upload(client, content)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "1 trường mới, 1 trường thay đổi, 0 trường không đổi." in html
    assert "<del>400</del> → <strong>650</strong>" in html
    assert not School.objects.filter(code="5850101").exists()  # nothing until confirmed
    token = preview.context["token"]
    response = client.post(reverse("schools:import"), {"token": token})
    assert response.status_code == 302
    assert School.objects.get(code="5850101").area == world.commune_a
    world.school_a.refresh_from_db()
    assert world.school_a.enrolment == 650
    # A second confirm of the same preview does nothing.
    client.post(reverse("schools:import"), {"token": token})
    assert School.objects.filter(code="5850101").count() == 1


def test_officer_import_shows_errors_with_lines_and_writes_nothing(client, world):
    client.force_login(world.officer_a)
    content = (
        HEADER
        + "5850101,Trường A,TH,Xã Phước Đại,TH,10\n"  # another district
        + "5840004,Trường THCS Phước Thắng,THCS,Xã Lâm Sơn,THCS,10\n"  # another district's school
    ).encode()
    response = upload(client, content)
    assert response.status_code == 400
    errors = [str(error) for error in response.context["result"].errors]
    assert errors == [
        "Dòng 2, cột “Địa bàn (area)”: địa bàn “Xã Phước Đại” nằm ngoài phạm vi quản lý của bạn.",
        "Dòng 3, cột “Mã trường (code)”: trường mã “5840004” thuộc địa bàn ngoài phạm vi quản lý "
        "của bạn.",
    ]
    assert not School.objects.filter(code="5850101").exists()
    world.school_b.refresh_from_db()
    assert world.school_b.area == world.commune_b


def test_officer_import_rejects_a_file_that_is_not_a_table(client, world):
    client.force_login(world.officer_a)
    response = upload(client, b"PK\x03\x04 not really a workbook", "truong.xlsx")
    assert response.status_code == 400
    assert "không đọc được tệp .xlsx" in response.content.decode()


def test_downloadable_templates(client, world):
    client.force_login(world.officer_a)
    response = client.get(reverse("schools:import_template"), {"format": "xlsx"})
    workbook = load_workbook(io.BytesIO(response.content))
    data, guide = workbook.worksheets
    headings = [cell.value for cell in data[1]]
    assert headings[:6] == [
        "Mã trường",
        "Tên trường",
        "Loại hình",
        "Địa bàn",
        "Cấp học",
        "Số học sinh",
    ]
    guide_text = " ".join(
        str(cell.value) for row in guide.iter_rows() for cell in row if cell.value
    )
    assert "585-01" in guide_text and "584-01" not in guide_text  # the officer's areas only
    csv = client.get(reverse("schools:import_template"), {"format": "csv"})
    assert csv.content.decode("utf-8").startswith("\ufeffMã trường;Tên trường")
    # The template, filled in as given, imports.
    result = school_import(
        name="mau.csv",
        content=csv.content.replace(
            b"X\xc3\xa3 Ph\xc6\xb0\xe1\xbb\x9bc \xc4\x90\xe1\xba\xa1i", b"585-01"
        ),
    )
    assert result.errors == [] and result.created == 1
