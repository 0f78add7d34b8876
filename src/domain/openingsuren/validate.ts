import { checkBlock, overlaps, type Block } from './block'
import { dayNumber, isValidDate } from './calendar'
import { MINUTES_PER_DAY } from './time'
import {
  DAG_NAMES,
  DAGEN,
  isDag,
  type OpeningsurenIssue,
  type Uitzondering,
  type WeekSlot,
} from './types'

const MINUTEN_PER_WEEK = 7 * MINUTES_PER_DAY

function beschrijf(blok: Block): string {
  return `${blok.opent}–${blok.sluit}${blok.naMiddernacht ? ' (na middernacht)' : ''}`
}

/**
 * Checks the regular week. Blocks are placed on one week-long time line, so a block running past
 * midnight collides with the next day's early blocks, and Sunday night with Monday morning. The
 * day is checked too, so the rows may be as a client sent them.
 */
export function validateWeekschema(
  slots: readonly (Omit<WeekSlot, 'dag'> & { dag: string })[],
): OpeningsurenIssue[] {
  const issues: OpeningsurenIssue[] = []
  const geplaatst: {
    index: number
    dag: WeekSlot['dag']
    blok: Block
    start: number
    eind: number
  }[] = []

  slots.forEach((slot, index) => {
    if (!isDag(slot.dag)) {
      issues.push({ index, field: 'dag', message: 'Kies een dag van maandag tot zondag.' })
      return
    }
    const resultaat = checkBlock(slot)
    if ('fouten' in resultaat) {
      issues.push(...resultaat.fouten.map((f) => ({ index, ...f })))
      return
    }
    const { blok } = resultaat
    const dagStart = DAGEN.indexOf(slot.dag) * MINUTES_PER_DAY
    const start = dagStart + blok.start
    const eind = dagStart + blok.eind

    const botsing = geplaatst.find((ander) =>
      // Shifting by a week catches Sunday-night blocks that run into Monday.
      [-MINUTEN_PER_WEEK, 0, MINUTEN_PER_WEEK].some((verschuiving) =>
        overlaps(
          { start, eind },
          { start: ander.start + verschuiving, eind: ander.eind + verschuiving },
        ),
      ),
    )
    if (botsing) {
      issues.push({
        index,
        field: 'opent',
        message: `Dit blok (${DAG_NAMES[slot.dag]} ${beschrijf(blok)}) overlapt met ${DAG_NAMES[botsing.dag]} ${beschrijf(botsing.blok)}.`,
      })
    }
    geplaatst.push({ index, dag: slot.dag, blok, start, eind })
  })
  return issues
}

/**
 * Checks exceptions. Times of an entry marked `gesloten` are ignored rather than refused: a form
 * that hides the time fields once "gesloten" is ticked keeps their old values, and an error on a
 * hidden field could not be fixed by the editor.
 */
export function validateUitzonderingen(items: readonly Uitzondering[]): OpeningsurenIssue[] {
  const issues: OpeningsurenIssue[] = []
  const gesloten = new Map<string, number>()
  const geplaatst: { index: number; datum: string; blok: Block; start: number; eind: number }[] = []
  const metUren = new Map<string, number>()

  items.forEach((item, index) => {
    const datum = typeof item.datum === 'string' ? item.datum.trim() : ''
    if (!isValidDate(datum)) {
      issues.push({
        index,
        field: 'datum',
        message:
          datum === ''
            ? 'Vul een datum in.'
            : `Ongeldige datum "${datum}": gebruik jjjj-mm-dd, bv. 2025-12-24.`,
      })
      return
    }

    if (item.gesloten === true) {
      if (gesloten.has(datum)) {
        issues.push({
          index,
          field: 'datum',
          message: `De datum ${datum} staat al als gesloten in de lijst.`,
        })
      } else if (metUren.has(datum)) {
        issues.push({
          index,
          field: 'gesloten',
          message: `Voor ${datum} staan al openingsuren in de lijst; een dag kan niet tegelijk gesloten en open zijn.`,
        })
      }
      gesloten.set(datum, index)
      return
    }

    // Without times the editor may simply have forgotten to tick "gesloten".
    const resultaat = checkBlock(item, { alsUurOntbreekt: ' of vink "gesloten" aan' })
    if ('fouten' in resultaat) {
      issues.push(...resultaat.fouten.map((f) => ({ index, ...f })))
      return
    }
    if (gesloten.has(datum)) {
      issues.push({
        index,
        field: 'opent',
        message: `De datum ${datum} staat al als gesloten in de lijst; een dag kan niet tegelijk gesloten en open zijn.`,
      })
      return
    }

    const { blok } = resultaat
    const dagStart = dayNumber(datum) * MINUTES_PER_DAY
    const start = dagStart + blok.start
    const eind = dagStart + blok.eind
    // Comparing on one time line also catches an exception that runs past midnight into the next
    // day's exception.
    const botsing = geplaatst.find((ander) => overlaps({ start, eind }, ander))
    if (botsing) {
      issues.push({
        index,
        field: 'opent',
        message: `Dit blok (${datum} ${beschrijf(blok)}) overlapt met ${botsing.datum} ${beschrijf(botsing.blok)}.`,
      })
    }
    geplaatst.push({ index, datum, blok, start, eind })
    metUren.set(datum, index)
  })
  return issues
}
