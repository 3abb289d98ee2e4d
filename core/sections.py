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


# -- A page's own context ------------------------------------------------------------------------------------------
# A page model cannot import the module that builds its context (that module queries the models): the app registers
# the builder in its AppConfig.ready() instead, and the page's get_context() finds it here.
_page_contexts = {}


def page_context(model, function):
    """Register `function(page, request) -> dict` as the template context of pages of `model`."""
    _page_contexts[model] = function


class RegisteredContextMixin:
    """A page whose template context is built by the function its app registered with `page_context`."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        build = _page_contexts.get(type(self))
        if build is not None:
            context.update(build(self, request))
        return context
