"""A parcel is one maker's lines: existing per-seller parcels are split per artisan (their lines point at them), and
a parcel waiting on a confirmed-to-be order or a paid one becomes the maker's to confirm."""

import django.db.models.deletion
from django.db import migrations, models



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

    dependencies = [
        ('cooperatives', '0011_makers_out_of_the_dashboard'),
        ('order', '0022_order_language_payment_fulfilment_groups'),
        ('partner', '0008_vatrate'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='fulfilmentgroup',
            name='one_fulfilment_group_per_maker',
        ),
        migrations.AddField(
            model_name='fulfilmentgroup',
            name='artisan',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='cooperatives.artisanpage', verbose_name='artisan'),
        ),
        migrations.AddField(
            model_name='line',
            name='parcel',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='parcel_lines', to='order.fulfilmentgroup', verbose_name='parcel'),
        ),
        migrations.AlterField(
            model_name='fulfilmentgroup',
            name='partner',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='partner.partner', verbose_name='seller'),
        ),
        migrations.AlterField(
            model_name='fulfilmentgroup',
            name='status',
            field=models.CharField(choices=[('Waiting', 'Waiting for payment'), ('To confirm', 'To confirm'), ('Confirmed', 'Confirmed'), ('In preparation', 'In preparation'), ('Shipped', 'Shipped'), ('Delivered', 'Delivered'), ('Cannot supply', 'Cannot be supplied'), ('Cancelled', 'Cancelled')], default='Waiting', max_length=32, verbose_name='status'),
        ),
        migrations.RunPython(split_parcels, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='fulfilmentgroup',
            constraint=models.UniqueConstraint(fields=('order', 'partner', 'artisan'), name='one_parcel_per_maker'),
        ),
    ]
