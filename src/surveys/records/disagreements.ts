import type { Disagreement } from "../../model/common.js";

/** Where sources give different values for the same barometer finding. Each claim is a figure id. */
export const surveyDisagreements = [
  {
    id: "leem-2025-price-gap",
    topic: {
      fr: "Écart de prix des médicaments brevetés sous la moyenne européenne",
      en: "How much lower prices of patented medicines are in France than the European average",
    },
    kind: "different-scope",
    claims: ["leem-2025-price-gap-patented", "leem-2025-price-gap-range"],
    preferred: "leem-2025-price-gap-patented",
    reason:
      "The two claims cover different sets of medicines. The primary article (2025-06-19) splits the gap by category: « environ 10 % plus bas en France que la moyenne européenne pour les produits brevetés et 16 % pour les autres ». The France Culture copy gives one range for medicines in general, « le prix du médicament 11 à 16% moins cher que la moyenne européenne », without saying which category each bound belongs to. The topic is patented medicines, which only the article's figure measures.",
    reasonFr:
      "Les deux valeurs couvrent des ensembles de médicaments différents. L’article principal (2025-06-19) distingue l’écart par catégorie : « environ 10 % plus bas en France que la moyenne européenne pour les produits brevetés et 16 % pour les autres ». La copie de France Culture donne une fourchette pour les médicaments en général, « le prix du médicament 11 à 16% moins cher que la moyenne européenne », sans dire à quelle catégorie se rapporte chaque borne. Le sujet est le médicament breveté, que seul le chiffre de l’article mesure.",
  },
  {
    id: "leem-2025-access-delay",
    topic: {
      fr: "Délai d’accès à un nouveau traitement en France",
      en: "Time for patients in France to access a new treatment",
    },
    kind: "conflict",
    claims: ["leem-2025-access-delay-france", "leem-2025-access-delay-france-520"],
    preferred: "leem-2025-access-delay-france",
    reason:
      "Both claims give the same quantity. mind Health (2025-06-18) reports « 523 jours » among the findings of the 2025 barometer, « qui couvre la période 2024 ». In its own release of 2025-09-22, calling for « Etats généraux du médicament », the Leem still gives 523 days (« les patients français attendent 523 jours pour accéder à une innovation, contre 50 jours en Allemagne »). So the Leem did not change the figure for the September announcement that Revue Pharma's « 520 jours » (September 2025) is about; 520 reads as a rounding. The Revue Pharma page could not be found again on 2026-11-26.",
    reasonFr:
      "Les deux valeurs donnent la même grandeur. mind Health (2025-06-18) rapporte « 523 jours » parmi les résultats du baromètre 2025, « qui couvre la période 2024 ». Dans son propre communiqué du 2025-09-22, appelant à des « Etats généraux du médicament », le Leem donne encore 523 jours (« les patients français attendent 523 jours pour accéder à une innovation, contre 50 jours en Allemagne »). Le Leem n’a donc pas changé le chiffre pour l’annonce de septembre dont parlent les « 520 jours » de Revue Pharma (septembre 2025) ; 520 se lit comme un arrondi. La page de Revue Pharma n’a pas été retrouvée le 2026-11-26.",
  },
  {
    id: "leem-2025-employee-count",
    topic: {
      fr: "Salariés de l’industrie pharmaceutique en France",
      en: "Pharmaceutical industry employees in France",
    },
    kind: "different-scope",
    claims: ["leem-2025-employees", "leem-2025-employees-98043"],
    preferred: "leem-2025-employees",
    reason:
      "Both pages report the 2025 barometer but name different perimeters. Pharmaceutiques gives « le deuxième bassin d’emplois du secteur, avec plus de 108 000 salariés (+2,4 % en un an) ». Espace Social, whose report says the barometer draws on « données 2024 », gives « le deuxième bassin d’emplois industriels avec 98 043 salariés ». Neither page defines its perimeter. The topic is the sector's employees, the perimeter that Pharmaceutiques names.",
    reasonFr:
      "Les deux pages rapportent le baromètre 2025 mais nomment des périmètres différents. Pharmaceutiques donne « le deuxième bassin d’emplois du secteur, avec plus de 108 000 salariés (+2,4 % en un an) ». Espace Social, dont le compte rendu dit que le baromètre s’appuie sur des « données 2024 », donne « le deuxième bassin d’emplois industriels avec 98 043 salariés ». Aucune des deux pages ne définit son périmètre. Le sujet est celui des salariés du secteur, le périmètre que nomme Pharmaceutiques.",
  },
  {
    id: "leem-2025-state-share-year",
    topic: {
      fr: "Année de la part de 60 % du résultat d’exploitation captée par l’État",
      en: "Year of the 60 % share of operating profit taken by the State",
    },
    kind: "different-scope",
    claims: ["leem-2025-operating-result-taken-by-state", "leem-2025-operating-result-taken-by-state-2023"],
    preferred: "leem-2025-operating-result-taken-by-state-2023",
    reason:
      "The two claims give the same value, 60 %; only the year differs. Le Moniteur des pharmacies (2025-06-18) gives it « selon le Leem » in its report on the 2025 barometer, with no year, and mind Health says that barometer covers 2024, so a reader may take the figure for 2024. Three months later, the Leem's own release (2025-09-22) dates it to 2023 (« En 2023, 60 % du résultat d’exploitation des entreprises pharmaceutiques était ponctionné »). The release is preferred because these are the Leem's own words and they state the year.",
    reasonFr:
      "Les deux valeurs sont les mêmes, 60 % ; seule l’année diffère. Le Moniteur des pharmacies (2025-06-18) le donne « selon le Leem » dans son compte rendu du baromètre 2025, sans année, et mind Health dit que ce baromètre couvre 2024 : un lecteur peut donc le prendre pour 2024. Trois mois plus tard, le communiqué du Leem (2025-09-22) le date de 2023 (« En 2023, 60 % du résultat d’exploitation des entreprises pharmaceutiques était ponctionné »). Le communiqué est retenu parce que ce sont les mots du Leem et qu’ils énoncent l’année.",
  },
  {
    id: "leem-eu-medicines-availability-scope",
    topic: {
      fr: "Médicaments autorisés au niveau européen accessibles aux patients français",
      en: "EU-authorised medicines available to patients in France",
    },
    kind: "different-scope",
    claims: ["leem-2025-eu-medicines-available-france", "leem-2024-eu-medicines-unavailable-france"],
    preferred: "leem-2025-eu-medicines-available-france",
    reason:
      "The two editions measure different things, and 100 % minus one is not the other. The 2024 edition, as Banque Populaire summarises it, counts a cohort on a date: « 37 % : C’est la part des nouveaux médicaments autorisés en Europe entre 2019 et 2022 qui n’étaient toujours pas disponibles en France au 31 décembre 2023 » (12 % in Germany). The 2025 edition, as Le Moniteur des pharmacies reports it, gives the share available with no cohort and no date: « seuls 60 % des médicaments autorisés au niveau européen sont accessibles aux patients français, contre 89 % en Allemagne ». The topic is the share available, which only the 2025 figure measures.",
    reasonFr:
      "Les deux éditions mesurent des choses différentes, et 100 % moins l’une n’est pas l’autre. L’édition 2024, telle que Banque Populaire la résume, compte une cohorte à une date : « 37 % : C’est la part des nouveaux médicaments autorisés en Europe entre 2019 et 2022 qui n’étaient toujours pas disponibles en France au 31 décembre 2023 » (12 % en Allemagne). L’édition 2025, telle que Le Moniteur des pharmacies la rapporte, donne la part disponible sans cohorte ni date : « seuls 60 % des médicaments autorisés au niveau européen sont accessibles aux patients français, contre 89 % en Allemagne ». Le sujet est la part disponible, que seul le chiffre de 2025 mesure.",
  },
] as const satisfies readonly Disagreement[];
