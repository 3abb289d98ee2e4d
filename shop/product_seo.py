"""What search engines and link previews read on a product's shop page: schema.org Product JSON-LD with its Offer
(price, currency MAD, availability from Oscar's strategy) and Open Graph tags."""

from core.seo import SCHEMA, describe, json_for_script

SCHEMA_AVAILABILITY_IN_STOCK = "https://schema.org/InStock"
SCHEMA_AVAILABILITY_OUT_OF_STOCK = "https://schema.org/OutOfStock"
SCHEMA_AVAILABILITY_MADE_TO_ORDER = "https://schema.org/MadeToOrder"


def schema_availability(availability):
    if not availability.is_available_to_buy:
        return SCHEMA_AVAILABILITY_OUT_OF_STOCK
    if availability.code == "made-to-order":
        return SCHEMA_AVAILABILITY_MADE_TO_ORDER
    return SCHEMA_AVAILABILITY_IN_STOCK


def _purchase_info(product, request):
    strategy = request.strategy
    return strategy.fetch_for_parent(product) if product.is_parent else strategy.fetch_for_product(product)


def _amount(price):
    return price.incl_tax if price.is_tax_known else price.excl_tax


def product_seo(product, request, makers):
    """{"json_ld": JSON text of the schema.org Product, "open_graph": [(property, content), ...]}.
    `makers` is the context of shop.makers.maker_context."""
    url = request.build_absolute_uri(product.get_absolute_url())
    title = product.get_title()
    description = describe(product.description)
    image = product.primary_image()
    image_url = "" if isinstance(image, dict) or not image.original else request.build_absolute_uri(image.original.url)
    info = _purchase_info(product, request)

    data = {"@context": SCHEMA, "@type": "Product", "name": title, "url": url}
    if description:
        data["description"] = description
    if product.upc:
        data["sku"] = product.upc
    if image_url:
        data["image"] = [image_url]
    if makers.get("maker_craft"):
        data["category"] = makers["maker_craft"].name
    brand = makers.get("maker_cooperative") or makers.get("maker_artisan")
    if brand is not None:
        data["brand"] = {"@type": "Brand", "name": brand.title}
    open_graph = [("og:type", "product"), ("og:title", title), ("og:url", url)]
    if description:
        open_graph.append(("og:description", description))
    if image_url:
        open_graph.append(("og:image", image_url))

    if info.price.exists:
        amount = f"{_amount(info.price):.2f}"
        offer = {
            "@type": "Offer",
            "url": url,
            "price": amount,
            "priceCurrency": info.price.currency,
            "availability": schema_availability(info.availability),
        }
        if info.stockrecord is not None:
            offer["seller"] = {"@type": "Organization", "name": info.stockrecord.partner.name}
        data["offers"] = offer
        open_graph += [("product:price:amount", amount), ("product:price:currency", info.price.currency)]
    return {"json_ld": json_for_script(data), "open_graph": open_graph}
