import type { Disagreement } from "../../model/common.js";

/**
 * Where sources give different values about the bioclusters: a `conflict` when they measure the
 * same thing, `different-scope` when they measure different things a reader might take for one.
 * Each claim is a figure or fact with its own citation; `preferred` is the one the helpers use.
 */
export const clusterDisagreements = [
  {
    id: "france-2030-bioclusters-funding",
    topic: {
      fr: "Dotation de l’appel Bioclusters et montant annoncé pour les bioclusters de France 2030",
      en: "Endowment of the Bioclusters call and amount announced for the France 2030 bioclusters",
    },
    kind: "different-scope",
    claims: [
      "france-2030-bioclusters-budget-myriad-2022",
      "france-2030-bioclusters-budget-la-tribune-2022",
      "france-2030-bioclusters-budget-aphp",
      "france-2030-bioclusters-state-funding-francetvinfo-2023",
      "france-2030-bioclusters-state-funding-iqvia-2023",
    ],
    preferred: "france-2030-bioclusters-state-funding-francetvinfo-2023",
    reason:
      "The claims measure two things. The call's endowment: « doté de 300 millions d’euros », for « jusqu’à trois bioclusters » (Myriad Consulting, 4 May 2022); « doté de plus de 300 millions d’euros » (AP-HP); and the envelope of 300 M€ for three bioclusters that Emmanuel Macron announced in June 2021 (La Tribune, 9 March 2022). And the State money announced for the bioclusters when the second-wave winners were named on Tuesday 16 May 2023: « plus de 400 millions d'euros » (franceinfo) and, in IQVIA's digest of the same visit to the Institut Curie, 400 M€ over five years « dans cinq nouveaux bioclusters ». The package prefers franceinfo's figure: the later statement, made as the winners were named, with its hedge « plus de ».",
    reasonFr:
      "Les valeurs mesurent deux choses. La dotation de l’appel : « doté de 300 millions d’euros », pour « jusqu’à trois bioclusters » (Myriad Consulting, 4 mai 2022) ; « doté de plus de 300 millions d’euros » (AP-HP) ; et l’enveloppe de 300 M€ pour trois bioclusters annoncée par Emmanuel Macron en juin 2021 (La Tribune, 9 mars 2022). Et l’argent de l’État annoncé pour les bioclusters à la désignation des lauréats de la deuxième vague, le mardi 16 mai 2023 : « plus de 400 millions d'euros » (franceinfo) et, dans la revue de presse d’IQVIA sur la même visite à l’Institut Curie, 400 M€ sur cinq ans « dans cinq nouveaux bioclusters ». Le paquet retient le chiffre de franceinfo : la déclaration la plus récente, faite à la désignation des lauréats, avec sa réserve « plus de ».",
  },
  {
    id: "france-2030-bioclusters-cluster-count",
    topic: {
      fr: "Nombre de bioclusters : visé par l’appel et retenu",
      en: "Number of bioclusters: aimed for by the call and selected",
    },
    kind: "different-scope",
    claims: [
      "france-2030-bioclusters-target-myriad-2022",
      "france-2030-bioclusters-target-la-tribune-2022",
      "france-2030-bioclusters-new-clusters-iqvia-2023",
      "france-2030-bioclusters-winners-afm",
    ],
    preferred: "france-2030-bioclusters-winners-afm",
    reason:
      "The call's aim against its outcome. Myriad Consulting (4 May 2022) says the call « a vocation à faire émerger jusqu’à trois bioclusters », and La Tribune (9 March 2022) reports the three bioclusters Emmanuel Macron announced in June 2021. Five were selected: the AP-HP page says that « Ce 16 mai 2023 » the government announced 4 new bioclusters joining PSCC, « seul sélectionné lors de la vague 1 en décembre dernier », and the AFM-Téléthon page calls GenoTher « one of the 5 winners »; IQVIA's « cinq nouveaux bioclusters » counts PSCC among them. The package prefers the count of winners.",
    reasonFr:
      "L’objectif de l’appel face à son résultat. Myriad Consulting (4 mai 2022) écrit que l’appel « a vocation à faire émerger jusqu’à trois bioclusters », et La Tribune (9 mars 2022) rapporte les trois bioclusters annoncés par Emmanuel Macron en juin 2021. Cinq ont été retenus : la page de l’AP-HP écrit que « Ce 16 mai 2023 » le gouvernement a annoncé 4 nouveaux bioclusters rejoignant le PSCC, « seul sélectionné lors de la vague 1 en décembre dernier », et la page de l’AFM-Téléthon dit de GenoTher « one of the 5 winners » ; les « cinq nouveaux bioclusters » d’IQVIA comptent le PSCC parmi eux. Le paquet retient le nombre de lauréats.",
  },
  {
    id: "genother-funding",
    topic: { fr: "Financement de GenoTher", en: "GenoTher's funding" },
    kind: "different-scope",
    claims: [
      "genother-budget-article",
      "genother-state-funding-genopole-2023",
      "genother-initial-funding-businesswire-2023",
    ],
    preferred: "genother-budget-article",
    reason:
      "A ceiling against a budget. The primary article (19 June 2025) gives GenoTher « son budget de 70 millions d'euros sur cinq ans », and Genopole's annual report for 2023 says « L’État investira 70 M€ sur une période de 5 ans »: the two agree. Genethon's Business Wire release, reproduced by Mill Valley (10 July 2023 by its address), gives no amount for GenoTher, only a ceiling for each biocluster: « initial public funding up to €100 million ». The package prefers the article's 70 M€ over five years.",
    reasonFr:
      "Un plafond face à un budget. L’article principal (19 juin 2025) donne à GenoTher « son budget de 70 millions d'euros sur cinq ans », et le rapport annuel 2023 de Genopole dit « L’État investira 70 M€ sur une période de 5 ans » : les deux concordent. Le communiqué Business Wire de Genethon, reproduit par Mill Valley (10 juillet 2023 d’après son adresse), ne donne aucun montant pour GenoTher, seulement un plafond par biocluster : « initial public funding up to €100 million ». Le paquet retient les 70 M€ sur cinq ans de l’article.",
  },
  {
    id: "bcf2i-funding",
    topic: { fr: "Financement de BCF2I", en: "BCF2I's funding" },
    kind: "different-scope",
    claims: ["bcf2i-funding-lyonbiopole-2024", "bcf2i-funding-lyon-decideurs-2023"],
    preferred: "bcf2i-funding-lyonbiopole-2024",
    reason:
      "Different spans. Lyonbiopôle's release dated « Lyon, le 9 juillet 2024 », which announces that the creation « est désormais effective », says BCF2I « bénéficie dès lors d’un financement de 60 millions d’euros sur une période de cinq ans »; Lyon Décideurs (published 6 June 2023) gave « une enveloppe de 100 millions d’euros sur dix ans ». Five years against ten, and neither page says how the two amounts relate. The package prefers the release of Lyonbiopôle, which led the candidature and speaks « au titre du consortium qu’il représente ».",
    reasonFr:
      "Des durées différentes. Le communiqué de Lyonbiopôle daté « Lyon, le 9 juillet 2024 », qui annonce que la création « est désormais effective », dit que BCF2I « bénéficie dès lors d’un financement de 60 millions d’euros sur une période de cinq ans » ; Lyon Décideurs (publié le 6 juin 2023) donnait « une enveloppe de 100 millions d’euros sur dix ans ». Cinq ans contre dix, et aucune des deux pages ne dit comment les deux montants se rapportent. Le paquet retient le communiqué de Lyonbiopôle, qui a porté la candidature et parle « au titre du consortium qu’il représente ».",
  },
  {
    id: "bcf2i-creation-date",
    topic: { fr: "Date de création officielle de BCF2I", en: "Date of BCF2I's official creation" },
    kind: "different-scope",
    claims: ["bcf2i-creation-expected-la-tribune-2023", "bcf2i-effective"],
    preferred: "bcf2i-effective",
    reason:
      "A forecast against the event. La Tribune's article of October 2023 (4 October by its address) wrote « Sa création officielle est attendue pour le début d'année 2024 »; Lyonbiopôle's release dated « Lyon, le 9 juillet 2024 » announces that the creation « est désormais effective ». The release does not give the day the creation took effect, only that it is effective by its date. The package prefers the release.",
    reasonFr:
      "Une prévision face à l’événement. L’article de La Tribune d’octobre 2023 (le 4 octobre d’après son adresse) écrivait « Sa création officielle est attendue pour le début d'année 2024 » ; le communiqué de Lyonbiopôle daté « Lyon, le 9 juillet 2024 » annonce que la création « est désormais effective ». Le communiqué ne donne pas le jour où la création a pris effet, seulement qu’elle l’est à sa date. Le paquet retient le communiqué.",
  },
  {
    id: "mib-funding",
    topic: {
      fr: "Financement public du Marseille Immunology Biocluster",
      en: "Public funding of the Marseille Immunology Biocluster",
    },
    kind: "conflict",
    claims: ["mib-public-funding-made-in-marseille-2024", "mib-funding-invest-in-provence-2023"],
    preferred: "mib-public-funding-made-in-marseille-2024",
    reason:
      "One quantity, two amounts. At the official launch « ce 13 novembre » (2024: Le Méridional reports the launch on 14 November 2024), Made in Marseille gives « un financement public de 96 millions d’euros sur 10 ans », as do Le Méridional, Gomet and Eurobiomed's page. Invest in Provence, writing after the labelling of May 2023, gave « 97 millions d’euros de financements », and Gomet wrote that the MIB « a reçu en juillet 2024 la confirmation de l’Etat de son financement de 97 millions d’euros ». The package prefers 96 M€ over ten years, the amount given at the launch, the latest statement.",
    reasonFr:
      "Une même grandeur, deux montants. Au lancement officiel « ce 13 novembre » (2024 : Le Méridional rapporte le lancement le 14 novembre 2024), Made in Marseille donne « un financement public de 96 millions d’euros sur 10 ans », comme Le Méridional, Gomet et la page d’Eurobiomed. Invest in Provence, après la labellisation de mai 2023, donnait « 97 millions d’euros de financements », et Gomet écrivait que le MIB « a reçu en juillet 2024 la confirmation de l’Etat de son financement de 97 millions d’euros ». Le paquet retient 96 M€ sur dix ans, le montant donné au lancement, la déclaration la plus récente.",
  },
  {
    id: "mib-designation-date",
    topic: {
      fr: "Date de désignation du Marseille Immunology Biocluster",
      en: "Date the Marseille Immunology Biocluster was designated",
    },
    kind: "conflict",
    claims: ["mib-designation-invest-in-provence", "france-2030-bioclusters-wave-2-announcement"],
    preferred: "france-2030-bioclusters-wave-2-announcement",
    reason:
      "Invest in Provence writes that MIB « a été désigné, le 12 mai 2023, parmi les cinq lauréats »; the AP-HP page (« Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters »), the MACSF page (« a annoncé le 16 mai 2023 les lauréats ») and the AFM-Téléthon page (« announced on 16 May by the French President ») give 16 May, and the founders' release on GenoTher dates its « labellisation le 16 mai 2023 par l’Agence nationale de la recherche ». The package prefers 16 May 2023, the day of the President's announcement.",
    reasonFr:
      "Invest in Provence écrit que le MIB « a été désigné, le 12 mai 2023, parmi les cinq lauréats » ; la page de l’AP-HP (« Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters »), celle de la MACSF (« a annoncé le 16 mai 2023 les lauréats ») et celle de l’AFM-Téléthon (« announced on 16 May by the French President ») donnent le 16 mai, et le communiqué des fondateurs sur GenoTher date sa « labellisation le 16 mai 2023 par l’Agence nationale de la recherche ». Le paquet retient le 16 mai 2023, jour de l’annonce du président.",
  },
  {
    id: "mib-launch-date",
    topic: {
      fr: "Date de lancement du Marseille Immunology Biocluster",
      en: "Launch date of the Marseille Immunology Biocluster",
    },
    kind: "conflict",
    claims: ["mib-launch-made-in-marseille", "mib-launch-eurobiomed-2024"],
    preferred: "mib-launch-made-in-marseille",
    reason:
      "Made in Marseille says the MIB « est officiellement lancé ce 13 novembre en Préfecture »; Gomet reports it « officiellement lancé, mercredi 13 novembre » at the Préfecture, and Le Méridional reports the launch on 14 November 2024. Eurobiomed's page, dated « 6 November 2024 », reproduces details that « La Provence » obtained and says the MIB « est officiellement lancé aujourd’hui »: its date disagrees with the other pages. The package prefers 13 November 2024.",
    reasonFr:
      "Made in Marseille écrit que le MIB « est officiellement lancé ce 13 novembre en Préfecture » ; Gomet le dit « officiellement lancé, mercredi 13 novembre » à la Préfecture, et Le Méridional rapporte le lancement le 14 novembre 2024. La page d’Eurobiomed, datée « 6 November 2024 », reprend des détails obtenus par « La Provence » et dit que le MIB « est officiellement lancé aujourd’hui » : sa date contredit les autres pages. Le paquet retient le 13 novembre 2024.",
  },
  {
    id: "pscc-state-funding",
    topic: { fr: "Dotation du PSCC", en: "PSCC’s endowment" },
    kind: "conflict",
    claims: [
      "pscc-state-funding-biotech-finances-2022",
      "pscc-state-funding-aef-2023",
      "pscc-state-funding-le-monde-2025",
    ],
    preferred: "pscc-state-funding-aef-2023",
    reason:
      "At the first announcement, in December 2022, Biotech Finances quotes Eric Vivier: « 80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans », a range that the PSCC's release of 5 December 2022 also gives (« The 80 to 100 million euros that will be granted by the French »). At the inauguration of « vendredi 3 février 2023 », AEF info gives « Doté de 100 M€ sur dix ans »; the copy of Le Monde's article of 27 April 2025 gives « 100 millions alloués par l’Etat dans le cadre du plan France 2030 », without a span. The package prefers AEF info's 100 M€ over ten years, the later statement, made at the inauguration; Le Monde's was read only in a copy.",
    reasonFr:
      "Lors de la première annonce, en décembre 2022, Biotech Finances cite Eric Vivier : « 80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans », fourchette que donne aussi le communiqué du PSCC du 5 décembre 2022 (« The 80 to 100 million euros that will be granted by the French »). À l’inauguration du « vendredi 3 février 2023 », AEF info écrit « Doté de 100 M€ sur dix ans » ; la copie de l’article du Monde du 27 avril 2025 donne « 100 millions alloués par l’Etat dans le cadre du plan France 2030 », sans durée. Le paquet retient les 100 M€ sur dix ans d’AEF info, la déclaration la plus récente, faite à l’inauguration ; celle du Monde n’a été lue que dans une copie.",
  },
  {
    id: "pscc-chairs",
    topic: { fr: "Présidence du PSCC", en: "Who chairs PSCC" },
    kind: "different-scope",
    claims: ["pscc-chairs-about", "pscc-chair-inserm", "pscc-sab-chair-globenewswire"],
    preferred: "pscc-chairs-about",
    reason:
      "Not a disagreement: the claims name the chairs of two bodies, and they agree. The cluster's page says « Chaired by Professors Eric Vivier and Solange Peters, the association and its Strategic Advisory Board » without saying who chairs which; Inserm says « L’association est présidée par Éric Vivier », and GlobeNewswire (19 December 2022 by its address) « Le SAB est présidé par le professeur Solange Peters ». The package prefers the cluster's page, which names both.",
    reasonFr:
      "Pas un désaccord : les valeurs nomment les présidents de deux instances, et elles concordent. La page du cluster dit « Chaired by Professors Eric Vivier and Solange Peters, the association and its Strategic Advisory Board » sans dire qui préside quoi ; l’Inserm écrit « L’association est présidée par Éric Vivier », et GlobeNewswire (19 décembre 2022 d’après son adresse) « Le SAB est présidé par le professeur Solange Peters ». Le paquet retient la page du cluster, qui nomme les deux.",
  },
  {
    id: "pscc-launch-date",
    topic: { fr: "Date de lancement du PSCC", en: "PSCC's launch date" },
    kind: "different-scope",
    claims: ["pscc-association-launch", "pscc-created-about", "pscc-inauguration-aef-2023"],
    preferred: "pscc-association-launch",
    reason:
      "Two events. Gustave Roussy's page (dated 2022) says the PSCC « a été officiellement lancé en cette journée mondiale de lutte contre le cancer, le 4 février », when the governance of the new association was unveiled, and the cluster's page says « Created in February 2022 »: these agree. AEF info reports the cluster « inauguré vendredi 3 février 2023 », the event the PSCC's own page calls its « Operational launch ». The helpers take the association's launch of 4 February 2022 as the cluster's launch.",
    reasonFr:
      "Deux événements. La page de Gustave Roussy (datée de 2022) dit que le PSCC « a été officiellement lancé en cette journée mondiale de lutte contre le cancer, le 4 février », quand la gouvernance de la nouvelle association a été dévoilée, et la page du cluster dit « Created in February 2022 » : elles concordent. AEF info rapporte le cluster « inauguré vendredi 3 février 2023 », l’événement que la page du PSCC appelle son « Operational launch ». Les fonctions retiennent le lancement de l’association, le 4 février 2022, comme lancement du cluster.",
  },
] as const satisfies readonly Disagreement[];
