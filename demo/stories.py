"""Demo editorial content and the sites: the home page, the crafts, the heritage stories, the cached video embeds,
Wagtail's and Django's site records and an editor of the regional tourism office.

Idempotent: pages are looked up by slug under their parent, crafts by slug, images by title, embeds by their cache
hash; what exists is left as it is (an editor's changes survive a second run).
"""

import uuid
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.utils.html import escape
from oscar.core.loading import get_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page, Site

from core.models import Craft
from demo import stories_data as demo_data
from demo.images import site_image
from stories.models import HomePage, StoryIndexPage, StoryPage

HOME_INTRODUCTION = (
    "Tapis, melhfas, cuirs et huiles : les savoir-faire de Dakhla-Oued Eddahab et des régions du Maroc, "
    "vendus directement par les artisanes, artisans et coopératives qui les font vivre."
)


def configure_sites(hostname, port):
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port, site.site_name) != (hostname, port, settings.SITE_NAME):
        site.hostname, site.port, site.site_name = hostname, port, settings.SITE_NAME
        site.save()
    domain = hostname if port in (80, 443) else f"{hostname}:{port}"
    DjangoSite.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.SITE_NAME})


# --- Pages -----------------------------------------------------------------------------------------------------------


def child_by_slug(parent, model, slug):
    """The existing child page of this type and slug, as its specific model, or None."""
    return model.objects.child_of(parent).filter(slug=slug).first()


def add_published_child(parent, page):
    """Create the page under its parent and publish it, as an editor would (one revision, then publish)."""
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild: treebeard computes the new path from it
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_home():
    home = HomePage.objects.first()
    changed = False
    if not home.introduction:
        home.introduction = HOME_INTRODUCTION
        changed = True
    if home.hero_image_id is None:
        hero = demo_data.HOME_HERO
        home.hero_image = site_image(hero["title"], hero["alt"], hero["spec"])
        changed = True
    if changed:
        home.save_revision().publish()
    return home


def load_crafts():
    """The crafts, by slug."""
    crafts = {}
    for slug, name, description, __, __ in demo_data.CRAFTS:
        crafts[slug], __ = Craft.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
        fill_in_translations(crafts[slug], {f"name_{code}": value
                                            for code, value in demo_data.CRAFT_NAMES.get(slug, {}).items()})
    return crafts


def fill_in_translations(obj, values):
    """Set the translated fields (name_ar, title_en, ...) that are still empty; never overwrite an editor's text."""
    missing = [name for name, value in values.items() if value and not getattr(obj, name)]
    for name in missing:
        setattr(obj, name, values[name])
    if missing:
        obj.save(update_fields=missing)


# --- Video embeds ----------------------------------------------------------------------------------------------------


def video_html(url, video):
    """Local markup for a demo video: its poster (a generated image) linking to the video's address."""
    poster = site_image(video["poster"]["title"], video["poster"]["alt"], video["poster"]["spec"])
    return (
        f'<a class="video-embed__link" href="{escape(url)}">'
        f'<img src="{escape(poster.file.url)}" alt="{escape(poster.description)}" width="{poster.width}" '
        f'height="{poster.height}" loading="lazy">'
        f'<span class="video-embed__title">{escape(video["title"])} ({escape(video["provider"])})</span></a>'
    ), poster


def ensure_video_embeds():
    """Cache the demo videos' embeds so that rendering never asks YouTube or Vimeo (there is no network here).

    wagtail.embeds.embeds.get_embed looks its cache up by the hash of (url, max_width, max_height); both
    `{{ value.video }}` and `{% embed value.video.url %}` ask with no width or height, which is the row made here.
    `cache_until` stays empty: the row never expires.
    """
    for url, video in demo_data.VIDEOS.items():
        embed_hash = get_embed_hash(url)
        if Embed.objects.filter(hash=embed_hash).exists():
            continue
        html, poster = video_html(url, video)
        Embed.objects.create(
            url=url, max_width=None, hash=embed_hash, type="video", html=html, title=video["title"],
            author_name=video["author"], provider_name=video["provider"], thumbnail_url=poster.file.url,
            width=poster.width, height=poster.height,
        )


# --- Stories ---------------------------------------------------------------------------------------------------------


def load_story_index(home):
    index = child_by_slug(home, StoryIndexPage, demo_data.STORY_INDEX["slug"])
    if index is None:
        index = add_published_child(home, StoryIndexPage(
            title=demo_data.STORY_INDEX["title"], slug=demo_data.STORY_INDEX["slug"],
            introduction=demo_data.STORY_INDEX["introduction"],
        ))
    return index


def captioned_image(picture, caption=None, credit=None):
    image = site_image(picture["title"], picture["alt"], picture["spec"])
    return {
        "image": image.pk,
        "caption": picture["caption"] if caption is None else caption,
        "credit": picture["credit"] if credit is None else credit,
    }


def story_body(blocks, artisans, products):
    """The story's StreamField value (a list of {"type", "value"}) from the compact description in demo_data."""
    body = []
    for block in blocks:
        kind = block[0]
        if kind in ("heading", "heading3"):
            body.append({"type": "heading",
                         "value": {"heading_text": block[1], "size": "h2" if kind == "heading" else "h3"}})
        elif kind == "paragraph":
            body.append({"type": "paragraph", "value": block[1]})
        elif kind == "image":
            __, picture, caption, credit = block
            body.append({"type": "image", "value": captioned_image(picture, caption, credit)})
        elif kind == "gallery":
            __, title, pictures = block
            items = [{"type": "item", "id": str(uuid.uuid4()), "value": captioned_image(picture)}
                     for picture in pictures]
            body.append({"type": "gallery", "value": {"title": title, "images": items}})
        elif kind == "quote":
            body.append({"type": "quote", "value": {"quote": block[1], "attribution": block[2]}})
        elif kind == "video":
            body.append({"type": "video", "value": {"video": block[1], "caption": block[2]}})
        elif kind == "product":
            body.append({"type": "product", "value": {"product": products[block[1]].pk}})
        elif kind == "artisan":
            body.append({"type": "artisan", "value": {"artisan": artisans[block[1]].pk}})
        else:
            raise ValueError(f"unknown story block {kind!r}")
    return body


def load_stories(home, regions, artisans, crafts):
    """The story index and its stories; `regions` and `artisans` are pages by slug, `crafts` Craft rows by slug."""
    Product = get_model("catalogue", "Product")
    ensure_video_embeds()
    index = load_story_index(home)
    upcs = {block[1] for story in demo_data.STORIES for block in story["body"] if block[0] == "product"}
    products = {product.upc: product for product in Product.objects.filter(upc__in=upcs)}
    stories = {}
    for data in demo_data.STORIES:
        story = child_by_slug(index, StoryPage, data["slug"])
        if story is None:
            hero = data["hero"]
            story = add_published_child(index, StoryPage(
                title=data["title"], slug=data["slug"], introduction=data["introduction"],
                hero_image=site_image(hero["title"], hero["alt"], hero["spec"]),
                body=story_body(data["body"], artisans, products),
                author=data["author"], date_published=date.fromisoformat(data["date"]),
                region=regions[data["region"]], crafts=[crafts[slug] for slug in data["crafts"]],
                search_description=data["introduction"],
            ))
        stories[data["slug"]] = story
    return index, stories


def feature_on_home(home, stories, regions):
    """The home page's editorial choices, set once (an editor who changes them keeps their choice)."""
    Product = get_model("catalogue", "Product")
    home = HomePage.objects.get(pk=home.pk)
    if len(home.featured):
        return home
    upcs = [value for kind, value in demo_data.HOME_FEATURED if kind == "product"]
    products = {product.upc: product for product in Product.objects.filter(upc__in=upcs)}
    featured = []
    for kind, key in demo_data.HOME_FEATURED:
        target = {"story": stories, "region": regions, "product": products}[kind].get(key)
        if target is not None:
            featured.append({"type": kind, "value": target.pk})
    home.featured = featured
    home.save_revision().publish()
    return home


# --- Accounts --------------------------------------------------------------------------------------------------------


def ensure_editor(username, email, password, first_name, last_name):
    """An editor: creates and publishes pages in /cms/ and, as staff of the office, manages the shop's dashboard."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": True},
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name="Editors"))
    return user, created
