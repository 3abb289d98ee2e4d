from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("order", "0024_split_parcels_per_artisan")]

    operations = [
        migrations.AddConstraint(
            model_name="fulfilmentgroup",
            constraint=models.UniqueConstraint(fields=("order", "partner", "artisan"), name="one_parcel_per_maker"),
        ),
    ]
