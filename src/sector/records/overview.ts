import type { SectorOverview } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;

// L'Usine Nouvelle on the Leem and AEC Partners cartography (N653744). The page puts the
// consultant's words in straight double quotes.
const UN_CARTO = "usine-nouvelle-leem-plan-biomedicaments";
const UN_CARTO_AMM =
  "Depuis 2012, sur les 76 biomédicaments (hors vaccins et biosimilaires) ayant reçu une autorisation de mise sur le marché (AMM), seuls deux ont été fabriqués en France. A côté, les Etats-Unis en ont produit 37.";
const UN_CARTO_SITES =
  'Pour y voir plus clair, le Leem a réalisé une cartographie de la bioproduction en France en partenariat avec le cabinet AEC Partners. "Sur 32 sites de production situés dans l’Hexagone, près de la moitié des acteurs sont de petite taille et ne peuvent pas produire de lots. 16 proposent la fabrication de lots cliniques, dont six qui proposent également des lots commerciaux", explique Marc Nomaksteinsky, consultant chez AEC partners.';
const UN_CARTO_JOBS =
  "63% des 8463 emplois de la bioproduction sont situés dans quatre sites produisant des vaccins : Sanofi Pasteur à Marcy l’Etoile, Neuville sur Saône et Val de Reuil et Mérial à Saint-Priest.";

// Le Quotidien du Pharmacien, 22 February 2018, on the same cartography.
const QDP_2018 = "lequotidiendupharmacien-2018-02-22-bioproduction";
const QDP_2018_SITES =
  "La France compte 271 sites de production pharmaceutique, parmi lesquels on trouve 35 sites de bioproduction, dont 32 ont répondu aux questions d’une enquête menée par AEC Partners. La cartographie de la bioproduction, dévoilée jeudi dernier lors d’un colloque du LEEM, montre que la grande majorité de ces sites appartient à des groupes français.";

// L'Usine Nouvelle on the 4th KPMG observatory for the Leem and Polepharma (N1467302).
const UN_OBS = "usine-nouvelle-observatoire-investissements-productifs";
const UN_OBS_EDITION =
  "C'est un bilan plus que contrasté que dresse cette année la 4e édition de l'Observatoire des investissements productifs pharmaceutiques et biotechnologiques, réalisée par KPMG pour le Leem et Polepharma.";
const UN_OBS_DECLINE =
  "si les investissements sur des sites de production de médicaments chimiques se sont plutôt maintenus sur la période 2010-2015 (410 millions d'euros par an, soit 3 M€ par site et par an), ça n'est pas le cas des investissements concernant les sites de bioproduction (hors vaccins). Ces derniers enregistrent en effet une baisse de 20 % par site de production sur le même intervalle.";
const UN_OBS_SITES =
  "ça n'est pas le cas des investissements concernant les sites de bioproduction (hors vaccins). Ces derniers enregistrent en effet une baisse de 20 % par site de production sur le même intervalle. Car si l'on est passé d'un périmètre de 29 à 30 sites de bioproduction entre l'observatoire 2014 et celui de 2016, les investissements moyens par site ont chuté de 6 M€/an à 4,8 M€ par an.";
const UN_OBS_TOTAL = "Au total, ils avoisinaient un total de 170 M€ par an en moyenne entre 2010 et 2015.";
const UN_OBS_TREND =
  "Sur l'ensemble de la période, les investissements dans les biomédicaments ont ainsi reculé de 4,2 % en moyenne annuelle, et même de 12,8 % de 2013 à 2015.";

/** Read word for word on its page on 2026-12-03. */
const READ_2026_12_03 = { date: "2026-12-03", status: "verified" } as const;

// The Leem's annual employment survey: the pharmaceutical industry's headcount, edition by edition.
const LEEM_EMPLOYMENT_2014 =
  "Le rapport 2015 sur la situation de l’emploi dans les entreprises du médicament, qui vient d’être rendu public par le Leem, confirme que l’industrie du médicament poursuit son recul en termes d’emploi, et s’arrime en-dessous de la barre des 100 000 personnes, avec 98 810 salariés comptabilisés à fin 2014, en recul de 0,6 % par rapport à l’année précédente.";
const LEEM_EMPLOYMENT_2015 =
  "Avec 98 690 collaborateurs recensés à fin 2015 (dernières statistiques disponibles), l’emploi du secteur ne baisse plus que de 0,1 % par rapport à 2014, à contre-courant de la décroissance observée dans l’ensemble de l’industrie manufacturière (- 1,0 %).";
const LEEM_EMPLOYMENT_2016 =
  "Avec 98 786 salariés recensés à fin 2016, soit une progression des effectifs de 0,1 %, l’industrie pharmaceutique bénéficie d’une trajectoire de l’emploi légèrement plus favorable que celle observée dans l’ensemble de l’industrie manufacturière (- 0,9 %).";
const LEEM_EMPLOYMENT_2017_2018 =
  "98 528 salariés en 2018*, […] une légère diminution de - 0,2 % par rapport à 2017 (98 694 salariés en 2017), soit 166 pertes d’emploi";
const LEEM_EMPLOYMENT_2020 =
  "Avec 99 310 salariés*,l’emploi dans l’industrie pharmaceutique poursuit, en 2020, sa légère croissance";
/** What every count of the Leem's employment survey counts. */
const LEEM_EMPLOYMENT_DEFINITION = {
  fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, selon l’enquête Emploi annuelle du Leem",
  en: "Employees of medicine companies (the pharmaceutical industry) in France, according to the Leem's annual employment survey",
} as const;

// Reports of medicine shortages and shortage risks received by the ANSM, year by year.
const PDF_ANSM_2018 = "pharmaciendefrance-2019-09-20-bilan-ansm-2018";
const PDF_ANSM_2016_2017 =
  "L’ANSM indique aussi avoir géré 871 signalements de ruptures de stock et de risque de ruptures, contre 538 en 2017 et 405 en 2016.";
const PDF_RECORD = "pharmaciendefrance-triste-record";
const PDF_RECORD_2018_2019 =
  "Dans son rapport annuel d'activité mis en ligne le 5 novembre, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) indique un total de 1 504 signalements enregistrés pour 2019, ce qui constitue un nouveau record, après celui de 2018 qui culminait à 871 signalements.";
const WUD = "whatsupdoc-ruptures-2023";
const WUD_2021_2023 =
  "Au total, l'Agence nationale de sécurité du médicament a enregistré l'an dernier 4 925 déclarations, contre 3 761 en 2022, soit une hausse de 30,9%. Ces signalements ont plus que doublé (+128%) par rapport aux 2 160 signalements reçus en 2021.";
const FTVI = "francetvinfo-2021-09-penuries-moteur-de-recherche";
const FTVI_2020 =
  "En 2020, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a enregistré 2 446 signalements pour ruptures de stock, ou risque de ruptures de stock.";
const UN_STOCKS = "usinenouvelle-2021-09-stocks-de-securite";
const UN_STOCKS_2020 =
  "Un peu plus de 2 400 en 2020, contre 1 504 en 2019 et seulement 44 en 2008. En quelques années, le nombre de signalements de tensions d’approvisionnement et de risques de rupture de médicaments a explosé.";
// What the reports count, in the words of the pages that name it.
const QDM_MITM_2017 =
  "le nombre de signalements de rupture d'approvisionnement de médicaments d'intérêt thérapeutique majeur (MITM) a augmenté de 30 % entre 2016 et 2017, pour dépasser la barre des 500.";
const QDP_MITM_2018 =
  "C'est aussi l'occasion d'obtenir le chiffre définitif du nombre de signalements de ruptures ou de tensions d'approvisionnement sur les médicaments d'intérêt thérapeutique majeur (MITM) : 871 versus 537 en 2014.";
const ANSM_MITM =
  "Cette rubrique recense les médicaments d’intérêt thérapeutique majeur / faisant actuellement l’objet de difficultés d’approvisionnement […] / L’action de l’ANSM est centrée sur la gestion des ruptures et risques de rupture de stock de ces médicaments qui peut entraîner un risque de santé publique. / Les ruptures de stock déclarées à l’ANSM par les laboratoires pharmaceutiques, ont pour origine des difficultés liées à la production de ces médicaments.";
const VIDAL_MITM_2023 =
  "En 2023, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) répertoriait 3892 signalements de risques de rupture et 988 signalements de ruptures d'approvisionnement (soit 4925 signalements au total) pour des médicaments d'intérêt thérapeutique majeur (voir définition infra).";
/** What every yearly count of shortage reports counts: reports on medicines of major therapeutic interest. */
const SHORTAGE_REPORTS_DEFINITION = {
  fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM), non sur tous les médicaments (un même médicament peut être signalé plusieurs fois)",
  en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM), not on every medicine (one medicine may be reported more than once)",
} as const;
const MITM_NOTE =
  "Medicines of major therapeutic interest (MITM), not every medicine nor biomedicines alone: reports, not medicines short.";
const MITM_NOTE_FR =
  "Les médicaments d’intérêt thérapeutique majeur (MITM), non tous les médicaments ni les seuls biomédicaments : des signalements, non des médicaments en rupture.";

// Egora's copy of the Leem and Polepharma release on the same observatory.
const EGORA = "egora-kpmg-observatoire-biologiques";
const EGORA_AMM =
  "Ainsi, entre 2012 et 2016, sur les 76 autorisations de mise sur le marché (AMM) délivrées par l’Agence européenne du médicament (EMA) pour des médicaments biologiques, seuls 5 médicaments sont produits en France, contre 21 en Allemagne, ou 12 en Italie.";

// Pharmaceutiques, « Un Tour de France de la bioproduction » (undated, about 2020–21).
const TOUR = "pharmaceutiques-tour-de-france-bioproduction";
const TOUR_2017 =
  "En 2017, sur 97 biomédicaments autorisés en Europe, 6 seulement étaient produits ou prévus de l’être en France.";
const TOUR_MABS =
  "Et moins de 10% des anticorps monoclonaux actuellement utilisés par le système de santé sont fabriqués sur le territoire hexagonal.";
const TOUR_SITES =
  "Plus de 30 sites sont aujourd’hui dédiés à la bioproduction, détenus par des grands groupes industriels ou des façonniers.";

// France BioLead's launch, December 2022.
const PHARMACEUTIQUES_FBL = "pharmaceutiques-france-biolead-lancement";
const PHARMACEUTIQUES_SHARES =
  "« Seuls 4 % des médicaments actuellement commercialisés dans le monde sont des biomédicaments, mais ils représentent 33 % du marché pharmaceutique global !, ajoute Laurent Lafferrere.";
const PHARMACOS = "pharmacos-media-france-biolead-lancement";
const PHARMACOS_JOBS =
  "France BioLead entend doubler le nombre d’emplois du secteur d’ici 2030 (objectif : 20 000 emplois, contre 10 000 à l’heure actuelle).";
const ACTULABO = "actulabo-france-biolead-temps-perdu";
const ACTULABO_EMA =
  "Seulement deux des douze biomédicaments autorisés par l’agence européenne sont produits en France.";
const ACTULABO_JOBS =
  "Cela doit également passer par un doublement du nombre de salariés employés par la filière, soit 20 000 contre 10 000 à l’heure actuelle";

// France BioLead, 2024.
const MIND = "mind-2024-06-27-france-biolead-journee";
const MIND_SITES =
  "“En France, les capacités de bioproduction ont augmenté de 60 % en 6 ans. Avec 52 sites, nous sommes désormais leader en Europe, qui concentre près de 130 sites.";
const MIND_INVEST =
  "Cela illustre la dynamique et les investissements engagés ces trois dernières années avec près de deux milliards d’euros qui ont été investis dans la bioproduction.";
const IQVIA = "iqvia-pharmastat-biomedicaments-france-accelere";
const IQVIA_CAPACITY =
  "les premiers résultats de cette stratégie sont là, avec des capacités de bioproduction en France ont augmenté de 60% en six ans.";
const ATOUT = "france-biolead-atout-strategique";
const ATOUT_NETWORK =
  "+900 sociétés et institutions acteurs de la bioproduction / - 52 sites de bioproduction en France, le plus grand nombre en Europe / - 35 entreprises";
const ATOUT_CAPACITY =
  "Augmentation de 60% de la capacité de bioproduction en 6 ans / - Accélération significative des investissements privés au cours des 2-3 dernières années";
const ATOUT_MARKETED = "690 biomédicaments uniques commercialisés en Europe, dont 52%  en France";
const ATOUT_PIPELINE =
  "2 886 biomédicaments en développement en Europe (phases non clinique et clinique), dont 20.24% en France, positionnant ainsi le pays en 2ème place en Europe après le Royaume-Uni / - 246 biomédicaments en phase clinique en France, classant le pays au 4ème rang en Europe";

// France BioLead's Observatoire de la Filière 2025, its digest and its editorial.
const OBS = "france-biolead-observatoire-2025";
const OBS_BIOMEDICINES =
  "La France compte 47 biomédicaments dont la substance active est fabriquée localement, ce qui facilite l’accès des patients français et européens à des thérapies innovantes répondant à des besoins encore insuffisamment couverts. Cette production se répartit en 23 biomédicaments dérivés du sang, 12 vaccins, 8 anticorps destinés principalement à des maladies rares, et 4 biomédicaments issus du microbiote.";
const DIGEST = "france-biolead-essentiel-observatoire-2025";
const DIGEST_INVEST =
  "L'Observatoire a par ailleurs identifié 6,3 milliards d'euros d'investissements dans la filière depuis 2021 et près de 150 millions d'euros en levées réalisées par 10 start-up de la bioproduction en 2024.";
const DIGEST_JOBS = "Enfin, le secteur compte 76.000 emplois et 3.200 recrutements prévus à court terme.";
const EDITO = "france-biolead-2025-06-20-observatoire-edito";
const EDITO_BIOMEDICINES =
  "47 biomédicaments produits en France, représentant une diversité remarquable (dérivés du sang, vaccins, anticorps, microbiotes).";
const EDITO_INVEST = "6,3 milliards d’euros d’investissements industriels sur les 5 dernières années.";
const EDITO_HIRES =
  "Une dynamique de l’emploi bien réelle avec plus de 3 200 recrutements imminents, et un tissu industriel qui s’est densifié sur l’ensemble du territoire.";
const EDITO_RAISES = "En 2024, plus de 150 M€ ont été levés par des biotechs prometteuses.";

// Capacity and cost benchmarks.
const INDUSTRIE_PHARMA = "industriepharma-projet-envergure-gestation";
const INDUSTRIE_PHARMA_CAPACITY =
  "Aujourd'hui, la France offre moins de 1 % des capacités de bioproduction de culture cellulaire sur mammifères en Europe (estimées à un total de 300 000 à 350 000 litres). Contre 55 % en Allemagne.";
const NOSDEPUTES = "nosdeputes-intervention-1028558";
const NOSDEPUTES_CAPEX =
  "À titre de comparaison, un atelier de fabrication de comprimés revient à 5 millions d'euros, un atelier pour du remplissage stérile coûte 25 millions d'euros, et un atelier pour fabriquer des anticorps monoclonaux au niveau industriel représente 150 millions d'euros.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const UN_OBS_READ = {
  ...CHECK,
  read: "https://www.usinenouvelle.com/article/des-investissements-en-perte-de-vitesse-en-france.N1467302",
} as const;
const UN_CARTO_READ = {
  ...CHECK,
  read: "https://www.usinenouvelle.com/article/le-leem-veut-un-plan-pour-promouvoir-biomedicaments-francais.N653744",
} as const;
const ATOUT_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/content/un-atout-strategique-pour-la-france",
} as const;
const MIND_READ = {
  ...CHECK,
  read: "https://www.mind.eu.com/health/industrie/france-biolead-veut-renforcer-lattractivite-de-la-filiere-avec-une-journee-dediee",
} as const;
const QDP_2018_READ = {
  ...CHECK,
  read: "https://www.lequotidiendupharmacien.fr/medicament-parapharmacie/industrie/le-retard-de-la-france-met-en-peril-la-medecine-de-demain",
} as const;
const TOUR_READ = {
  ...CHECK,
  read: "https://pharmaceutiques.com/actualites/entreprises/un-tour-de-france-de-la-bioproduction",
} as const;
const MIND_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://www.mind.eu.com/health/industrie/france-biolead-veut-renforcer-lattractivite-de-la-filiere-avec-une-journee-dediee",
  tried: [
    "capacités de bioproduction ont augmenté de 60 % en 6 ans avec 52 sites leader en Europe 130 sites",
    "France Biolead journée dédiée attractivité filière 52 sites leader en Europe près de 130 sites",
    "mind health France Biolead veut renforcer l'attractivité de la filière avec une journée dédiée",
  ],
} as const;
const ATOUT_READ = {
  ...CHECK,
  read: "https://www.france-biolead.fr/content/un-atout-strategique-pour-la-france",
} as const;
const LEEM_2015_12_17_BAROMETRE_EMPLOI_2015_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://leem.org/presse/barometre-emploi-2015-du-leem-lemploi-dans-les-entreprises-du-medicament-victime-de-la",
} as const;
const STUDYLIB_LEEM_2017_02_16_ENQUETE_EMPLOI_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://studylibfr.com/doc/2917264/c.p.16-02-2017--pour-la-premi%C3%A8re-fois-depuis-10-ans--l",
} as const;
const VEILLE_ACTEURS_SANTE_LEEM_ENQUETE_EMPLOI_2016_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://toute-la.veille-acteurs-sante.fr/87542/emploi-des-entreprises-du-medicament-reprise-precaire-et-dependante-de-lattractivite-francaise-communique/?hilite=bourguignon",
} as const;
const PDFSLIDE_LEEM_REPERES_EMPLOI_2020_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://pdfslide.fr/documents/des-entreprises-du-mdicament-leem-les-tablissements-employeurs-appliquant.html",
  tried: [
    "98 528 salariés en 2018 légère diminution de 0,2 % par rapport à 2017 98 694 salariés 166 pertes d'emploi",
    "Leem repères emploi établissements employeurs appliquant la convention 98 528 salariés en 2018",
    "une légère diminution de - 0,2 % par rapport à 2017 soit 166 pertes d'emploi Leem repères sur l'emploi des entreprises du médicament",
  ],
} as const;
const LEEM_2023_01_24_EMPLOI_ET_LOCALISATION_READ = {
  ...READ_2026_12_03,
  read: "https://www.leem.org/l-industrie-pharmaceutique-en-france-emploi-et-localisation",
} as const;
const PDF_ANSM_2018_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "http://lepharmaciendefrance.fr/node/4200",
  tried: [
    "ANSM 871 signalements de ruptures de stock et de risque de ruptures contre 538 en 2017 et 405 en 2016",
    "Pharmacien de France ANSM rapport d'activité 2018 871 signalements ruptures",
    "L'ANSM indique aussi avoir géré 871 signalements de ruptures de stock bilan 2018 pharmacien de France",
  ],
} as const;
const PDF_RECORD_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "http://lepharmaciendefrance.fr/actualite-web/triste-record",
} as const;
const WUD_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "http://www.whatsupdoc-lemag.fr/article/pres-de-5-000-ruptures-de-stocks-de-medicaments-en-2023-cest-encore-trop",
  tried: [
    "4 925 déclarations contre 3 761 en 2022 hausse de 30,9% plus que doublé 2 160 signalements reçus en 2021",
    "près de 5 000 ruptures de stocks de médicaments en 2023 c'est encore trop Agence nationale de sécurité du médicament 4 925 déclarations",
    "whatsupdoc ruptures de stocks de médicaments 2023 ANSM 4 925 déclarations 3 761 en 2022 30,9%",
  ],
} as const;
const UN_CARTO_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.usinenouvelle.com/article/le-leem-veut-un-plan-pour-promouvoir-biomedicaments-francais.N653744",
} as const;
const PHARMACOS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.pharmacos-media.fr/actualite/biomedicaments-france-biolead-la-filiere-de-bioproduction-francaise-est-lancee-54586.html",
} as const;
const ACTULABO_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.actulabo.com/france-biolead-veut-rattraper-le-temps-perdu/",
} as const;
const DIGEST_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/articles/5a581547-b946-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
} as const;
const EDITO_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/en/articles/56aeb769-0c50-f011-8f7c-6045bd96bdd0/observe-understand-transform-the-2025-observatory-for-the-bioproduction-sector",
} as const;
const EGORA_VERIFIED = { date: "2026-12-06", status: "verified", read: "https://v2-dev.egora.fr/node/53159" } as const;
const TOUR_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://pharmaceutiques.com/actualites/entreprises/un-tour-de-france-de-la-bioproduction",
} as const;
const OBS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/content/l-observatoire-de-la-filiere",
} as const;
const PHARMACEUTIQUES_FBL_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://pharmaceutiques.com/actualites/initiatives/france-biolead-veut-porter-au-sommet-la-filiere-francaise-de-bioproduction",
} as const;
const IQVIA_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://pharmastat.iqvia.com/actualites/en-retard-la-france-accelere-dans-le-domaine-des-biomedicaments",
} as const;
const INDUSTRIE_PHARMA_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.industriepharma.fr/un-projet-d-envergure-en-gestation,38506",
} as const;
const UN_OBS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.usinenouvelle.com/article/des-investissements-en-perte-de-vitesse-en-france.N1467302",
} as const;
const NOSDEPUTES_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://2017-2022.nosdeputes.fr/15/intervention/1028558",
} as const;

/**
 * French bioproduction as a whole: sites, jobs, biomedicines produced, capacity, investment.
 *
 * Counts of sites, jobs and biomedicines carry the `definition` they were counted under. They are
 * not one trend: 29 and 30 sites are the perimeters of the 2014 and 2016 investment observatories
 * (bioproduction sites « hors vaccins »), 32 sites the Leem and AEC Partners cartography (32
 * respondents among 35 sites), 52 sites France BioLead's count; 8 463 jobs are the cartography's
 * bioproduction jobs, 10 000 the sector's jobs at France BioLead's launch, 76 000 the « secteur »
 * of the 2025 observatory. See `SECTOR_DISAGREEMENTS`.
 */
export const overview = {
  id: "france-bioproduction",
  name: { fr: "La bioproduction en France", en: "Bioproduction in France" },
  facts: [
    {
      id: "sector-investment-observatory-4th-edition",
      label: {
        fr: "4e édition de l’Observatoire des investissements productifs, réalisée par KPMG pour le Leem et Polepharma",
        en: "4th edition of the observatory of productive investments, by KPMG for the Leem and Polepharma",
      },
      kind: "text",
      value:
        "la 4e édition de l'Observatoire des investissements productifs pharmaceutiques et biotechnologiques, réalisée par KPMG pour le Leem et Polepharma",
      citation: { source: UN_OBS, excerpt: UN_OBS_EDITION, check: UN_OBS_READ },
    },
    {
      id: "sector-leem-aec-cartography",
      label: {
        fr: "Cartographie de la bioproduction en France, réalisée par le Leem avec AEC Partners",
        en: "Cartography of bioproduction in France, made by the Leem with AEC Partners",
      },
      kind: "text",
      value:
        "le Leem a réalisé une cartographie de la bioproduction en France en partenariat avec le cabinet AEC Partners",
      citation: { source: UN_CARTO, excerpt: UN_CARTO_SITES, check: UN_CARTO_READ },
    },
    {
      id: "sector-development-rank-europe-france-biolead",
      label: {
        fr: "Rang de la France en Europe pour les biomédicaments en développement",
        en: "France's rank in Europe for biomedicines in development",
      },
      kind: "text",
      value: "2ème place en Europe après le Royaume-Uni",
      citation: { source: ATOUT, excerpt: ATOUT_PIPELINE, check: ATOUT_VERIFIED },
      note: "The page is undated.",
      noteFr: "La page n’est pas datée.",
    },
    {
      id: "sector-clinical-rank-europe-france-biolead",
      label: {
        fr: "Rang de la France en Europe pour les biomédicaments en phase clinique",
        en: "France's rank in Europe for biomedicines in clinical phase",
      },
      kind: "text",
      value: "4ème rang en Europe",
      citation: { source: ATOUT, excerpt: ATOUT_PIPELINE, check: ATOUT_VERIFIED },
      note: "The page is undated.",
      noteFr: "La page n’est pas datée.",
    },
    {
      id: "sector-shortage-reports-perimeter-2017",
      label: {
        fr: "Ce que comptent les signalements de rupture de l’ANSM en 2016 et 2017 (Le Quotidien du Médecin)",
        en: "What the ANSM's shortage reports count in 2016 and 2017 (Le Quotidien du Médecin)",
      },
      kind: "text",
      value: "signalements de rupture d'approvisionnement de médicaments d'intérêt thérapeutique majeur (MITM)",
      citation: {
        source: "lequotidiendumedecin-signalements-rupture-2017",
        excerpt: QDM_MITM_2017,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://static3.lequotidiendumedecin.fr/actus-medicales/medicament/les-signalements-de-rupture-de-stock-de-medicaments-ont-bondi-de-30-en-2017",
        },
      },
      note: "The ANSM's first count for 2017, while « Les données restent à affiner »; the later count is 538 (`sector-shortage-reports-ansm-2017`).",
      noteFr:
        "Le premier décompte de l’ANSM pour 2017, alors que « Les données restent à affiner » ; le décompte ultérieur est de 538 (`sector-shortage-reports-ansm-2017`).",
    },
    {
      id: "sector-shortage-reports-perimeter-2018",
      label: {
        fr: "Ce que comptent les signalements de rupture de l’ANSM en 2018 (Le Quotidien du Pharmacien)",
        en: "What the ANSM's shortage reports count in 2018 (Le Quotidien du Pharmacien)",
      },
      kind: "text",
      value:
        "signalements de ruptures ou de tensions d'approvisionnement sur les médicaments d'intérêt thérapeutique majeur (MITM)",
      citation: {
        source: "lequotidiendupharmacien-ansm-871-ruptures-2018",
        excerpt: QDP_MITM_2018,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://static2.lequotidiendupharmacien.fr/medicament-parapharmacie/medicament/ansm-871-ruptures-ou-tensions-dapprovisionnement-en-2018",
        },
      },
      note: "The 871 are the count of 2018 (`sector-shortage-reports-ansm-2018`). The « 537 en 2014 » the page sets beside them is in no record.",
      noteFr:
        "Les 871 sont le décompte de 2018 (`sector-shortage-reports-ansm-2018`). Les « 537 en 2014 » que la page leur oppose ne figurent dans aucun enregistrement.",
    },
    {
      id: "sector-shortage-reports-perimeter-2023",
      label: {
        fr: "Ce que comptent les signalements de rupture de l’ANSM en 2023 (vidal24.fr)",
        en: "What the ANSM's shortage reports count in 2023 (vidal24.fr)",
      },
      kind: "text",
      value: "médicaments d'intérêt thérapeutique majeur",
      citation: {
        source: "vidal24-gestion-des-penuries",
        excerpt: VIDAL_MITM_2023,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://vidal24.fr/infos-pratiques/systeme-de-sante-la-gestion-des-penuries-de-medicaments-id15940.html",
        },
      },
      note: "The 4925 are the count of 2023 (`sector-shortage-reports-ansm-2023`): 3892 reports of shortage risks and 988 of shortages.",
      noteFr:
        "Les 4925 sont le décompte de 2023 (`sector-shortage-reports-ansm-2023`) : 3892 signalements de risques de rupture et 988 de ruptures.",
    },
    {
      id: "sector-shortage-reports-perimeter-ansm",
      label: {
        fr: "Les ruptures que gère l’ANSM : celles des médicaments d’intérêt thérapeutique majeur (ANSM)",
        en: "The shortages the ANSM manages: those of medicines of major therapeutic interest (ANSM)",
      },
      kind: "text",
      value: "médicaments d’intérêt thérapeutique majeur",
      citation: {
        source: "ansm-archive-ruptures-de-stock",
        excerpt: ANSM_MITM,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://archive.ansm.sante.fr/afssaps/S-informer/Informations-de-securite-Ruptures-de-stock-des-medicaments",
        },
      },
      note: "The agency's own page, undated, in its archive: the shortages declared to it by the companies, and its action, concern medicines of major therapeutic interest.",
      noteFr:
        "La page de l’agence elle-même, non datée, dans ses archives : les ruptures que lui déclarent les laboratoires, et son action, concernent les médicaments d’intérêt thérapeutique majeur.",
    },
  ],
  figures: [
    {
      id: "sector-investment-france-biolead-2024",
      label: {
        fr: "Investissements dans la bioproduction ces trois dernières années (France BioLead, 2024)",
        en: "Investment in bioproduction over the last three years (France BioLead, 2024)",
      },
      value: 2_000_000_000,
      unit: "EUR",
      qualifier: "nearly",
      period: null,
      over: { value: 3, unit: "years" },
      citation: { source: MIND, excerpt: MIND_INVEST, check: MIND_READ },
      note: "Written « deux milliards »; words of Laurent Lafferrère in an article of 27 June 2024. « ces trois dernières années » names no years.",
      noteFr:
        "Écrit « deux milliards » ; les mots de Laurent Lafferrère dans un article du 27 juin 2024. « ces trois dernières années » ne nomme pas d’années.",
    },
    {
      id: "sector-investment-bioproduction-2010-2015",
      label: {
        fr: "Investissements annuels moyens des sites de bioproduction (hors vaccins), 2010-2015",
        en: "Mean annual investment of bioproduction sites (vaccines excluded), 2010–2015",
      },
      value: 170_000_000,
      unit: "EUR-per-year",
      qualifier: "approximately",
      period: { start: "2010", end: "2015" },
      citation: { source: UN_OBS, excerpt: UN_OBS_TOTAL, check: UN_OBS_READ },
      note: "« ils » are the investments of the bioproduction sites (« hors vaccins ») that the article discusses.",
      noteFr: "« ils » sont les investissements des sites de bioproduction (« hors vaccins ») dont parle l’article.",
    },
    {
      id: "sector-investment-per-site-observatory-later",
      label: {
        fr: "Investissement moyen par site de bioproduction et par an (après)",
        en: "Mean investment per bioproduction site per year (after)",
      },
      value: 4_800_000,
      unit: "EUR-per-year",
      qualifier: "exact",
      period: null,
      citation: { source: UN_OBS, excerpt: UN_OBS_SITES, check: UN_OBS_READ },
      note: "The sentence sets the fall from 6 M€/an to 4,8 M€ beside the move from the 2014 to the 2016 observatory, without tying each amount to a year.",
      noteFr:
        "La phrase rapproche la baisse de 6 M€/an à 4,8 M€ du passage de l’observatoire 2014 à celui de 2016, sans rattacher chaque montant à une année.",
    },
    {
      id: "sector-investment-per-site-observatory-earlier",
      label: {
        fr: "Investissement moyen par site de bioproduction et par an (avant)",
        en: "Mean investment per bioproduction site per year (before)",
      },
      value: 6_000_000,
      unit: "EUR-per-year",
      qualifier: "exact",
      period: null,
      citation: { source: UN_OBS, excerpt: UN_OBS_SITES, check: UN_OBS_READ },
      note: "The sentence sets the fall from 6 M€/an to 4,8 M€ beside the move from the 2014 to the 2016 observatory, without tying each amount to a year.",
      noteFr:
        "La phrase rapproche la baisse de 6 M€/an à 4,8 M€ du passage de l’observatoire 2014 à celui de 2016, sans rattacher chaque montant à une année.",
    },
    // Sites
    {
      id: "sector-sites-observatory-2014",
      label: {
        fr: "Sites de bioproduction du périmètre de l’observatoire 2014",
        en: "Bioproduction sites in the 2014 observatory's perimeter",
      },
      value: 29,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2014" },
      definition: {
        fr: "Sites de bioproduction (hors vaccins) du périmètre de l’observatoire 2014 des investissements productifs pharmaceutiques et biotechnologiques",
        en: "Bioproduction sites (vaccines excluded) in the perimeter of the 2014 observatory of productive pharmaceutical and biotechnological investments",
      },
      citation: { source: UN_OBS, excerpt: UN_OBS_SITES, check: UN_OBS_READ },
      note: "The year is the observatory's edition (« l'observatoire 2014 »). The article frames the count with the investments of « sites de bioproduction (hors vaccins) ». The article reports the 4th edition, made by KPMG for the Leem and Polepharma; it does not say who made the 2014 one.",
      noteFr:
        "L’année est l’édition de l’observatoire (« l'observatoire 2014 »). L’article situe le décompte dans les investissements des « sites de bioproduction (hors vaccins) ». L’article rapporte la 4e édition, réalisée par KPMG pour le Leem et Polepharma ; il ne dit pas qui a réalisé celle de 2014.",
    },
    {
      id: "sector-sites-observatory-2016",
      label: {
        fr: "Sites de bioproduction du périmètre de l’observatoire 2016",
        en: "Bioproduction sites in the 2016 observatory's perimeter",
      },
      value: 30,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2016" },
      definition: {
        fr: "Sites de bioproduction (hors vaccins) du périmètre de l’observatoire 2016 des investissements productifs pharmaceutiques et biotechnologiques (Leem et Polepharma)",
        en: "Bioproduction sites (vaccines excluded) in the perimeter of the 2016 observatory of productive pharmaceutical and biotechnological investments (Leem and Polepharma)",
      },
      citation: { source: UN_OBS, excerpt: UN_OBS_SITES, check: UN_OBS_READ },
      note: "The year is the observatory's edition (« celui de 2016 »). The article frames the count with the investments of « sites de bioproduction (hors vaccins) ».",
      noteFr:
        "L’année est l’édition de l’observatoire (« celui de 2016 »). L’article situe le décompte dans les investissements des « sites de bioproduction (hors vaccins) ».",
    },
    {
      id: "sector-sites-leem-aec-cartography",
      label: {
        fr: "Sites de production de biomédicaments dans l’Hexagone (cartographie du Leem et d’AEC Partners)",
        en: "Biomedicine production sites in mainland France (Leem and AEC Partners cartography)",
      },
      value: 32,
      unit: "sites",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Sites de production situés dans l’Hexagone, dans la cartographie de la bioproduction réalisée par le Leem avec AEC Partners",
        en: "Production sites in mainland France, in the cartography of bioproduction made by the Leem with AEC Partners",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_SITES, check: UN_CARTO_READ },
      note: "The page shows no date. Le Quotidien du Pharmacien (22 February 2018) says 32 is the number of sites that answered AEC Partners' survey, out of 35 bioproduction sites. « près de » bears on the half of the actors, not on this number.",
      noteFr:
        "La page ne montre pas de date. Le Quotidien du Pharmacien (22 février 2018) dit que 32 est le nombre de sites ayant répondu à l’enquête d’AEC Partners, sur 35 sites de bioproduction. « près de » porte sur la moitié des acteurs, non sur ce nombre.",
    },
    {
      id: "sector-sites-clinical-lots-leem-aec",
      label: {
        fr: "Sites proposant la fabrication de lots cliniques (cartographie du Leem et d’AEC Partners)",
        en: "Sites offering the manufacture of clinical batches (Leem and AEC Partners cartography)",
      },
      value: 16,
      unit: "sites",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Parmi les 32 sites de production de la cartographie, ceux qui proposent la fabrication de lots cliniques",
        en: "Among the cartography's 32 production sites, those offering the manufacture of clinical batches",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_SITES, check: UN_CARTO_READ },
      note: "The consultant's sentence speaks of « acteurs » for the small ones and counts the 16 among the 32 sites. « près de » bears on the half of the actors, not on this number.",
      noteFr:
        "La phrase du consultant parle d’« acteurs » pour les petits et compte les 16 parmi les 32 sites. « près de » porte sur la moitié des acteurs, non sur ce nombre.",
    },
    {
      id: "sector-sites-commercial-lots-leem-aec",
      label: {
        fr: "Sites proposant aussi des lots commerciaux (cartographie du Leem et d’AEC Partners)",
        en: "Sites also offering commercial batches (Leem and AEC Partners cartography)",
      },
      value: 6,
      unit: "sites",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Parmi les 16 sites qui proposent des lots cliniques, ceux qui proposent également des lots commerciaux",
        en: "Among the 16 sites offering clinical batches, those also offering commercial batches",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_SITES, check: UN_CARTO_READ },
      note: "« près de » bears on the half of the actors, not on this number.",
      noteFr: "« près de » porte sur la moitié des acteurs, non sur ce nombre.",
    },
    {
      id: "sector-sites-bioproduction-quotidien-2018",
      label: {
        fr: "Sites de bioproduction en France (2018)",
        en: "Bioproduction sites in France (2018)",
      },
      value: 35,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2018-02-22" },
      definition: {
        fr: "Sites de bioproduction parmi les sites de production pharmaceutique en France, selon la cartographie du Leem rapportée par Le Quotidien du Pharmacien",
        en: "Bioproduction sites among France's pharmaceutical production sites, per the Leem cartography as Le Quotidien du Pharmacien reports it",
      },
      citation: { source: QDP_2018, excerpt: QDP_2018_SITES, check: QDP_2018_READ },
      note: "In the present tense (« La France compte »): taken at the article's date, 22 February 2018.",
      noteFr: "Au présent (« La France compte ») : pris à la date de l’article, le 22 février 2018.",
    },
    {
      id: "sector-sites-aec-respondents-2018",
      label: {
        fr: "Sites de bioproduction ayant répondu à l’enquête d’AEC Partners",
        en: "Bioproduction sites that answered AEC Partners' survey",
      },
      value: 32,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2018-02-22" },
      definition: {
        fr: "Sites de bioproduction ayant répondu à l’enquête d’AEC Partners pour la cartographie du Leem (sur 35)",
        en: "Bioproduction sites that answered AEC Partners' survey for the Leem cartography (out of 35)",
      },
      citation: { source: QDP_2018, excerpt: QDP_2018_SITES, check: QDP_2018_READ },
      note: "Taken at the article's date, 22 February 2018; the cartography was unveiled « jeudi dernier ».",
      noteFr: "Pris à la date de l’article, le 22 février 2018 ; la cartographie a été dévoilée « jeudi dernier ».",
    },
    {
      id: "sector-pharma-production-sites-quotidien-2018",
      label: {
        fr: "Sites de production pharmaceutique en France (tous médicaments)",
        en: "Pharmaceutical production sites in France (all medicines)",
      },
      value: 271,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2018-02-22" },
      definition: {
        fr: "Sites de production pharmaceutique en France, chimiques comme biologiques",
        en: "Pharmaceutical production sites in France, chemical and biological alike",
      },
      citation: { source: QDP_2018, excerpt: QDP_2018_SITES, check: QDP_2018_READ },
      note: "Not a count of bioproduction sites: the 35 bioproduction sites are among them. Taken at the article's date, 22 February 2018.",
      noteFr:
        "Pas un décompte de sites de bioproduction : les 35 sites de bioproduction en font partie. Pris à la date de l’article, le 22 février 2018.",
    },
    {
      id: "sector-sites-pharmaceutiques-tour",
      label: {
        fr: "Sites dédiés à la bioproduction (French Bioproduction Tour)",
        en: "Sites dedicated to bioproduction (French Bioproduction Tour)",
      },
      value: 30,
      unit: "sites",
      qualifier: "more-than",
      period: null,
      definition: {
        fr: "Sites dédiés à la bioproduction, détenus par des grands groupes industriels ou des façonniers",
        en: "Sites dedicated to bioproduction, owned by large industrial groups or contract manufacturers",
      },
      citation: { source: TOUR, excerpt: TOUR_SITES, check: TOUR_READ },
      note: "« aujourd’hui »: the page is undated (it describes the French Bioproduction Tour, held from 11 December to 24 May).",
      noteFr:
        "« aujourd’hui » : la page n’est pas datée (elle décrit le French Bioproduction Tour, tenu du 11 décembre au 24 mai).",
    },
    {
      id: "sector-sites-france-biolead-2024",
      label: {
        fr: "Sites de bioproduction en France selon France BioLead",
        en: "Bioproduction sites in France according to France BioLead",
      },
      value: 52,
      unit: "sites",
      qualifier: "exact",
      period: { start: "2024-06-27" },
      definition: {
        fr: "Sites de bioproduction en France comptés par France BioLead (propos de son directeur général Laurent Lafferrère)",
        en: "Bioproduction sites in France counted by France BioLead (words of its director general Laurent Lafferrère)",
      },
      citation: { source: MIND, excerpt: MIND_SITES, check: MIND_NOT_RE_FOUND },
      note: "« désormais »: taken at the article's date, 27 June 2024. « près de » bears on the sites in Europe, not on this number.",
      noteFr:
        "« désormais » : pris à la date de l’article, le 27 juin 2024. « près de » porte sur les sites en Europe, non sur ce nombre.",
    },
    {
      id: "sector-sites-europe-france-biolead-2024",
      label: {
        fr: "Sites de bioproduction en Europe selon France BioLead",
        en: "Bioproduction sites in Europe according to France BioLead",
      },
      value: 130,
      unit: "sites",
      qualifier: "nearly",
      period: { start: "2024-06-27" },
      definition: {
        fr: "Sites de bioproduction en Europe comptés par France BioLead (propos de Laurent Lafferrère)",
        en: "Bioproduction sites in Europe counted by France BioLead (words of Laurent Lafferrère)",
      },
      citation: { source: MIND, excerpt: MIND_SITES, check: MIND_NOT_RE_FOUND },
      note: "« concentre » is in the present tense: taken at the article's date, 27 June 2024.",
      noteFr: "« concentre » est au présent : pris à la date de l’article, le 27 juin 2024.",
    },
    {
      id: "sector-sites-france-biolead-page",
      label: {
        fr: "Sites de bioproduction en France (page de France BioLead)",
        en: "Bioproduction sites in France (France BioLead's page)",
      },
      value: 52,
      unit: "sites",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Sites de bioproduction en France comptés par France BioLead, « le plus grand nombre en Europe »",
        en: "Bioproduction sites in France counted by France BioLead, « le plus grand nombre en Europe »",
      },
      citation: { source: ATOUT, excerpt: ATOUT_NETWORK, check: ATOUT_READ },
      note: "The page is undated and names no source for the count.",
      noteFr: "La page n’est pas datée et ne nomme pas de source pour le décompte.",
    },
    {
      id: "sector-actors-france-biolead",
      label: {
        fr: "Sociétés et institutions actrices de la bioproduction",
        en: "Companies and institutions active in bioproduction",
      },
      value: 900,
      unit: "organisations",
      qualifier: "more-than",
      period: null,
      definition: {
        fr: "Sociétés et institutions actrices de la bioproduction en France, selon France BioLead",
        en: "Companies and institutions active in bioproduction in France, according to France BioLead",
      },
      citation: { source: ATOUT, excerpt: ATOUT_NETWORK, check: ATOUT_READ },
      note: "Written « +900 ». The page is undated.",
      noteFr: "Écrit « +900 ». La page n’est pas datée.",
    },
    {
      id: "sector-companies-france-biolead",
      label: {
        fr: "Entreprises (réseau de la bioproduction selon France BioLead)",
        en: "Companies (bioproduction network according to France BioLead)",
      },
      value: 35,
      unit: "companies",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "« 35 entreprises », dans la liste « Un réseau de sociétés et d'institutions » de France BioLead",
        en: "« 35 entreprises », in France BioLead's list « Un réseau de sociétés et d'institutions »",
      },
      citation: { source: ATOUT, excerpt: ATOUT_NETWORK, check: ATOUT_READ },
      note: "The page does not say what the 35 companies are. It is undated.",
      noteFr: "La page ne dit pas ce que sont les 35 entreprises. Elle n’est pas datée.",
    },

    // The pharmaceutical industry's headcount (all medicines), from the Leem's employment survey
    {
      id: "sector-pharma-employees-leem-2014",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France à fin 2014 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France at the end of 2014 (Leem employment survey)",
      },
      value: 98_810,
      unit: "people",
      qualifier: "exact",
      period: { start: "2014" },
      definition: LEEM_EMPLOYMENT_DEFINITION,
      citation: {
        source: "leem-2015-12-17-barometre-emploi-2015",
        excerpt: LEEM_EMPLOYMENT_2014,
        check: LEEM_2015_12_17_BAROMETRE_EMPLOI_2015_VERIFIED,
      },
      note: "Counted « à fin 2014 »: the whole pharmaceutical industry, not bioproduction alone.",
      noteFr: "Compté « à fin 2014 » : toute l’industrie pharmaceutique, non la seule bioproduction.",
    },
    {
      id: "sector-pharma-employees-leem-2015",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France à fin 2015 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France at the end of 2015 (Leem employment survey)",
      },
      value: 98_690,
      unit: "people",
      qualifier: "exact",
      period: { start: "2015" },
      definition: LEEM_EMPLOYMENT_DEFINITION,
      citation: {
        source: "studylib-leem-2017-02-16-enquete-emploi",
        excerpt: LEEM_EMPLOYMENT_2015,
        check: STUDYLIB_LEEM_2017_02_16_ENQUETE_EMPLOI_VERIFIED,
      },
      note: "Counted « à fin 2015 », the « dernières statistiques disponibles » of the release of 16 February 2017: the whole pharmaceutical industry, not bioproduction alone.",
      noteFr:
        "Compté « à fin 2015 », les « dernières statistiques disponibles » du communiqué du 16 février 2017 : toute l’industrie pharmaceutique, non la seule bioproduction.",
    },
    {
      id: "sector-pharma-employees-leem-2016",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France à fin 2016 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France at the end of 2016 (Leem employment survey)",
      },
      value: 98_786,
      unit: "people",
      qualifier: "exact",
      period: { start: "2016" },
      definition: LEEM_EMPLOYMENT_DEFINITION,
      citation: {
        source: "veille-acteurs-sante-leem-enquete-emploi-2016",
        excerpt: LEEM_EMPLOYMENT_2016,
        check: VEILLE_ACTEURS_SANTE_LEEM_ENQUETE_EMPLOI_2016_VERIFIED,
      },
      note: "Counted « à fin 2016 »: the whole pharmaceutical industry, not bioproduction alone.",
      noteFr: "Compté « à fin 2016 » : toute l’industrie pharmaceutique, non la seule bioproduction.",
    },
    {
      id: "sector-pharma-employees-leem-2017",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France en 2017 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France in 2017 (Leem employment survey)",
      },
      value: 98_694,
      unit: "people",
      qualifier: "exact",
      period: { start: "2017" },
      definition: LEEM_EMPLOYMENT_DEFINITION,
      citation: {
        source: "pdfslide-leem-reperes-emploi-2020",
        excerpt: LEEM_EMPLOYMENT_2017_2018,
        check: PDFSLIDE_LEEM_REPERES_EMPLOI_2020_NOT_RE_FOUND,
      },
      note: "The count for 2017 as the Leem's key figures of March 2020 give it, beside 2018's: the whole pharmaceutical industry, not bioproduction alone. An earlier release gave only a first estimate for 2017, a growth « de l’ordre de 0,4 % ».",
      noteFr:
        "L’effectif de 2017 tel que le donnent les repères du Leem de mars 2020, à côté de celui de 2018 : toute l’industrie pharmaceutique, non la seule bioproduction. Un communiqué antérieur ne donnait pour 2017 qu’une première estimation, une croissance « de l’ordre de 0,4 % ».",
    },
    {
      id: "sector-pharma-employees-leem-2018",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France en 2018 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France in 2018 (Leem employment survey)",
      },
      value: 98_528,
      unit: "people",
      qualifier: "exact",
      period: { start: "2018" },
      definition: LEEM_EMPLOYMENT_DEFINITION,
      citation: {
        source: "pdfslide-leem-reperes-emploi-2020",
        excerpt: LEEM_EMPLOYMENT_2017_2018,
        check: PDFSLIDE_LEEM_REPERES_EMPLOI_2020_NOT_RE_FOUND,
      },
      note: "The whole pharmaceutical industry, not bioproduction alone. The same page estimates 2019 at « - 0,1 % » and gives no count for it. It writes « 98 528 salariés en 2018* », and the stored copy does not show what the asterisk calls: kept as the page prints it.",
      noteFr:
        "Toute l’industrie pharmaceutique, non la seule bioproduction. La même page estime 2019 à « - 0,1 % » et n’en donne pas d’effectif. Elle écrit « 98 528 salariés en 2018* », et la copie conservée ne montre pas à quoi renvoie l’astérisque : gardé tel que la page l’imprime.",
    },
    {
      id: "sector-pharma-employees-leem-2020",
      label: {
        fr: "Salariés de l’industrie pharmaceutique en France en 2020 (enquête Emploi du Leem)",
        en: "Employees of the pharmaceutical industry in France in 2020 (Leem employment survey)",
      },
      value: 99_310,
      unit: "people",
      qualifier: "estimate",
      period: { start: "2020" },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, estimés d’après les réponses à l’enquête Emploi-Salaires du Leem, tous contrats, hors intérimaires",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, estimated from the answers to the Leem's employment and pay survey, all contracts, temporary workers excluded",
      },
      citation: {
        source: "leem-2023-01-24-emploi-et-localisation",
        excerpt: LEEM_EMPLOYMENT_2020,
        check: LEEM_2023_01_24_EMPLOI_ET_LOCALISATION_READ,
      },
      note: "An estimate: the asterisk of « 99 310 salariés* » calls the page's footnote, « L’estimation de l’évolution des effectifs est réalisée à partir des réponses effectuées par les entreprises ayant répondu à l’enquête Emploi-Salaires du Leem en 2020 », all contracts, temporary workers excluded. The whole pharmaceutical industry, not bioproduction alone. The page puts the growth in 2020 at about 500 jobs, which does not add up exactly with the 2018 count and the 2019 estimate: later editions revise earlier years.",
      noteFr:
        "Une estimation : l’astérisque de « 99 310 salariés* » renvoie à la note de la page, « L’estimation de l’évolution des effectifs est réalisée à partir des réponses effectuées par les entreprises ayant répondu à l’enquête Emploi-Salaires du Leem en 2020 », tous contrats, hors intérimaires. Toute l’industrie pharmaceutique, non la seule bioproduction. La page situe la croissance de 2020 à environ 500 emplois, ce qui ne s’additionne pas exactement avec l’effectif de 2018 et l’estimation de 2019 : les éditions suivantes révisent les années antérieures.",
    },

    // Reports of shortages of medicines of major therapeutic interest (MITM) received by the ANSM
    {
      id: "sector-shortage-reports-ansm-2016",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2016",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2016",
      },
      value: 405,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2016" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: PDF_ANSM_2018, excerpt: PDF_ANSM_2016_2017, check: PDF_ANSM_2018_NOT_RE_FOUND },
      note: `${MITM_NOTE} As the review of the ANSM's activity report for 2018 gives it, reports the agency « géré » (handled); the page does not name the perimeter, Le Quotidien du Médecin does for 2016 and 2017 (\`sector-shortage-reports-perimeter-2017\`).`,
      noteFr: `${MITM_NOTE_FR} Tel que le donne le compte rendu du rapport d’activité 2018 de l’ANSM, des signalements que l’agence a « géré » ; la page ne nomme pas le périmètre, Le Quotidien du Médecin le fait pour 2016 et 2017 (\`sector-shortage-reports-perimeter-2017\`).`,
    },
    {
      id: "sector-shortage-reports-ansm-2017",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2017",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2017",
      },
      value: 538,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2017" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: PDF_ANSM_2018, excerpt: PDF_ANSM_2016_2017, check: PDF_ANSM_2018_NOT_RE_FOUND },
      note: `${MITM_NOTE} As the review of the ANSM's activity report for 2018 gives it, reports the agency « géré » (handled); the page does not name the perimeter. Le Quotidien du Médecin gave the first count, « pour dépasser la barre des 500 », on reports « de médicaments d'intérêt thérapeutique majeur (MITM) », while « Les données restent à affiner » (\`sector-shortage-reports-perimeter-2017\`).`,
      noteFr: `${MITM_NOTE_FR} Tel que le donne le compte rendu du rapport d’activité 2018 de l’ANSM, des signalements que l’agence a « géré » ; la page ne nomme pas le périmètre. Le Quotidien du Médecin donnait le premier décompte, « pour dépasser la barre des 500 », sur les signalements « de médicaments d'intérêt thérapeutique majeur (MITM) », alors que « Les données restent à affiner » (\`sector-shortage-reports-perimeter-2017\`).`,
    },
    {
      id: "sector-shortage-reports-ansm-2018",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2018",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2018",
      },
      value: 871,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2018" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: PDF_RECORD, excerpt: PDF_RECORD_2018_2019, check: PDF_RECORD_VERIFIED },
      note: `${MITM_NOTE} The review of the ANSM's activity report for 2018 (\`pharmaciendefrance-2019-09-20-bilan-ansm-2018\`) gives the same 871, and Le Quotidien du Pharmacien calls it the « chiffre définitif » of reports « sur les médicaments d'intérêt thérapeutique majeur (MITM) » (\`sector-shortage-reports-perimeter-2018\`).`,
      noteFr: `${MITM_NOTE_FR} Le compte rendu du rapport d’activité 2018 de l’ANSM (\`pharmaciendefrance-2019-09-20-bilan-ansm-2018\`) donne les mêmes 871, et Le Quotidien du Pharmacien en fait le « chiffre définitif » des signalements « sur les médicaments d'intérêt thérapeutique majeur (MITM) » (\`sector-shortage-reports-perimeter-2018\`).`,
    },
    {
      id: "sector-shortage-reports-ansm-2019",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2019",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2019",
      },
      value: 1504,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2019" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: PDF_RECORD, excerpt: PDF_RECORD_2018_2019, check: PDF_RECORD_VERIFIED },
      note: `${MITM_NOTE} The same page says that the ANSM's action « se concentre sur les médicaments essentiels, ceux d'intérêt thérapeutique majeur (MITM) et « ceux dont l'indisponibilité peut entraîner un risque de santé publique » »; it does not say whether the 1 504 reports cover the latter.`,
      noteFr: `${MITM_NOTE_FR} La même page dit que l’action de l’ANSM « se concentre sur les médicaments essentiels, ceux d'intérêt thérapeutique majeur (MITM) et « ceux dont l'indisponibilité peut entraîner un risque de santé publique » » ; elle ne dit pas si les 1 504 signalements couvrent ces derniers.`,
    },
    {
      id: "sector-shortage-reports-ansm-2020",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2020 (franceinfo)",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2020 (franceinfo)",
      },
      value: 2446,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2020" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: {
        source: FTVI,
        excerpt: FTVI_2020,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://www.francetvinfo.fr/sante/medicament/penuries-de-medicaments-votre-traitement-a-t-il-connu-une-rupture-de-stock-consultez-notre-moteur-de-recherche_4763105.html",
        },
      },
      note: `${MITM_NOTE} The page does not name the perimeter; it adds that « Les règles obligeant les laboratoires à déclarer une pénurie se sont renforcées et l'année 2020 a été marquée par le Covid-19 ».`,
      noteFr: `${MITM_NOTE_FR} La page ne nomme pas le périmètre ; elle ajoute que « Les règles obligeant les laboratoires à déclarer une pénurie se sont renforcées et l'année 2020 a été marquée par le Covid-19 ».`,
    },
    {
      id: "sector-shortage-reports-ansm-2020-usine-nouvelle",
      label: {
        fr: "Signalements de tensions d’approvisionnement et de risques de rupture de médicaments en 2020 (L’Usine Nouvelle)",
        en: "Reports of supply tensions and shortage risks of medicines in 2020 (L’Usine Nouvelle)",
      },
      value: 2400,
      unit: "reports",
      qualifier: "more-than",
      period: { start: "2020" },
      definition: {
        fr: "Signalements de tensions d’approvisionnement et de risques de rupture de médicaments en 2020, tels que la page les nomme : ni l’ANSM ni le périmètre ne sont nommés dans ces mots",
        en: "Reports of supply tensions and shortage risks of medicines in 2020, as the page names them: neither the ANSM nor the perimeter is named in these words",
      },
      citation: {
        source: UN_STOCKS,
        excerpt: UN_STOCKS_2020,
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://www.usinenouvelle.com/article/pour-eviter-les-penuries-les-fabricants-de-medicaments-forces-de-constituer-des-stocks.N1137574",
        },
      },
      note: "Written « Un peu plus de 2 400 ». The public opening of the page names neither the ANSM nor a perimeter; its « 1 504 en 2019 » is the ANSM's count for 2019 (`sector-shortage-reports-ansm-2019`). It names medicines of major therapeutic interest for the safety stocks it reports, not for this count.",
      noteFr:
        "Écrit « Un peu plus de 2 400 ». Le début public de la page ne nomme ni l’ANSM ni un périmètre ; ses « 1 504 en 2019 » sont le décompte de l’ANSM pour 2019 (`sector-shortage-reports-ansm-2019`). Elle nomme les médicaments d’intérêt thérapeutique majeur pour les stocks de sécurité qu’elle rapporte, non pour ce nombre.",
    },
    {
      id: "sector-shortage-reports-ansm-2021",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2021",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2021",
      },
      value: 2160,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2021" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: WUD, excerpt: WUD_2021_2023, check: WUD_NOT_RE_FOUND },
      note: `${MITM_NOTE} The page does not name the perimeter; vidal24.fr does for 2023 (\`sector-shortage-reports-perimeter-2023\`).`,
      noteFr: `${MITM_NOTE_FR} La page ne nomme pas le périmètre ; vidal24.fr le fait pour 2023 (\`sector-shortage-reports-perimeter-2023\`).`,
    },
    {
      id: "sector-shortage-reports-ansm-2022",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2022",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2022",
      },
      value: 3761,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2022" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: WUD, excerpt: WUD_2021_2023, check: WUD_NOT_RE_FOUND },
      note: `${MITM_NOTE} The page does not name the perimeter; vidal24.fr does for 2023 (\`sector-shortage-reports-perimeter-2023\`).`,
      noteFr: `${MITM_NOTE_FR} La page ne nomme pas le périmètre ; vidal24.fr le fait pour 2023 (\`sector-shortage-reports-perimeter-2023\`).`,
    },
    {
      id: "sector-shortage-reports-ansm-2023",
      label: {
        fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM en 2023",
        en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM in 2023",
      },
      value: 4925,
      unit: "reports",
      qualifier: "exact",
      period: { start: "2023" },
      definition: SHORTAGE_REPORTS_DEFINITION,
      citation: { source: WUD, excerpt: WUD_2021_2023, check: WUD_NOT_RE_FOUND },
      note: `${MITM_NOTE} « l'an dernier » is 2023: the page opens on the supply difficulties that « se sont encore aggravées en 2023 ». vidal24.fr gives the same 4925 « pour des médicaments d'intérêt thérapeutique majeur », 3892 reports of shortage risks and 988 of shortages (\`sector-shortage-reports-perimeter-2023\`).`,
      noteFr: `${MITM_NOTE_FR} « l'an dernier » est 2023 : la page s’ouvre sur les difficultés d’approvisionnement qui « se sont encore aggravées en 2023 ». vidal24.fr donne les mêmes 4925 « pour des médicaments d'intérêt thérapeutique majeur », 3892 signalements de risques de rupture et 988 de ruptures (\`sector-shortage-reports-perimeter-2023\`).`,
    },

    // Jobs
    {
      id: "sector-jobs-leem-aec-cartography",
      label: {
        fr: "Emplois de la bioproduction (cartographie du Leem et d’AEC Partners)",
        en: "Bioproduction jobs (Leem and AEC Partners cartography)",
      },
      value: 8463,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois de la bioproduction en France dans la cartographie réalisée par le Leem avec AEC Partners",
        en: "Bioproduction jobs in France in the cartography made by the Leem with AEC Partners",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_JOBS, check: UN_CARTO_VERIFIED },
      note: "The page shows no date; the cartography was unveiled shortly before 22 February 2018, by Le Quotidien du Pharmacien.",
      noteFr:
        "La page ne montre pas de date ; la cartographie a été dévoilée peu avant le 22 février 2018, selon Le Quotidien du Pharmacien.",
    },
    {
      id: "sector-jobs-vaccine-sites-share-leem-aec",
      label: {
        fr: "Part des emplois de la bioproduction situés dans quatre sites de vaccins",
        en: "Share of bioproduction jobs located in four vaccine sites",
      },
      value: 63,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: UN_CARTO, excerpt: UN_CARTO_JOBS, check: UN_CARTO_VERIFIED },
      note: "Of the 8463 bioproduction jobs: Sanofi Pasteur at Marcy l’Etoile, Neuville sur Saône and Val de Reuil, and Mérial at Saint-Priest.",
      noteFr:
        "Sur les 8463 emplois de la bioproduction : Sanofi Pasteur à Marcy l’Etoile, Neuville sur Saône et Val de Reuil, et Mérial à Saint-Priest.",
    },
    {
      id: "sector-jobs-france-biolead-launch-pharmacos",
      label: {
        fr: "Emplois du secteur au lancement de France BioLead",
        en: "Sector jobs at France BioLead's launch",
      },
      value: 10_000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois du secteur de la bioproduction « à l’heure actuelle », selon France BioLead à son lancement",
        en: "Jobs of the bioproduction sector « à l’heure actuelle », according to France BioLead at its launch",
      },
      citation: { source: PHARMACOS, excerpt: PHARMACOS_JOBS, check: PHARMACOS_VERIFIED },
      note: "The page is undated; it reports the launch of December 2022, so « à l’heure actuelle » is about then. The baseline of France BioLead's target of 20 000 jobs.",
      noteFr:
        "La page n’est pas datée ; elle rapporte le lancement de décembre 2022, « à l’heure actuelle » renvoie donc à cette période. La base de l’objectif de 20 000 emplois de France BioLead.",
    },
    {
      id: "sector-jobs-france-biolead-launch-actulabo",
      label: {
        fr: "Salariés employés par la filière au lancement de France BioLead",
        en: "Staff employed by the sector at France BioLead's launch",
      },
      value: 10_000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Salariés employés par la filière « à l’heure actuelle », selon France BioLead à son lancement",
        en: "Staff employed by the sector « à l’heure actuelle », according to France BioLead at its launch",
      },
      citation: { source: ACTULABO, excerpt: ACTULABO_JOBS, check: ACTULABO_VERIFIED },
      note: "The page reports the launch « Le 7 décembre » (2022) and is undated.",
      noteFr: "La page rapporte le lancement « Le 7 décembre » (2022) et n’est pas datée.",
    },
    {
      id: "sector-jobs-observatory-2025",
      label: {
        fr: "Emplois du secteur (Observatoire de la Filière 2025)",
        en: "Sector jobs (2025 sector observatory)",
      },
      value: 76_000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois du « secteur » selon l’Observatoire de la Filière 2025 de France BioLead ; la page ne définit pas le périmètre",
        en: "Jobs of the « secteur » according to France BioLead's 2025 sector observatory; the page does not define the perimeter",
      },
      citation: { source: DIGEST, excerpt: DIGEST_JOBS, attributedTo: OBS, check: DIGEST_VERIFIED },
      note: "Written « 76.000 ». The digest is undated; it reports the observatory of 2025.",
      noteFr: "Écrit « 76.000 ». La revue n’est pas datée ; elle rapporte l’observatoire de 2025.",
    },
    {
      id: "sector-hires-observatory-2025-digest",
      label: {
        fr: "Recrutements prévus à court terme (Observatoire 2025, selon le digest)",
        en: "Hires planned in the short term (2025 observatory, per the digest)",
      },
      value: 3200,
      unit: "hires",
      qualifier: "exact",
      period: null,
      citation: { source: DIGEST, excerpt: DIGEST_JOBS, attributedTo: OBS, check: DIGEST_VERIFIED },
      note: "Written « 3.200 ».",
      noteFr: "Écrit « 3.200 ».",
    },
    {
      id: "sector-hires-observatory-2025-edito",
      label: {
        fr: "Recrutements imminents (Observatoire 2025, selon l’éditorial)",
        en: "Imminent hires (2025 observatory, per the editorial)",
      },
      value: 3200,
      unit: "hires",
      qualifier: "more-than",
      period: null,
      citation: { source: EDITO, excerpt: EDITO_HIRES, attributedTo: OBS, check: EDITO_VERIFIED },
    },

    // Biomedicines produced in France, and the pipeline
    {
      id: "sector-biomedicines-authorised-since-2012-leem",
      label: {
        fr: "Biomédicaments (hors vaccins et biosimilaires) ayant reçu une AMM depuis 2012",
        en: "Biomedicines (vaccines and biosimilars excluded) authorised since 2012",
      },
      value: 76,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2012" },
      definition: {
        fr: "Biomédicaments, hors vaccins et biosimilaires, ayant reçu une autorisation de mise sur le marché depuis 2012",
        en: "Biomedicines, vaccines and biosimilars excluded, granted a marketing authorisation since 2012",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_AMM, check: UN_CARTO_VERIFIED },
      note: "« Depuis 2012 »: the page gives no end, and the period keeps only the start the words give. Egora's page gives the same total, 76, for the EMA's approvals of biological medicines « entre 2012 et 2016 » under another definition, with 5 of them produced in France (`sector-biologics-ema-authorisations-2012-2016`); Le Quotidien du Pharmacien puts the unveiling of the Leem's cartography in February 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
      noteFr:
        "« Depuis 2012 » : la page ne donne pas de fin, et la période ne garde que le début que donnent les mots. La page d’Egora donne le même total, 76, pour les AMM de l’EMA de médicaments biologiques « entre 2012 et 2016 » selon une autre définition, dont 5 produits en France (`sector-biologics-ema-authorisations-2012-2016`) ; Le Quotidien du Pharmacien place la présentation de la cartographie du Leem en février 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
    },
    {
      id: "sector-biomedicines-made-in-france-since-2012-leem",
      label: {
        fr: "Biomédicaments autorisés depuis 2012 fabriqués en France",
        en: "Biomedicines authorised since 2012 that were made in France",
      },
      value: 2,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2012" },
      definition: {
        fr: "Parmi les 76 biomédicaments (hors vaccins et biosimilaires) ayant reçu une AMM depuis 2012, ceux fabriqués en France",
        en: "Among the 76 biomedicines (vaccines and biosimilars excluded) authorised since 2012, those made in France",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_AMM, check: UN_CARTO_VERIFIED },
      note: "Written « deux ». « Depuis 2012 »: the page gives no end, and the period keeps only the start the words give. Egora's page gives the same total, 76, for the EMA's approvals of biological medicines « entre 2012 et 2016 » under another definition, with 5 of them produced in France (`sector-biologics-ema-authorisations-2012-2016`); Le Quotidien du Pharmacien puts the unveiling of the Leem's cartography in February 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
      noteFr:
        "Écrit « deux ». « Depuis 2012 » : la page ne donne pas de fin, et la période ne garde que le début que donnent les mots. La page d’Egora donne le même total, 76, pour les AMM de l’EMA de médicaments biologiques « entre 2012 et 2016 » selon une autre définition, dont 5 produits en France (`sector-biologics-ema-authorisations-2012-2016`) ; Le Quotidien du Pharmacien place la présentation de la cartographie du Leem en février 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
    },
    {
      id: "sector-biomedicines-made-in-us-since-2012-leem",
      label: {
        fr: "Biomédicaments autorisés depuis 2012 produits aux États-Unis",
        en: "Biomedicines authorised since 2012 that were produced in the United States",
      },
      value: 37,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2012" },
      definition: {
        fr: "Parmi les 76 biomédicaments (hors vaccins et biosimilaires) ayant reçu une AMM depuis 2012, ceux produits aux États-Unis",
        en: "Among the 76 biomedicines (vaccines and biosimilars excluded) authorised since 2012, those produced in the United States",
      },
      citation: { source: UN_CARTO, excerpt: UN_CARTO_AMM, check: UN_CARTO_VERIFIED },
      note: "« Depuis 2012 »: the page gives no end, and the period keeps only the start the words give. Egora's page gives the same total, 76, for the EMA's approvals of biological medicines « entre 2012 et 2016 » under another definition, with 5 of them produced in France (`sector-biologics-ema-authorisations-2012-2016`); Le Quotidien du Pharmacien puts the unveiling of the Leem's cartography in February 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
      noteFr:
        "« Depuis 2012 » : la page ne donne pas de fin, et la période ne garde que le début que donnent les mots. La page d’Egora donne le même total, 76, pour les AMM de l’EMA de médicaments biologiques « entre 2012 et 2016 » selon une autre définition, dont 5 produits en France (`sector-biologics-ema-authorisations-2012-2016`) ; Le Quotidien du Pharmacien place la présentation de la cartographie du Leem en février 2018 (`lequotidiendupharmacien-2018-02-22-bioproduction`).",
    },
    {
      id: "sector-biologics-ema-authorisations-2012-2016",
      label: {
        fr: "AMM délivrées par l’EMA pour des médicaments biologiques, 2012-2016",
        en: "EMA marketing authorisations for biological medicines, 2012–2016",
      },
      value: 76,
      unit: "authorisations",
      qualifier: "exact",
      period: { start: "2012", end: "2016" },
      citation: { source: EGORA, excerpt: EGORA_AMM, check: EGORA_VERIFIED },
      note: "Egora's copy (`https://v2-dev.egora.fr/node/53159`) holds these words; Le Quotidien du Pharmacien and L’Usine Nouvelle (N561343) give the same numbers in other words (see the source's note).",
      noteFr:
        "La copie d’Egora (`https://v2-dev.egora.fr/node/53159`) porte ces mots ; Le Quotidien du Pharmacien et L’Usine Nouvelle (N561343) donnent les mêmes nombres en d’autres mots (voir la note de la source).",
    },
    {
      id: "sector-biologics-produced-in-france-2012-2016",
      label: {
        fr: "Médicaments biologiques autorisés par l’EMA entre 2012 et 2016 produits en France",
        en: "Biological medicines authorised by the EMA in 2012–2016 that are produced in France",
      },
      value: 5,
      unit: "medicines",
      qualifier: "exact",
      period: { start: "2012", end: "2016" },
      definition: {
        fr: "Parmi les 76 AMM délivrées par l’EMA pour des médicaments biologiques entre 2012 et 2016, les médicaments produits en France",
        en: "Among the 76 EMA authorisations for biological medicines in 2012–2016, the medicines produced in France",
      },
      citation: { source: EGORA, excerpt: EGORA_AMM, check: EGORA_VERIFIED },
      note: "Egora's copy (`https://v2-dev.egora.fr/node/53159`) holds these words; Le Quotidien du Pharmacien and L’Usine Nouvelle (N561343) give the same numbers in other words (see the source's note).",
      noteFr:
        "La copie d’Egora (`https://v2-dev.egora.fr/node/53159`) porte ces mots ; Le Quotidien du Pharmacien et L’Usine Nouvelle (N561343) donnent les mêmes nombres en d’autres mots (voir la note de la source).",
    },
    {
      id: "sector-biologics-produced-in-germany-2012-2016",
      label: {
        fr: "Médicaments biologiques autorisés par l’EMA entre 2012 et 2016 produits en Allemagne",
        en: "Biological medicines authorised by the EMA in 2012–2016 that are produced in Germany",
      },
      value: 21,
      unit: "medicines",
      qualifier: "exact",
      period: { start: "2012", end: "2016" },
      definition: {
        fr: "Parmi les 76 AMM délivrées par l’EMA pour des médicaments biologiques entre 2012 et 2016, ceux produits en Allemagne",
        en: "Among the 76 EMA authorisations for biological medicines in 2012–2016, those produced in Germany",
      },
      citation: { source: EGORA, excerpt: EGORA_AMM, check: EGORA_VERIFIED },
      note: "Egora's copy (`https://v2-dev.egora.fr/node/53159`) holds these words; Le Quotidien du Pharmacien and L’Usine Nouvelle (N561343) give the same numbers in other words (see the source's note).",
      noteFr:
        "La copie d’Egora (`https://v2-dev.egora.fr/node/53159`) porte ces mots ; Le Quotidien du Pharmacien et L’Usine Nouvelle (N561343) donnent les mêmes nombres en d’autres mots (voir la note de la source).",
    },
    {
      id: "sector-biologics-produced-in-italy-2012-2016",
      label: {
        fr: "Médicaments biologiques autorisés par l’EMA entre 2012 et 2016 produits en Italie",
        en: "Biological medicines authorised by the EMA in 2012–2016 that are produced in Italy",
      },
      value: 12,
      unit: "medicines",
      qualifier: "exact",
      period: { start: "2012", end: "2016" },
      definition: {
        fr: "Parmi les 76 AMM délivrées par l’EMA pour des médicaments biologiques entre 2012 et 2016, ceux produits en Italie",
        en: "Among the 76 EMA authorisations for biological medicines in 2012–2016, those produced in Italy",
      },
      citation: { source: EGORA, excerpt: EGORA_AMM, check: EGORA_VERIFIED },
      note: "Egora's copy (`https://v2-dev.egora.fr/node/53159`) holds these words; Le Quotidien du Pharmacien and L’Usine Nouvelle (N561343) give the same numbers in other words (see the source's note).",
      noteFr:
        "La copie d’Egora (`https://v2-dev.egora.fr/node/53159`) porte ces mots ; Le Quotidien du Pharmacien et L’Usine Nouvelle (N561343) donnent les mêmes nombres en d’autres mots (voir la note de la source).",
    },
    {
      id: "sector-biomedicines-authorised-europe-2017",
      label: {
        fr: "Biomédicaments autorisés en Europe en 2017",
        en: "Biomedicines authorised in Europe in 2017",
      },
      value: 97,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2017" },
      definition: {
        fr: "Biomédicaments autorisés en Europe (compte de 2017)",
        en: "Biomedicines authorised in Europe (count for 2017)",
      },
      citation: { source: TOUR, excerpt: TOUR_2017, check: TOUR_VERIFIED },
      note: "The page names no source for the count.",
      noteFr: "La page ne nomme pas de source pour le décompte.",
    },
    {
      id: "sector-biomedicines-produced-in-france-2017",
      label: {
        fr: "Biomédicaments autorisés en Europe produits ou prévus de l’être en France (2017)",
        en: "Biomedicines authorised in Europe produced, or planned to be produced, in France (2017)",
      },
      value: 6,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2017" },
      definition: {
        fr: "Parmi les 97 biomédicaments autorisés en Europe, ceux « produits ou prévus de l’être en France »",
        en: "Among the 97 biomedicines authorised in Europe, those « produits ou prévus de l’être en France » (produced or planned to be)",
      },
      citation: { source: TOUR, excerpt: TOUR_2017, check: TOUR_VERIFIED },
      note: "The page names no source for the count.",
      noteFr: "La page ne nomme pas de source pour le décompte.",
    },
    {
      id: "sector-monoclonal-antibodies-made-in-france-share",
      label: {
        fr: "Part des anticorps monoclonaux utilisés par le système de santé fabriqués en France",
        en: "Share of the monoclonal antibodies used by the health system that are made in France",
      },
      value: 10,
      unit: "percent",
      qualifier: "less-than",
      period: null,
      citation: { source: TOUR, excerpt: TOUR_MABS, check: TOUR_VERIFIED },
      note: "« actuellement »: the page is undated (about the time of the French Bioproduction Tour).",
      noteFr: "« actuellement » : la page n’est pas datée (vers l’époque du French Bioproduction Tour).",
    },
    {
      id: "sector-biomedicines-produced-in-france-volckmann",
      label: {
        fr: "Biomédicaments autorisés par l’agence européenne produits en France, selon Jacques Volckmann",
        en: "Biomedicines authorised by the European agency that are produced in France, according to Jacques Volckmann",
      },
      value: 2,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Parmi douze biomédicaments autorisés par l’agence européenne (la page ne dit pas lesquels ni sur quelle période), ceux produits en France",
        en: "Among twelve biomedicines authorised by the European agency (the page says neither which nor over what span), those produced in France",
      },
      citation: { source: ACTULABO, excerpt: ACTULABO_EMA, check: ACTULABO_VERIFIED },
      note: "Written « deux »; words of Jacques Volckmann, France BioLead's president, at the launch of December 2022.",
      noteFr:
        "Écrit « deux » ; les mots de Jacques Volckmann, président de France BioLead, au lancement de décembre 2022.",
    },
    {
      id: "sector-biomedicines-authorised-volckmann",
      label: {
        fr: "Biomédicaments autorisés par l’agence européenne, selon Jacques Volckmann",
        en: "Biomedicines authorised by the European agency, according to Jacques Volckmann",
      },
      value: 12,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Biomédicaments autorisés par l’agence européenne, sans période ni périmètre précisés",
        en: "Biomedicines authorised by the European agency, with no span or perimeter given",
      },
      citation: { source: ACTULABO, excerpt: ACTULABO_EMA, check: ACTULABO_VERIFIED },
      note: "Written « douze »; words of Jacques Volckmann at the launch of December 2022.",
      noteFr: "Écrit « douze » ; les mots de Jacques Volckmann au lancement de décembre 2022.",
    },
    {
      id: "sector-biomedicines-active-substance-made-in-france-2025",
      label: {
        fr: "Biomédicaments dont la substance active est fabriquée en France (Observatoire 2025)",
        en: "Biomedicines whose active substance is made in France (2025 observatory)",
      },
      value: 47,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "Biomédicaments dont la substance active est fabriquée localement : dérivés du sang, vaccins, anticorps et biomédicaments issus du microbiote",
        en: "Biomedicines whose active substance is made locally: blood-derived products, vaccines, antibodies and microbiome-derived biomedicines",
      },
      citation: { source: OBS, excerpt: OBS_BIOMEDICINES, check: OBS_VERIFIED },
      note: "The count of the observatory's 2025 edition (« L'Observatoire de la Filière 2025 »); the page gives no other date.",
      noteFr:
        "Le décompte de l’édition 2025 de l’observatoire (« L'Observatoire de la Filière 2025 ») ; la page ne donne pas d’autre date.",
    },
    {
      id: "sector-biomedicines-blood-derived-2025",
      label: {
        fr: "dont biomédicaments dérivés du sang",
        en: "of which blood-derived biomedicines",
      },
      value: 23,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "Biomédicaments dérivés du sang parmi les 47 dont la substance active est fabriquée en France",
        en: "Blood-derived biomedicines among the 47 whose active substance is made in France",
      },
      citation: { source: OBS, excerpt: OBS_BIOMEDICINES, check: OBS_VERIFIED },
      note: "The observatory's 2025 edition.",
      noteFr: "L’édition 2025 de l’observatoire.",
    },
    {
      id: "sector-biomedicines-vaccines-2025",
      label: { fr: "dont vaccins", en: "of which vaccines" },
      value: 12,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "Vaccins parmi les 47 biomédicaments dont la substance active est fabriquée en France",
        en: "Vaccines among the 47 biomedicines whose active substance is made in France",
      },
      citation: { source: OBS, excerpt: OBS_BIOMEDICINES, check: OBS_VERIFIED },
      note: "The observatory's 2025 edition.",
      noteFr: "L’édition 2025 de l’observatoire.",
    },
    {
      id: "sector-biomedicines-antibodies-2025",
      label: {
        fr: "dont anticorps, destinés principalement à des maladies rares",
        en: "of which antibodies, mainly for rare diseases",
      },
      value: 8,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "Anticorps parmi les 47 biomédicaments dont la substance active est fabriquée en France",
        en: "Antibodies among the 47 biomedicines whose active substance is made in France",
      },
      citation: { source: OBS, excerpt: OBS_BIOMEDICINES, check: OBS_VERIFIED },
      note: "The observatory's 2025 edition.",
      noteFr: "L’édition 2025 de l’observatoire.",
    },
    {
      id: "sector-biomedicines-microbiome-2025",
      label: { fr: "dont biomédicaments issus du microbiote", en: "of which microbiome-derived biomedicines" },
      value: 4,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "Biomédicaments issus du microbiote parmi les 47 dont la substance active est fabriquée en France",
        en: "Microbiome-derived biomedicines among the 47 whose active substance is made in France",
      },
      citation: { source: OBS, excerpt: OBS_BIOMEDICINES, check: OBS_VERIFIED },
      note: "The observatory's 2025 edition.",
      noteFr: "L’édition 2025 de l’observatoire.",
    },
    {
      id: "sector-biomedicines-produced-in-france-2025-edito",
      label: {
        fr: "Biomédicaments produits en France (Observatoire 2025, selon l’éditorial)",
        en: "Biomedicines produced in France (2025 observatory, per the editorial)",
      },
      value: 47,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "« biomédicaments produits en France » : dérivés du sang, vaccins, anticorps, microbiotes (l’observatoire compte ceux dont la substance active est fabriquée localement)",
        en: "« biomédicaments produits en France »: blood-derived, vaccines, antibodies, microbiota (the observatory counts those whose active substance is made locally)",
      },
      citation: { source: EDITO, excerpt: EDITO_BIOMEDICINES, attributedTo: OBS, check: EDITO_VERIFIED },
      note: "The editorial of 20 June 2025 presents the observatory's 2025 edition.",
      noteFr: "L’éditorial du 20 juin 2025 présente l’édition 2025 de l’observatoire.",
    },
    {
      id: "sector-biomedicines-share-of-medicines-worldwide",
      label: {
        fr: "Part des biomédicaments parmi les médicaments commercialisés dans le monde",
        en: "Biomedicines' share of the medicines marketed worldwide",
      },
      value: 4,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: PHARMACEUTIQUES_FBL, excerpt: PHARMACEUTIQUES_SHARES, check: PHARMACEUTIQUES_FBL_VERIFIED },
      note: "Words of Laurent Lafferrère (spelt « Lafferrere » on the page), France BioLead's director general, at its launch (December 2022); « actuellement » gives no year.",
      noteFr:
        "Les mots de Laurent Lafferrère (écrit « Lafferrere » sur la page), directeur général de France BioLead, à son lancement (décembre 2022) ; « actuellement » ne donne pas d’année.",
    },
    {
      id: "sector-biomedicines-share-of-market-worldwide",
      label: {
        fr: "Part des biomédicaments dans le marché pharmaceutique mondial",
        en: "Biomedicines' share of the global pharmaceutical market",
      },
      value: 33,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: PHARMACEUTIQUES_FBL, excerpt: PHARMACEUTIQUES_SHARES, check: PHARMACEUTIQUES_FBL_VERIFIED },
      note: "Words of Laurent Lafferrère (spelt « Lafferrere » on the page), at France BioLead's launch (December 2022); no year is given.",
      noteFr:
        "Les mots de Laurent Lafferrère (écrit « Lafferrere » sur la page), au lancement de France BioLead (décembre 2022) ; aucune année n’est donnée.",
    },
    {
      id: "sector-unique-biomedicines-marketed-europe",
      label: {
        fr: "Biomédicaments uniques commercialisés en Europe",
        en: "Unique biomedicines marketed in Europe",
      },
      value: 690,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Biomédicaments uniques commercialisés en Europe (pas un compte de production)",
        en: "Unique biomedicines marketed in Europe (not a count of production)",
      },
      citation: { source: ATOUT, excerpt: ATOUT_MARKETED, check: ATOUT_VERIFIED },
      note: "The page is undated and names no source.",
      noteFr: "La page n’est pas datée et ne nomme pas de source.",
    },
    {
      id: "sector-unique-biomedicines-marketed-in-france-share",
      label: {
        fr: "Part des biomédicaments uniques commercialisés en Europe qui le sont en France",
        en: "Share of the unique biomedicines marketed in Europe that are marketed in France",
      },
      value: 52,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: ATOUT, excerpt: ATOUT_MARKETED, check: ATOUT_VERIFIED },
      note: "Marketed, not produced, in France. The page is undated.",
      noteFr: "Commercialisés, non produits, en France. La page n’est pas datée.",
    },
    {
      id: "sector-biomedicines-in-development-europe",
      label: {
        fr: "Biomédicaments en développement en Europe (phases non clinique et clinique)",
        en: "Biomedicines in development in Europe (non-clinical and clinical phases)",
      },
      value: 2886,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Biomédicaments en développement en Europe, phases non clinique et clinique",
        en: "Biomedicines in development in Europe, non-clinical and clinical phases",
      },
      citation: { source: ATOUT, excerpt: ATOUT_PIPELINE, check: ATOUT_VERIFIED },
      note: "The page is undated and names no source.",
      noteFr: "La page n’est pas datée et ne nomme pas de source.",
    },
    {
      id: "sector-biomedicines-in-development-france-share",
      label: {
        fr: "Part de la France dans les biomédicaments en développement en Europe",
        en: "France's share of the biomedicines in development in Europe",
      },
      value: 20.24,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: ATOUT, excerpt: ATOUT_PIPELINE, check: ATOUT_VERIFIED },
      note: "Written « 20.24% ». The page is undated.",
      noteFr: "Écrit « 20.24% ». La page n’est pas datée.",
    },
    {
      id: "sector-biomedicines-clinical-phase-france",
      label: {
        fr: "Biomédicaments en phase clinique en France",
        en: "Biomedicines in clinical phase in France",
      },
      value: 246,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Biomédicaments en phase clinique en France (développement, pas production)",
        en: "Biomedicines in clinical phase in France (development, not production)",
      },
      citation: { source: ATOUT, excerpt: ATOUT_PIPELINE, check: ATOUT_VERIFIED },
      note: "The page is undated.",
      noteFr: "La page n’est pas datée.",
    },

    // Capacity
    {
      id: "sector-capacity-growth-france-biolead-2024",
      label: {
        fr: "Hausse des capacités de bioproduction en France en six ans",
        en: "Growth of bioproduction capacity in France over six years",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      over: { value: 6, unit: "years" },
      citation: { source: MIND, excerpt: MIND_SITES, check: MIND_NOT_RE_FOUND },
      note: "Words of Laurent Lafferrère, France BioLead's director general, in an article of 27 June 2024; « en 6 ans » names no years. « près de » bears on the sites in Europe, not on this number.",
      noteFr:
        "Les mots de Laurent Lafferrère, directeur général de France BioLead, dans un article du 27 juin 2024 ; « en 6 ans » ne nomme pas d’années. « près de » porte sur les sites en Europe, non sur ce nombre.",
    },
    {
      id: "sector-capacity-growth-france-biolead-page",
      label: {
        fr: "Augmentation de la capacité de bioproduction en six ans (page de France BioLead)",
        en: "Increase in bioproduction capacity over six years (France BioLead's page)",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      over: { value: 6, unit: "years" },
      citation: { source: ATOUT, excerpt: ATOUT_CAPACITY, check: ATOUT_VERIFIED },
      note: "The page is undated; « en 6 ans » names no years.",
      noteFr: "La page n’est pas datée ; « en 6 ans » ne nomme pas d’années.",
    },
    {
      id: "sector-capacity-growth-iqvia",
      label: {
        fr: "Hausse des capacités de bioproduction en France en six ans (revue IQVIA)",
        en: "Growth of bioproduction capacity in France over six years (IQVIA digest)",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      over: { value: 6, unit: "years" },
      citation: { source: IQVIA, excerpt: IQVIA_CAPACITY, check: IQVIA_VERIFIED },
      note: "A digest of Le Monde, undated (2024, before the national day of 5 July); « en six ans » names no years.",
      noteFr:
        "Une revue de presse du Monde, non datée (2024, avant la journée nationale du 5 juillet) ; « en six ans » ne nomme pas d’années.",
    },
    {
      id: "sector-mammalian-capacity-share-france",
      label: {
        fr: "Part de la France dans les capacités européennes de culture cellulaire sur mammifères",
        en: "France's share of European mammalian cell-culture bioproduction capacity",
      },
      value: 1,
      unit: "percent",
      qualifier: "less-than",
      period: null,
      citation: { source: INDUSTRIE_PHARMA, excerpt: INDUSTRIE_PHARMA_CAPACITY, check: INDUSTRIE_PHARMA_VERIFIED },
      note: "« Aujourd'hui »: the article is undated (about 2011). « estimées » bears on the European total, not on this number.",
      noteFr:
        "« Aujourd'hui » : l’article n’est pas daté (vers 2011). « estimées » porte sur le total européen, non sur ce nombre.",
    },
    {
      id: "sector-mammalian-capacity-europe",
      label: {
        fr: "Capacités européennes de bioproduction de culture cellulaire sur mammifères",
        en: "European mammalian cell-culture bioproduction capacity",
      },
      value: 300_000,
      max: 350_000,
      unit: "litres",
      qualifier: "range",
      period: null,
      citation: { source: INDUSTRIE_PHARMA, excerpt: INDUSTRIE_PHARMA_CAPACITY, check: INDUSTRIE_PHARMA_VERIFIED },
      note: "The article is undated (about 2011). « estimées » bears on this range itself: the page gives it as an estimate, which the range qualifier cannot also say. « moins de » bears on France's share, not on this number.",
      noteFr:
        "L’article n’est pas daté (vers 2011). « estimées » porte sur cette fourchette même : la page la donne comme une estimation, ce que le qualificatif de fourchette ne peut pas dire aussi. « moins de » porte sur la part de la France, non sur ce nombre.",
    },
    {
      id: "sector-mammalian-capacity-share-germany",
      label: {
        fr: "Part de l’Allemagne dans les capacités européennes de culture cellulaire sur mammifères",
        en: "Germany's share of European mammalian cell-culture bioproduction capacity",
      },
      value: 55,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: INDUSTRIE_PHARMA, excerpt: INDUSTRIE_PHARMA_CAPACITY, check: INDUSTRIE_PHARMA_VERIFIED },
      note: "The article is undated (about 2011). « moins de » bears on France's share, not on this number. « estimées » bears on the European total, not on this number.",
      noteFr:
        "L’article n’est pas daté (vers 2011). « moins de » porte sur la part de la France, non sur ce nombre. « estimées » porte sur le total européen, non sur ce nombre.",
    },

    // Investment
    {
      id: "sector-investment-per-site-decline-2010-2015",
      label: {
        fr: "Baisse des investissements par site de bioproduction (hors vaccins), 2010-2015",
        en: "Fall in investment per bioproduction site (vaccines excluded), 2010–2015",
      },
      value: 20,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2010", end: "2015" },
      citation: { source: UN_OBS, excerpt: UN_OBS_DECLINE, check: UN_OBS_VERIFIED },
      note: "A fall (« une baisse de 20 % »), over « le même intervalle », 2010-2015.",
      noteFr: "Une baisse (« une baisse de 20 % »), sur « le même intervalle », 2010-2015.",
    },
    {
      id: "sector-investment-biomedicines-annual-decline-2010-2015",
      label: {
        fr: "Recul annuel moyen des investissements dans les biomédicaments, 2010-2015",
        en: "Mean annual fall in investment in biomedicines, 2010–2015",
      },
      value: 4.2,
      unit: "percent-per-year",
      qualifier: "exact",
      period: { start: "2010", end: "2015" },
      citation: { source: UN_OBS, excerpt: UN_OBS_TREND, check: UN_OBS_VERIFIED },
      note: "A fall (« reculé »); « l'ensemble de la période » is 2010-2015, as the article says earlier.",
      noteFr: "Une baisse (« reculé ») ; « l'ensemble de la période » est 2010-2015, comme l’article le dit plus haut.",
    },
    {
      id: "sector-investment-biomedicines-decline-2013-2015",
      label: {
        fr: "Recul des investissements dans les biomédicaments de 2013 à 2015",
        en: "Fall in investment in biomedicines from 2013 to 2015",
      },
      value: 12.8,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2013", end: "2015" },
      citation: { source: UN_OBS, excerpt: UN_OBS_TREND, check: UN_OBS_VERIFIED },
      note: "A fall; the article does not say whether the 12,8 % is, like the 4,2 %, an annual mean.",
      noteFr: "Une baisse ; l’article ne dit pas si les 12,8 % sont, comme les 4,2 %, une moyenne annuelle.",
    },
    {
      id: "sector-investment-observatory-since-2021",
      label: {
        fr: "Investissements dans la filière depuis 2021 (Observatoire 2025)",
        en: "Investment in the sector since 2021 (2025 observatory)",
      },
      value: 6_300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2021", end: "2025" },
      citation: { source: DIGEST, excerpt: DIGEST_INVEST, attributedTo: OBS, check: DIGEST_VERIFIED },
      note: "From 2021 to the observatory of 2025. « près de » bears on the amount raised by start-ups, not on this number.",
      noteFr:
        "De 2021 à l’observatoire de 2025. « près de » porte sur le montant levé par les start-up, non sur ce nombre.",
    },
    {
      id: "sector-investment-observatory-5-years",
      label: {
        fr: "Investissements industriels sur les cinq dernières années (Observatoire 2025)",
        en: "Industrial investment over the last five years (2025 observatory)",
      },
      value: 6_300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: { source: EDITO, excerpt: EDITO_INVEST, attributedTo: OBS, check: EDITO_VERIFIED },
      note: "The editorial of 20 June 2025 says « sur les 5 dernières années » and names no years.",
      noteFr: "L’éditorial du 20 juin 2025 dit « sur les 5 dernières années » et ne nomme pas d’années.",
    },
    {
      id: "sector-startup-raises-2024-digest",
      label: {
        fr: "Levées de fonds des start-up de la bioproduction en 2024 (Observatoire 2025, selon le digest)",
        en: "Funds raised by bioproduction start-ups in 2024 (2025 observatory, per the digest)",
      },
      value: 150_000_000,
      unit: "EUR",
      qualifier: "nearly",
      period: { start: "2024" },
      citation: { source: DIGEST, excerpt: DIGEST_INVEST, attributedTo: OBS, check: DIGEST_VERIFIED },
    },
    {
      id: "sector-startups-raising-2024-digest",
      label: {
        fr: "Start-up de la bioproduction ayant levé des fonds en 2024",
        en: "Bioproduction start-ups that raised funds in 2024",
      },
      value: 10,
      unit: "start-ups",
      qualifier: "exact",
      period: { start: "2024" },
      citation: { source: DIGEST, excerpt: DIGEST_INVEST, attributedTo: OBS, check: DIGEST_VERIFIED },
      note: "« près de » bears on the amount raised, not on this number.",
      noteFr: "« près de » porte sur le montant levé, non sur ce nombre.",
    },
    {
      id: "sector-startup-raises-2024-edito",
      label: {
        fr: "Fonds levés par des biotechs en 2024 (Observatoire 2025, selon l’éditorial)",
        en: "Funds raised by biotechs in 2024 (2025 observatory, per the editorial)",
      },
      value: 150_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: { start: "2024" },
      citation: { source: EDITO, excerpt: EDITO_RAISES, attributedTo: OBS, check: EDITO_VERIFIED },
      note: "The editorial says « des biotechs prometteuses », not « start-up de la bioproduction ».",
      noteFr: "L’éditorial dit « des biotechs prometteuses », non « start-up de la bioproduction ».",
    },
    {
      id: "sector-capex-mab-workshop",
      label: {
        fr: "Coût d’un atelier de fabrication industrielle d’anticorps monoclonaux",
        en: "Cost of an industrial-scale monoclonal antibody workshop",
      },
      value: 150_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: NOSDEPUTES, excerpt: NOSDEPUTES_CAPEX, check: NOSDEPUTES_VERIFIED },
      note: "Said at a hearing of the Assemblée nationale (15th legislature, 2017–2022) by a speaker whom the stored page does not name.",
      noteFr:
        "Dit lors d’une audition à l’Assemblée nationale (XVe législature, 2017–2022) par un intervenant que la page conservée ne nomme pas.",
    },
    {
      id: "sector-capex-sterile-filling-workshop",
      label: {
        fr: "Coût d’un atelier de remplissage stérile",
        en: "Cost of a sterile filling workshop",
      },
      value: 25_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: NOSDEPUTES, excerpt: NOSDEPUTES_CAPEX, check: NOSDEPUTES_VERIFIED },
      note: "Said at a hearing of the Assemblée nationale (15th legislature) by a speaker whom the stored page does not name.",
      noteFr:
        "Dit lors d’une audition à l’Assemblée nationale (XVe législature) par un intervenant que la page conservée ne nomme pas.",
    },
    {
      id: "sector-capex-tablet-workshop",
      label: {
        fr: "Coût d’un atelier de fabrication de comprimés (comparaison)",
        en: "Cost of a tablet manufacturing workshop (comparison)",
      },
      value: 5_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: NOSDEPUTES, excerpt: NOSDEPUTES_CAPEX, check: NOSDEPUTES_VERIFIED },
      note: "A chemical-medicine comparison for the two bioproduction costs, said at the same hearing.",
      noteFr:
        "Une comparaison avec le médicament chimique pour les deux coûts de bioproduction, dite lors de la même audition.",
    },
  ],
} as const satisfies SectorOverview;
