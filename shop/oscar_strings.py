"""Oscar's own strings that a visitor or a maker meets and that Oscar's Arabic catalogue leaves untranslated, fuzzy
or "translated" with the English text itself.

Oscar's Arabic catalogue is about 80% translated. Marking these strings here puts them in the project's catalogues
(`make messages` extracts them like any other string, keeping the same msgid and msgctxt as Oscar's templates and
code), where they are translated in fr, ar and en; the project's catalogues (LOCALE_PATHS) win over Oscar's.
The selection: Oscar's storefront templates (basket, checkout, catalogue, customer account, order, search, partials,
emails), the dashboard pages a maker sees (orders, products) and a few messages of Oscar's code shown on those pages.
tests/shop/test_oscar_arabic.py checks that every string of those templates is translated in Arabic, so an Oscar upgrade
that adds strings shows here. Nothing imports this module when the site runs.
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

OSCAR_STRINGS = (
    # Translators: Oscar's apps/catalogue/abstract_models.py, apps/dashboard/catalogue/forms.py, ... (left in English in Oscar's ar catalogue)
    gettext_noop('UPC'),
    # Translators: Oscar's apps/catalogue/abstract_models.py (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Product attribute value', 'Yes'),
    # Translators: Oscar's apps/catalogue/abstract_models.py (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Product attribute value', 'No'),
    # Translators: Oscar's apps/dashboard/catalogue/forms.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Leave blank to generate from product title'),
    # Translators: Oscar's apps/dashboard/catalogue/tables.py, oscar/dashboard/catalogue/product_update.html (left in English in Oscar's ar catalogue)
    gettext_noop('Variants'),
    # Translators: Oscar's apps/dashboard/catalogue/tables.py, oscar/customer/wishlists/wishlists_detail.html, ... (left in English in Oscar's ar catalogue)
    gettext_noop('Actions'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Includes an item with UPC "{upc}"'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Includes an item with partner SKU "{partner_sku}"'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Placed between {start_date} and {end_date}'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Used voucher code "{voucher_code}"'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Paid using {payment_method}'),
    # Translators: Oscar's apps/dashboard/orders/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Invalid lines requested'),
    # Translators: Oscar's apps/dashboard/tables.py (untranslated in Oscar's ar catalogue)
    ngettext_lazy('%d Row', '%d Rows'),
    # Translators: Oscar's apps/order/abstract_models.py (untranslated in Oscar's ar catalogue)
    gettext_noop('%(order)s has changed status from %(old_status)s to %(new_status)s'),
    # Translators: Oscar's apps/order/abstract_models.py, oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Price (excl. tax)'),
    # Translators: Oscar's apps/order/abstract_models.py (untranslated in Oscar's ar catalogue)
    gettext_noop("'%(title)s' is no longer available"),
    # Translators: Oscar's apps/order/abstract_models.py, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Payment Events'),
    # Translators: Oscar's apps/order/abstract_models.py, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Shipping Events'),
    # Translators: Oscar's apps/order/abstract_models.py, oscar/basket/partials/basket_totals.html, ... (untranslated in Oscar's ar catalogue)
    gettext_noop('Surcharges'),
    # Translators: Oscar's apps/partner/availability.py (untranslated in Oscar's ar catalogue)
    gettext_noop('a maximum of %(max)d can be bought'),
    # Translators: Oscar's apps/payment/abstract_models.py (untranslated in Oscar's ar catalogue)
    gettext_noop('Allocation of %(amount)s from type %(type)s'),
    # Translators: Oscar's apps/shipping/abstract_models.py, oscar/checkout/shipping_methods.html (left in English in Oscar's ar catalogue)
    gettext_noop('Method'),
    # Translators: Oscar's apps/voucher/abstract_models.py (untranslated in Oscar's ar catalogue)
    gettext_noop('This voucher is not available for this basket'),
    # Translators: Oscar's apps/wishlists/views.py (untranslated in Oscar's ar catalogue)
    gettext_noop('You must be logged in to view the wish list'),
    # Translators: Oscar's forms/mixins.py (untranslated in Oscar's ar catalogue)
    gettext_noop('This is not a valid international phone format.'),
    # Translators: Oscar's forms/mixins.py (untranslated in Oscar's ar catalogue)
    gettext_noop('This is not a valid local phone format for %s.'),
    # Translators: Oscar's forms/widgets.py (untranslated in Oscar's ar catalogue)
    gettext_noop('---------'),
    # Translators: Oscar's oscar/basket/messages/addition.html (left in English in Oscar's ar catalogue)
    gettext_noop('\n    <strong>%(title)s</strong> has been added to your basket.\n    '),
    # Translators: Oscar's oscar/basket/messages/addition.html (left in English in Oscar's ar catalogue)
    gettext_noop('\n    <strong>%(quantity)s</strong> copies of <strong>%(title)s</strong>\n    have been added to your basket.\n    '),
    # Translators: Oscar's oscar/basket/messages/line_restored.html (left in English in Oscar's ar catalogue)
    gettext_noop('\n<strong>%(title)s</strong> has been moved back to your basket.\n'),
    # Translators: Oscar's oscar/basket/messages/new_total.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n        Your basket total is now <strong>%(total)s</strong>\n        '),
    # Translators: Oscar's oscar/basket/messages/offer_gained.html (left in English in Oscar's ar catalogue)
    gettext_noop('\nYour basket now qualifies for the \n<strong>%(name)s</strong> offer.\n'),
    # Translators: Oscar's oscar/basket/messages/offer_lost.html (left in English in Oscar's ar catalogue)
    gettext_noop('\nYour basket no longer qualifies for the\n<strong>%(name)s</strong> offer.\n'),
    # Translators: Oscar's oscar/basket/partials/basket_content.html (left in English in Oscar's ar catalogue)
    gettext_noop('Important messages about items in your basket'),
    # Translators: Oscar's oscar/basket/partials/basket_content.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                <div class="warning">%(message)s to qualify for the <a href="%(url)s">%(offer_name)s</a> special offer</div>\n            '),
    # Translators: Oscar's oscar/catalogue/browse.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Refine by'),
    # Translators: Oscar's oscar/catalogue/browse.html (untranslated in Oscar's ar catalogue)
    ngettext_lazy('\n                    <strong>%(num_results)s</strong> result - showing <strong>%(start)s</strong> to <strong>%(end)s</strong>.\n                ', '\n                    <strong>%(num_results)s</strong> results - showing <strong>%(start)s</strong> to <strong>%(end)s</strong>.\n                '),
    # Translators: Oscar's oscar/catalogue/browse.html (untranslated in Oscar's ar catalogue)
    ngettext_lazy('\n                    <strong>%(num_results)s</strong> result.\n                ', '\n                    <strong>%(num_results)s</strong> results.\n                '),
    # Translators: Oscar's oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Edit this product'),
    # Translators: Oscar's oscar/catalogue/detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Variants:'),
    # Translators: Oscar's oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Price (incl. tax)'),
    # Translators: Oscar's oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('See all reviews'),
    # Translators: Oscar's oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('This product does not have any reviews yet'),
    # Translators: Oscar's oscar/catalogue/detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Recommended items'),
    # Translators: Oscar's oscar/catalogue/partials/add_to_basket_form.html, oscar/catalogue/partials/review.html, ... (left in English in Oscar's ar catalogue)
    gettext_noop('Submitting...'),
    # Translators: Oscar's oscar/catalogue/partials/add_to_wishlist.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                                        Add to '%(name)s' wish list\n                                    "),
    # Translators: Oscar's oscar/catalogue/partials/add_to_wishlist.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    <span class="float-left">Product is in <a href="%(url)s">\'%(name)s\'</a> wishlist.</span>\n                '),
    # Translators: Oscar's oscar/catalogue/partials/gallery.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Previous'),
    # Translators: Oscar's oscar/catalogue/partials/gallery.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Next'),
    # Translators: Oscar's oscar/catalogue/partials/review.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                Reviewed by you on %(review_date)s\n                '),
    # Translators: Oscar's oscar/catalogue/partials/review.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    Reviewed by <strong>%(name)s</strong> on %(review_date)s\n                '),
    # Translators: Oscar's oscar/catalogue/partials/review.html (untranslated in Oscar's ar catalogue)
    ngettext_lazy('\n            <strong>%(num_up_votes)s</strong> of %(num_votes)s customer found this useful\n            ', '\n            <strong>%(num_up_votes)s</strong> of %(num_votes)s customers found this useful\n            '),
    # Translators: Oscar's oscar/catalogue/partials/review.html (untranslated in Oscar's ar catalogue)
    gettext_noop('This review has no votes.'),
    # Translators: Oscar's oscar/catalogue/reviews/partials/review_stars.html (untranslated in Oscar's ar catalogue)
    ngettext_lazy('\n                    %(num_reviews)s customer review\n                ', '\n                    %(num_reviews)s customer reviews\n                '),
    # Translators: Oscar's oscar/catalogue/reviews/review_form.html (left in English in Oscar's ar catalogue)
    gettext_noop('Leave a product review'),
    # Translators: Oscar's oscar/checkout/payment_details.html (left in English in Oscar's ar catalogue)
    gettext_noop('Payment details'),
    # Translators: Oscar's oscar/checkout/payment_details.html (untranslated in Oscar's ar catalogue)
    gettext_noop("This page needs implementing within your project.  You may want to use one of Oscar's payment gateway libraries:"),
    # Translators: Oscar's oscar/checkout/preview.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order preview'),
    # Translators: Oscar's oscar/checkout/preview.html (left in English in Oscar's ar catalogue)
    gettext_noop('Place order'),
    # Translators: Oscar's oscar/checkout/shipping_address.html (untranslated in Oscar's ar catalogue)
    gettext_noop('An address from your address book?'),
    # Translators: Oscar's oscar/checkout/shipping_address.html (left in English in Oscar's ar catalogue)
    gettext_noop('Ship to this address'),
    # Translators: Oscar's oscar/checkout/shipping_address.html (left in English in Oscar's ar catalogue)
    gettext_noop('Or a new address?'),
    # Translators: Oscar's oscar/checkout/shipping_address.html (left in English in Oscar's ar catalogue)
    gettext_noop('return to basket'),
    # Translators: Oscar's oscar/checkout/shipping_methods.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                                This includes a discount of <strong>%(amount)s</strong> as\n                                your basket qualifies for the <strong>%(name)s</strong> offer.\n                            '),
    # Translators: Oscar's oscar/checkout/thank_you.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n        Order %(number)s: confirmation\n    '),
    # Translators: Oscar's oscar/checkout/thank_you.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                                Allocation of %(amount)s from type %(type)s (reference: %(reference)s)\n                            '),
    # Translators: Oscar's oscar/checkout/thank_you.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                                Allocation of %(amount)s from type %(type)s\n                            '),
    # Translators: Oscar's oscar/communication/emails/commtype_email_changed_body.html, oscar/communication/emails/commtype_password_changed_body.html, ... (untranslated in Oscar's ar catalogue)
    gettext_noop('Reset password'),
    # Translators: Oscar's oscar/communication/emails/commtype_order_placed_body.html (untranslated in Oscar's ar catalogue)
    gettext_noop('You can view the status of this order by clicking <a href="%(absolute_status_url)s" title="order status">here</a>'),
    # Translators: Oscar's oscar/communication/emails/commtype_order_placed_body.txt (untranslated in Oscar's ar catalogue)
    gettext_noop('You can view the status of this order at the below URL:\n%(absolute_status_url)s'),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_body.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n            We are happy to inform you that our product '%(title)s' is back in stock:\n            %(url)s\n        "),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_body.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                Beware that the amount of items in stock is limited. Be quick or someone might get there first.\n            '),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_body.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n            With this email we have disabled your alert automatically and you will not\n            receive any further email regarding this product.\n        '),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_body.txt (untranslated in Oscar's ar catalogue)
    gettext_noop("\nWe are happy to inform you that our product '%(title)s' is back in stock:\n%(url)s\n"),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_confirmation_body.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n        Hello,\n        <p>\n            Somebody (hopefully you) has requested an email alert when '%(title)s' is back in stock.\n            Please click the following link to confirm: %(confirm_url)s\n        </p>\n        <p>\n            You can cancel this alert at any time by clicking the following link: %(cancel_url)s\n        </p>\n\n        <p>\n            Thanks for your interest,\n            The %(site)s Team\n        </p>\n    "),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_confirmation_body.txt (untranslated in Oscar's ar catalogue)
    gettext_noop("\nHello,\n\nSomebody (hopefully you) has requested an email alert when\n'%(title)s' is back in stock.  Please click the following link\nto confirm: %(confirm_url)s\n\nYou can cancel this alert at any time by clicking the following link:\n%(cancel_url)s\n\nThanks for your interest,\nThe %(site)s Team\n"),
    # Translators: Oscar's oscar/communication/emails/commtype_product_alert_subject.txt (untranslated in Oscar's ar catalogue)
    gettext_noop('%(title)s is back in stock'),
    # Translators: Oscar's oscar/customer/alerts/message_subject.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n%(title)s is back in stock\n'),
    # Translators: Oscar's oscar/customer/login_registration.html (left in English in Oscar's ar catalogue)
    gettext_noop("I've forgotten my password"),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/customer/order/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order history'),
    # Translators: Oscar's oscar/customer/order/order_detail.html (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Buy again', 'Re-ordering...'),
    # Translators: Oscar's oscar/customer/order/order_detail.html (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Buy again', 'Re-order'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/customer/wishlists/wishlists_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Not available anymore'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Basket total (excl. discounts)'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Basket total (inc. discounts)'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Shipping total (excl. discounts)'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Shipping total (inc. discounts)'),
    # Translators: Oscar's oscar/customer/order/order_detail.html, oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Shipping total'),
    # Translators: Oscar's oscar/customer/order/order_detail.html (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Buy again', 'Re-order all items'),
    # Translators: Oscar's oscar/customer/order/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Contact Number'),
    # Translators: Oscar's oscar/customer/order/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Shipping Notes'),
    # Translators: Oscar's oscar/customer/order/order_list.html, oscar/dashboard/catalogue/stockalert_list.html, ... (left in English in Oscar's ar catalogue)
    gettext_noop('Filter'),
    # Translators: Oscar's oscar/customer/order/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('Filter results'),
    # Translators: Oscar's oscar/customer/order/order_list.html, oscar/dashboard/orders/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('Total inc tax'),
    # Translators: Oscar's oscar/customer/order/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No orders match your search.'),
    # Translators: Oscar's oscar/customer/order/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop("You haven't placed any orders."),
    # Translators: Oscar's oscar/customer/profile/profile.html (left in English in Oscar's ar catalogue)
    gettext_noop('Change password'),
    # Translators: Oscar's oscar/customer/profile/profile.html (left in English in Oscar's ar catalogue)
    gettext_noop('Edit profile'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_delete_product.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Remove product'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_delete_product.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                Are you sure you want to delete %(product_name)s from wish list %(wishlist_name)s?\n            '),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_detail.html, oscar/customer/wishlists/wishlists_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Action'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('View product'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                                                            Move to '%(name)s' wish list\n                                                        "),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Update quantities'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_form.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Create'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_form.html (untranslated in Oscar's ar catalogue)
    gettext_noop('What should your new wish list be called?'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_form.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    After your wishlist is created, <strong>%(title)s</strong> will be added.\n                '),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_form.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Share wishlist'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_form.html (untranslated in Oscar's ar catalogue)
    gettext_noop('If you want to share your wishlist with others, you can add their email addresses below. The visibility must be set to shared in order for this to work.'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Number of products'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Wish list settings'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Copy sharing link'),
    # Translators: Oscar's oscar/customer/wishlists/wishlists_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop("You don't have any wish lists yet."),
    # Translators: Oscar's oscar/dashboard/catalogue/category_form.html, oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Search engine optimisation'),
    # Translators: Oscar's oscar/dashboard/catalogue/category_form.html, oscar/dashboard/catalogue/product_update.html (left in English in Oscar's ar catalogue)
    gettext_noop('Save and continue editing'),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                    Created product variant '%(name)s'.\n                "),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                    Created variant of '%(parent_name)s'.\n                "),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                    Updated product variant '%(name)s'.\n                "),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                    Updated a variant of '%(parent_name)s'.\n                "),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                Created product '%(name)s'.\n            "),
    # Translators: Oscar's oscar/dashboard/catalogue/messages/product_saved.html (untranslated in Oscar's ar catalogue)
    gettext_noop("\n                Updated product '%(name)s'.\n            "),
    # Translators: Oscar's oscar/dashboard/catalogue/product_delete.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    Delete product variant <strong>%(title)s</strong> - are you sure?\n                '),
    # Translators: Oscar's oscar/dashboard/catalogue/product_delete.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    Delete product <strong>%(title)s</strong> - are you sure?\n                '),
    # Translators: Oscar's oscar/dashboard/catalogue/product_delete.html (untranslated in Oscar's ar catalogue)
    gettext_noop('This will also delete the following child products:'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                            You are currently editing a product variant of\n                            <a href="%(parent_url)s">%(title)s</a>.\n                        '),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Images'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Stock and pricing'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Upselling'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (left in English in Oscar's ar catalogue)
    gettext_noop('Upload, change or remove images'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Drag images to re-order them. Space for additional images will appear when images are added.'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (left in English in Oscar's ar catalogue)
    gettext_noop('SKU'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Num in stock'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Num allocated'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html, oscar/dashboard/catalogue/stockalert_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('Low stock threshold'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Add variant'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('This product does not have any variants.'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop("One can't add variants to this product at this point."),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Please save the product before trying to add variants.'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('This is likely because this product still has stock records.'),
    # Translators: Oscar's oscar/dashboard/catalogue/product_update.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Save and add another variant'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('Your Store Statistics'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('Latest Orders (last 24 hours)'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('Orders - Last 24 Hours'),
    # Translators: Oscar's oscar/dashboard/index.html, oscar/dashboard/orders/statistics.html (left in English in Oscar's ar catalogue)
    gettext_noop('Total revenue'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('Average order costs'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('View Stock Alerts'),
    # Translators: Oscar's oscar/dashboard/index.html (left in English in Oscar's ar catalogue)
    gettext_noop('Catalogue and stock'),
    # Translators: Oscar's oscar/dashboard/index.html (untranslated in Oscar's ar catalogue)
    gettext_noop('<em>Open</em> stock alerts'),
    # Translators: Oscar's oscar/dashboard/index.html (untranslated in Oscar's ar catalogue)
    gettext_noop('<em>Closed</em> stock alerts'),
    # Translators: Oscar's oscar/dashboard/index.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Offers, vouchers'),
    # Translators: Oscar's oscar/dashboard/index.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Active <em>%(offer_type)s</em> Offers'),
    # Translators: Oscar's oscar/dashboard/index.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Active <em>Vouchers</em>'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n        Order %(number)s - Line #%(id)s\n    '),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Line #%(id)s'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order #%(number)s - Line #%(id)s'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Partner reference number'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Shipping status'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('State'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No shipping events have occurred.'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Shipping events'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Payment events'),
    # Translators: Oscar's oscar/dashboard/orders/line_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No payment events have occurred.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order %(number)s'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Customer Information'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Customer checked out as a guest.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Customer has deleted their account.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order information'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Time of purchase'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Items ordered'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Supplier'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Supplier SKU'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Price excl tax (before discounts)'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Price inc tax (before discounts)'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Surcharge %(name)s'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('With selected lines'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Change line status to'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html, oscar/dashboard/orders/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('choose new status'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Create shipping event'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('choose event type'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('with reference'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Create payment event'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('with amount'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html, oscar/dashboard/orders/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Change order status'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html, oscar/dashboard/orders/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Change status'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html, oscar/dashboard/orders/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop("This order can't have its status changed."),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Status Changes'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('From'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('To'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No status changes.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                                                                %(title)s (quantity %(event_qty)s/%(total_qty)s)\n                                                            '),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('No shipping events.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('No payment events.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Method name'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Method code'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Charge (incl tax)'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Charge (excl tax)'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Payment sources'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Allocation'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Amount debited'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Amount refunded'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No payment sources found for this order.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (untranslated in Oscar's ar catalogue)
    gettext_noop('No discounts were applied to this order.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('No notes available.'),
    # Translators: Oscar's oscar/dashboard/orders/order_detail.html (left in English in Oscar's ar catalogue)
    gettext_noop('Notes are only editable for 5 minutes after being saved.'),
    # Translators: Oscar's oscar/dashboard/orders/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('Order Search Results'),
    # Translators: Oscar's oscar/dashboard/orders/order_list.html (untranslated in Oscar's ar catalogue)
    gettext_noop('All Orders'),
    # Translators: Oscar's oscar/dashboard/orders/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('Download selected orders as a CSV'),
    # Translators: Oscar's oscar/dashboard/orders/order_list.html (left in English in Oscar's ar catalogue)
    gettext_noop('No orders found.'),
    # Translators: Oscar's oscar/dashboard/orders/shippingaddress_form.html (left in English in Oscar's ar catalogue)
    gettext_noop('Edit shipping address'),
    # Translators: Oscar's oscar/dashboard/orders/shippingaddress_form.html (left in English in Oscar's ar catalogue)
    gettext_noop('Edit shipping address for order %(order.number)s'),
    # Translators: Oscar's oscar/dashboard/orders/shippingaddress_form.html (left in English in Oscar's ar catalogue)
    gettext_noop('Update address'),
    # Translators: Oscar's oscar/dashboard/orders/statistics.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order statistics'),
    # Translators: Oscar's oscar/dashboard/orders/statistics.html (left in English in Oscar's ar catalogue)
    gettext_noop('Filter result'),
    # Translators: Oscar's oscar/dashboard/orders/statistics.html (left in English in Oscar's ar catalogue)
    gettext_noop('Summary'),
    # Translators: Oscar's oscar/dashboard/orders/statistics.html (left in English in Oscar's ar catalogue)
    gettext_noop('Order status breakdown'),
    # Translators: Oscar's oscar/dashboard/partials/pagination.html, oscar/partials/pagination.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                        Page %(page_num)s of %(total_pages)s\n                    '),
    # Translators: Oscar's oscar/dashboard/partials/product_images.html, oscar/dashboard/ranges/range_product_list.html (untranslated in Oscar's ar catalogue)
    pgettext_lazy('Change the sequence order', 'Re-order'),
    # Translators: Oscar's oscar/partials/nav_primary.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                        Total: %(total)s\n                    '),
    # Translators: Oscar's oscar/search/results.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n        Products matching "%(q)s"\n    '),
    # Translators: Oscar's oscar/search/results.html (untranslated in Oscar's ar catalogue)
    gettext_noop('\n                    Found <strong>%(num_results)s</strong> results, showing <strong>%(start)s</strong> to <strong>%(end)s</strong>.\n                '),
    # Translators: Oscar's oscar/search/results.html (untranslated in Oscar's ar catalogue)
    ngettext_lazy('\n                    Found <strong>%(num_results)s</strong> result.\n                ', '\n                    Found <strong>%(num_results)s</strong> results.\n                '),
)
