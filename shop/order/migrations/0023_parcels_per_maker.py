"""A parcel is one maker's lines: the parcel's artisan and the lines' parcel. The rows are split in 0024 and the new
constraint added in 0025, each in a transaction of its own (PostgreSQL refuses to alter a table with pending
deferred-constraint events in the same transaction as the data change)."""

import django.db.models.deletion
from django.db import migrations, models


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
    ]
