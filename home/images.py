"""Images uploaded to the Wagtail library lose their metadata on upload: EXIF (GPS, camera,
time), XMP, ICC profiles, IPTC/Photoshop blocks, JPEG comments and PNG text chunks."""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Formats re-saved without metadata; others (e.g. GIF) carry no EXIF block worth keeping.
REENCODE = {"JPEG": {"quality": 88, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {}}
# A phone's JPEG with a second picture (depth map, HDR gain map) opens as MPO: it is a JPEG.
SAVED_AS = {"MPO": "JPEG"}
# What of `Image.info` is part of the picture, not metadata: a palette's transparent colour.
PIXEL_INFO = ("transparency",)


def pixels_only(image: Image.Image) -> Image.Image:
    """A new image made of ``image``'s pixels (and palette) only.

    Pillow carries ``Image.info`` — "comment", "xmp", "icc_profile", "exif", "photoshop"
    (IPTC), PNG text chunks — from an opened file into what is saved from it; a new image has
    none of it, whatever the format and whatever Pillow adds to ``info`` in later versions."""
    image.load()
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    if image.mode in ("P", "PA") and image.palette is not None:
        rawmode = image.palette.mode
        clean.putpalette(image.getpalette(rawmode), rawmode)
    for key in PIXEL_INFO:
        if key in image.info:
            clean.info[key] = image.info[key]
    return clean


def image_without_metadata(data: bytes) -> bytes | None:
    """The image re-encoded upright and without any metadata; None if not needed."""
    with Image.open(BytesIO(data)) as image:
        image_format = SAVED_AS.get(image.format, image.format)
        if image_format not in REENCODE:
            return None
        upright = pixels_only(ImageOps.exif_transpose(image))
        if image_format == "JPEG" and upright.mode not in {"L", "RGB", "CMYK"}:
            upright = upright.convert("RGB")
        output = BytesIO()
        # No exif=, icc_profile=, comment=, xmp= or pnginfo=: nothing but the pixels is written.
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
