"""Evidence files: their type is read from their content, and photos are re-encoded so that
nothing but the pixels leaves the teacher's phone: no EXIF, no GPS position, no camera data."""

from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

PDF_MAGIC = b"%PDF-"
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}
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
        return CleanFile(content=upload.read(), content_type="application/pdf", original_name=name)
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
            output = BytesIO()
            # Saving without exif=/pnginfo= writes no EXIF block and no text chunks.
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
