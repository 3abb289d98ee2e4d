"""`{% picture %}` as Wagtail's, with each tag's filters parsed once per template instead of on every render.

Wagtail's PictureNode builds new Filter objects (and parses their operations, with an `inspect` signature check per
operation) each time it renders; a page of cards renders dozens of pictures, and this was a tenth of its time
(issue #8). A Filter holds nothing but its spec and its parsed operations, so one per tag is shared safely.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

register = template.Library()


class PictureNode(wagtail_images.PictureNode):
    def get_filters(self):
        filters = self.__dict__.get("_parsed_filters")
        if filters is None:
            filters = self._parsed_filters = super().get_filters()
        return filters


@register.tag
def picture(parser, token):
    node = wagtail_images.image(parser, token)
    node.__class__ = PictureNode  # same attributes: Wagtail's parsing of the tag, unchanged
    return node
