"""Stories of the benchmark's catalogue (scripts/bench/generate.py): under the story index (made if missing), with
text, images, a gallery, a quote, sometimes a video, the artisan's products and the artisan; adding each page
indexes its references (artisans, products) in Wagtail's ReferenceIndex."""

import datetime
import uuid

from scripts.bench.generate_words import PRODUCT_ADJECTIVES, QUOTES, SENTENCES


def make_stories(counts, rng, home, now, crafts, pictures, video_urls, regions, artisans, artisan_craft, products):
    from stories.models import HomePage, StoryIndexPage, StoryPage

    craft_slugs = list(crafts)
    heroes, inline = pictures.heroes, pictures.inline
    product_ids = [product.pk for product in products]
    index = StoryIndexPage.objects.child_of(home).first()
    if index is None:
        index = StoryIndexPage(title="Histoires", slug="histoires", first_published_at=now, last_published_at=now,
                               introduction="Les savoir-faire et celles et ceux qui les font vivre.")
        HomePage.objects.get(pk=home.pk).add_child(instance=index)
    by_artisan = {}
    for product in products:
        by_artisan.setdefault(product.artisan_id, []).append(product.pk)
    stories = []
    for i in range(counts.stories):
        index = StoryIndexPage.objects.get(pk=index.pk) if i == 0 else index
        artisan = artisans[i % len(artisans)] if artisans else None
        craft = artisan_craft[artisan.pk] if artisan else crafts[craft_slugs[i % 8]]
        featured = (by_artisan.get(artisan.pk if artisan else None) or product_ids or [])[:3]
        body = [
            {"type": "heading", "value": {"heading_text": f"L'atelier de {artisan.title if artisan else 'la région'}",
                                          "size": "h2"}},
            {"type": "paragraph", "value": "".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(3))},
            {"type": "image", "value": {"image": inline[i % len(inline)].pk, "caption": "Dans l'atelier",
                                        "credit": "Banc"}},
            {"type": "paragraph", "value": f"<p>{SENTENCES[(i + 4) % len(SENTENCES)]}</p>"},
            {"type": "gallery", "value": {"title": "En images", "images": [
                {"type": "item", "id": str(uuid.UUID(int=rng.getrandbits(128))),
                 "value": {"image": inline[(i + k) % len(inline)].pk, "caption": f"Étape {k + 1}", "credit": ""}}
                for k in range(3)]}},
            {"type": "quote", "value": {"quote": QUOTES[i % len(QUOTES)],
                                        "attribution": artisan.title if artisan else ""}},
        ]
        if i % 4 == 0 and video_urls:
            body.append({"type": "video", "value": {"video": video_urls[i % len(video_urls)], "caption": "En vidéo"}})
        body += [{"type": "product", "value": {"product": pk}} for pk in featured]
        if artisan:
            body.append({"type": "artisan", "value": {"artisan": artisan.pk}})
        region = regions[i % len(regions)] if regions else None
        story = StoryPage(
            title=f"{craft.name} : {PRODUCT_ADJECTIVES[i % len(PRODUCT_ADJECTIVES)]}, histoire n° {i + 1}",
            slug=f"bench-story-{i + 1}", introduction=SENTENCES[i % len(SENTENCES)], hero_image=heroes[i % len(heroes)],
            body=body, author="Rédaction du banc d'essai", region=region,
            date_published=datetime.date(2026, 10, 1) - datetime.timedelta(days=i),
            search_description=SENTENCES[i % len(SENTENCES)], first_published_at=now, last_published_at=now,
        )
        story.crafts = [craft]
        index.add_child(instance=story)
        stories.append(story)
    return stories
