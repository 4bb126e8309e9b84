import type { Disagreement } from "../../model/common.js";

/**
 * Where sources disagree about the sector's counts, capacities and organisations: a `conflict`
 * when they measure the same quantity, `different-scope` when they count different things (another
 * perimeter, another definition, a target with another horizon) that a reader might take for one.
 * Each claim is a figure or fact with its own citation; `preferred` is the one the helpers use.
 */
export const sectorDisagreements = [
  {
    id: "sector-bioproduction-sites",
    topic: {
      fr: "Nombre de sites de bioproduction en France",
      en: "Number of bioproduction sites in France",
    },
    kind: "different-scope",
    claims: [
      "sector-sites-observatory-2014",
      "sector-sites-observatory-2016",
      "sector-sites-leem-aec-cartography",
      "sector-sites-bioproduction-quotidien-2018",
      "sector-sites-aec-respondents-2018",
      "sector-sites-pharmaceutiques-tour",
      "sector-sites-france-biolead-2024",
      "sector-sites-france-biolead-page",
    ],
    preferred: "sector-sites-france-biolead-page",
    reason:
      "The counts are made on different bases and are not one trend. L'Usine Nouvelle reports a move « d'un périmètre de 29 à 30 sites de bioproduction entre l'observatoire 2014 et celui de 2016 », in an article on the investments of « sites de bioproduction (hors vaccins) » (the 4th observatory, « réalisée par KPMG pour le Leem et Polepharma »). The Leem's cartography with AEC Partners counts « 32 sites de production situés dans l’Hexagone » (L'Usine Nouvelle), which Le Quotidien du Pharmacien (22 February 2018) gives as the respondents: « 35 sites de bioproduction, dont 32 ont répondu aux questions d’une enquête menée par AEC Partners ». Pharmaceutiques counts « Plus de 30 sites » « dédiés à la bioproduction, détenus par des grands groupes industriels ou des façonniers ». France BioLead counts « 52 sites de bioproduction en France, le plus grand nombre en Europe » on its page, and « Avec 52 sites » in its director general's words (mind Health, 27 June 2024); neither says how the sites were counted. The package prefers France BioLead's own page, the latest count, while its definition stays France BioLead's.",
    reasonFr:
      "Les décomptes reposent sur des bases différentes et ne forment pas une tendance. L'Usine Nouvelle rapporte un passage « d'un périmètre de 29 à 30 sites de bioproduction entre l'observatoire 2014 et celui de 2016 », dans un article sur les investissements des « sites de bioproduction (hors vaccins) » (le 4e observatoire, « réalisée par KPMG pour le Leem et Polepharma »). La cartographie du Leem avec AEC Partners compte « 32 sites de production situés dans l’Hexagone » (L'Usine Nouvelle), que Le Quotidien du Pharmacien (22 février 2018) présente comme les répondants : « 35 sites de bioproduction, dont 32 ont répondu aux questions d’une enquête menée par AEC Partners ». Pharmaceutiques compte « Plus de 30 sites » « dédiés à la bioproduction, détenus par des grands groupes industriels ou des façonniers ». France BioLead compte « 52 sites de bioproduction en France, le plus grand nombre en Europe » sur sa page, et « Avec 52 sites » dans les mots de son directeur général (mind Health, 27 juin 2024) ; aucun des deux ne dit comment les sites ont été comptés. Le paquet retient la page de France BioLead, le décompte le plus récent, sa définition restant celle de France BioLead.",
  },
  {
    id: "sector-bioproduction-jobs",
    topic: {
      fr: "Emplois de la bioproduction en France",
      en: "Bioproduction jobs in France",
    },
    kind: "different-scope",
    claims: [
      "sector-jobs-leem-aec-cartography",
      "sector-jobs-france-biolead-launch-pharmacos",
      "sector-jobs-france-biolead-launch-actulabo",
      "sector-jobs-observatory-2025",
    ],
    preferred: "sector-jobs-observatory-2025",
    reason:
      "Three perimeters. The Leem and AEC Partners cartography counts « 8463 emplois de la bioproduction », 63% of them in four vaccine sites (L'Usine Nouvelle). At France BioLead's launch in December 2022, the sector had « 10 000 à l’heure actuelle » (« emplois du secteur », Pharmacos Media; « salariés employés par la filière », Actulabo), the baseline of the target of 20 000 by 2030. The 2025 observatory, as France BioLead's digest reports it, says « le secteur compte 76.000 emplois », without defining the sector; nothing on the pages lets the rise from 10 000 to 76 000 be read as growth rather than as a wider perimeter. The package prefers the latest figure, the observatory's, with its undefined perimeter stated in its definition.",
    reasonFr:
      "Trois périmètres. La cartographie du Leem et d’AEC Partners compte « 8463 emplois de la bioproduction », dont 63 % dans quatre sites de vaccins (L'Usine Nouvelle). Au lancement de France BioLead, en décembre 2022, le secteur en comptait « 10 000 à l’heure actuelle » (« emplois du secteur », Pharmacos Media ; « salariés employés par la filière », Actulabo), la base de l’objectif de 20 000 en 2030. L’observatoire 2025, tel que le rapporte la revue de France BioLead, dit que « le secteur compte 76.000 emplois », sans définir le secteur ; rien sur les pages ne permet de lire la hausse de 10 000 à 76 000 comme une croissance plutôt que comme un périmètre élargi. Le paquet retient le chiffre le plus récent, celui de l’observatoire, dont la définition indique le périmètre non défini.",
  },
  {
    id: "sector-biomedicines-produced-in-france",
    topic: {
      fr: "Nombre de biomédicaments produits en France",
      en: "Number of biomedicines produced in France",
    },
    kind: "different-scope",
    claims: [
      "sector-biomedicines-made-in-france-since-2012-leem",
      "sector-biologics-produced-in-france-2012-2016",
      "sector-biomedicines-produced-in-france-2017",
      "sector-biomedicines-produced-in-france-volckmann",
      "sector-biomedicines-active-substance-made-in-france-2025",
      "sector-biomedicines-produced-in-france-2025-edito",
    ],
    preferred: "sector-biomedicines-active-substance-made-in-france-2025",
    reason:
      "Each count has its own definition. Of « 76 biomédicaments (hors vaccins et biosimilaires) » authorised since 2012, « seuls deux ont été fabriqués en France » (L'Usine Nouvelle, on the Leem cartography). Of « 76 autorisations de mise sur le marché (AMM) délivrées par l’Agence européenne du médicament (EMA) pour des médicaments biologiques » between 2012 and 2016, « seuls 5 médicaments sont produits en France » (the Leem and Polepharma release, in Egora's copy). In 2017, of « 97 biomédicaments autorisés en Europe, 6 seulement étaient produits ou prévus de l’être en France » (Pharmaceutiques). At France BioLead's launch, its president said « Seulement deux des douze biomédicaments autorisés par l’agence européenne sont produits en France » (Actulabo), naming neither the twelve nor their years. The 2025 observatory counts products whose active substance is made in France, vaccines and blood products included: « 47 biomédicaments dont la substance active est fabriquée localement » (23 derived from blood, 12 vaccines, 8 antibodies, 4 from the microbiome), which France BioLead's editorial of 20 June 2025 calls « 47 biomédicaments produits en France ». The first four count French production among authorisations of given years; the 47 counts products whatever their year of authorisation. The package prefers the observatory's count, the latest, with its definition.",
    reasonFr:
      "Chaque décompte a sa définition. Sur « 76 biomédicaments (hors vaccins et biosimilaires) » autorisés depuis 2012, « seuls deux ont été fabriqués en France » (L'Usine Nouvelle, sur la cartographie du Leem). Sur « 76 autorisations de mise sur le marché (AMM) délivrées par l’Agence européenne du médicament (EMA) pour des médicaments biologiques » entre 2012 et 2016, « seuls 5 médicaments sont produits en France » (le communiqué du Leem et de Polepharma, dans la copie d’Egora). En 2017, sur « 97 biomédicaments autorisés en Europe, 6 seulement étaient produits ou prévus de l’être en France » (Pharmaceutiques). Au lancement de France BioLead, son président disait « Seulement deux des douze biomédicaments autorisés par l’agence européenne sont produits en France » (Actulabo), sans nommer les douze ni leurs années. L’observatoire 2025 compte les produits dont la substance active est fabriquée en France, vaccins et dérivés du sang compris : « 47 biomédicaments dont la substance active est fabriquée localement » (23 dérivés du sang, 12 vaccins, 8 anticorps, 4 issus du microbiote), que l’éditorial de France BioLead du 20 juin 2025 appelle « 47 biomédicaments produits en France ». Les quatre premiers comptent la production française parmi les autorisations d’années données ; les 47 comptent des produits quelle que soit leur année d’autorisation. Le paquet retient le décompte de l’observatoire, le plus récent, avec sa définition.",
  },
  {
    id: "france-biolead-founding-members",
    topic: {
      fr: "Nombre de membres fondateurs de France BioLead",
      en: "Number of France BioLead's founding members",
    },
    kind: "conflict",
    claims: [
      "france-biolead-founding-members-release",
      "france-biolead-founding-members-pharmacos",
      "france-biolead-founding-members-gtp-bioways",
      "france-biolead-founding-members-actulabo",
    ],
    preferred: "france-biolead-founding-members-release",
    reason:
      "The launch release says France BioLead was « créée à l’été 2022 par 15 membres fondateurs » and names fifteen, Enosis Santé standing for four clusters; Pharmacos Media (« Créée par 15 membres fondateurs ») and GTP Bioways, a founder (« by 15 founding members »), agree. Actulabo writes « Portée par dix-sept membres fondateurs » and names eleven. The package prefers the release, which lists the founders.",
    reasonFr:
      "Le communiqué de lancement dit que France BioLead a été « créée à l’été 2022 par 15 membres fondateurs » et en nomme quinze, Enosis Santé représentant quatre clusters ; Pharmacos Media (« Créée par 15 membres fondateurs ») et GTP Bioways, un fondateur (« by 15 founding members »), concordent. Actulabo écrit « Portée par dix-sept membres fondateurs » et en nomme onze. Le paquet retient le communiqué, qui liste les fondateurs.",
  },
  {
    id: "france-biolead-members-count-2024",
    topic: {
      fr: "Nombre de membres de France BioLead en 2024",
      en: "Number of France BioLead's members in 2024",
    },
    kind: "compatible",
    claims: ["france-biolead-members-2024", "france-biolead-members-iqvia"],
    preferred: "france-biolead-members-2024",
    reason:
      "Compatible, not conflicting: the same count with two hedges, France BioLead « fédère désormais plus de 50 membres » (mind Health, 27 June 2024) and « rassemble une cinquantaine de membres » (IQVIA's digest of Le Monde, undated, written before the national day of 5 July 2024). A little more than 50 is about fifty, so both can be true at once. The package prefers mind Health's, dated and the more precise.",
    reasonFr:
      "Compatibles, non contradictoires : le même décompte avec deux réserves, France BioLead « fédère désormais plus de 50 membres » (mind Health, 27 juin 2024) et « rassemble une cinquantaine de membres » (revue de presse d’IQVIA sur Le Monde, non datée, écrite avant la journée nationale du 5 juillet 2024). Un peu plus de 50, c’est environ cinquante : les deux peuvent être vrais à la fois. Le paquet retient celui de mind Health, daté et le plus précis.",
  },
  {
    id: "sector-investment-france-biolead",
    topic: {
      fr: "Investissements dans la filière selon France BioLead",
      en: "Investment in the sector according to France BioLead",
    },
    kind: "different-scope",
    claims: [
      "sector-investment-france-biolead-2024",
      "sector-investment-observatory-since-2021",
      "sector-investment-observatory-5-years",
    ],
    preferred: "sector-investment-observatory-since-2021",
    reason:
      "Different spans. In June 2024, France BioLead's director general spoke of « près de deux milliards d’euros qui ont été investis dans la bioproduction » over « ces trois dernières années » (mind Health, 27 June 2024). The 2025 observatory identified « 6,3 milliards d'euros d'investissements dans la filière depuis 2021 » (France BioLead's digest), which the editorial of 20 June 2025 gives as « 6,3 milliards d’euros d’investissements industriels sur les 5 dernières années ». Neither page says what the investments include, nor how the two wordings of the span relate. The package prefers the digest's, which gives the span's first year.",
    reasonFr:
      "Des durées différentes. En juin 2024, le directeur général de France BioLead parlait de « près de deux milliards d’euros qui ont été investis dans la bioproduction » sur « ces trois dernières années » (mind Health, 27 juin 2024). L’observatoire 2025 a identifié « 6,3 milliards d'euros d'investissements dans la filière depuis 2021 » (revue de France BioLead), que l’éditorial du 20 juin 2025 présente comme « 6,3 milliards d’euros d’investissements industriels sur les 5 dernières années ». Aucune page ne dit ce que comprennent les investissements, ni comment se rapportent les deux formulations de la durée. Le paquet retient celle de la revue, qui donne la première année de la période.",
  },
  {
    id: "sector-observatory-2025-hires",
    topic: {
      fr: "Recrutements à venir selon l’Observatoire 2025",
      en: "Coming hires according to the 2025 observatory",
    },
    kind: "conflict",
    claims: ["sector-hires-observatory-2025-digest", "sector-hires-observatory-2025-edito"],
    preferred: "sector-hires-observatory-2025-edito",
    reason:
      "Two reports of the same observatory figure with different hedges: « 3.200 recrutements prévus à court terme » (France BioLead's digest, undated) and « plus de 3 200 recrutements imminents » (France BioLead's editorial, « Publié le 20 juin 2025 par Soraya Sandokchi »). The package prefers the dated, signed editorial.",
    reasonFr:
      "Deux comptes rendus du même chiffre de l’observatoire avec des réserves différentes : « 3.200 recrutements prévus à court terme » (revue de France BioLead, non datée) et « plus de 3 200 recrutements imminents » (éditorial de France BioLead, « Publié le 20 juin 2025 par Soraya Sandokchi »). Le paquet retient l’éditorial, daté et signé.",
  },
  {
    id: "sector-observatory-2025-startup-raises",
    topic: {
      fr: "Fonds levés par les start-up en 2024 selon l’Observatoire 2025",
      en: "Funds raised by start-ups in 2024 according to the 2025 observatory",
    },
    kind: "conflict",
    claims: ["sector-startup-raises-2024-digest", "sector-startup-raises-2024-edito"],
    preferred: "sector-startup-raises-2024-edito",
    reason:
      "The same 2024 amount is « près de 150 millions d'euros en levées réalisées par 10 start-up de la bioproduction » in France BioLead's digest, under 150 M€, and « plus de 150 M€ » raised « par des biotechs prometteuses » in its editorial of 20 June 2025, over 150 M€. The package prefers the dated, signed editorial; the digest alone gives the number of start-ups.",
    reasonFr:
      "Le même montant de 2024 est « près de 150 millions d'euros en levées réalisées par 10 start-up de la bioproduction » dans la revue de France BioLead, sous 150 M€, et « plus de 150 M€ » levés « par des biotechs prometteuses » dans son éditorial du 20 juin 2025, au-dessus de 150 M€. Le paquet retient l’éditorial, daté et signé ; seule la revue donne le nombre de start-up.",
  },
  {
    id: "lfb-arras-capacity",
    topic: {
      fr: "Hausse de capacité apportée par l’usine d’Arras du LFB",
      en: "Capacity increase brought by LFB's Arras plant",
    },
    kind: "conflict",
    claims: [
      "lfb-arras-plasma-capacity-tripling-2016",
      "lfb-plasma-capacity-before-arras",
      "lfb-plasma-capacity-after-arras",
      "lfb-arras-capacity-tripling-2016",
      "lfb-arras-capacity-tripling-eco121",
    ],
    preferred: "lfb-plasma-capacity-after-arras",
    reason:
      "The words and the numbers differ. Le Quotidien du Pharmacien writes that the plant « permettra au LFB de tripler sa capacité globale de traitement de plasma, de 1,3 million de litres actuellement à 2,7 millions de litres », but 2,7 million litres is about twice 1,3 million, not three times. Le Quotidien du Médecin (7 June 2016) says « tripler ses capacités de production de médicaments dérivés du plasma d'ici à dix ans », and Eco121, later, « tripler ses capacités de médicaments »: a tripling of capacities for medicines, not of litres of plasma, may be meant. The package prefers the stated capacity, 2,7 million litres, over the verb.",
    reasonFr:
      "Les mots et les nombres diffèrent. Le Quotidien du Pharmacien écrit que l’usine « permettra au LFB de tripler sa capacité globale de traitement de plasma, de 1,3 million de litres actuellement à 2,7 millions de litres », mais 2,7 millions de litres, c’est environ le double de 1,3 million, non le triple. Le Quotidien du Médecin (7 juin 2016) dit « tripler ses capacités de production de médicaments dérivés du plasma d'ici à dix ans », et Eco121, plus tard, « tripler ses capacités de médicaments » : il s’agit peut-être d’un triplement des capacités de médicaments, non des litres de plasma. Le paquet retient la capacité énoncée, 2,7 millions de litres, plutôt que le verbe.",
  },
  {
    id: "lfb-arras-original-investment",
    topic: {
      fr: "Investissement d’origine de l’usine d’Arras du LFB",
      en: "Original investment in LFB's Arras plant",
    },
    kind: "conflict",
    claims: ["lfb-arras-investment-2016", "lfb-arras-investment-original-eco121"],
    preferred: "lfb-arras-investment-2016",
    reason:
      "At the first stone, Le Quotidien du Médecin gave « un investissement de l'ordre de 300 millions d'euros » (7 June 2016). Eco121, years later, writes of « un investissement passé de 550 M€ à l'origine à 700 M€ ». Both speak of the original amount. The package prefers the figure stated at the time; the later 700 M€ (`lfb-arras-investment-eco121`) is the revised cost, not a claim about the original.",
    reasonFr:
      "À la première pierre, Le Quotidien du Médecin donnait « un investissement de l'ordre de 300 millions d'euros » (7 juin 2016). Eco121, des années plus tard, parle d’« un investissement passé de 550 M€ à l'origine à 700 M€ ». Les deux parlent du montant d’origine. Le paquet retient le chiffre énoncé à l’époque ; les 700 M€ ultérieurs (`lfb-arras-investment-eco121`) sont le coût révisé, non une affirmation sur le montant d’origine.",
  },
  {
    id: "lfb-arras-jobs",
    topic: {
      fr: "Emplois du site d’Arras du LFB",
      en: "Jobs at LFB's Arras site",
    },
    kind: "different-scope",
    claims: ["lfb-arras-direct-jobs-2016", "lfb-arras-staff-target-2028"],
    preferred: "lfb-arras-staff-target-2028",
    reason:
      "Two forecasts made at different times, with different horizons. In 2016 the plant was to « créer 500 emplois directs » (Le Quotidien du Médecin, 7 June 2016), with no date given for the jobs. Eco121, about 2025, writes « De 250 salariés aujourd'hui, le site va passer à 650 d'ici 2028 ». The package prefers the later forecast.",
    reasonFr:
      "Deux prévisions faites à des moments différents, avec des horizons différents. En 2016, l’usine devait « créer 500 emplois directs » (Le Quotidien du Médecin, 7 juin 2016), sans date pour les emplois. Eco121, vers 2025, écrit « De 250 salariés aujourd'hui, le site va passer à 650 d'ici 2028 ». Le paquet retient la prévision la plus récente.",
  },
  {
    id: "cellforcure-staff",
    topic: {
      fr: "Effectifs de CELLforCURE à la reprise par Seqens",
      en: "CELLforCURE's staff at the Seqens takeover",
    },
    kind: "different-scope",
    claims: [
      "cellforcure-staff-transferred-pharmelis",
      "cellforcure-posts-novartis-2023",
      "cellforcure-posts-job-protection-plan-cfnews",
    ],
    preferred: "cellforcure-staff-transferred-pharmelis",
    reason:
      "Employees taken over against posts on the site. Pharmelis writes « Les 180 salariés de l’usine changent d’employeur ». Novartis, quoted by the AFP (Boursorama, November 2023), wants to « sauvegarder un maximum d'emplois », « sur quelque 200 postes du site », and the AFP adds that the takeover was made official « sans que soient dévoilés le montant ou les effectifs retenus ». CFNews counts « les 209 postes » of Novartis's job-protection plan, before the sale. The package prefers Pharmelis's count, the only one of staff changing employer.",
    reasonFr:
      "Des salariés repris face à des postes du site. Pharmelis écrit « Les 180 salariés de l’usine changent d’employeur ». Novartis, cité par l’AFP (Boursorama, novembre 2023), veut « sauvegarder un maximum d'emplois », « sur quelque 200 postes du site », et l’AFP ajoute que la reprise a été officialisée « sans que soient dévoilés le montant ou les effectifs retenus ». CFNews compte « les 209 postes » du plan de sauvegarde de l’emploi de Novartis, avant la vente. Le paquet retient le décompte de Pharmelis, le seul des salariés changeant d’employeur.",
  },
  {
    id: "sector-shortage-reports-2020",
    topic: {
      fr: "Signalements de ruptures reçus par l’ANSM en 2020",
      en: "Shortage reports received by the ANSM in 2020",
    },
    kind: "compatible",
    claims: ["sector-shortage-reports-ansm-2020", "sector-shortage-reports-ansm-2020-usine-nouvelle"],
    preferred: "sector-shortage-reports-ansm-2020",
    reason:
      "Both can be true: franceinfo writes that the ANSM « a enregistré 2 446 signalements pour ruptures de stock, ou risque de ruptures de stock » in 2020, L'Usine Nouvelle « Un peu plus de 2 400 en 2020 », and 2 446 is a little more than 2 400; L'Usine Nouvelle's « 1 504 en 2019 » is the ANSM's count for 2019, so both count the same reports. The package prefers franceinfo's exact count, whose page publishes a table built « à partir des données transmises par l'ANSM ».",
    reasonFr:
      "Les deux peuvent être vrais : franceinfo écrit que l’ANSM « a enregistré 2 446 signalements pour ruptures de stock, ou risque de ruptures de stock » en 2020, L'Usine Nouvelle « Un peu plus de 2 400 en 2020 », et 2 446 est un peu plus que 2 400 ; les « 1 504 en 2019 » de L'Usine Nouvelle sont le décompte de l’ANSM pour 2019, les deux comptent donc les mêmes signalements. Le paquet retient le nombre exact de franceinfo, dont la page publie un tableau établi « à partir des données transmises par l'ANSM ».",
  },
] as const satisfies readonly Disagreement[];
