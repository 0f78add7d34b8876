import type { FieldError } from '../field-error'

import { MINUTES_PER_DAY, parseTime } from './time'

/** A validated opening block in minutes from the local midnight of its own day; `eind` > 1440 after midnight. */
export type Block = {
  opent: string
  sluit: string
  start: number
  eind: number
  naMiddernacht: boolean
}

type BlokInvoer = {
  opent?: string | null
  sluit?: string | null
  naMiddernacht?: boolean | null
}

/**
 * Checks the times of one block. A block marked `naMiddernacht` must close at or before its opening
 * time (equal means a full 24 hours); a block without it must close later the same day.
 */
export function checkBlock(
  invoer: BlokInvoer,
  opties: { alsUurOntbreekt?: string } = {},
): { blok: Block } | { fouten: FieldError[] } {
  const ontbreekt = opties.alsUurOntbreekt ?? ''
  const fouten: FieldError[] = []
  // Stored rows come from forms and imports, so anything that is not a string counts as empty.
  const opentTekst = typeof invoer.opent === 'string' ? invoer.opent.trim() : ''
  const sluitTekst = typeof invoer.sluit === 'string' ? invoer.sluit.trim() : ''

  const start = parseTime(opentTekst)
  if (opentTekst === '') {
    fouten.push({ field: 'opent', message: `Vul een openingsuur in${ontbreekt}.` })
  } else if (opentTekst === '24:00') {
    fouten.push({
      field: 'opent',
      message: 'Een blok kan niet om 24:00 openen; gebruik 00:00 op de volgende dag.',
    })
  } else if (start === null) {
    fouten.push({
      field: 'opent',
      message: `Ongeldig openingsuur "${opentTekst}": gebruik uu:mm tussen 00:00 en 23:59, bv. 09:00.`,
    })
  }

  const sluitMinuten = parseTime(sluitTekst, true)
  if (sluitTekst === '') {
    fouten.push({ field: 'sluit', message: `Vul een sluitingsuur in${ontbreekt}.` })
  } else if (sluitMinuten === null) {
    fouten.push({
      field: 'sluit',
      message: `Ongeldig sluitingsuur "${sluitTekst}": gebruik uu:mm tussen 00:00 en 24:00, bv. 17:30.`,
    })
  }

  if (start === null || sluitMinuten === null) return { fouten }

  const naMiddernacht = invoer.naMiddernacht === true
  if (naMiddernacht) {
    if (sluitMinuten > start) {
      return {
        fouten: [
          {
            field: 'naMiddernacht',
            message: `Dit blok staat op "na middernacht", maar ${opentTekst}–${sluitTekst} sluit nog dezelfde dag en loopt dus niet door na middernacht. Zet "na middernacht" uit, of kies een sluitingsuur op of vóór ${opentTekst}.`,
          },
        ],
      }
    }
    return {
      blok: {
        opent: opentTekst,
        sluit: sluitTekst,
        start,
        eind: sluitMinuten + MINUTES_PER_DAY,
        naMiddernacht,
      },
    }
  }

  if (sluitMinuten <= start) {
    const tip =
      sluitMinuten === 0
        ? ' Gebruik 24:00 voor open tot middernacht.'
        : ' Loopt het blok door na middernacht, zet dan "na middernacht" aan.'
    return {
      fouten: [
        {
          field: 'sluit',
          message: `Het sluitingsuur (${sluitTekst}) moet na het openingsuur (${opentTekst}) liggen.${tip}`,
        },
      ],
    }
  }
  return {
    blok: { opent: opentTekst, sluit: sluitTekst, start, eind: sluitMinuten, naMiddernacht },
  }
}

/** Touching blocks (12:00-12:00) are fine: a lunch split without a break is not an overlap. */
export function overlaps(
  a: { start: number; eind: number },
  b: { start: number; eind: number },
): boolean {
  return a.start < b.eind && b.start < a.eind
}
