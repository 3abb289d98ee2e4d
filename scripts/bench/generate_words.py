"""The French text of the benchmark's catalogue (scripts/bench/generate.py): region, people's and cooperatives' names,
product names, and the sentences and quotes that fill pages and stories."""

REGIONS = [
    "Dakhla-Oued Eddahab", "Laâyoune-Sakia El Hamra", "Guelmim-Oued Noun", "Souss-Massa", "Marrakech-Safi",
    "Drâa-Tafilalet", "Béni Mellal-Khénifra", "Casablanca-Settat", "Rabat-Salé-Kénitra", "Fès-Meknès", "Oriental",
    "Tanger-Tétouan-Al Hoceïma",
]
FIRST_NAMES = ["Fatimetou", "Mariem", "Khadija", "Aïcha", "Zineb", "Salka", "Lalla", "Naïma", "Hajar", "Rkia",
               "Brahim", "Mohamed", "Youssef", "Hassan", "Ahmed", "Mbarek", "Lahcen", "Omar", "Saïd", "Abdellah"]
LAST_NAMES = ["Mint Ahmed", "Mint Sidi Mohamed", "Ould Brahim", "Benali", "El Idrissi", "Aït Ouahmane", "Bennani",
              "Ouchen", "Amzil", "Boutaleb", "El Fassi", "Tazi", "Ouled Bouchaïb", "Lahlou", "Berrada"]
COOP_KINDS = [("cooperative", "Coopérative"), ("gie", "GIE"), ("association", "Association"),
              ("family", "Atelier familial")]
PRODUCT_NOUNS = {
    "tissage-de-tapis": ["Tapis hanbel", "Coussin brodé", "Tapis de prière", "Sac de selle", "Tenture", "Kilim"],
    "melhfa": ["Melhfa indigo", "Melhfa imprimée", "Chèche", "Foulard noué-teint", "Voile de coton"],
    "maroquinerie": ["Pouf en cuir", "Sac besace", "Babouches", "Porte-monnaie", "Coussin de cuir", "Ceinture"],
    "bijouterie-en-argent": ["Bracelet ciselé", "Fibule", "Collier d'ambre", "Boucles d'oreilles", "Bague"],
    "vannerie": ["Panier en doum", "Corbeille", "Chapeau tressé", "Plateau d'alfa", "Couffin"],
    "poterie": ["Plat à tajine", "Bol de Safi", "Jarre vernissée", "Assiette peinte", "Vase bleu de cobalt"],
    "bois-de-thuya": ["Boîte en thuya", "Plateau marqueté", "Coffret", "Jeu d'échecs", "Bol tourné"],
    "cosmetiques-naturels": ["Huile d'argan", "Savon au lait de chamelle", "Henné", "Eau de rose", "Ghassoul"],
}
PRODUCT_ADJECTIVES = ["de Dakhla", "du désert", "teint au henné", "en laine de chameau", "brodé main", "ancien motif",
                      "bleu indigo", "couleur sable", "grand modèle", "petit modèle", "ocre", "de la lagune"]
SENTENCES = [
    "La laine est cardée puis filée à la main, à la lumière du matin, avant d'être teinte aux plantes du désert.",
    "Chaque pièce demande des semaines de travail et porte la marque de la main qui l'a faite.",
    "Les motifs se transmettent de mère en fille : losanges, chevrons et étoiles racontent les campements.",
    "Au village, l'atelier est aussi un lieu de rencontre, où l'on boit le thé entre deux rangs de tissage.",
    "La coopérative achète la matière première en commun et partage les revenus entre ses membres.",
    "Le cuir est tanné aux écorces pendant quarante jours, puis peint de motifs verts, rouges et jaunes.",
    "La terre de Safi est tournée, séchée au soleil, puis émaillée au bleu de cobalt.",
    "L'huile d'argan est pressée à froid par les femmes de la coopérative, dans la vallée du Souss.",
]
QUOTES = ["Je tisse comme ma mère m'a appris, un rang après l'autre.", "Chaque tapis raconte une famille.",
          "Le désert nous donne la laine, la patience fait le reste.", "Mes mains se souviennent des motifs."]
