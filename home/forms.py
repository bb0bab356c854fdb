"""The document and image libraries check a file's content, not only its name."""

from django import forms
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

ZIP_SIGNATURE = b"PK\x03\x04"
# What the first bytes of each accepted extension must be (Office and OpenDocument are zips).
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP_SIGNATURE,),
    "pptx": (ZIP_SIGNATURE,),
    "xlsx": (ZIP_SIGNATURE,),
    "odt": (ZIP_SIGNATURE,),
    "odp": (ZIP_SIGNATURE,),
    "ods": (ZIP_SIGNATURE,),
}
TEXT_SAMPLE_BYTES = 64 * 1024


def document_content_matches(name: str, head: bytes) -> bool:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "txt":
        if b"\x00" in head:
            return False
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return "<html" not in text.lower() and "<script" not in text.lower()
    signatures = SIGNATURES.get(extension)
    return bool(signatures) and head.startswith(signatures)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        extension = file.name.rsplit(".", 1)[-1].lower() if file and "." in file.name else ""
        known = extension in SIGNATURES or extension == "txt"
        # Other extensions are refused by Wagtail's own check, with its message.
        if known and file is not getattr(self, "original_file", None):
            position = file.tell()
            file.seek(0)
            head = file.read(TEXT_SAMPLE_BYTES)
            file.seek(position)
            if not document_content_matches(file.name, head):
                raise forms.ValidationError(
                    _("Nội dung tệp không đúng với loại tệp theo tên (%(name)s)."),
                    params={"name": file.name},
                )
        return file


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, which also decodes the whole image: a damaged file (a truncated
    JPEG, a corrupt PNG) is a form error, not an OSError from the image library (a 500)."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except forms.ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - whatever the decoder raises on bad data
            raise self.damaged(f) from error

    def to_python(self, data):
        f = super().to_python(data)
        if f is None:
            return None
        try:
            f.seek(0)
            with Image.open(f) as image:
                image.load()
        except forms.ValidationError:
            raise
        except Exception as error:  # noqa: BLE001
            raise self.damaged(f) from error
        finally:
            f.seek(0)
        return f

    @staticmethod
    def damaged(f) -> forms.ValidationError:
        return forms.ValidationError(
            _("Tệp “%(name)s” bị hỏng hoặc không đầy đủ nên không mở được thành ảnh."),
            code="invalid_image",
            params={"name": getattr(f, "name", "")},
        )


class CheckedImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the upload field decodes the image (single and multiple
    upload, and a replaced file on edit)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, DecodedImageField):
            self.fields["file"] = DecodedImageField(
                label=field.label,
                required=field.required,
                max_length=field.max_length,
                widget=field.widget,
            )
