"""Demo content in French: two regions with their workshops open to visitors, five cooperatives (every legal form)
and eleven artisans, two of them independent with their own shop partner.

Crafts are referred to by slug (demo.stories_data.CRAFTS); pictures are specs for demo.images.draw.
"""

from demo.drawing import CHARCOAL, COBALT, INDIGO, OCHRE, SAFFRON, TERRACOTTA

REGIONS = [
    {
        "slug": "dakhla-oued-eddahab",
        "title": "Dakhla-Oued Eddahab",
        "hero": {"title": "Région – Dakhla-Oued Eddahab", "spec": ("landscape", "dakhla"),
                 "alt": "Illustration de la lagune de Dakhla : eau turquoise, dunes blanches, voiles de kitesurf et "
                        "barque de pêche"},
        "introduction": (
            "Entre désert et océan, la presqu'île de Dakhla garde vivants les savoir-faire sahraouis : le tissage "
            "de la khaïma, la melhfa, le cuir peint et l'argent ciselé."
        ),
        "body": (
            "<p>Longue de quarante kilomètres, la presqu'île de Dakhla ferme une lagune où se croisent pêcheurs, "
            "ostréiculteurs et kitesurfeurs. La région, la plus au sud du Royaume, est aussi une terre de culture "
            "hassanie : poésie, thé à la menthe partagé sous la tente et artisanat nomade.</p>"
            "<h2>Des savoir-faire de campement</h2>"
            "<p>Tout ce que fabriquaient les familles nomades devait être léger, solide et beau : les tentures en "
            "poil de chameau, les tapis <b>hanbel</b>, les sacs de cuir peints, les bijoux d'argent qu'on portait "
            "sur soi. Les coopératives féminines de Dakhla ont repris ces techniques et les transmettent aux plus "
            "jeunes.</p>"
            "<h2>Venir voir les artisans</h2>"
            "<p>L'ensemble artisanal, sur l'avenue Mohammed V, réunit une vingtaine d'ateliers. La Maison de la "
            "melhfa et du tissage, gérée par la coopérative Tissage Oued Eddahab, ouvre ses métiers aux visiteurs : "
            "on peut y voir filer la laine de chameau et teindre les voiles.</p>"
        ),
        "crafts": ["tissage-de-tapis", "melhfa", "maroquinerie", "bijouterie-en-argent", "cosmetiques-naturels"],
        "workshops": [
            {"name": "Ensemble artisanal de Dakhla", "address": "Avenue Mohammed V, 73000 Dakhla",
             "opening_hours": "Du lundi au samedi, 9 h – 13 h et 16 h – 20 h",
             "latitude": "23.699200", "longitude": "-15.938600", "phone": "+212 5 28 89 72 10"},
            {"name": "Maison de la melhfa et du tissage", "address": "Quartier Al Wahda, rue 12, 73000 Dakhla",
             "opening_hours": "Du mardi au dimanche, 10 h – 19 h ; démonstrations de teinture le samedi à 11 h",
             "latitude": "23.711800", "longitude": "-15.932400", "phone": "+212 5 28 93 15 40"},
            {"name": "Tente des artisanes de la corniche",
             "address": "Corniche de Dakhla, face à la lagune, 73000 Dakhla",
             "opening_hours": "Tous les jours, 17 h – 22 h (d'octobre à mai)",
             "latitude": "23.685400", "longitude": "-15.953100", "phone": "+212 6 61 20 34 58"},
        ],
    },
    {
        "slug": "marrakech-safi",
        "title": "Marrakech-Safi",
        "hero": {"title": "Région – Marrakech-Safi", "spec": ("landscape", "marrakech"),
                 "alt": "Illustration de Marrakech : remparts ocre, palmiers, minaret et sommets enneigés du "
                        "Haut Atlas"},
        "introduction": (
            "Des souks de Marrakech aux fours des potiers de Safi et aux ateliers de thuya d'Essaouira, une région où "
            "chaque ville a son métier."
        ),
        "body": (
            "<p>La région Marrakech-Safi s'étend du Haut Atlas à l'océan Atlantique. Marrakech, capitale des souks, "
            "y côtoie Safi, ville de la céramique, et Essaouira, port fortifié dont les ébénistes travaillent le "
            "thuya depuis le XVIII<sup>e</sup> siècle.</p>"
            "<h2>Terre, bois, palme et argan</h2>"
            "<p>Sur la colline des potiers de Safi, les fours à bois cuisent encore les plats émaillés de bleu. Dans "
            "le Haouz, les femmes tressent le palmier nain ; autour d'Essaouira, les coopératives féminines "
            "pressent l'huile d'argan.</p>"
            "<h2>Ateliers ouverts</h2>"
            "<p>L'ensemble artisanal de Marrakech, les ateliers de la colline des potiers et les marqueteurs de la "
            "Skala d'Essaouira accueillent les visiteurs toute l'année.</p>"
        ),
        "crafts": ["poterie", "vannerie", "bois-de-thuya", "cosmetiques-naturels", "maroquinerie", "tissage-de-tapis"],
        "workshops": [
            {"name": "Ensemble artisanal de Marrakech", "address": "Avenue Mohammed V, 40000 Marrakech",
             "opening_hours": "Tous les jours, 9 h – 19 h",
             "latitude": "31.626600", "longitude": "-7.997700", "phone": "+212 5 24 44 35 03"},
            {"name": "Colline des potiers de Safi", "address": "Quartier Bab Chaâba, 46000 Safi",
             "opening_hours": "Du lundi au samedi, 8 h 30 – 18 h",
             "latitude": "32.299400", "longitude": "-9.236100", "phone": "+212 5 24 46 21 80"},
            {"name": "Ateliers de marqueterie de la Skala", "address": "Rue de la Skala, médina, 44000 Essaouira",
             "opening_hours": "Tous les jours sauf le vendredi après-midi, 9 h – 19 h",
             "latitude": "31.513700", "longitude": "-9.770600", "phone": "+212 5 24 47 38 61"},
        ],
    },
]

COOPERATIVES = [
    {
        "slug": "cooperative-tissage-oued-eddahab",
        "title": "Coopérative Tissage Oued Eddahab",
        "region": "dakhla-oued-eddahab",
        "partner": "Coopérative Tissage Oued Eddahab",  # the demo maker of the first catalogue: keep its name
        "legal_form": "cooperative",
        "founding_year": 2009,
        "members_count": 24,
        "crafts": ["tissage-de-tapis", "melhfa"],
        "logo": {"title": "Emblème – Coopérative Tissage Oued Eddahab", "spec": ("emblem", "carpet", TERRACOTTA),
                 "alt": "Emblème rond de la coopérative Tissage Oued Eddahab : losanges tissés rouge et safran"},
        "introduction": (
            "Vingt-quatre tisserandes et teinturières de Dakhla qui filent, tissent et teignent à la main la laine "
            "de chameau et le voile des melhfas."
        ),
        "story": (
            "<p>La coopérative est née en 2009 autour de six femmes du quartier Al Wahda qui tissaient chez elles les "
            "tapis de la famille. Elles voulaient vendre sans passer par les intermédiaires du souk et transmettre "
            "le métier à leurs filles.</p>"
            "<p>Aujourd'hui, elles sont vingt-quatre. La coopérative achète la laine aux éleveurs de la région, "
            "partage les commandes et verse à chaque artisane le prix de son travail. Une part des ventes finance "
            "des cours d'alphabétisation et la garde des enfants pendant les heures d'atelier.</p>"
        ),
        "gallery": [
            ("workshop", "carpet", TERRACOTTA, "L'atelier et ses six métiers verticaux",
             "Arche d'atelier ouvrant sur un tissage rouge et safran"),
            ("pattern", "carpet", OCHRE, "Bordure d'un hanbel en cours de tissage",
             "Bandes de losanges et de chevrons ocre et indigo"),
            ("pattern", "melhfa", INDIGO, "Melhfas indigo au séchage",
             "Voile indigo parsemé de cercles clairs"),
        ],
        "email": "tissage.oued-eddahab@dakhla-market.ma",
        "address": "Maison de la melhfa et du tissage, quartier Al Wahda, rue 12, 73000 Dakhla",
        "opening_hours": "Du lundi au samedi, 9 h – 13 h et 15 h – 18 h ; visite des métiers sur rendez-vous",
        "latitude": "23.711800", "longitude": "-15.932400", "phone": "+212 5 28 93 15 40",
    },
    {
        "slug": "gie-cuir-et-argent-du-sahara",
        "title": "GIE Cuir et Argent du Sahara",
        "region": "dakhla-oued-eddahab",
        "partner": "GIE Cuir et Argent du Sahara",
        "legal_form": "gie",
        "founding_year": 2016,
        "members_count": 9,
        "crafts": ["maroquinerie", "bijouterie-en-argent"],
        "logo": {"title": "Emblème – GIE Cuir et Argent du Sahara", "spec": ("emblem", "leather", (150, 92, 50)),
                 "alt": "Emblème rond du GIE Cuir et Argent du Sahara : losanges peints sur cuir"},
        "introduction": (
            "Neuf ateliers de maroquinerie et de bijouterie de Dakhla groupés pour acheter le cuir et l'argent, "
            "exposer ensemble et vendre en ligne."
        ),
        "story": (
            "<p>Le groupement d'intérêt économique réunit depuis 2016 des familles de <i>m'allmin</i>, les artisans "
            "du métal et du cuir de la société sahraouie. Chacun garde son atelier ; le GIE achète en commun la "
            "matière première, tient le stand de l'ensemble artisanal et expédie les commandes.</p>"
            "<p>Les hommes ciselent l'argent, les femmes tannent et peignent le cuir, comme leurs parents avant "
            "eux.</p>"
        ),
        "gallery": [
            ("pattern", "leather", (150, 92, 50), "Cuir de chèvre peint à main levée",
             "Cuir tanné peint de losanges verts, rouges et jaunes"),
            ("pattern", "silver", CHARCOAL, "Manchette en argent ciselé",
             "Bracelet d'argent ciselé sur un tissu sombre, perles d'ambre"),
        ],
        "email": "gie.cuir-argent@dakhla-market.ma",
        "address": "Ensemble artisanal, stand 14, avenue Mohammed V, 73000 Dakhla",
        "opening_hours": "Du lundi au samedi, 9 h – 13 h et 16 h – 20 h",
        "latitude": "23.699500", "longitude": "-15.939000", "phone": "+212 5 28 89 72 14",
    },
    {
        "slug": "association-doum-al-haouz",
        "title": "Association Doum Al Haouz",
        "region": "marrakech-safi",
        "partner": "Association Doum Al Haouz",
        "legal_form": "association",
        "founding_year": 2011,
        "members_count": 32,
        "crafts": ["vannerie"],
        "logo": {"title": "Emblème – Association Doum Al Haouz", "spec": ("emblem", "basketry", (214, 184, 120)),
                 "alt": "Emblème rond de l'association Doum Al Haouz : tressage de palmier nain"},
        "introduction": (
            "Trente-deux vannières des douars de Tamesloht qui tressent le palmier nain en paniers, corbeilles et "
            "chapeaux."
        ),
        "story": (
            "<p>L'association a été fondée en 2011 par des femmes des douars autour de Tamesloht, au sud de "
            "Marrakech, pour vendre leurs paniers à un prix juste. Elle forme les jeunes filles à la vannerie et "
            "à la gestion, et a construit en 2019 un atelier commun où l'on sèche et teint le doum.</p>"
        ),
        "gallery": [
            ("workshop", "basketry", (214, 184, 120), "L'atelier commun de Tamesloht",
             "Arche d'atelier ouvrant sur un tressage de doum"),
            ("pattern", "basketry", (200, 170, 110), "Bande tressée avant couture",
             "Tressage de doum naturel avec une bande magenta"),
            ("object", "basketry", (214, 184, 120), "basket", "Panier de marché terminé",
             "Panier tressé en doum à anse, bandes colorées"),
        ],
        "email": "doum.alhaouz@dakhla-market.ma",
        "address": "Atelier de l'association, douar Ouled Bouzid, commune de Tamesloht, province d'Al Haouz",
        "opening_hours": "Du lundi au vendredi, 9 h – 16 h, sur rendez-vous",
        "latitude": "31.499000", "longitude": "-8.098000", "phone": "+212 6 70 42 18 93",
    },
    {
        "slug": "atelier-familial-chafik",
        "title": "Atelier familial Chafik",
        "region": "marrakech-safi",
        "partner": "Atelier familial Chafik – Poterie de Safi",
        "legal_form": "family",
        "founding_year": 1962,
        "members_count": 7,
        "crafts": ["poterie"],
        "logo": {"title": "Emblème – Atelier familial Chafik", "spec": ("emblem", "pottery", COBALT),
                 "alt": "Emblème rond de l'atelier Chafik : rosace bleu cobalt sur émail blanc"},
        "introduction": (
            "Trois générations de potiers sur la colline de Bab Chaâba, à Safi : tournage, émaillage et cuisson au "
            "four à bois."
        ),
        "story": (
            "<p>Le grand-père, Ahmed Chafik, a ouvert l'atelier en 1962 avec un tour et un four. Son fils Abdelkader "
            "l'a agrandi ; son petit-fils Youssef, formé à l'école de céramique, y dessine de nouvelles pièces. Sept "
            "personnes de la famille y travaillent aujourd'hui.</p>"
        ),
        "gallery": [
            ("workshop", "pottery", COBALT, "Le four à bois de l'atelier", "Arche d'atelier ouvrant sur un plat bleu"),
            ("object", "pottery", COBALT, "vase", "Vase émaillé au séchage", "Vase ventru blanc et bleu"),
        ],
        "email": "atelier.chafik@dakhla-market.ma",
        "address": "Colline des potiers, quartier Bab Chaâba, 46000 Safi",
        "opening_hours": "Du lundi au samedi, 8 h 30 – 18 h ; cuisson le mardi et le vendredi",
        "latitude": "32.299700", "longitude": "-9.235500", "phone": "+212 5 24 46 21 87",
    },
    {
        "slug": "cooperative-argane-ida-ou-gourd",
        "title": "Coopérative féminine Argane Ida Ou Gourd",
        "region": "marrakech-safi",
        "partner": "Coopérative féminine Argane Ida Ou Gourd",
        "legal_form": "cooperative",
        "founding_year": 2004,
        "members_count": 45,
        "crafts": ["cosmetiques-naturels"],
        "logo": {"title": "Emblème – Coopérative Argane Ida Ou Gourd", "spec": ("emblem", "cosmetics", SAFFRON),
                 "alt": "Emblème rond de la coopérative Argane Ida Ou Gourd : flacons d'huile ambrée"},
        "introduction": (
            "Quarante-cinq femmes de la province d'Essaouira qui concassent à la main les noix d'argan et pressent "
            "à froid l'huile, les savons et les soins de la coopérative."
        ),
        "story": (
            "<p>Fondée en 2004, la coopérative achète les fruits de l'arganier aux familles de la commune et les "
            "transforme sur place. Les femmes sont payées au kilo d'amandons et partagent les bénéfices en fin "
            "d'année. La coopérative replante chaque hiver de jeunes arganiers avec l'école du village.</p>"
        ),
        "gallery": [
            ("workshop", "cosmetics", SAFFRON, "La salle de concassage",
             "Arche d'atelier ouvrant sur des flacons d'huile d'argan"),
            ("pattern", "cosmetics", (230, 190, 90), "Flacons, savons et noix d'argan",
             "Flacons d'huile ambrée, savons ronds et noix d'argan"),
        ],
        "email": "argane.idaougourd@dakhla-market.ma",
        "address": "Route d'Agadir, km 12, commune d'Ida Ou Gourd, province d'Essaouira",
        "opening_hours": "Tous les jours, 9 h – 17 h ; démonstration de concassage à 10 h et 15 h",
        "latitude": "31.445000", "longitude": "-9.670000", "phone": "+212 5 24 78 32 06",
    },
]

# parent: a cooperative slug, or a region slug for an independent artisan (who then has their own "partner").
# portrait: (background colour, garment) or None.
ARTISANS = [
    {
        "slug": "fatimetou-mint-ahmed", "title": "Fatimetou Mint Ahmed", "parent": "cooperative-tissage-oued-eddahab",
        "portrait": (SAFFRON, "melhfa"), "crafts": ["tissage-de-tapis"], "years_of_practice": 31,
        "technique": "Tissage sur métier vertical à nœuds et à points plats ; la laine est lavée, cardée et filée "
                     "au fuseau à la maison, puis teinte au henné, à l'écorce de grenade ou à l'indigo.",
        "materials": "laine de chameau, laine de mouton, poil de chèvre, henné, indigo",
        "quote": "Chaque hanbel raconte un campement : je tisse ce que ma mère chantait.",
        "biography": "<p>Née à Bir Gandouz, Fatimetou a appris à tisser à neuf ans sous la tente familiale. Installée "
                     "à Dakhla en 1998, elle est l'une des six fondatrices de la coopérative, dont elle forme "
                     "aujourd'hui les apprenties.</p><p>Elle gère aussi la boutique en ligne de la coopérative.</p>",
        "gallery": [("workshop", "carpet", TERRACOTTA, "Le métier de Fatimetou"),
                    ("pattern", "carpet", (168, 92, 50), "Un hanbel en laine de chameau")],
    },
    {
        "slug": "salka-mint-brahim", "title": "Salka Mint Brahim", "parent": "cooperative-tissage-oued-eddahab",
        "portrait": None, "crafts": ["melhfa"], "years_of_practice": 18,
        "technique": "Teinture par nouage (le voile est pincé et ligaturé point par point), bains d'indigo et de "
                     "teintures végétales, séchage au vent.",
        "materials": "voile de coton, indigo, teintures végétales",
        "quote": "Une melhfa réussie, c'est quand la lagune se voit dedans.",
        "biography": "<p>Salka préfère ne pas être photographiée : ce sont ses voiles qui parlent pour elle. Elle "
                     "teint les melhfas de la coopérative et anime les démonstrations du samedi à la Maison de la "
                     "melhfa.</p>",
        "gallery": [("pattern", "melhfa", INDIGO, "Une melhfa indigo de Salka"),
                    ("pattern", "melhfa", (200, 80, 90), "Une melhfa de fête, couleur corail")],
    },
    {
        "slug": "mariem-mint-sidi-mohamed", "title": "Mariem Mint Sidi Mohamed",
        "parent": "cooperative-tissage-oued-eddahab",
        "portrait": (TERRACOTTA, "melhfa"), "crafts": ["tissage-de-tapis"], "years_of_practice": 12,
        "technique": "Tissage de petites pièces (coussins, sacs de selle) et broderie au fil de laine sur tissage.",
        "materials": "laine de mouton, coton, fils de laine teints",
        "quote": "Je tisse petit pour que la tradition entre dans toutes les maisons.",
        "biography": "<p>La plus jeune tisserande de la coopérative a appris le métier avec Fatimetou, après un "
                     "diplôme de comptabilité. Elle dessine les coussins et les sacs que la coopérative vend en "
                     "ligne.</p>",
        "gallery": [("object", "carpet", OCHRE, "cushion", "Un coussin brodé du Sahara"),
                    ("pattern", "carpet", (190, 120, 60), "Détail de broderie géométrique")],
    },
    {
        "slug": "mohamed-salem-ould-ahmed-baba", "title": "Mohamed Salem Ould Ahmed Baba",
        "parent": "gie-cuir-et-argent-du-sahara",
        "portrait": ((90, 110, 140), "cheche"), "crafts": ["bijouterie-en-argent"], "years_of_practice": 40,
        "technique": "Fonte de l'argent au creuset, mise en forme à l'enclume, ciselure et gravure au burin, "
                     "incrustation de cuivre et d'ébène.",
        "materials": "argent 925, cuivre, ébène, ambre, cornaline",
        "quote": "L'argent ne ment pas : on voit tout de suite si la main a hésité.",
        "biography": "<p>Fils et petit-fils de forgerons, Mohamed Salem a travaillé vingt ans sous la tente avant "
                     "d'ouvrir son atelier à l'ensemble artisanal de Dakhla. Il est l'un des fondateurs du GIE.</p>",
        "gallery": [("workshop", "silver", CHARCOAL, "L'établi de Mohamed Salem"),
                    ("pattern", "silver", (30, 36, 60), "Manchette et perles de cornaline")],
    },
    {
        "slug": "aicha-mint-ely", "title": "Aïcha Mint Ely", "parent": "gie-cuir-et-argent-du-sahara",
        "portrait": ((60, 120, 90), "melhfa"), "crafts": ["maroquinerie"], "years_of_practice": 22,
        "technique": "Tannage végétal aux écorces d'acacia, peinture à main levée au bâtonnet, broderie de "
                     "lanières et couture main.",
        "materials": "cuir de chèvre, cuir de dromadaire, écorce d'acacia, pigments naturels",
        "quote": "Le cuir garde la mémoire des mains qui l'ont travaillé.",
        "biography": "<p>Aïcha a appris le cuir auprès de sa mère, qui décorait les sacs de voyage des caravanes. "
                     "Elle peint aujourd'hui poufs, sacs et coussins et forme trois apprenties.</p>",
        "gallery": [("pattern", "leather", (150, 92, 50), "Un cuir peint d'Aïcha"),
                    ("object", "leather", (130, 80, 45), "bag", "Un sac tassoufra")],
    },
    {
        "slug": "khadijetou-mint-bouh", "title": "Khadijetou Mint Bouh", "parent": "dakhla-oued-eddahab",
        "partner": "Savonnerie Khadijetou Mint Bouh",
        "portrait": ((200, 150, 110), "melhfa"), "crafts": ["cosmetiques-naturels"], "years_of_practice": 9,
        "technique": "Saponification à froid au lait de chamelle, macération de plantes du désert, séchage du "
                     "henné à l'ombre.",
        "materials": "lait de chamelle, henné, nigelle, huile d'argan, beurre de karité",
        "quote": "Le lait de chamelle nourrissait le campement ; aujourd'hui il soigne aussi la peau.",
        "biography": "<p>Ancienne infirmière, Khadijetou a ouvert en 2017 sa petite savonnerie dans le quartier "
                     "Al Massira. Elle achète le lait aux éleveurs de chamelles de la route d'Aousserd et travaille "
                     "seule, en petites séries.</p>",
        "gallery": [("pattern", "cosmetics", (230, 200, 150), "Savons au lait de chamelle au séchage"),
                    ("workshop", "cosmetics", (210, 170, 110), "L'atelier de la savonnerie")],
    },
    {
        "slug": "fatima-zahra-ait-lahcen", "title": "Fatima Zahra Aït Lahcen", "parent": "association-doum-al-haouz",
        "portrait": ((170, 40, 110), "scarf"), "crafts": ["vannerie"], "years_of_practice": 26,
        "technique": "Tressage de lanières de doum en bandes, couture en spirale à l'aiguille de fer, teinture "
                     "végétale des lanières.",
        "materials": "feuilles de palmier nain (doum), alfa, teintures végétales",
        "quote": "Une bonne vannière se reconnaît à ses mains : elles ne s'arrêtent jamais.",
        "biography": "<p>Présidente de l'association depuis 2015, Fatima Zahra tresse depuis l'enfance. Elle a "
                     "obtenu le prix régional de l'artisanat en 2021 pour ses corbeilles à couvercle.</p>",
        "gallery": [("object", "basketry", (214, 184, 120), "basket", "Un panier de marché"),
                    ("pattern", "basketry", (200, 170, 110), "Tressage serré à bandes magenta")],
    },
    {
        "slug": "abdelkader-chafik", "title": "Abdelkader Chafik", "parent": "atelier-familial-chafik",
        "portrait": ((120, 150, 190), "none"), "crafts": ["poterie"], "years_of_practice": 48,
        "technique": "Tournage de la terre de Safi, double cuisson au four à bois, décor peint au bleu de cobalt "
                     "sur émail stannifère.",
        "materials": "argile de Safi, émail, oxyde de cobalt, bois d'eucalyptus",
        "quote": "La terre de Safi se souvient de tout : du doigt, du feu et du temps qu'il faisait.",
        "biography": "<p>Abdelkader s'est assis au tour de son père à douze ans. Il dirige l'atelier familial et "
                     "enseigne le tournage aux apprentis de la colline des potiers.</p>",
        "gallery": [("workshop", "pottery", COBALT, "Le tour d'Abdelkader"),
                    ("object", "pottery", COBALT, "plate", "Un grand plat bleu de Safi")],
    },
    {
        "slug": "youssef-chafik", "title": "Youssef Chafik", "parent": "atelier-familial-chafik",
        "portrait": ((70, 110, 160), "none"), "crafts": ["poterie"], "years_of_practice": 15,
        "technique": "Émaillage, décor au pinceau et pièces de table aux formes simples, cuites au four familial.",
        "materials": "argile de Safi, émaux, oxydes de cuivre et de cobalt",
        "quote": "Je garde le bleu de mon grand-père et je change la forme des bols.",
        "biography": "<p>Diplômé de l'école de céramique de Safi, Youssef a rejoint l'atelier familial en 2011. Il "
                     "y dessine les services de table et s'occupe des expéditions.</p>",
        "gallery": [("object", "pottery", (70, 110, 60), "round", "Un bol émaillé vert de cuivre"),
                    ("pattern", "pottery", COBALT, "Décor de rosace au cobalt")],
    },
    {
        "slug": "naima-boutaleb", "title": "Naïma Boutaleb", "parent": "cooperative-argane-ida-ou-gourd",
        "portrait": ((230, 180, 90), "scarf"), "crafts": ["cosmetiques-naturels"], "years_of_practice": 20,
        "technique": "Concassage des noix à la pierre, pression à froid, filtration naturelle, préparation des "
                     "savons noirs et des crèmes de la coopérative.",
        "materials": "amandons d'argan, olive, eucalyptus, rose de Kelâat M'Gouna",
        "quote": "Quand on casse les noix ensemble, on parle, on rit, on apprend à lire : la coopérative, c'est "
                 "aussi cela.",
        "biography": "<p>Membre fondatrice de la coopérative, Naïma en est la responsable qualité. Elle a appris à "
                     "lire et à écrire dans les cours de la coopérative, qu'elle anime aujourd'hui.</p>",
        "gallery": [("pattern", "cosmetics", SAFFRON, "Flacons d'huile d'argan"),
                    ("workshop", "cosmetics", (230, 190, 90), "La presse de la coopérative")],
    },
    {
        "slug": "hassan-bouzid", "title": "Hassan Bouzid", "parent": "marrakech-safi",
        "partner": "Atelier Hassan Bouzid – Marqueterie de thuya",
        "portrait": ((150, 90, 60), "cheche"), "crafts": ["bois-de-thuya"], "years_of_practice": 35,
        "technique": "Débitage et ponçage de la loupe de thuya, marqueterie de citronnier, d'ébène et de nacre, "
                     "finition à la cire d'abeille.",
        "materials": "loupe de thuya, citronnier, ébène, nacre, cire d'abeille",
        "quote": "Le thuya a mis cent ans à pousser : je lui dois au moins de ne pas le gâcher.",
        "biography": "<p>Apprenti à quatorze ans dans les ateliers de la Skala, Hassan travaille à son compte depuis "
                     "2001. Il n'emploie que du thuya issu de coupes autorisées et forme chaque année deux jeunes de "
                     "la médina.</p>",
        "gallery": [("workshop", "wood", (140, 70, 40), "L'atelier d'Hassan, sous les remparts"),
                    ("object", "wood", (140, 70, 40), "box", "Une boîte marquetée terminée"),
                    ("pattern", "wood", (160, 85, 50), "La loupe de thuya, poncée")],
    },
]

# Gallery and portrait alt texts, built from the artisan's name and craft where the data above gives a caption only.
GALLERY_ALT = {
    "carpet": "Tissage géométrique en laine, losanges et chevrons",
    "melhfa": "Voile de melhfa teint par nouage, cercles clairs sur fond coloré",
    "leather": "Cuir tanné peint de losanges verts, rouges et jaunes",
    "silver": "Bijou en argent ciselé sur un tissu sombre, perles colorées",
    "basketry": "Tressage de palmier nain naturel et teint",
    "pottery": "Céramique émaillée blanche au décor bleu",
    "wood": "Bois de thuya aux veines sombres, bordure marquetée",
    "cosmetics": "Flacons d'huile ambrée, savons et noix d'argan",
}
