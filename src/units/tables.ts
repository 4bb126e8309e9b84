import { deepFreeze } from "../core/freeze.js";

/*
 * Each dimension's base is its smallest unit, so every factor is an integer that a double holds
 * exactly, and converting between two units is one multiplication or division by an exact ratio.
 */

/**
 * Units of mass; the base is the microgram.
 *
 * @category Units
 */
export const MASS_UNITS = /* @__PURE__ */ deepFreeze({
  µg: { factor: 1, symbol: "µg", label: { fr: "microgrammes", en: "micrograms" } },
  mg: { factor: 1e3, symbol: "mg", label: { fr: "milligrammes", en: "milligrams" } },
  g: { factor: 1e6, symbol: "g", label: { fr: "grammes", en: "grams" } },
  kg: { factor: 1e9, symbol: "kg", label: { fr: "kilogrammes", en: "kilograms" } },
  t: { factor: 1e12, symbol: "t", label: { fr: "tonnes", en: "tonnes" } },
} as const);

/**
 * Units of greenhouse-gas emissions in CO₂ equivalent; the base is the gram.
 *
 * @category Units
 */
export const EMISSIONS_UNITS = /* @__PURE__ */ deepFreeze({
  gCO2e: { factor: 1, symbol: "gCO₂e", label: { fr: "grammes équivalent CO₂", en: "grams of CO₂ equivalent" } },
  kgCO2e: {
    factor: 1e3,
    symbol: "kgCO₂e",
    label: { fr: "kilogrammes équivalent CO₂", en: "kilograms of CO₂ equivalent" },
  },
  tCO2e: { factor: 1e6, symbol: "tCO₂e", label: { fr: "tonnes équivalent CO₂", en: "tonnes of CO₂ equivalent" } },
  MtCO2e: {
    factor: 1e12,
    symbol: "MtCO₂e",
    label: { fr: "millions de tonnes équivalent CO₂", en: "million tonnes of CO₂ equivalent" },
  },
} as const);

/**
 * Units of money, in euros; the base is the euro. `Md€` is the French symbol for a billion euros.
 *
 * @category Units
 */
export const MONEY_UNITS = /* @__PURE__ */ deepFreeze({
  EUR: { factor: 1, symbol: "€", label: { fr: "euros", en: "euros" } },
  kEUR: { factor: 1e3, symbol: "k€", label: { fr: "milliers d’euros", en: "thousand euros" } },
  MEUR: { factor: 1e6, symbol: "M€", label: { fr: "millions d’euros", en: "million euros" } },
  GEUR: { factor: 1e9, symbol: "Md€", label: { fr: "milliards d’euros", en: "billion euros" } },
} as const);

/**
 * Units of time; the base is the day. A year is the Julian year of 365.25 days, the
 * astronomers' average year: "five years" spans leap years, and no calendar is implied.
 *
 * @category Units
 */
export const TIME_UNITS = /* @__PURE__ */ deepFreeze({
  d: { factor: 1, symbol: "d", label: { fr: "jours", en: "days" } },
  wk: { factor: 7, symbol: "wk", label: { fr: "semaines", en: "weeks" } },
  yr: { factor: 365.25, symbol: "yr", label: { fr: "années", en: "years" } },
} as const);

/**
 * Every unit, by dimension. Quantities convert within a dimension and never across: a mass is
 * not an emission. Only mass refuses negative values; a net emission, an amount of money or a
 * span of time may be a change, and so negative.
 *
 * @category Units
 */
export const UNITS = /* @__PURE__ */ deepFreeze({
  mass: MASS_UNITS,
  emissions: EMISSIONS_UNITS,
  money: MONEY_UNITS,
  time: TIME_UNITS,
} as const);

/**
 * A kind of quantity: `"mass"`, `"emissions"`, `"money"` or `"time"`.
 *
 * @category Units
 */
export type Dimension = keyof typeof UNITS;

/**
 * The units of one dimension: `UnitOf<"mass">` is `"µg" | "mg" | "g" | "kg" | "t"`.
 *
 * @category Units
 */
export type UnitOf<D extends Dimension> = D extends Dimension ? keyof (typeof UNITS)[D] & string : never;

/**
 * Any unit of any dimension.
 *
 * @category Units
 */
export type Unit = UnitOf<Dimension>;

/**
 * The dimension a unit measures: `DimensionOf<"kgCO2e">` is `"emissions"`.
 *
 * @category Units
 */
export type DimensionOf<U extends Unit> = { [D in Dimension]: U extends UnitOf<D> ? D : never }[Dimension];

/** A unit's row of its table, with the dimension it belongs to. */
export interface UnitRow {
  readonly dimension: Dimension;
  readonly factor: number;
  readonly symbol: string;
  readonly label: { readonly fr: string; readonly en: string };
}

/** Every unit in one table, for run-time look-ups by unit alone (unit names are unique across dimensions). */
export const UNIT_ROWS: Readonly<Record<Unit, UnitRow>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(
    Object.entries(UNITS).flatMap(([dimension, table]) =>
      Object.entries(table).map(([unit, row]) => [unit, { dimension, ...row }]),
    ),
  ) as Record<Unit, UnitRow>,
);

/** Which dimensions refuse negative values. */
export const NON_NEGATIVE_DIMENSIONS: Readonly<Record<Dimension, boolean>> = /* @__PURE__ */ deepFreeze({
  mass: true,
  emissions: false,
  money: false,
  time: false,
});
