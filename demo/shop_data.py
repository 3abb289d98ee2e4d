"""The demo catalogue in French: 41 products across the eight crafts, each made by one artisan and sold by that
artisan's cooperative (or by the independent artisan), priced in MAD with a packed weight.

The first six UPCs are those of the first demo catalogue and keep working.
"""

from demo.drawing import CHARCOAL, COBALT, INDIGO, OCHRE, SAFFRON, SAND, TERRACOTTA

# Oscar categories: one per craft (the first four names are the first demo catalogue's), and a gift selection.
CATEGORY_BY_CRAFT = {
    "tissage-de-tapis": "Tapis",
    "melhfa": "Melhfa",
    "maroquinerie": "Cuir",
    "cosmetiques-naturels": "Cosmétiques naturels",
    "bijouterie-en-argent": "Bijoux en argent",
    "vannerie": "Vannerie",
    "poterie": "Poterie",
    "bois-de-thuya": "Bois de thuya",
}
GIFT_CATEGORY = "Idées cadeaux"
GIFT_PRICE_LIMIT = 400  # MAD: cheaper pieces are also listed as gift ideas


LEATHER = (150, 92, 50)
DOUM = (214, 184, 120)
THUYA = (140, 70, 40)
CREAM_GROUND = (236, 226, 206)

# UPC, title, craft, artisan slug, price MAD, units in stock, packed weight (g), picture (form, colour),
# number of pictures, description.
PRODUCTS = [
    # Carpet weaving: Coopérative Tissage Oued Eddahab
    ("DM-TAP-001", "Tapis hanbel en laine de chameau", "tissage-de-tapis", "fatimetou-mint-ahmed", "1850.00", 4, 4500,
     ("rug", (168, 92, 50)), 2,
     "Tapis tissé à la main sur métier vertical, laine de chameau et de mouton filée à la main, motifs sahraouis. "
     "120 × 180 cm."),
    ("DM-TAP-002", "Coussin brodé du Sahara", "tissage-de-tapis", "mariem-mint-sidi-mohamed", "320.00", 12, 600,
     ("cushion", (190, 120, 60)), 1,
     "Housse de coussin en laine, broderie géométrique traditionnelle, 45 × 45 cm."),
    ("DM-TAP-003", "Tapis de prière en laine naturelle", "tissage-de-tapis", "fatimetou-mint-ahmed", "950.00", 6, 1800,
     ("rug", OCHRE), 2,
     "Petit tapis en laine de mouton non teinte, bordure de losanges au henné, 70 × 120 cm."),
    ("DM-TAP-004", "Grand tapis sahraoui 200 × 300 cm", "tissage-de-tapis", "fatimetou-mint-ahmed", "5800.00", 1,
     12000, ("rug", TERRACOTTA), 2,
     "Pièce maîtresse tissée à deux pendant quatre mois : laine de chameau et de mouton, teintures végétales."),
    ("DM-TAP-005", "Sac de selle tissé", "tissage-de-tapis", "mariem-mint-sidi-mohamed", "640.00", 5, 900,
     ("bag", (160, 60, 50)), 1,
     "Double sac en tissage plat, autrefois porté par les dromadaires ; doublure en coton, 40 × 60 cm."),
    ("DM-TAP-006", "Tenture de khaïma en poil de chameau", "tissage-de-tapis", "fatimetou-mint-ahmed", "2400.00", 0,
     6000, ("rug", (90, 70, 55)), 2,
     "Bande de tente tissée en poil de chameau et de chèvre, à suspendre, 80 × 250 cm. Tissée à la commande."),
    # Melhfa textiles: Coopérative Tissage Oued Eddahab
    ("DM-MEL-001", "Melhfa en voile de coton indigo", "melhfa", "salka-mint-brahim", "450.00", 9, 350,
     ("drape", INDIGO), 2,
     "Voile traditionnel des femmes sahraouies, teint à l'indigo, 4 mètres."),
    ("DM-MEL-002", "Melhfa imprimée couleur sable", "melhfa", "salka-mint-brahim", "390.00", 7, 320,
     ("drape", (214, 180, 120)), 1,
     "Melhfa légère en coton imprimé, idéale pour l'été, 4 mètres."),
    ("DM-MEL-003", "Melhfa nouée-teinte corail", "melhfa", "salka-mint-brahim", "520.00", 8, 340,
     ("drape", (200, 80, 90)), 2,
     "Voile de coton teint par nouage, cercles clairs sur fond corail, 4 mètres."),
    ("DM-MEL-004", "Melhfa de fête en voile brodé", "melhfa", "salka-mint-brahim", "890.00", 3, 420,
     ("drape", (120, 30, 60)), 2,
     "Voile fin brodé de fil doré sur les bords, pour les mariages et les fêtes, 4,5 mètres."),
    ("DM-MEL-005", "Chèche en coton indigo", "melhfa", "salka-mint-brahim", "180.00", 20, 200,
     ("drape", (30, 40, 90)), 1,
     "Turban-écharpe des hommes du désert, coton teint à l'indigo, 3 mètres."),
    # Leatherwork: GIE Cuir et Argent du Sahara
    ("DM-CUI-001", "Pouf en cuir tanné naturellement", "maroquinerie", "aicha-mint-ely", "780.00", 5, 1800,
     ("round", (140, 82, 45)), 2,
     "Pouf rond en cuir de chèvre tanné aux écorces, cousu main, livré non rembourré."),
    ("DM-CUI-002", "Sac tassoufra en cuir peint", "maroquinerie", "aicha-mint-ely", "1450.00", 3, 1200,
     ("bag", LEATHER), 2,
     "Grand sac de voyage des caravanes, cuir de chèvre peint à la main de losanges verts, rouges et jaunes."),
    ("DM-CUI-003", "Coussin en cuir peint", "maroquinerie", "aicha-mint-ely", "560.00", 6, 700,
     ("cushion", (170, 110, 60)), 1,
     "Housse de coussin en cuir peint et brodé de lanières, 40 × 40 cm, fermeture à lacets."),
    ("DM-CUI-004", "Porte-monnaie en cuir brodé", "maroquinerie", "aicha-mint-ely", "120.00", 25, 80,
     ("bag", (120, 70, 40)), 1,
     "Petit porte-monnaie en cuir de chèvre, broderie de fils de couleur, 10 × 12 cm."),
    ("DM-CUI-005", "Sandales naïl en cuir", "maroquinerie", "aicha-mint-ely", "290.00", 0, 500,
     ("cushion", (110, 65, 35)), 1,
     "Sandales traditionnelles à semelle de cuir de dromadaire, cousues main. Indiquez votre pointure."),
    # Silver jewellery: GIE Cuir et Argent du Sahara
    ("DM-BIJ-001", "Manchette en argent ciselé", "bijouterie-en-argent", "mohamed-salem-ould-ahmed-baba", "1200.00",
     4, 150, ("plate", CHARCOAL), 2,
     "Bracelet manchette en argent 925 fondu et ciselé à la main, motifs de triangles et de points."),
    ("DM-BIJ-002", "Collier d'ambre et d'argent", "bijouterie-en-argent", "mohamed-salem-ould-ahmed-baba",
     "2100.00", 2, 200, ("plate", (60, 30, 30)), 2,
     "Collier de perles d'ambre et de perles d'argent gravées, fermoir en argent, 48 cm."),
    ("DM-BIJ-003", "Boucles d'oreilles en filigrane d'argent", "bijouterie-en-argent",
     "mohamed-salem-ould-ahmed-baba", "450.00", 10, 60, ("plate", (30, 36, 60)), 1,
     "Boucles d'oreilles en filigrane d'argent 925, crochets en argent, 4 cm."),
    ("DM-BIJ-004", "Bague en argent et cornaline", "bijouterie-en-argent", "mohamed-salem-ould-ahmed-baba",
     "380.00", 8, 50, ("plate", (40, 40, 50)), 1,
     "Bague en argent 925 sertie d'une cornaline, taille ajustable."),
    ("DM-BIJ-005", "Fibule khelala en argent", "bijouterie-en-argent", "mohamed-salem-ould-ahmed-baba", "1650.00", 2,
     180, ("plate", (50, 30, 40)), 2,
     "Fibule triangulaire en argent ciselé, pour fermer la melhfa ou à porter en broche, 9 cm."),
    # Natural cosmetics: Khadijetou Mint Bouh (independent) and Coopérative féminine Argane Ida Ou Gourd
    ("DM-COS-001", "Huile d'argan cosmétique bio", "cosmetiques-naturels", "naima-boutaleb", "160.00", 30, 250,
     ("still", (200, 160, 40)), 1,
     "Huile d'argan pressée à froid par une coopérative féminine, flacon de 100 ml."),
    ("DM-COS-002", "Coffret de trois savons au lait de chamelle", "cosmetiques-naturels", "khadijetou-mint-bouh",
     "120.00", 18, 400, ("still", (230, 200, 150)), 2,
     "Trois savons saponifiés à froid au lait de chamelle : nature, nigelle et henné. 3 × 100 g."),
    ("DM-COS-003", "Henné naturel du Sahara", "cosmetiques-naturels", "khadijetou-mint-bouh", "90.00", 40, 300,
     ("still", (110, 120, 60)), 1,
     "Poudre de feuilles de henné séchées à l'ombre et tamisées, pour les cheveux et les mains, 250 g."),
    ("DM-COS-004", "Huile de nigelle pressée à froid", "cosmetiques-naturels", "khadijetou-mint-bouh", "110.00", 15,
     200, ("still", (60, 50, 40)), 1,
     "Huile de graines de nigelle, première pression à froid, flacon de 100 ml."),
    ("DM-COS-005", "Savon noir à l'eucalyptus et à l'argan", "cosmetiques-naturels", "naima-boutaleb", "85.00", 35,
     300, ("still", (90, 70, 40)), 1,
     "Savon noir traditionnel du hammam à l'huile d'olive, à l'huile d'argan et à l'eucalyptus, pot de 200 g."),
    ("DM-COS-006", "Crème de jour à l'argan et à la rose", "cosmetiques-naturels", "naima-boutaleb", "140.00", 22,
     150, ("still", (220, 150, 160)), 1,
     "Crème légère à l'huile d'argan et à l'eau de rose de Kelâat M'Gouna, pot de 50 ml."),
    ("DM-COS-007", "Coffret rituel du hammam", "cosmetiques-naturels", "naima-boutaleb", "320.00", 10, 900,
     ("still", SAFFRON), 2,
     "Savon noir, gant de kessa, ghassoul et huile d'argan de la coopérative, dans une boîte en carton recyclé."),
    # Basketry: Association Doum Al Haouz
    ("DM-VAN-001", "Panier de marché en doum", "vannerie", "fatima-zahra-ait-lahcen", "180.00", 14, 450,
     ("basket", DOUM), 2,
     "Panier tressé en palmier nain, anses renforcées, bandes teintes au magenta, 40 × 30 cm."),
    ("DM-VAN-002", "Corbeille à pain tressée", "vannerie", "fatima-zahra-ait-lahcen", "95.00", 20, 200,
     ("round", (200, 170, 110)), 1,
     "Corbeille ronde en doum cousu en spirale, 25 cm de diamètre."),
    ("DM-VAN-003", "Chapeau de paille en doum", "vannerie", "fatima-zahra-ait-lahcen", "150.00", 9, 250,
     ("round", (220, 195, 140)), 1,
     "Chapeau à larges bords tressé à la main, cordon en laine colorée."),
    ("DM-VAN-004", "Grand panier de rangement à couvercle", "vannerie", "fatima-zahra-ait-lahcen", "340.00", 0, 900,
     ("basket", (190, 160, 100)), 2,
     "Panier haut à couvercle, doum naturel et teint, 50 cm de haut. Tressé à la commande."),
    # Pottery: Atelier familial Chafik
    ("DM-POT-001", "Plat à tajine émaillé de Safi", "poterie", "abdelkader-chafik", "260.00", 12, 2200,
     ("plate", (150, 60, 40)), 1,
     "Tajine en terre de Safi émaillée, pour le service, 30 cm de diamètre."),
    ("DM-POT-002", "Grand plat décoratif bleu de Safi", "poterie", "abdelkader-chafik", "780.00", 5, 3000,
     ("plate", COBALT), 2,
     "Plat tourné et peint à la main au bleu de cobalt, rosace et pétales, 40 cm de diamètre."),
    ("DM-POT-003", "Jarre à huile en terre vernissée", "poterie", "abdelkader-chafik", "540.00", 4, 4000,
     ("vase", (120, 90, 40)), 2,
     "Jarre traditionnelle en terre vernissée vert olive, bouchon en liège, 35 cm."),
    ("DM-POT-004", "Set de six bols émaillés", "poterie", "youssef-chafik", "420.00", 8, 1800,
     ("round", (70, 110, 60)), 2,
     "Six bols tournés et émaillés vert de cuivre, 12 cm de diamètre, passent au lave-vaisselle."),
    ("DM-POT-005", "Vase à motifs floraux", "poterie", "youssef-chafik", "350.00", 7, 1500,
     ("vase", COBALT), 1,
     "Vase ventru émaillé blanc, décor floral bleu peint au pinceau, 25 cm."),
    # Thuya wood: Hassan Bouzid (independent)
    ("DM-BOI-001", "Boîte à bijoux en thuya marqueté", "bois-de-thuya", "hassan-bouzid", "380.00", 10, 500,
     ("box", THUYA), 2,
     "Boîte en loupe de thuya, couvercle marqueté de citronnier et d'ébène, intérieur doublé de feutre, 18 × 12 cm."),
    ("DM-BOI-002", "Plateau en thuya et citronnier", "bois-de-thuya", "hassan-bouzid", "650.00", 5, 1200,
     ("round", (150, 80, 45)), 1,
     "Plateau rond tourné dans la loupe de thuya, filet de citronnier, 35 cm de diamètre."),
    ("DM-BOI-003", "Échiquier en marqueterie de thuya", "bois-de-thuya", "hassan-bouzid", "1900.00", 2, 2500,
     ("box", (120, 60, 35)), 2,
     "Échiquier marqueté de thuya et de citronnier, pièces sculptées, coffret de rangement, 45 × 45 cm."),
    ("DM-BOI-004", "Coffret à thé en thuya", "bois-de-thuya", "hassan-bouzid", "240.00", 12, 600,
     ("box", (160, 85, 50)), 1,
     "Coffret à trois compartiments pour le thé vert et la menthe séchée, incrustations d'ébène."),
]

# A few products in Arabic and English (title, description); the others show their French text in every language.
PRODUCT_TRANSLATIONS = {
    "DM-TAP-001": {
        "ar": ("زربية حنبل من وبر الإبل",
               "زربية منسوجة يدويا على منسج عمودي، من وبر الإبل وصوف الغنم المغزول يدويا، بزخارف صحراوية. 120 × 180 سم."),
        "en": ("Hanbel carpet in camel wool",
               "Hand-woven on a vertical loom from hand-spun camel and sheep wool, with Sahrawi patterns. 120 × 180 cm."),
    },
    "DM-TAP-002": {
        "ar": ("وسادة مطرزة من الصحراء", "غطاء وسادة من الصوف بتطريز هندسي تقليدي، 45 × 45 سم."),
        "en": ("Embroidered Saharan cushion", "Wool cushion cover with traditional geometric embroidery, 45 × 45 cm."),
    },
    "DM-MEL-001": {
        "ar": ("ملحفة من قماش القطن النيلي", "اللباس التقليدي للمرأة الصحراوية، مصبوغ بالنيلة، 4 أمتار."),
        "en": ("Indigo cotton voile melhfa", "The traditional veil of Sahrawi women, dyed with indigo, 4 metres."),
    },
    "DM-MEL-005": {
        "ar": ("لثام قطني نيلي", "عمامة ووشاح رجال الصحراء، قطن مصبوغ بالنيلة، 3 أمتار."),
        "en": ("Indigo cotton chèche", "The turban-scarf of the men of the desert, indigo-dyed cotton, 3 metres."),
    },
    "DM-CUI-001": {
        "ar": ("بوف من الجلد المدبوغ طبيعيا", "بوف دائري من جلد الماعز المدبوغ باللحاء، مخيط يدويا، يسلم بدون حشو."),
        "en": ("Naturally tanned leather pouffe",
               "Round goat-leather pouffe tanned with bark, hand-stitched, delivered unstuffed."),
    },
}

# Pieces woven or plaited to order (no stock kept): their lead time in days, where the catalogue knows lead times.
MADE_TO_ORDER_DAYS = {"DM-TAP-006": 60, "DM-VAN-004": 21}

# Which pattern draws each craft's pictures, and the ground the object stands on.
PICTURE_PATTERN = {
    "tissage-de-tapis": "carpet",
    "melhfa": "melhfa",
    "maroquinerie": "leather",
    "bijouterie-en-argent": "silver",
    "vannerie": "basketry",
    "poterie": "pottery",
    "bois-de-thuya": "wood",
    "cosmetiques-naturels": "cosmetics",
}
PICTURE_GROUND = {"bijouterie-en-argent": (70, 60, 80), "melhfa": CREAM_GROUND}
DEFAULT_GROUND = SAND
