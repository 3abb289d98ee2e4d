"""Small blocks, each with its own Meta, composed into the story body (as in Wagtail's bakerydemo)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import CaptionedImageBlock, GalleryBlock, HeadingBlock, PullQuoteBlock, VideoBlock
from shop.blocks import ProductChooserBlock


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
        template="core/blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = PullQuoteBlock()
    video = VideoBlock()
    product = ProductBlock()
    artisan = ArtisanBlock()


class FeaturedStreamBlock(blocks.StreamBlock):
    """What editors put forward on the home page; the newest are shown where they choose none."""

    story = blocks.PageChooserBlock(label=_("Story"), page_type="stories.StoryPage", icon="doc-full")
    region = blocks.PageChooserBlock(label=_("Region"), page_type="cooperatives.RegionPage", icon="site")
    product = ProductChooserBlock(label=_("Product"), icon="tag")
