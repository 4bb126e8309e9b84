import type { Disagreement } from "../../model/common.js";

/**
 * Where sources give different values for an emission figure, or values for different perimeters
 * that readers might take for one. Each claim is a figure id.
 */
export const emissionDisagreements = [
  {
    id: "shift-2025-reduction-potential",
    topic: {
      fr: "Réduction possible de l’empreinte carbone des médicaments et des dispositifs médicaux",
      en: "Possible reduction of the carbon footprint of medicines and medical devices",
    },
    kind: "different-scope",
    claims: ["shift-2025-reduction-medicines", "shift-2025-reduction-medical-devices", "shift-2025-reduction-average"],
    preferred: "shift-2025-reduction-average",
    reason:
      "The three figures measure different perimeters: medicines only (68 %), medical devices only (72 %), and the average over both (70 %). The primary article gives no reduction figure. The Shift Project's own page (17 June 2025) gives « une réduction possible de 70% en moyenne pour les médicaments et les dispositifs médicaux » at « l’horizon 2050 »; Le Quotidien du Médecin reports « une diminution potentielle de 68 % de l’empreinte carbone pour les médicaments et de 72 % pour les dispositifs médicaux », with no horizon. The helpers use the report's own figure, which covers both perimeters.",
    reasonFr:
      "Les trois valeurs mesurent des périmètres différents : les médicaments seuls (68 %), les dispositifs médicaux seuls (72 %) et la moyenne des deux (70 %). L’article principal ne donne pas de chiffre de réduction. La page du Shift Project (17 juin 2025) donne « une réduction possible de 70% en moyenne pour les médicaments et les dispositifs médicaux » à « l’horizon 2050 » ; Le Quotidien du Médecin rapporte « une diminution potentielle de 68 % de l’empreinte carbone pour les médicaments et de 72 % pour les dispositifs médicaux », sans horizon. Les fonctions utilisent le chiffre du rapport lui-même, qui couvre les deux périmètres.",
  },
  {
    id: "shift-2025-medicines-footprint-value",
    topic: {
      fr: "Empreinte carbone annuelle des médicaments consommés en France",
      en: "Annual carbon footprint of medicines consumed in France",
    },
    claims: [
      "shift-2025-medicines-footprint",
      "shift-2025-medicines-footprint-approximately",
      "shift-2025-interim-medicines-footprint",
    ],
    kind: "conflict",
    preferred: "shift-2025-medicines-footprint",
    reason:
      "All three claims measure the annual footprint of medicines consumed in France. The primary article gives no total. The final report's own page (17 June 2025) writes « plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France », under the heading « Une empreinte carbone de plus de 9 MtCO₂e »; Stratégies Santé writes that « en 2023, les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an »: the same number with another hedge (more than, against about). The range « entre 5 et 15 millions de tonnes » comes from Stratégies Santé's page on the Shift Project's interim report (« publié le 22 Jan, 2025 »), an earlier and provisional estimate. The helpers use the final report's own page, the most primary source.",
    reasonFr:
      "Les trois valeurs mesurent l’empreinte annuelle des médicaments consommés en France. L’article principal ne donne pas de total. La page du rapport final (17 juin 2025) écrit « plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France », sous le titre « Une empreinte carbone de plus de 9 MtCO₂e » ; Stratégies Santé écrit qu’« en 2023, les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an » : le même nombre avec une autre réserve (plus de, contre environ). La fourchette « entre 5 et 15 millions de tonnes » vient de la page de Stratégies Santé sur le rapport intermédiaire du Shift Project (« publié le 22 Jan, 2025 »), une estimation antérieure et provisoire. Les fonctions utilisent la page du rapport final, la source la plus directe.",
  },
  {
    id: "shift-2025-boxes-per-person-value",
    topic: {
      fr: "Boîtes de médicaments par personne et par an",
      en: "Boxes of medicines per person per year",
    },
    claims: ["shift-2025-boxes-per-person", "shift-2025-interim-boxes-per-person"],
    kind: "conflict",
    preferred: "shift-2025-boxes-per-person",
    reason:
      "Both claims count boxes of medicines per person and per year. The primary article gives no such figure. Stratégies Santé's page on the final report writes « Les industries du médicament produisent en moyenne 48 boîtes de médicaments produites par Français et par an »; its page on the Shift Project's interim report (« publié le 22 Jan, 2025 ») gives « 45 boîtes par habitant et par an ». Neither page states the year counted. The helpers use the figure reported from the final report, the later of the two reports.",
    reasonFr:
      "Les deux valeurs comptent des boîtes de médicaments par personne et par an. L’article principal ne donne pas ce chiffre. La page de Stratégies Santé sur le rapport final écrit « Les industries du médicament produisent en moyenne 48 boîtes de médicaments produites par Français et par an » ; sa page sur le rapport intermédiaire du Shift Project (« publié le 22 Jan, 2025 ») donne « 45 boîtes par habitant et par an ». Aucune des deux pages ne dit quelle année est comptée. Les fonctions utilisent le chiffre rapporté du rapport final, le plus récent des deux.",
  },
  {
    id: "shift-health-sector-footprint-editions",
    topic: {
      fr: "Empreinte carbone du secteur de la santé en France selon les éditions 2021 et 2023 du rapport du Shift Project",
      en: "Carbon footprint of the French health sector in the 2021 and 2023 editions of The Shift Project's report",
    },
    kind: "different-scope",
    claims: [
      "shift-2021-health-sector-footprint",
      "shift-2023-health-sector-footprint",
      "shift-2023-health-sector-footprint-moniteur",
    ],
    preferred: "shift-2023-health-sector-footprint",
    reason:
      "Two editions of one report, counted on different perimeters. Santé Achat gives the first edition's « 46,7 millions de tonnes équivalent CO2 en 2020 », « selon les estimations du Shift Project », and calls it « Une évaluation minimale car l’ONG reconnaît ne pas avoir réussi à récupérer des données sur tous les postes d’émission ». For the 2023 edition, Santé Achat writes that « L’ONG a pourtant élargi le périmètre étudié » (the public administration of health and the complémentaires santé, « grosso modo 1 % du bilan carbone total ») and reworked « les facteurs et les postes d’émissions », while the new count « confirme les valeurs publiées en 2021 »; The Shift Project's page says the report was « mis à jour, amélioré ». Alliancy gives the 2023 edition's 49 MtCO2e with « une incertitude d’environ 20 % », hence 40 to 61 MtCO2e, and Le Moniteur des pharmacies « 49 millions de tonnes de CO2 par an » (« Source : The Shift Project, 2023. »). The 46,7 Mt lie inside the 2023 range. The package prefers Alliancy's figure, from the later edition, with its stated uncertainty.",
    reasonFr:
      "Deux éditions d’un même rapport, sur des périmètres différents. Santé Achat donne les « 46,7 millions de tonnes équivalent CO2 en 2020 » de la première édition, « selon les estimations du Shift Project », et parle d’« Une évaluation minimale car l’ONG reconnaît ne pas avoir réussi à récupérer des données sur tous les postes d’émission ». Pour l’édition 2023, Santé Achat écrit que « L’ONG a pourtant élargi le périmètre étudié » (l’administration publique de la santé et les complémentaires santé, « grosso modo 1 % du bilan carbone total ») et a retravaillé « les facteurs et les postes d’émissions », tandis que le nouveau calcul « confirme les valeurs publiées en 2021 » ; la page du Shift Project dit le rapport « mis à jour, amélioré ». Alliancy donne les 49 MtCO2e de l’édition 2023 avec « une incertitude d’environ 20 % », soit 40 à 61 MtCO2e, et Le Moniteur des pharmacies « 49 millions de tonnes de CO2 par an » (« Source : The Shift Project, 2023. »). Les 46,7 Mt se trouvent dans la fourchette de 2023. Le paquet retient le chiffre d’Alliancy, de l’édition la plus récente, avec son incertitude déclarée.",
  },
  {
    id: "shift-health-sector-national-share",
    topic: {
      fr: "Part du secteur de la santé dans l’empreinte carbone de la France",
      en: "Health sector's share of France's carbon footprint",
    },
    kind: "different-scope",
    claims: [
      "shift-2021-national-footprint-share",
      "shift-2023-national-footprint-share",
      "shift-2023-national-footprint-share-range",
      "shift-2023-national-share-moniteur",
    ],
    preferred: "shift-2023-national-footprint-share",
    reason:
      "The claims come from two editions and differ in what they measure. For the 2021 edition, Santé Achat writes that the sector « représenterait 8 % de l’empreinte nationale », on a perimeter the 2023 edition widened. For the 2023 edition, Alliancy writes « plus de 8 % de l’empreinte carbone de la France », and, with the uncertainty of about 20 %, « entre 6,6 % et 10 % de l’empreinte carbone de la France »: a range around the same share, not another value. Le Moniteur des pharmacies writes « 8 % des émissions de CO2 en France », a share of emissions rather than of the footprint, without a hedge. The package prefers Alliancy's « plus de 8 % », the 2023 edition's share of the footprint with the source's hedge.",
    reasonFr:
      "Les valeurs viennent de deux éditions et ne mesurent pas la même chose. Pour l’édition 2021, Santé Achat écrit que le secteur « représenterait 8 % de l’empreinte nationale », sur un périmètre que l’édition 2023 a élargi. Pour l’édition 2023, Alliancy écrit « plus de 8 % de l’empreinte carbone de la France » et, avec l’incertitude d’environ 20 %, « entre 6,6 % et 10 % de l’empreinte carbone de la France » : une fourchette autour de la même part, non une autre valeur. Le Moniteur des pharmacies écrit « 8 % des émissions de CO2 en France », une part des émissions plutôt que de l’empreinte, sans réserve. Le paquet retient le « plus de 8 % » d’Alliancy, la part de l’empreinte selon l’édition 2023, avec la réserve de la source.",
  },
  {
    id: "shift-medicines-footprint-editions",
    topic: {
      fr: "Empreinte carbone des médicaments en France selon les rapports",
      en: "Carbon footprint of medicines in France across reports",
    },
    kind: "different-scope",
    claims: [
      "shift-2021-medicines-purchases",
      "shift-2023-medicines",
      "shift-2025-medicines-footprint",
      "leem-ey-2022-value-chain-footprint",
    ],
    preferred: "shift-2025-medicines-footprint",
    reason:
      "Four perimeters or methods, not one quantity measured four times. The Shift Project's first report counts « les achats des médicaments (15,6 millions de tonnes équivalent CO2) » as a purchase item of the health sector in 2020 (Santé Achat); its 2023 edition gives « Les médicaments : 14,5 millions de tonnes de CO2 équivalent, soit 29 % des émissions du secteur de la santé en France » (Le Moniteur des pharmacies), in an edition that came with « une note technique sur les facteurs d’émissions des médicaments »; its 2025 report on the industries gives « 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France ». The Leem's study of 2022 (Le Quotidien du Médecin) counts « 26,3 millions de tonnes équivalent CO2 », « l’empreinte carbone des entreprises pharmaceutiques sur la chaîne de valeur, c’est-à-dire la production de médicaments ainsi que leur consommation sur le territoire, y compris ceux importés »: it adds the production of medicines to their consumption. The package prefers the 2025 report's own page, the latest study of medicines consumed in France.",
    reasonFr:
      "Quatre périmètres ou méthodes, non une même grandeur mesurée quatre fois. Le premier rapport du Shift Project compte « les achats des médicaments (15,6 millions de tonnes équivalent CO2) » comme un poste d’achats du secteur de la santé en 2020 (Santé Achat) ; son édition 2023 donne « Les médicaments : 14,5 millions de tonnes de CO2 équivalent, soit 29 % des émissions du secteur de la santé en France » (Le Moniteur des pharmacies), dans une édition accompagnée d’« une note technique sur les facteurs d’émissions des médicaments » ; son rapport de 2025 sur les industries donne « 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France ». L’étude du Leem de 2022 (Le Quotidien du Médecin) compte « 26,3 millions de tonnes équivalent CO2 », « l’empreinte carbone des entreprises pharmaceutiques sur la chaîne de valeur, c’est-à-dire la production de médicaments ainsi que leur consommation sur le territoire, y compris ceux importés » : elle ajoute la production des médicaments à leur consommation. Le paquet retient la page du rapport de 2025, l’étude la plus récente des médicaments consommés en France.",
  },
  {
    id: "shift-medical-devices-footprint-editions",
    topic: {
      fr: "Empreinte carbone des dispositifs médicaux en France selon les rapports du Shift Project",
      en: "Carbon footprint of medical devices in France across The Shift Project's reports",
    },
    kind: "different-scope",
    claims: [
      "shift-2021-medical-devices-purchases",
      "shift-2023-medical-devices",
      "shift-2025-medical-devices-footprint",
    ],
    preferred: "shift-2025-medical-devices-footprint",
    reason:
      "Three reports, three ways of counting. The first report counts the purchases of « dispositifs médicaux (10 millions de tonnes équivalent CO2) » as an item of the health sector's emissions in 2020 (Santé Achat); the 2023 edition gives « Les dispositifs médicaux (DM) : 10,2 millions de tonnes de CO2 équivalent, soit 21 % des émissions du secteur de la santé en France » (Le Moniteur des pharmacies), again a share of the health sector's count; the 2025 report on the industries, whose volume « Décarbonons les Dispositifs Médicaux » studies the devices themselves, gives « une estimation de 7,4 millions de tonnes équivalent CO₂ pour les dispositifs médicaux », beside the medicines « consommés en France ». The package prefers the latest report's own page.",
    reasonFr:
      "Trois rapports, trois façons de compter. Le premier rapport compte les achats de « dispositifs médicaux (10 millions de tonnes équivalent CO2) » comme un poste des émissions du secteur de la santé en 2020 (Santé Achat) ; l’édition 2023 donne « Les dispositifs médicaux (DM) : 10,2 millions de tonnes de CO2 équivalent, soit 21 % des émissions du secteur de la santé en France » (Le Moniteur des pharmacies), là encore une part du décompte du secteur de la santé ; le rapport de 2025 sur les industries, dont le volume « Décarbonons les Dispositifs Médicaux » étudie les dispositifs eux-mêmes, donne « une estimation de 7,4 millions de tonnes équivalent CO₂ pour les dispositifs médicaux », à côté des médicaments « consommés en France ». Le paquet retient la page du rapport le plus récent.",
  },
  {
    id: "french-electricity-intensity-2024",
    topic: {
      fr: "Intensité carbone de l’électricité française en 2024",
      en: "Carbon intensity of French electricity in 2024",
    },
    kind: "conflict",
    claims: ["rte-2024-electricity-production-intensity", "collectif-energie-2024-electricity-intensity"],
    preferred: "rte-2024-electricity-production-intensity",
    reason:
      "Both claims give the carbon intensity of French electricity for 2024. RTE's Bilan électrique 2024 writes « elle a atteint 21,7 gCO2eq par kilowatt-heure produit sur l’année 2024 »; Collectif Énergie, citing France Info and writing « avant le dévoilement complet par RTE de son bilan électrique annuel », gives « 21,3 gCO2eq/kWh ». The package prefers RTE's own review, the later and primary source, which states its basis (per kWh produced).",
    reasonFr:
      "Les deux valeurs donnent l’intensité carbone de l’électricité française pour 2024. Le Bilan électrique 2024 de RTE écrit « elle a atteint 21,7 gCO2eq par kilowatt-heure produit sur l’année 2024 » ; Collectif Énergie, citant France Info et écrivant « avant le dévoilement complet par RTE de son bilan électrique annuel », donne « 21,3 gCO2eq/kWh ». Le paquet retient le bilan de RTE, la source primaire et la plus récente, qui indique sa base (par kWh produit).",
  },
  {
    id: "france-electricity-intensity-2023",
    topic: {
      fr: "Intensité carbone de l’électricité produite en France en 2023",
      en: "Carbon intensity of electricity generated in France in 2023",
    },
    kind: "different-boundary",
    claims: ["rte-2023-electricity-production-intensity", "owid-2023-electricity-intensity-france"],
    preferred: "rte-2023-electricity-production-intensity",
    reason:
      "Both claims give grams of CO₂ equivalent per kWh generated in France in 2023, but they count different emissions. RTE's Bilan électrique 2023 writes « elle a été de 32 gCO2eq par kilowatt-heure produit sur l’année 2023 », and RTE's éCO2mix page says its indicator shows « uniquement les émissions de CO2 générées par la consommation du com[…] »: the fuel burnt in French power plants, no more. Our World in Data's table of Ember and Energy Institute data gives « France / 104 gCO₂ / 56 gCO₂ » for 1990 and 2023, and Ember writes that its figures « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions »: the whole life cycle of generation, which the current page of the same chart calls « Lifecycle carbon intensity of electricity generation ». The gap is one of boundary, not a measurement that contradicts the other. The helpers use RTE's figure for France, the grid operator's own review; to compare France with another country, take both factors from the one table (`owid-2023-electricity-intensity-*`): `intensityRatio` and `sumFootprints` refuse a combustion-only factor beside a life-cycle one.",
    reasonFr:
      "Les deux valeurs donnent des grammes d’équivalent CO₂ par kWh produit en France en 2023, mais ne comptent pas les mêmes émissions. Le Bilan électrique 2023 de RTE écrit « elle a été de 32 gCO2eq par kilowatt-heure produit sur l’année 2023 », et la page éCO2mix de RTE dit que son indicateur montre « uniquement les émissions de CO2 générées par la consommation du com[…] » : le combustible brûlé dans les centrales françaises, rien de plus. Le tableau d’Our World in Data sur les données d’Ember et de l’Energy Institute donne « France / 104 gCO₂ / 56 gCO₂ » pour 1990 et 2023, et Ember écrit que ses chiffres « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions » : tout le cycle de vie de la production, que la page actuelle du même graphique appelle « Lifecycle carbon intensity of electricity generation ». L’écart tient au périmètre, non à une mesure qui contredirait l’autre. Les fonctions utilisent le chiffre de RTE pour la France, le bilan du gestionnaire du réseau ; pour comparer la France à un autre pays, prenez les deux facteurs dans le même tableau (`owid-2023-electricity-intensity-*`) : `intensityRatio` et `sumFootprints` refusent un facteur de combustion seule à côté d’un facteur de cycle de vie.",
  },
] as const satisfies readonly Disagreement[];
