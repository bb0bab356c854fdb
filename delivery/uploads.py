"""Evidence files: their type is read from their content, and photos are re-encoded so that
nothing but the pixels leaves the teacher's phone: no EXIF, no GPS position, no camera data, no
XMP, ICC profile, IPTC block, JPEG comment or PNG text. PDFs are rewritten without JavaScript,
actions, attachments or metadata (see ``pdf_clean``)."""

from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath

import pikepdf
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from home.images import pixels_only

PDF_MAGIC = b"%PDF-"
# A phone's JPEG with a second picture (depth map, HDR gain map) opens as MPO: it is a JPEG.
IMAGE_TYPES = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png"}
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
# Phone photos are 12–50 megapixels; anything larger is a mistake or an attack.
MAX_PIXELS = 60_000_000
# Long side kept: plenty to read a class photo or a signed attendance sheet.
MAX_SIDE = 2560
JPEG_QUALITY = 85
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
MAX_FILES_PER_SESSION = 6


@dataclass(frozen=True)
class CleanFile:
    content: bytes
    content_type: str
    original_name: str

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.content_type]


def evidence_max_bytes() -> int:
    return getattr(settings, "SCHOOLS_EVIDENCE_MAX_BYTES", DEFAULT_MAX_BYTES)


def evidence_file_clean(upload: UploadedFile) -> CleanFile:
    """The file ready to store, or a ValidationError naming the file and what is wrong."""
    name = PurePosixPath(upload.name or "").name[:255] or "tep"
    max_bytes = evidence_max_bytes()
    if upload.size > max_bytes:
        raise ValidationError(
            _("Tệp “%(name)s” lớn hơn %(limit)s MB."),
            code="too_large",
            params={"name": name, "limit": max_bytes // (1024 * 1024)},
        )
    upload.seek(0)
    if upload.read(len(PDF_MAGIC)) == PDF_MAGIC:
        upload.seek(0)
        return CleanFile(
            content=pdf_clean(upload, name), content_type="application/pdf", original_name=name
        )
    content_type = _image_type(upload, name)
    return CleanFile(
        content=_image_reencode(upload, name, content_type),
        content_type=content_type,
        original_name=name,
    )


def _not_accepted(name: str) -> ValidationError:
    return ValidationError(
        _("Tệp “%(name)s” không phải ảnh JPG, PNG hay tệp PDF."),
        code="invalid_type",
        params={"name": name},
    )


def _image_type(upload: UploadedFile, name: str) -> str:
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _not_accepted(name) from None
    finally:
        upload.seek(0)
    if image_format not in IMAGE_TYPES:
        raise _not_accepted(name)
    return IMAGE_TYPES[image_format]


def _image_reencode(upload: UploadedFile, name: str, content_type: str) -> bytes:
    try:
        with Image.open(upload) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("Ảnh “%(name)s” quá lớn (hơn %(limit)s triệu điểm ảnh)."),
                    code="too_many_pixels",
                    params={"name": name, "limit": MAX_PIXELS // 1_000_000},
                )
            # Turn the pixels the way the camera meant, since the orientation tag goes too.
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((MAX_SIDE, MAX_SIDE))
            # A new image of the pixels only: Pillow would otherwise write the comment, XMP
            # and ICC profile it read (Image.info) into the new file.
            upright = pixels_only(upright)
            output = BytesIO()
            # Saving without exif=/icc_profile=/comment=/pnginfo= writes no metadata at all.
            if content_type == "image/jpeg":
                upright.convert("RGB").save(output, "JPEG", quality=JPEG_QUALITY, optimize=True)
            else:
                if upright.mode not in {"1", "L", "LA", "P", "RGB", "RGBA"}:
                    upright = upright.convert("RGBA")
                upright.save(output, "PNG", optimize=True)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _not_accepted(name) from None
    finally:
        upload.seek(0)
    return output.getvalue()


# PDF: the file is rewritten (qpdf, through pikepdf) from its objects. What could run, open
# something else or carry data beyond the pages is dropped: JavaScript, the open action and
# every additional action (/AA), Launch/SubmitForm/ImportData and similar actions, attached
# and embedded files, XFA forms, and the metadata (the Info dictionary and every XMP stream).
# Photos inside the PDF keep their pixels but lose their EXIF/XMP/comment segments. Earlier
# revisions kept by incremental saves are not written out.
PDF_DROPPED_KEYS = {
    "/AA",
    "/OpenAction",
    "/JS",
    "/JavaScript",
    "/EmbeddedFiles",
    "/EF",
    "/RF",
    "/XFA",
    "/Metadata",
    "/PieceInfo",
    "/AF",
}
PDF_DANGEROUS_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/ResetForm",
    "/GoToE",
    "/GoToR",
    "/Rendition",
    "/RichMediaExecute",
    "/Movie",
    "/Sound",
}
PDF_DROPPED_ANNOTATIONS = {"/FileAttachment", "/RichMedia", "/Screen", "/Movie", "/Sound"}
# JPEG segments kept inside a PDF's photos: JFIF (APP0) and Adobe (APP14, colour transform).
JPEG_KEPT_APP = {0xE0, 0xEE}


def pdf_clean(upload: UploadedFile, name: str) -> bytes:
    """The PDF rewritten without active content, attachments or metadata."""
    upload.seek(0)
    try:
        with pikepdf.open(BytesIO(upload.read())) as pdf:
            if "/Info" in pdf.trailer:
                del pdf.trailer["/Info"]
            for obj in pdf.objects:
                _pdf_object_clean(obj)
            _pdf_object_clean(pdf.trailer)
            output = BytesIO()
            # No object streams: what the file holds can be checked by reading it.
            pdf.save(
                output,
                fix_metadata_version=False,
                deterministic_id=True,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
            )
    except (pikepdf.PdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        # Damaged, encrypted or strange: refused rather than stored as it came.
        raise _not_accepted(name) from None
    finally:
        upload.seek(0)
    return output.getvalue()


def _pdf_dangerous(value) -> bool:
    if isinstance(value, pikepdf.Array):
        return any(_pdf_dangerous(item) for item in value)
    return isinstance(value, pikepdf.Dictionary) and (
        str(value.get("/S", "")) in PDF_DANGEROUS_ACTIONS
        or str(value.get("/Subtype", "")) in PDF_DROPPED_ANNOTATIONS
    )


def _pdf_object_clean(obj, depth: int = 0) -> None:
    """Cleans one object and the direct objects inside it (indirect ones are cleaned on their
    own turn in ``pdf.objects``)."""
    if depth > 64:
        raise ValueError("PDF nested too deeply")
    if isinstance(obj, pikepdf.Stream):
        _pdf_dictionary_clean(obj, depth)
        if str(obj.get("/Filter", "")) == "/DCTDecode":
            raw = obj.read_raw_bytes()
            cleaned = jpeg_segments_strip(raw)
            if cleaned != raw:
                obj.write(cleaned, filter=obj.Filter, decode_parms=obj.get("/DecodeParms"))
    elif isinstance(obj, pikepdf.Dictionary):
        _pdf_dictionary_clean(obj, depth)
    elif isinstance(obj, pikepdf.Array):
        for index in reversed(range(len(obj))):
            item = obj[index]
            if _pdf_dangerous(item):
                del obj[index]
            elif isinstance(item, (pikepdf.Dictionary, pikepdf.Array)) and not item.is_indirect:
                _pdf_object_clean(item, depth + 1)


def _pdf_dictionary_clean(obj, depth: int) -> None:
    for key in list(obj.keys()):
        if key in PDF_DROPPED_KEYS:
            del obj[key]
            continue
        value = obj[key]
        if key in ("/A", "/Next") and _pdf_dangerous(value):
            del obj[key]
        elif isinstance(value, (pikepdf.Dictionary, pikepdf.Array)) and not value.is_indirect:
            _pdf_object_clean(value, depth + 1)
    if str(obj.get("/S", "")) in PDF_DANGEROUS_ACTIONS:
        # An action reached some other way than /A or /Next: made inert.
        for key in list(obj.keys()):
            if key not in ("/Type", "/S"):
                del obj[key]


def jpeg_segments_strip(data: bytes) -> bytes:
    """A JPEG's bytes without its metadata segments (APP1–APP13, APP15: EXIF, XMP, ICC, IPTC;
    COM: comments); the image data is not decoded. Unparseable data is returned unchanged."""
    if not data.startswith(b"\xff\xd8"):
        return data
    output = bytearray(data[:2])
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return data
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            output += data[position:]
            return bytes(output)
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        end = position + 2 + length
        if length < 2 or end > len(data):
            return data
        is_metadata = marker == 0xFE or (0xE1 <= marker <= 0xEF and marker not in JPEG_KEPT_APP)
        if not is_metadata:
            output += data[position:end]
        position = end
    return data
