import type { Disagreement } from "../../model/common.js";

/**
 * Where sources disagree about the strategy's targets, money and starting point: a `conflict` when
 * they measure the same quantity, `different-scope` when they measure different things a reader
 * might take for one. Each claim is a figure with its own citation; `preferred` is the one the
 * helpers use.
 */
export const strategyDisagreements = [
  {
    id: "strategy-biomedicines-target",
    topic: {
      fr: "Objectif de biomédicaments produits en France : 5, 10 ou 20",
      en: "Target for biomedicines produced in France: 5, 10 or 20",
    },
    kind: "different-scope",
    claims: [
      "strategy-target-new-biomedicines-five-years-france24",
      "strategy-target-new-biomedicines-five-years-la-medicale",
      "strategy-target-biomedicines-2030-speech",
      "strategy-target-biomedicines-2030-usine-nouvelle",
      "strategy-target-biomedicines-2025",
      "strategy-target-biomedicines-2030",
      "strategy-target-biomedicines-2030-genethique",
      "strategy-target-new-biomedicines-five-years-egora",
    ],
    preferred: "strategy-target-biomedicines-2030",
    reason:
      "Targets with different horizons, from successive versions of the plan. When the plan Innovation Santé 2030 was unveiled on Tuesday 29 June 2021, France 24 reports that the President « a fixé deux objectifs à cinq ans : \"Produire au moins cinq nouveaux biomédicaments […]\" », and La Médicale gives the plan's « deux objectifs à 5 ans : produire en France au moins 5 nouveaux biome?dicaments ». Presenting France 2030 on 12 October 2021, he set « d’ici à 2030 […] au moins 20 biomédicaments contre les cancers, les maladies émergentes et les maladies chroniques » (his speech as Veille Acteurs de Santé quotes it), which L'Usine Nouvelle reports as « un objectif de 20 biomédicaments produits en France dès 2030 ». The strategy's page (gouvernement.fr, 10 January 2022) states two horizons: « produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France »; Gènéthique writes « D’ici 2030, le gouvernement ambitionne l’accueil de la production de vingt biomédicaments ». At the launch, Egora still quotes Agnès Pannier-Runacher: « d’ici cinq ans, la France produise au moins 5 nouveaux biomédicaments ». The 5 counts new biomedicines within five years of an unstated start, the 10 and the 20 biomedicines produced in France by 2025 and by 2030; no page says how the « au moins 5 » relates to the 10 by 2025. The package prefers the strategy's own target of 20 by 2030, the horizon that the President's speech and the later pages share.",
    reasonFr:
      'Des objectifs à des horizons différents, issus de versions successives du plan. Quand le plan Innovation Santé 2030 est dévoilé, le mardi 29 juin 2021, France 24 rapporte que le président « a fixé deux objectifs à cinq ans : "Produire au moins cinq nouveaux biomédicaments […]" », et La Médicale donne les « deux objectifs à 5 ans : produire en France au moins 5 nouveaux biome?dicaments » du plan. En présentant France 2030, le 12 octobre 2021, il fixe « d’ici à 2030 […] au moins 20 biomédicaments contre les cancers, les maladies émergentes et les maladies chroniques » (son discours tel que le cite Veille Acteurs de Santé), que L\'Usine Nouvelle rapporte comme « un objectif de 20 biomédicaments produits en France dès 2030 ». La page de la stratégie (gouvernement.fr, 10 janvier 2022) énonce deux horizons : « produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France » ; Gènéthique écrit « D’ici 2030, le gouvernement ambitionne l’accueil de la production de vingt biomédicaments ». Au lancement, Egora cite encore Agnès Pannier-Runacher : « d’ici cinq ans, la France produise au moins 5 nouveaux biomédicaments ». Les 5 comptent de nouveaux biomédicaments en cinq ans à partir d’un début non précisé, les 10 et les 20 des biomédicaments produits en France en 2025 et en 2030 ; aucune page ne dit comment les « au moins 5 » se rapportent aux 10 de 2025. Le paquet retient l’objectif propre à la stratégie, 20 en 2030, l’horizon que partagent le discours du président et les pages ultérieures.',
  },
  {
    id: "strategy-money",
    topic: {
      fr: "Montant de la stratégie : 800 M€ ou « 3 milliards »",
      en: 'The strategy\'s money: €800M or "3 billion"',
    },
    kind: "different-scope",
    claims: [
      "strategy-envelope",
      "strategy-envelope-to-2025-pharmaceutiques",
      "strategy-envelope-dge-2021",
      "strategy-state-support-genethique",
      "strategy-envelope-la-medicale",
      "strategy-envelope-usine-nouvelle",
      "strategy-released-iqvia",
      "strategy-france-2030-biomedicines-production-mon-guide-finance",
    ],
    preferred: "strategy-envelope",
    reason:
      "Two perimeters. The strategy's envelope is 800 M€: « Un investissement de 800 millions d’euros vient ainsi d'être annoncé pour faire de la France un champion en biothérapies et bioproduction » (gouvernement.fr, 10 January 2022); Pharmaceutiques, « un financement de 800 M€ d’ici 2025 »; Gènéthique, « Le soutien financier de l’Etat s’élèvera lui à 800 millions d’euros »; the DGE, for the plan of June 2021, « un investissement de 800 M€ »; IQVIA's digest of Le Monde, the State « a débloqué 800 millions d'€ ». La Médicale hedges it « près de 800 millions d’euros » and L'Usine Nouvelle « une enveloppe d’environ 800 millions d’euros ». Mon Guide Finance writes « Sur les 7,5 milliards d'euros accordés à la santé dans le cadre du plan France 2030, 3 milliards sont affectés à la production de biomédicaments contre les cancers, les maladies émergentes ou chroniques »: a share of France 2030's health money for producing biomedicines, for which the page names no source and gives no breakdown, and which it does not call the strategy's envelope. Gènéthique's split (275, 280 and 150 à 230 millions d’euros) adds up to 705 to 785 M€, not 800 M€; the page does not say where the rest goes. The package prefers the government's 800 M€.",
    reasonFr:
      "Deux périmètres. L’enveloppe de la stratégie est de 800 M€ : « Un investissement de 800 millions d’euros vient ainsi d'être annoncé pour faire de la France un champion en biothérapies et bioproduction » (gouvernement.fr, 10 janvier 2022) ; Pharmaceutiques, « un financement de 800 M€ d’ici 2025 » ; Gènéthique, « Le soutien financier de l’Etat s’élèvera lui à 800 millions d’euros » ; la DGE, pour le plan de juin 2021, « un investissement de 800 M€ » ; la revue de presse d’IQVIA sur Le Monde, l’État « a débloqué 800 millions d'€ ». La Médicale le nuance en « près de 800 millions d’euros » et L'Usine Nouvelle en « une enveloppe d’environ 800 millions d’euros ». Mon Guide Finance écrit « Sur les 7,5 milliards d'euros accordés à la santé dans le cadre du plan France 2030, 3 milliards sont affectés à la production de biomédicaments contre les cancers, les maladies émergentes ou chroniques » : une part de l’argent de France 2030 pour la santé consacrée à la production de biomédicaments, dont la page ne nomme pas la source ni ne donne la répartition, et qu’elle n’appelle pas l’enveloppe de la stratégie. La répartition de Gènéthique (275, 280 et 150 à 230 millions d’euros) fait 705 à 785 M€, non 800 M€ ; la page ne dit pas où va le reste. Le paquet retient les 800 M€ du gouvernement.",
  },
  {
    id: "strategy-import-dependence",
    topic: {
      fr: "Dépendance de la France aux biothérapies importées : 95 % ou 90 %",
      en: "France's dependence on imported biotherapies: 95% or 90%",
    },
    kind: "conflict",
    claims: [
      "strategy-import-dependence-dge",
      "strategy-import-dependence-mon-guide-finance",
      "strategy-import-dependence-france24",
    ],
    preferred: "strategy-import-dependence-dge",
    reason:
      "One quantity, two values, neither with a year or a definition. The DGE (25 October 2021) describes the plan's aim « de ne plus dépendre à 95 % des biothérapies étrangères », as do Engineeringnet and Pharmaceutiques (« elle dépend aujourd’hui à 95 % de biothérapies étrangères »), and Mon Guide Finance writes « la France dépend à 95% des importations concernant ces produits pharmaceutiques issus des biotechnologies ». France 24 (30 June 2021), reporting the announcement of the plan, writes « les biothérapies, pour lesquelles la France dépend à 90 % des importations ». The package prefers the ministry's 95 %, which the pages on the strategy repeat.",
    reasonFr:
      "Une même grandeur, deux valeurs, aucune avec une année ou une définition. La DGE (25 octobre 2021) décrit l’objectif du plan « de ne plus dépendre à 95 % des biothérapies étrangères », comme Engineeringnet et Pharmaceutiques (« elle dépend aujourd’hui à 95 % de biothérapies étrangères »), et Mon Guide Finance écrit « la France dépend à 95% des importations concernant ces produits pharmaceutiques issus des biotechnologies ». France 24 (30 juin 2021), rapportant l’annonce du plan, écrit « les biothérapies, pour lesquelles la France dépend à 90 % des importations ». Le paquet retient les 95 % du ministère, que répètent les pages sur la stratégie.",
  },
  {
    id: "strategy-biomedicines-produced-baseline",
    topic: {
      fr: "Biomédicaments produits en France au départ de la stratégie : 3 ou 8",
      en: "Biomedicines produced in France when the strategy started: 3 or 8",
    },
    kind: "different-scope",
    claims: [
      "strategy-biomedicines-produced-usine-nouvelle",
      "strategy-biomedicines-produced-csf",
      "strategy-biomedicines-produced-le-monde-2022",
    ],
    preferred: "strategy-biomedicines-produced-le-monde-2022",
    reason:
      "Counts under different definitions, or none. L'Usine Nouvelle sets the target of 20 « contre 3 aujourd’hui », without saying what it counts or where the number comes from. Mon Guide Finance reports the count of the Comité stratégique de la filière santé: « seulement huit biomédicaments sont à ce jour produits en France, contre dix-neuf en Italie et 26 en Allemagne ». The copy of Le Monde's article counts those produced « sur le sol national […] huit en 2022 sur les soixante-seize autorisés à la commercialisation en Europe ». The 3 and the 8 are not two measurements of one quantity, and no page says what separates them. The package prefers Le Monde's 8, the only count that states its year and what it is counted against; it was read in a copy.",
    reasonFr:
      "Des décomptes selon des définitions différentes, ou sans définition. L'Usine Nouvelle fixe l’objectif de 20 « contre 3 aujourd’hui », sans dire ce qu’elle compte ni d’où vient le nombre. Mon Guide Finance rapporte le décompte du Comité stratégique de la filière santé : « seulement huit biomédicaments sont à ce jour produits en France, contre dix-neuf en Italie et 26 en Allemagne ». La copie de l’article du Monde compte ceux produits « sur le sol national […] huit en 2022 sur les soixante-seize autorisés à la commercialisation en Europe ». Les 3 et les 8 ne sont pas deux mesures d’une même grandeur, et aucune page ne dit ce qui les sépare. Le paquet retient les 8 du Monde, le seul décompte qui énonce son année et ce à quoi il se rapporte ; il a été lu dans une copie.",
  },
] as const satisfies readonly Disagreement[];
