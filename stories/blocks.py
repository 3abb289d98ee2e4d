"""Small blocks, each with its own Meta, composed into the story body (as in Wagtail's bakerydemo)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from shop.blocks import ProductChooserBlock


class HeadingBlock(blocks.StructBlock):
    heading_text = blocks.CharBlock(label=_("heading"), max_length=120)
    size = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", _("Section")), ("h3", _("Sub-section"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "stories/blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its caption and credit; the alt text is the image's own (required on every image)."""

    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "stories/blocks/captioned_image_block.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "stories/blocks/gallery_block.html"


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        template = "stories/blocks/pull_quote_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "stories/blocks/video_block.html"


class ProductBlock(blocks.StructBlock):
    """A live card of a product from the shop: price, stock state and an add-to-basket button."""

    product = ProductChooserBlock(label=_("product"))

    class Meta:
        icon = "tag"
        label = _("Product")
        template = "stories/blocks/product_block.html"


class ArtisanBlock(blocks.StructBlock):
    artisan = blocks.PageChooserBlock(label=_("artisan"), page_type="cooperatives.ArtisanPage")

    class Meta:
        icon = "user"
        label = _("Artisan")
        template = "stories/blocks/artisan_block.html"


class StoryStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), icon="pilcrow", features=["bold", "italic", "link", "ol", "ul"],
        template="stories/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = PullQuoteBlock()
    video = VideoBlock()
    product = ProductBlock()
    artisan = ArtisanBlock()


class GalleryStreamBlock(blocks.StreamBlock):
    """The photo gallery of an artisan or a cooperative."""

    image = CaptionedImageBlock()

    class Meta:
        max_num = 24


class FeaturedStreamBlock(blocks.StreamBlock):
    """What editors put forward on the home page; the newest are shown where they choose none."""

    story = blocks.PageChooserBlock(label=_("Story"), page_type="stories.StoryPage", icon="doc-full")
    region = blocks.PageChooserBlock(label=_("Region"), page_type="cooperatives.RegionPage", icon="site")
    product = ProductChooserBlock(label=_("Product"), icon="tag")
