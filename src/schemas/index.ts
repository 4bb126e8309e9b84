/**
 * The zod schemas that define every shape in the package. Use them to validate your own data
 * against the same rules as ours. Each schema's output type is exactly the package's interface of the
 * same name (`FigureSchema` parses a `Figure`), which a type test proves.
 *
 * This is the only entry point that loads zod (a peer dependency): the data entry points do not.
 *
 * @module bioproduction-fr/schemas
 */

export {
  type Cluster,
  ClusterSchema,
  type ClustersDataset,
  ClustersDatasetSchema,
  type Place,
  PlaceSchema,
  type Programme,
  ProgrammeSchema,
  type Site,
  SiteSchema,
  TherapeuticAreaSchema,
} from "./cluster.js";
export {
  type Citation,
  CitationCheckSchema,
  CitationSchema,
  type Disagreement,
  DisagreementSchema,
  type Fact,
  FactSchema,
  type Figure,
  FigureSchema,
  FigureUnitSchema,
  HttpUrlSchema,
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  type Label,
  LabelSchema,
  type Mention,
  MentionSchema,
  type Period,
  PeriodSchema,
  type Person,
  PersonSchema,
  QualifierSchema,
  type Quote,
  QuoteSchema,
  type RangeShape,
  type Role,
  RoleSchema,
  type Span,
  SpanSchema,
  withRangeRules,
} from "./common.js";
export {
  type EmissionFactor,
  EmissionFactorSchema,
  type EmissionsDataset,
  EmissionsDatasetSchema,
  type EmissionsReport,
  EmissionsReportSchema,
  type Uncertainty,
  UncertaintySchema,
} from "./emissions.js";
export {
  type Organisation,
  OrganisationSchema,
  type SectorDataset,
  SectorDatasetSchema,
  type SectorOverview,
  SectorOverviewSchema,
} from "./sector.js";
export {
  type Series,
  type SeriesDataset,
  SeriesDatasetSchema,
  type SeriesPointRecord,
  SeriesPointRecordSchema,
  SeriesSchema,
} from "./series.js";
export {
  LanguageSchema,
  type Source,
  SourceKindSchema,
  SourceSchema,
  type SourcesDataset,
  SourcesDatasetSchema,
} from "./source.js";
export { type Strategy, type StrategyDataset, StrategyDatasetSchema, StrategySchema } from "./strategy.js";
export { type Survey, SurveySchema, type SurveysDataset, SurveysDatasetSchema } from "./survey.js";
export {
  parseCluster,
  parseDisagreement,
  parseEmissionsReport,
  parseFact,
  parseFigure,
  parseSource,
  parseSurvey,
  safeParseCluster,
  safeParseDisagreement,
  safeParseEmissionsReport,
  safeParseFact,
  safeParseFigure,
  safeParseSource,
  safeParseSurvey,
  ValidationError,
  type ValidationIssue,
  type ValidationResult,
} from "./validate.js";
