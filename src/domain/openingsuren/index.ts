export { blocksOnDate } from './day-schedule'
export { formatDate, formatUitzonderingen, formatWeekschema } from './format'
export { comingDays, type ComingDay } from './coming-days'
export { isOpenAt, nextOpening, DEFAULT_TIME_ZONE, type NextOpening } from './is-open'
export { validateUitzonderingen, validateWeekschema } from './validate'
export {
  DAG_NAMES,
  DAGEN,
  dagOptions,
  feestdagenPolicyOptions,
  isDag,
  type Dag,
  type FeestdagenPolicy,
  type OpeningsurenIssue,
  type Openingsuren,
  type Uitzondering,
  type WeekSlot,
} from './types'
