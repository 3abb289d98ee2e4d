"""Data for the site search's tests: products with a description, craft and maker; published pages of each type."""

from tests import page_factories as pages


def product(title, description="", craft=None, artisan=None, price="450.00", stock=5, upc=None, lead_time_days=None):
    item = pages.product(title=title, price=price, stock=stock, craft_obj=craft, artisan_page=artisan, upc=upc)
    item.description = description
    item.lead_time_days = lead_time_days
    item.save()
    return item


def search_url(lang="fr", **params):
    from urllib.parse import urlencode

    return f"/{lang}/search/" + (f"?{urlencode(params)}" if params else "")
