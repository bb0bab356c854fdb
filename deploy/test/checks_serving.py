"""Checks of serving: the environment, health, publishing through the cache, logins, media."""

import http.client
import re
import time

from harness import (
    ADDRESS_A,
    CLIENT_A,
    CLIENT_B,
    MEDIA_ROOT,
    PASSWORD,
    PROXY_PORT,
    ROOT,
    SERVERS,
    TIMEOUT,
    check,
    get,
    login,
    login_session,
    shell,
    upstream,
)


@check("the environment example lists every variable the code reads")
def environment_example():
    names = set()
    pattern = re.compile(
        r"""(?:environ\.get|environ\[|getenv|env_bool|env_list)\(?\s*["']([A-Z_0-9]+)"""
    )
    for folder in (
        "curriculum_site",
        "core",
        "home",
        "lessons",
        "quizzes",
        "schools",
        "curriculum",
        "delivery",
        "completion",
        "concerns",
        "deploy",
    ):
        for path in (ROOT / folder).rglob("*.py"):
            if "test" not in path.parts:
                names.update(pattern.findall(path.read_text(encoding="utf-8")))
    example = (ROOT / "deploy" / "curriculum.env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([A-Z_0-9]+)=", example, flags=re.MULTILINE))
    missing = sorted(names - listed - {"DJANGO_SETTINGS_MODULE"})
    assert not missing, f"not in deploy/curriculum.env.example: {missing}"
    return f"{len(listed)} variables"


@check("both app servers and nginx answer /healthz/ and /readyz/")
def servers_ready():
    seen = set()
    for base in (*SERVERS, CLIENT_A, CLIENT_A, CLIENT_B):
        health = get(base, "/healthz/")
        assert health.status_code == 200, (base, health.status_code, health.text[:300])
        response = get(base, "/readyz/")
        assert response.status_code == 200, (base, response.status_code, response.text)
        assert response.json()["database"] == "ok" and response.json()["cache"] == "ok"
        assert "no-store" in response.headers["Cache-Control"]
        if base in (CLIENT_A, CLIENT_B):
            seen |= {upstream(health), upstream(response)}
    assert len(seen) == 2, f"nginx used {seen}, not both app servers"
    return f"nginx balances over {sorted(seen)}"


@check("a published lesson is served fresh by nginx and by each app server")
def publish_purges_every_cache():
    lesson = shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        "page = LessonPage.objects.live().order_by('pk').first()\n"
        "print(json.dumps({'id': page.pk, 'url': page.url, 'title': page.title}))\n"
    )
    url, old_title = lesson["url"], lesson["title"]
    hits = 0
    for _ in range(2):
        for base in (CLIENT_A, CLIENT_A, *SERVERS):
            response = get(base, url)
            assert response.status_code == 200 and old_title in response.text
            hits += response.headers.get("X-Page-Cache") == "hit"
    assert hits >= 3, f"only {hits} cached copies served before publishing: nothing to purge"

    new_title = f"Bài học kiểm thử triển khai {int(time.time())}"
    shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        f"page = LessonPage.objects.get(pk={lesson['id']})\n"
        f"page.title = {new_title!r}\n"
        "revision = page.save_revision(log_action=True)\n"
        "revision.publish()\n"
        "print(json.dumps({'published': revision.pk}))\n"
    )
    answered = set()
    for _ in range(3):
        for base in (CLIENT_A, CLIENT_B, *SERVERS):
            response = get(base, url)
            assert response.status_code == 200, (base, response.status_code)
            assert new_title in response.text, f"{base}{url} still served the old lesson"
            assert f"<title>{old_title}" not in response.text
            answered.add(upstream(response) or base)
    assert len(answered) >= 2
    return f"{url}: {hits} cached copies before, the new title from {len(answered)} answers after"


@check("a lesson unpublished in one app server's admin is gone from the other and from nginx")
def unpublish_through_one_server():
    # The last lesson, so that the checks below, which read the first, keep theirs.
    lesson = shell(
        "import json\n"
        "from lessons.models import LessonPage\n"
        "page = LessonPage.objects.live().order_by('pk').last()\n"
        "print(json.dumps({'id': page.pk, 'url': page.url}))\n"
    )
    url = lesson["url"]
    for base in (CLIENT_A, CLIENT_B, *SERVERS, CLIENT_A, CLIENT_B):
        response = get(base, url)
        assert response.status_code == 200, (base, response.status_code)
    session = login_session(SERVERS[0])
    response = login(session, SERVERS[0], "admin", PASSWORD)
    assert response.status_code == 302, f"the superuser could not sign in: {response}"
    response = session.post(
        f"{SERVERS[0]}/admin/pages/{lesson['id']}/unpublish/",
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert response.status_code == 302, (response.status_code, response.text[-800:])
    answers = []
    for base in (SERVERS[1], CLIENT_A, CLIENT_B, CLIENT_A, CLIENT_B):
        response = get(base, url)
        answers.append(response.status_code)
    assert answers == [404] * len(answers), f"{url} after unpublishing: {answers}"
    return f"{url} unpublished on {SERVERS[0]}: {answers} from the other server and nginx"


@check("failed logins on both app servers count together, per client address")
def logins_are_throttled_across_servers():
    session_a = login_session(CLIENT_A)
    statuses, servers = [], set()
    for attempt in range(5):
        response = login(session_a, CLIENT_A, "moderator", f"wrong-password-{attempt}")
        statuses.append(response.status_code)
        servers.add(upstream(response))
    assert len(servers) == 2, f"the failures reached {servers} only"
    assert statuses[:4] == [200] * 4, statuses
    # Locked after five failures: the right password, and another account, from that address,
    # on either app server.
    locked = []
    for username in ("moderator", "officer", "editor"):
        response = login(session_a, CLIENT_A, username, PASSWORD)
        locked.append((response.status_code, upstream(response)))
    assert all(status == 429 for status, _ in locked), locked
    assert len({server for _, server in locked}) == 2, locked
    # Another school's address is not locked out by the first one.
    session_b = login_session(CLIENT_B)
    response = login(session_b, CLIENT_B, "editor", PASSWORD)
    assert response.status_code == 302, response.status_code
    assert response.headers["Location"].endswith("/admin/"), response.headers["Location"]
    return f"failures {statuses}, then {[s for s, _ in locked]}; 127.0.0.3 signs in"


def raw_get(path: str) -> tuple[int, bytes]:
    """A GET with the path exactly as written (requests would resolve ``..`` itself)."""
    connection = http.client.HTTPConnection(
        ADDRESS_A, PROXY_PORT, timeout=TIMEOUT, source_address=(ADDRESS_A, 0)
    )
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@check("nginx serves library images, and no documents or evidence")
def media():
    image = shell(
        "import io, json\n"
        "from PIL import Image\n"
        "from django.core.files.images import ImageFile\n"
        "from wagtail.images import get_image_model\n"
        "buffer = io.BytesIO()\n"
        "Image.new('RGB', (16, 16), (200, 30, 30)).save(buffer, 'PNG')\n"
        "image = get_image_model()(title='Deploy test',"
        " file=ImageFile(buffer, name='deploy-test.png'))\n"
        "image.save()\n"
        "rendition = image.get_rendition('fill-8x8')\n"
        "print(json.dumps({'original': image.file.name, 'rendition': rendition.file.name}))\n"
    )
    served = []
    for name in (image["original"], image["rendition"]):
        assert name.startswith(("original_images/", "images/")), name
        response = get(CLIENT_A, f"/media/{name}")
        assert response.status_code == 200, (name, response.status_code)
        assert response.content == (MEDIA_ROOT / name).read_bytes()
        assert response.headers["Content-Type"] == "image/png"
        assert "X-Upstream" not in response.headers  # from disk, not from an app server
        served.append(name)

    secret = b"%PDF-1.4 private document of the deployment test"
    for name in (
        "documents/deploy-test.pdf",
        "evidence/2026/12/deploy-test.png",
        "avatar_images/deploy-test.png",
        "imports/deploy-test.csv",
    ):
        (MEDIA_ROOT / name).parent.mkdir(parents=True, exist_ok=True)
        (MEDIA_ROOT / name).write_bytes(secret)
    (MEDIA_ROOT / "images" / "deploy-test-link.pdf").symlink_to(
        MEDIA_ROOT / "documents" / "deploy-test.pdf"
    )
    refused = {}
    for path in (
        "/media/documents/deploy-test.pdf",
        "/media/evidence/2026/12/deploy-test.png",
        "/media/avatar_images/deploy-test.png",
        "/media/imports/deploy-test.csv",
        "/media/images/../documents/deploy-test.pdf",
        "/media/images/%2e%2e/documents/deploy-test.pdf",
        "/media/images/..%2fdocuments/deploy-test.pdf",
        "/media/original_images/../../media/documents/deploy-test.pdf",
        "/media/images/deploy-test-link.pdf",
        "/media/",
        "/media/images/",
    ):
        status, body = raw_get(path)
        assert status != 200 and secret not in body, (path, status)
        refused[path] = status
    return f"served {served}; refused {sorted(set(refused.values()))} for {len(refused)} paths"
