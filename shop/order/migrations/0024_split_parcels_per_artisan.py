"""Existing per-seller parcels are split per artisan (their lines point at them), and a parcel waiting on an order
that is to be confirmed, or paid, becomes its maker's to confirm."""

from django.db import migrations


def split_parcels(apps, schema_editor):
    FulfilmentGroup = apps.get_model("order", "FulfilmentGroup")
    Line = apps.get_model("order", "Line")
    ArtisanPage = apps.get_model("cooperatives", "ArtisanPage")
    for group in FulfilmentGroup.objects.select_related("order").order_by("pk"):
        lines = Line.objects.filter(order_id=group.order_id, partner_id=group.partner_id).select_related("product")
        by_artisan = {}
        for line in lines:
            artisan_id = line.product.artisan_id if line.product_id else None
            by_artisan.setdefault(artisan_id, []).append(line.pk)
        if group.status == "Waiting" and group.order.status in ("To confirm", "Paid"):
            group.status = "To confirm"
        for number, (artisan_id, line_ids) in enumerate(sorted(by_artisan.items(), key=lambda item: item[0] or 0)):
            if number:
                group.pk = None
            group.artisan_id = artisan_id
            if artisan_id:
                group.partner_name = ArtisanPage.objects.get(pk=artisan_id).title[:128]
            group.save()
            Line.objects.filter(pk__in=line_ids).update(parcel_id=group.pk)


class Migration(migrations.Migration):
    dependencies = [("order", "0023_parcels_per_maker")]

    operations = [migrations.RunPython(split_parcels, migrations.RunPython.noop)]
