"""Parts of a page contributed by the apps above the page's own: layers run one way (core <- cooperatives <- shop
<- stories), so an artisan's page cannot ask the shop for the artisan's products nor the stories for the stories
that feature them. Each upper app registers, in its AppConfig.ready(), a function per section it fills; the page
asks for its section and gets the merged context, without knowing who filled it.

    sections.contribute("artisan", artisan_products)   # shop: {"products": [...], "more_products": bool}
    context.update(sections.collect("artisan", artisan))
"""

from collections import defaultdict

_contributors = defaultdict(list)


def contribute(section, function):
    """Register `function(page_or_object) -> dict` for `section`; registering the same function twice is a no-op."""
    if function not in _contributors[section]:
        _contributors[section].append(function)


def collect(section, obj):
    """The context every contributor of `section` gives for `obj`, merged in registration order."""
    context = {}
    for function in _contributors[section]:
        context.update(function(obj))
    return context
