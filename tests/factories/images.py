from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model


def image_create(*, title: str, colour: str = "green", size=(320, 240)):
    """A real image file in the media storage (a plain coloured PNG) and its Wagtail row."""
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    slug = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in title.lower())
    return get_image_model().objects.create(
        title=title, file=ImageFile(BytesIO(buffer.getvalue()), name=f"{slug or 'hinh'}.png")
    )


def picture_choice(image, *, alt: str, text: str = "", correct: bool = False) -> dict:
    """An AnswerChoiceBlock value with a picture (ImageBlock: image, alt text, decorative)."""
    return {
        "text": text,
        "image": {"image": image, "decorative": False, "alt_text": alt},
        "correct": correct,
    }
