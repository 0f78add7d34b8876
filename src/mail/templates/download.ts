// The mail that says a download is ready, with its link and the day the link stops working.
import type { RenderedMail } from '../message'
import { renderMail } from './layout'

const datum = (d: Date) =>
  d.toLocaleDateString('nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  })

export const downloadReadyMail = (args: {
  naam?: string | null
  titel: string
  formaat: string
  aantal: number
  url: string
  verlooptOp: Date
}): RenderedMail =>
  renderMail({
    subject: `Uw download is klaar: ${args.titel}`,
    greeting: args.naam?.trim() ? `Beste ${args.naam.trim()},` : 'Beste,',
    paragraphs: [
      `Het bestand dat u vroeg (${args.titel}, ${args.formaat.toUpperCase()}, ${args.aantal} ${args.aantal === 1 ? 'fiche' : 'fiches'}) staat klaar.`,
      'Meld u aan met uw account om het te downloaden: alleen u kunt het openen.',
    ],
    action: { label: 'Bestand downloaden', url: args.url },
    after: [
      `De link werkt tot ${datum(args.verlooptOp)}. Daarna wordt het bestand verwijderd; u kunt dan een nieuwe download vragen.`,
    ],
  })
