export { blocksOnDate } from './day-schedule'
export { formatUitzonderingen, formatWeekschema } from './format'
export { comingDays } from './coming-days'
export { isOpenAt, nextOpening } from './is-open'
export { validateUitzonderingen, validateWeekschema } from './validate'
export {
  type Dag,
  type OpeningsurenIssue,
  type Openingsuren,
  type Uitzondering,
  type WeekSlot,
} from './types'
