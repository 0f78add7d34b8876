// What must be set together, and what a production deployment must set. Pure: the variables as
// given (trimmed strings, so a missing secret is reported even when another value is invalid) in,
// problems out.
import type { Problem } from './errors'
import type { Mode } from './mode'
import { decodeNotitiesKey } from './secrets'

type Raw = Partial<Record<string, string>>

const MIN_SECRET_LENGTH = 32

const SECRET_HINT = 'bv. de uitvoer van `openssl rand -hex 32`'

/** Rules that hold everywhere: a value that cannot work is refused also in development. */
export function consistencyProblems(values: Raw): Problem[] {
  const problems: Problem[] = []
  if (values.NOTITIES_SLEUTEL && !decodeNotitiesKey(values.NOTITIES_SLEUTEL)) {
    problems.push({
      variable: 'NOTITIES_SLEUTEL',
      message: `moet 32 bytes zijn: 64 hexadecimale tekens of base64 (${SECRET_HINT}).`,
    })
  }
  if (values.SEARCH_ENGINE?.toLowerCase() === 'typesense') {
    if (!values.TYPESENSE_URL)
      problems.push({
        variable: 'TYPESENSE_URL',
        message:
          'ontbreekt: SEARCH_ENGINE=typesense vraagt het adres van de Typesense-server (bv. http://localhost:8108).',
      })
    if (!values.TYPESENSE_API_KEY)
      problems.push({
        variable: 'TYPESENSE_API_KEY',
        message:
          'ontbreekt: SEARCH_ENGINE=typesense vraagt de API-sleutel van de Typesense-server.',
      })
  }
  if (values.SMTP_USER && !values.SMTP_PASS) {
    problems.push({
      variable: 'SMTP_PASS',
      message: 'ontbreekt: SMTP_USER is gezet, dus de SMTP-server vraagt ook een wachtwoord.',
    })
  }
  return problems
}

/** A production deployment refuses to start without its secrets, its https address and its mail server. */
export function productionProblems(values: Raw, mode: Mode): Problem[] {
  if (!mode.production || mode.building) return []
  const problems: Problem[] = []
  if (!values.PAYLOAD_SECRET) {
    problems.push({
      variable: 'PAYLOAD_SECRET',
      message: `ontbreekt: een willekeurige tekst van minstens ${MIN_SECRET_LENGTH} tekens die aanmeldingen en formulieren ondertekent (${SECRET_HINT}).`,
    })
  } else if (values.PAYLOAD_SECRET.length < MIN_SECRET_LENGTH) {
    problems.push({
      variable: 'PAYLOAD_SECRET',
      message: `is te kort (${values.PAYLOAD_SECRET.length} tekens): gebruik in productie minstens ${MIN_SECRET_LENGTH} willekeurige tekens (${SECRET_HINT}).`,
    })
  }
  if (!values.NOTITIES_SLEUTEL) {
    problems.push({
      variable: 'NOTITIES_SLEUTEL',
      message: `ontbreekt: de sleutel die de persoonlijke notities versleutelt, 32 willekeurige bytes als hex of base64 (${SECRET_HINT}). Bewaar hem: zonder sleutel zijn de notities onleesbaar.`,
    })
  }
  if (!values.NEXT_PUBLIC_SERVER_URL) {
    problems.push({
      variable: 'NEXT_PUBLIC_SERVER_URL',
      message:
        'ontbreekt: het https-adres van de site (bv. https://www.desocialekaart.be); links in mails wijzen ernaar.',
    })
  } else if (!/^https:\/\//i.test(values.NEXT_PUBLIC_SERVER_URL)) {
    problems.push({
      variable: 'NEXT_PUBLIC_SERVER_URL',
      message: `moet in productie met https:// beginnen, niet ${JSON.stringify(values.NEXT_PUBLIC_SERVER_URL)}.`,
    })
  }
  if (!values.SMTP_HOST) {
    problems.push({
      variable: 'SMTP_HOST',
      message:
        'ontbreekt: de SMTP-server die de mails van de site verstuurt (met SMTP_PORT, SMTP_SECURE, SMTP_USER en SMTP_PASS).',
    })
  }
  if (!values.MAIL_FROM) {
    problems.push({
      variable: 'MAIL_FROM',
      message: 'ontbreekt: het afzenderadres van de mails (bv. noreply@desocialekaart.be).',
    })
  }
  return problems
}
