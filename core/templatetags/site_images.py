"""`{% picture %}` as Wagtail's, with each tag's filters parsed once per template instead of on every render: Wagtail's
PictureNode builds new Filter objects (and parses their operations, with an `inspect` signature check per operation)
each time it renders. The tag is parsed by Wagtail's own parser function; its node is then rebuilt as the subclass
below through the node's public constructor (the image expression, filter specs, attributes and `as` name the parser
read).
"""

from functools import cached_property

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

register = template.Library()


class PictureNode(wagtail_images.PictureNode):
    @cached_property
    def filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.filters


@register.tag
def picture(parser, token):
    node = wagtail_images.image(parser, token)  # Wagtail's parsing and checks of the tag, unchanged
    return PictureNode(node.image_expr, node.filter_specs, attrs=node.attrs, output_var_name=node.output_var_name)
