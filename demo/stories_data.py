"""Demo content in French: the crafts (the taxonomy shared by stories, artisans and products), the home page's
featured items and the eight heritage stories, which together use every block of the story body.

Pictures are specs for `demo.images.draw`; artisans are referred to by their page slug, products by UPC.
"""

from demo.drawing import CHARCOAL, COBALT, INDIGO, SAFFRON, TERRACOTTA

# slug, name, description, pattern, colour
CRAFTS = [
    ("tissage-de-tapis", "Tissage de tapis",
     "Tapis, tentures et coussins tissés à la main sur métier vertical, en laine de mouton, de chameau et en poil de "
     "chèvre : du hanbel sahraoui aux tapis du Haouz.", "carpet", TERRACOTTA),
    ("melhfa", "Textiles melhfa",
     "Le voile de quatre mètres des femmes sahraouies, teint par nouage, à l'indigo ou imprimé, et le chèche des "
     "hommes.", "melhfa", INDIGO),
    ("maroquinerie", "Maroquinerie et cuir",
     "Cuir de chèvre et de dromadaire tanné aux écorces, peint, brodé et cousu main : poufs, sacs, coussins et "
     "sandales.", "leather", (150, 92, 50)),
    ("bijouterie-en-argent", "Bijouterie en argent",
     "Bracelets, fibules et colliers en argent ciselé, gravé ou filigrané, avec l'ambre, la cornaline et l'ébène.",
     "silver", CHARCOAL),
    ("vannerie", "Vannerie",
     "Paniers, corbeilles et chapeaux tressés en feuilles de palmier nain (doum) et en alfa, teintes végétales.",
     "basketry", (214, 184, 120)),
    ("poterie", "Poterie et céramique",
     "Terre de Safi tournée, émaillée et peinte au bleu de cobalt ; jarres en terre vernissée et plats à tajine.",
     "pottery", COBALT),
    ("bois-de-thuya", "Bois de thuya et marqueterie",
     "Loupe de thuya d'Essaouira tournée, sculptée et marquetée de citronnier, d'ébène et de nacre.",
     "wood", (140, 70, 40)),
    ("cosmetiques-naturels", "Cosmétiques naturels",
     "Huile d'argan pressée à froid, savons au lait de chamelle, henné et plantes du désert, préparés par des "
     "coopératives féminines.", "cosmetics", SAFFRON),
]

# The crafts' names in Arabic and English (French above).
CRAFT_NAMES = {
    "tissage-de-tapis": {"ar": "نسج الزرابي", "en": "Carpet weaving"},
    "melhfa": {"ar": "أقمشة الملحفة", "en": "Melhfa textiles"},
    "maroquinerie": {"ar": "الدباغة والمصنوعات الجلدية", "en": "Leatherwork"},
    "bijouterie-en-argent": {"ar": "الحلي الفضية", "en": "Silver jewellery"},
    "vannerie": {"ar": "صناعة السلال", "en": "Basketry"},
    "poterie": {"ar": "الفخار والخزف", "en": "Pottery and ceramics"},
    "bois-de-thuya": {"ar": "خشب العرعار والترصيع", "en": "Thuya wood and marquetry"},
    "cosmetiques-naturels": {"ar": "مستحضرات التجميل الطبيعية", "en": "Natural cosmetics"},
}

HOME_HERO = {
    "title": "Accueil – la lagune de Dakhla",
    "alt": "Illustration de la lagune de Dakhla : eau turquoise, dunes claires et voiles de kitesurf dans le ciel",
    "spec": ("landscape", "dakhla"),
}

STORY_INDEX = {
    "slug": "recits",
    "title": "Récits du patrimoine",
    "introduction": (
        "Les savoir-faire racontés par celles et ceux qui les font vivre, de la lagune de Dakhla aux potiers de Safi. "
        "Chaque récit mène aux pièces des artisans, à acheter sans quitter la page."
    ),
}

# Demo videos: no network here, so their embeds are cached locally (see demo.stories.ensure_video_embeds).
VIDEOS = {
    "https://www.youtube.com/watch?v=DMmelhfaDK1": {
        "title": "La teinture d'une melhfa par nouage, à Dakhla",
        "author": "Dakhla Market",
        "provider": "YouTube",
        "poster": {"title": "Vidéo – teinture d'une melhfa", "spec": ("video", "melhfa", INDIGO),
                   "alt": "Image d'une vidéo : un voile indigo teint par nouage dans un atelier de Dakhla"},
    },
    "https://www.youtube.com/watch?v=DMsafiPOT02": {
        "title": "Au tour et au four : une journée sur la colline des potiers de Safi",
        "author": "Dakhla Market",
        "provider": "YouTube",
        "poster": {"title": "Vidéo – la colline des potiers de Safi", "spec": ("video", "pottery", COBALT),
                   "alt": "Image d'une vidéo : un plat émaillé bleu de Safi dans l'arche d'un atelier"},
    },
    "https://vimeo.com/900000003": {
        "title": "Marqueterie de thuya : la boîte d'Hassan Bouzid, pas à pas",
        "author": "Dakhla Market",
        "provider": "Vimeo",
        "poster": {"title": "Vidéo – marqueterie de thuya à Essaouira", "spec": ("video", "wood", (140, 70, 40)),
                   "alt": "Image d'une vidéo : une loupe de thuya aux veines sombres dans l'arche d'un atelier"},
    },
}


def img(title, alt, spec, caption="", credit=""):
    return {"title": title, "alt": alt, "spec": spec, "caption": caption, "credit": credit}


STORIES = [
    {
        "slug": "le-hanbel-memoire-tissee-des-campements",
        "title": "Le hanbel, mémoire tissée des campements",
        "introduction": (
            "À Dakhla, les tisserandes de la coopérative Oued Eddahab tissent encore le hanbel, ce tapis de laine de "
            "chameau qui couvrait le sol des khaïmas. Rencontre avec Fatimetou Mint Ahmed."
        ),
        "author": "Youssef El Idrissi",
        "date": "2026-03-14",
        "crafts": ["tissage-de-tapis"],
        "region": "dakhla-oued-eddahab",
        "hero": img("Récit – le hanbel de Dakhla", "Bandes de losanges ocre, indigo et safran d'un hanbel sahraoui",
                    ("pattern", "carpet", TERRACOTTA, "hero")),
        "body": [
            ("heading", "Un tapis pour la tente"),
            ("paragraph",
             "<p>Sous la khaïma, le <b>hanbel</b> était tout à la fois tapis, couverture et rempart contre le vent de "
             "sable. On le tissait à plusieurs, l'hiver, pendant que les troupeaux restaient près des puits. La laine "
             "de chameau, plus courte et plus chaude que celle du mouton, était filée au fuseau par les femmes du "
             "campement.</p><p>Aujourd'hui, dans l'atelier de la coopérative, quartier Al Wahda, six métiers verticaux "
             "restent montés toute l'année. Un grand hanbel de deux mètres sur trois demande près de quatre mois de "
             "travail à deux tisserandes.</p>"),
            ("image", img("Récit – atelier de tissage Oued Eddahab",
                          "Arche d'atelier ouvrant sur un métier à tisser chargé de laine rouge et safran",
                          ("workshop", "carpet", TERRACOTTA)),
             "Le métier vertical de la coopérative, monté de laine filée à la main.",
             "Coopérative Tissage Oued Eddahab"),
            ("paragraph",
             "<p>Les motifs ne sont jamais dessinés à l'avance. Losanges, « yeux » et chevrons se transmettent de mère "
             "en fille et se comptent sur les doigts : chaque famille a ses bordures, que l'on reconnaît de loin.</p>"),
            ("quote", "Chaque hanbel raconte un campement : je tisse ce que ma mère chantait.", "Fatimetou Mint Ahmed"),
            ("heading3", "Le tapis de cette histoire"),
            ("product", "DM-TAP-001"),
            ("artisan", "fatimetou-mint-ahmed"),
        ],
    },
    {
        "slug": "la-melhfa-un-voile-aux-couleurs-de-la-lagune",
        "title": "La melhfa, un voile aux couleurs de la lagune",
        "introduction": (
            "Quatre mètres de voile, noués, teints, séchés au vent de l'Atlantique : la melhfa est l'habit et la "
            "fierté des femmes sahraouies. Salka Mint Brahim en teint depuis dix-huit ans."
        ),
        "author": "Meriem Benali",
        "date": "2026-02-02",
        "crafts": ["melhfa"],
        "region": "dakhla-oued-eddahab",
        "hero": img("Récit – la melhfa",
                    "Voile bleu indigo parsemé de cercles clairs laissés par la teinture par nouage",
                    ("pattern", "melhfa", INDIGO, "hero")),
        "body": [
            ("paragraph",
             "<p>Pour teindre une melhfa, Salka pince le voile de coton entre ses doigts et serre chaque pointe d'un "
             "fil : là où le fil mord, la teinture n'entre pas. Défaits après le bain, les nœuds laissent des cercles "
             "clairs, comme des gouttes sur la lagune.</p><p>L'indigo, autrefois venu de Mauritanie, reste la couleur "
             "des grandes occasions ; le quotidien préfère les tons sable, corail ou vert d'eau.</p>"),
            ("video", "https://www.youtube.com/watch?v=DMmelhfaDK1",
             "Salka noue et teint une melhfa dans l'atelier de la coopérative (3 min)."),
            ("gallery", "Du nœud au voile", [
                img("Récit melhfa – voile indigo", "Détail d'un voile indigo aux cercles clairs",
                    ("pattern", "melhfa", INDIGO, "photo"), "Le bain d'indigo, répété trois fois."),
                img("Récit melhfa – voile corail", "Détail d'un voile corail aux cercles safran",
                    ("pattern", "melhfa", (200, 80, 90), "photo"), "Une melhfa de fête, couleur corail."),
                img("Récit melhfa – voile sable", "Détail d'un voile couleur sable plissé",
                    ("pattern", "melhfa", (200, 160, 110), "photo"), "Le ton sable du quotidien."),
            ]),
            ("paragraph",
             "<p>Une melhfa se porte drapée sur la tête et les épaules, sans épingle ni couture : c'est la façon de "
             "la nouer qui fait l'élégance. Les jeunes femmes de Dakhla en changent selon l'heure et la fête.</p>"),
            ("product", "DM-MEL-001"),
            ("artisan", "salka-mint-brahim"),
        ],
    },
    {
        "slug": "forgerons-d-argent-du-sahara",
        "title": "Forgerons d'argent du Sahara",
        "introduction": (
            "Mohamed Salem Ould Ahmed Baba cisèle l'argent depuis quarante ans. Dans son atelier de l'ensemble "
            "artisanal de Dakhla, bracelets et fibules gardent les signes des tribus du désert."
        ),
        "author": "Youssef El Idrissi",
        "date": "2025-12-10",
        "crafts": ["bijouterie-en-argent"],
        "region": "dakhla-oued-eddahab",
        "hero": img("Récit – l'argent ciselé", "Bracelet en argent ciselé posé sur un tissu sombre, perles d'ambre",
                    ("pattern", "silver", CHARCOAL, "hero")),
        "body": [
            ("heading", "Les m'allmin, gens du métal"),
            ("paragraph",
             "<p>Dans la société sahraouie, les <i>m'allmin</i> travaillaient le fer, le bois et l'argent, tandis que "
             "leurs épouses tannaient et peignaient le cuir. Mohamed Salem a appris de son père à fondre les pièces "
             "anciennes, à battre le métal sur l'enclume et à graver au burin les triangles et les points.</p>"),
            ("image", img("Récit – atelier de bijouterie", "Bracelet d'argent et perles de cornaline sur un établi",
                          ("workshop", "silver", CHARCOAL)),
             "L'établi de Mohamed Salem, à l'ensemble artisanal.", "GIE Cuir et Argent du Sahara"),
            ("quote", "L'argent ne ment pas : on voit tout de suite si la main a hésité.",
             "Mohamed Salem Ould Ahmed Baba"),
            ("paragraph",
             "<p>Chaque bracelet est fondu, étiré, puis ciselé à froid. Aucune pièce n'est moulée : deux manchettes ne "
             "sont jamais tout à fait identiques.</p>"),
            ("product", "DM-BIJ-001"),
            ("artisan", "mohamed-salem-ould-ahmed-baba"),
        ],
    },
    {
        "slug": "le-cuir-peint-des-femmes-de-dakhla",
        "title": "Le cuir peint des femmes de Dakhla",
        "introduction": (
            "Sacs, coussins et poufs : Aïcha Mint Ely peint le cuir de chèvre de losanges verts, rouges et jaunes, "
            "comme on décorait autrefois les sacs de voyage des caravanes."
        ),
        "author": "Meriem Benali",
        "date": "2025-11-05",
        "crafts": ["maroquinerie"],
        "region": "dakhla-oued-eddahab",
        "hero": img("Récit – le cuir peint", "Cuir tanné peint de losanges emboîtés verts, rouges et jaunes",
                    ("pattern", "leather", (150, 92, 50), "hero")),
        "body": [
            ("paragraph",
             "<p>La <i>tassoufra</i>, grand sac de cuir des caravanes, contenait les provisions et les habits de la "
             "famille. Aïcha en a gardé les couleurs : le vert, le rouge et le jaune, tirés autrefois des plantes et "
             "des terres, et le noir de la suie.</p><p>Le cuir est tanné aux écorces d'acacia pendant trois semaines, "
             "puis peint à main levée avec un fin bâtonnet.</p>"),
            ("gallery", "Dans l'atelier d'Aïcha", [
                img("Récit cuir – peau tannée", "Peau de chèvre tannée, brun clair, décorée de losanges",
                    ("pattern", "leather", (170, 110, 60), "photo"), "Une peau après le tannage aux écorces."),
                img("Récit cuir – coussin peint", "Coussin rond en cuir peint sur un fond sable",
                    ("object", "leather", (150, 92, 50), "round", (222, 196, 150)), "Un coussin avant le rembourrage."),
            ]),
            ("quote", "Le cuir garde la mémoire des mains qui l'ont travaillé.", "Aïcha Mint Ely"),
            ("product", "DM-CUI-002"),
            ("artisan", "aicha-mint-ely"),
        ],
    },
    {
        "slug": "safi-la-colline-des-potiers",
        "title": "Safi, la colline des potiers",
        "introduction": (
            "Sur la colline de Bab Chaâba, les fours fument depuis des siècles. Trois générations de la famille "
            "Chafik y tournent et émaillent la terre rouge de Safi."
        ),
        "author": "Karim Ouazzani",
        "date": "2026-01-20",
        "crafts": ["poterie"],
        "region": "marrakech-safi",
        "hero": img("Récit – la colline des potiers", "Plat de Safi émaillé blanc aux pétales bleu cobalt",
                    ("pattern", "pottery", COBALT, "hero")),
        "body": [
            ("heading", "La terre, le tour et le four"),
            ("paragraph",
             "<p>La terre est extraite près de la ville, trempée, foulée aux pieds puis tournée. Après un premier "
             "séchage au soleil, les pièces sont cuites une première fois, émaillées, peintes au cobalt, puis cuites "
             "de nouveau dans le four à bois de l'atelier.</p>"),
            ("video", "https://www.youtube.com/watch?v=DMsafiPOT02",
             "Une journée dans l'atelier de la famille Chafik (5 min)."),
            ("image", img("Récit – four de l'atelier Chafik", "Arche d'un atelier de potier ouvrant sur un plat bleu",
                          ("workshop", "pottery", COBALT)),
             "Le four à bois de l'atelier, allumé deux fois par semaine.", "Atelier familial Chafik"),
            ("heading3", "Le bleu de Safi"),
            ("paragraph",
             "<p>Le décor bleu sur fond blanc, fleurs et rosaces, est la signature de Safi. Youssef, le fils, y ajoute "
             "aujourd'hui des pièces plus sobres pour les tables d'aujourd'hui, sans abandonner le tour de son "
             "père.</p>"),
            ("gallery", "Pièces de l'atelier", [
                img("Récit poterie – grand plat", "Grand plat rond émaillé aux pétales bleus",
                    ("object", "pottery", COBALT, "plate", (222, 196, 150)), "Un grand plat de 40 cm."),
                img("Récit poterie – vase", "Vase ventru émaillé blanc et bleu",
                    ("object", "pottery", COBALT, "vase", (222, 196, 150)), "Un vase à motifs floraux."),
                img("Récit poterie – plat vert", "Plat émaillé blanc aux pétales vert olive",
                    ("object", "pottery", (70, 110, 60), "plate", (214, 150, 110)), "Une variante au vert de cuivre."),
            ]),
            ("quote", "La terre de Safi se souvient de tout : du doigt, du feu et du temps qu'il faisait.",
             "Abdelkader Chafik"),
            ("product", "DM-POT-002"),
            ("artisan", "abdelkader-chafik"),
        ],
    },
    {
        "slug": "le-doum-des-palmiers-nains-aux-paniers-du-souk",
        "title": "Le doum, des palmiers nains aux paniers du souk",
        "introduction": (
            "Autour de Tamesloht, les vannières de l'association Doum Al Haouz cueillent, sèchent et tressent les "
            "feuilles du palmier nain. Leurs paniers remplissent les souks de Marrakech."
        ),
        "author": "Karim Ouazzani",
        "date": "2025-10-18",
        "crafts": ["vannerie"],
        "region": "marrakech-safi",
        "hero": img("Récit – la vannerie en doum",
                    "Tressage serré de feuilles de palmier nain, bandes magenta et vertes",
                    ("pattern", "basketry", (214, 184, 120), "hero")),
        "body": [
            ("paragraph",
             "<p>Le doum pousse à l'état sauvage sur les collines du Haouz. Les feuilles sont coupées à la fin de "
             "l'été, séchées à l'ombre, puis fendues en lanières. Certaines sont teintes au magenta ou au vert avant "
             "d'être tressées en longues bandes que l'on coud en spirale.</p>"),
            ("image", img("Récit – panier de marché en doum", "Panier de marché tressé en doum, bandes colorées",
                          ("object", "basketry", (214, 184, 120), "basket", (222, 196, 150))),
             "Le panier de marché, best-seller de l'association.", ""),
            ("quote", "Une bonne vannière se reconnaît à ses mains : elles ne s'arrêtent jamais.",
             "Fatima Zahra Aït Lahcen"),
            ("paragraph",
             "<p>L'association a ouvert un atelier où les femmes du douar travaillent ensemble et partagent les "
             "commandes : un revenu régulier, sans quitter le village.</p>"),
            ("product", "DM-VAN-001"),
            ("artisan", "fatima-zahra-ait-lahcen"),
        ],
    },
    {
        "slug": "essaouira-le-parfum-du-thuya",
        "title": "Essaouira, le parfum du thuya",
        "introduction": (
            "Sous les remparts de la Skala, l'air sent le bois de thuya. Hassan Bouzid y marquette boîtes, plateaux "
            "et échiquiers depuis trente-cinq ans."
        ),
        "author": "Youssef El Idrissi",
        "date": "2025-09-07",
        "crafts": ["bois-de-thuya"],
        "region": "marrakech-safi",
        "hero": img("Récit – la loupe de thuya", "Loupe de thuya brun-rouge aux veines sombres, bordure marquetée",
                    ("pattern", "wood", (140, 70, 40), "hero")),
        "body": [
            ("heading", "Un bois qui ne pousse qu'ici"),
            ("paragraph",
             "<p>Le thuya de Berbérie pousse dans l'arrière-pays d'Essaouira. Sa <b>loupe</b>, la souche noueuse "
             "qui se forme sous terre, donne ce bois moiré aux « yeux » sombres. Il est aujourd'hui protégé : les "
             "artisans n'emploient plus que des souches issues de coupes autorisées.</p>"),
            ("gallery", "Du bloc à la boîte", [
                img("Récit thuya – loupe brute", "Loupe de thuya poncée, veines brun-rouge",
                    ("pattern", "wood", (150, 80, 45), "photo"), "La loupe, poncée à la main."),
                img("Récit thuya – boîte marquetée", "Boîte en thuya au couvercle bordé de citronnier",
                    ("object", "wood", (140, 70, 40), "box", (222, 196, 150)), "Une boîte à bijoux finie."),
            ]),
            ("video", "https://vimeo.com/900000003", "Hassan Bouzid marquette un couvercle de boîte (4 min)."),
            ("paragraph",
             "<p>Le citronnier, jaune pâle, et l'ébène, noire, sont découpés en minces filets puis incrustés dans le "
             "thuya. La pièce est ensuite polie à la cire d'abeille.</p>"),
            ("product", "DM-BOI-003"),
            ("artisan", "hassan-bouzid"),
        ],
    },
    {
        "slug": "l-or-liquide-des-arganiers",
        "title": "L'or liquide des arganiers",
        "introduction": (
            "Entre Essaouira et Agadir, les femmes de la coopérative Ida Ou Gourd concassent à la pierre les noix "
            "d'argan. Il faut une journée de travail pour un litre d'huile."
        ),
        "author": "Meriem Benali",
        "date": "2026-04-01",
        "crafts": ["cosmetiques-naturels"],
        "region": "marrakech-safi",
        "hero": img("Récit – l'huile d'argan",
                    "Flacons d'huile d'argan ambrée, savons et noix d'argan sur un fond chaud",
                    ("pattern", "cosmetics", SAFFRON, "hero")),
        "body": [
            ("paragraph",
             "<p>L'arganier ne pousse qu'au sud-ouest du Maroc. Ses fruits sont séchés, dépulpés, puis les noix sont "
             "cassées une à une entre deux pierres pour en tirer les amandons. Pressés à froid, ils donnent l'huile "
             "cosmétique ; torréfiés, l'huile alimentaire.</p>"),
            ("image", img("Récit – atelier de concassage", "Arche d'atelier ouvrant sur des flacons d'huile d'argan",
                          ("workshop", "cosmetics", SAFFRON)),
             "La salle de concassage de la coopérative.", "Coopérative féminine Argane Ida Ou Gourd"),
            ("quote", "Quand on casse les noix ensemble, on parle, on rit, on apprend à lire : la coopérative, c'est "
                      "aussi cela.", "Naïma Boutaleb"),
            ("product", "DM-COS-001"),
            ("product", "DM-COS-005"),
            ("artisan", "naima-boutaleb"),
        ],
    },
]

# The home page's editorial choices: (block type, story slug / region slug / product UPC).
HOME_FEATURED = [
    ("story", "le-hanbel-memoire-tissee-des-campements"),
    ("story", "safi-la-colline-des-potiers"),
    ("story", "la-melhfa-un-voile-aux-couleurs-de-la-lagune"),
    ("region", "dakhla-oued-eddahab"),
    ("region", "marrakech-safi"),
    ("product", "DM-TAP-001"),
    ("product", "DM-MEL-001"),
    ("product", "DM-POT-002"),
    ("product", "DM-BOI-001"),
]
