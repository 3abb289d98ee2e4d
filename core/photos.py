"""Photos sent from a phone (a product's, an artisan's portrait, an applicant's work): checked, turned upright and
stored as a JPEG of reasonable size, with a clear message in the visitor's language when they cannot be used."""

import io
import os

from django import forms
from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

# Photos from a phone: what is accepted and how they are stored
PHOTO_MAX_BYTES = 12 * 1024 * 1024
PHOTO_MIN_SIDE = 300
PHOTO_MAX_PIXELS = 60_000_000
PHOTO_STORED_SIDE = 1600
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP", "MPO"}


class PhotoError(ValueError):
    pass


def prepare_photo(upload):
    """Check an uploaded photo (type, size, dimensions) and return it as a JPEG ContentFile whose longest side is
    at most PHOTO_STORED_SIDE, turned upright from the camera's orientation. Raises PhotoError."""

    if upload.size > PHOTO_MAX_BYTES:
        raise PhotoError(_("This photo is too large (more than 12 MB)."))
    try:
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in PHOTO_FORMATS:
            raise PhotoError(_("Send a photo in JPEG, PNG or WebP format."))
        width, height = image.size
        if width * height > PHOTO_MAX_PIXELS:
            raise PhotoError(_("This photo has too many pixels."))
        if min(width, height) < PHOTO_MIN_SIDE:
            raise PhotoError(_("This photo is too small: at least 300 pixels on each side."))
        image.load()
        image = ImageOps.exif_transpose(image)
    except PhotoError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise PhotoError(_("This file is not a photo we can read.")) from None
    image = image.convert("RGB")
    image.thumbnail((PHOTO_STORED_SIDE, PHOTO_STORED_SIDE), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    name = slugify(os.path.splitext(os.path.basename(upload.name or "photo"))[0])[:40] or "photo"
    return ContentFile(buffer.getvalue(), name=f"{name}.jpg")


class CameraPhotoInput(forms.ClearableFileInput):
    """A file input that opens the phone's camera (rear) or its photo library."""

    def __init__(self, attrs=None):
        super().__init__({"accept": "image/*", "capture": "environment", **(attrs or {})})


class PhotoField(forms.FileField):
    """An uploaded photo, checked and resized (cleaned value: a JPEG ContentFile, or None)."""

    widget = CameraPhotoInput

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return None
        try:
            return prepare_photo(upload)
        except PhotoError as error:
            raise forms.ValidationError(str(error)) from None
