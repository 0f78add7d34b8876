export { blokkenOpDatum } from './day-schedule'
export { formatDatum, formatUitzonderingen, formatWeekschema } from './format'
export { komendeDagen, type KomendeDag } from './coming-days'
export { isOpenAt, nextOpening, STANDAARD_TIJDZONE, type VolgendeOpening } from './is-open'
export { validateUitzonderingen, validateWeekschema } from './validate'
export {
  DAG_NAMEN,
  DAGEN,
  dagOpties,
  feestdagBeleidOpties,
  isDag,
  type Dag,
  type FeestdagBeleid,
  type OpeningHoursIssue,
  type Openingsuren,
  type Uitzondering,
  type WeekSlot,
} from './types'
