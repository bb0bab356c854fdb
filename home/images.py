"""Images uploaded to the Wagtail library lose their EXIF data (GPS, camera, time) on upload."""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Formats re-saved without metadata; others (e.g. GIF) carry no EXIF block worth keeping.
REENCODE = {"JPEG": {"quality": 88, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {}}


def image_without_metadata(data: bytes) -> bytes | None:
    """The image re-encoded upright and without EXIF or text chunks; None if not needed."""
    with Image.open(BytesIO(data)) as image:
        image_format = image.format
        if image_format not in REENCODE:
            return None
        upright = ImageOps.exif_transpose(image)
        if image_format == "JPEG" and upright.mode not in {"L", "RGB", "CMYK"}:
            upright = upright.convert("RGB")
        output = BytesIO()
        upright.save(output, image_format, **REENCODE[image_format])
    return output.getvalue()


def strip_uploaded_image_metadata(sender, instance, **kwargs):
    """pre_save of the image model: only a newly uploaded file is rewritten."""
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return
    file.seek(0)
    cleaned = image_without_metadata(file.read())
    file.seek(0)
    if cleaned is None:
        return
    instance.file = ContentFile(cleaned, name=file.name)
    instance.file_size = len(cleaned)
    instance._set_file_hash()
