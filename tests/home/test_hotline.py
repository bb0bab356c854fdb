import pytest
from django.views.defaults import server_error

from tests.factories.home import StandardPageFactory


@pytest.mark.django_db
def test_every_page_shows_the_hotline_and_links_help(client, home_page, help_page):
    standard = StandardPageFactory(parent=home_page, slug="gioi-thieu")
    for url in ["/", help_page.url, standard.url, "/khong-co-trang-nay/"]:
        html = client.get(url).content.decode()
        assert 'href="tel:111"' in html, url
        assert f'href="{help_page.url}"' in html, url


@pytest.mark.django_db
def test_editors_change_the_hotline_without_a_deploy(client, home_page, help_contacts):
    help_contacts.hotline_number = "1800 1567"
    help_contacts.save()
    html = client.get("/").content.decode()
    assert 'href="tel:18001567"' in html
    assert "Gọi 1800 1567" in html


@pytest.mark.django_db
def test_help_page_lists_hotline_police_and_report_site(client, help_page):
    response = client.get(help_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tổng đài điện thoại quốc gia bảo vệ trẻ em" in html
    assert 'href="tel:113"' in html
    assert "https://vn-cop.vn" in html
    assert "Zalo" in html
    assert "<script" not in html  # the help page works without JavaScript


@pytest.mark.django_db
def test_404_page_is_vietnamese_and_keeps_the_site_frame(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert 'lang="vi"' in html


def test_500_page_gives_the_hotline_without_the_database(rf):
    response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Đã có lỗi xảy ra" in html
    assert 'href="tel:111"' in html


@pytest.mark.django_db
def test_english_is_available(client, home_page):
    client.get("/ngon-ngu/en/?next=/")  # the footer's link; Accept-Language alone is ignored
    response = client.get("/", headers={"accept-language": "en"})
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_privacy_notice_is_linked_from_every_page(client, home_page):
    html = client.get("/").content.decode()
    assert 'href="/quyen-rieng-tu/"' in html
    notice = client.get("/quyen-rieng-tu/").content.decode()
    for words in ["Chúng tôi thu thập gì", "Vì sao", "Lưu trong bao lâu", "hỏi ai", "180 ngày"]:
        assert words in notice


@pytest.mark.django_db
def test_language_links_name_each_language_in_itself(client, home_page):
    html = client.get("/").content.decode()
    assert ">English</a>" in html and "Tiếng Anh" not in html
