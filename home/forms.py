"""The document library checks a file's content, not only its name."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

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
