// A fiche forwarded by a logged-in user: their short message, then the fiche's public data and link.
// Built only from an ExportFiche, which holds nothing a visitor of the fiche page cannot see.
import { adresText, openingsurenText, type ExportFiche } from '@/domain/export/columns'
import { FICHE_LABEL } from '@/domain/fiche-url'

import type { RenderedMail } from '../message'
import { renderMail } from './layout'

export const forwardedFicheMail = (args: {
  afzender: string
  bericht: string
  fiche: ExportFiche
  url: string
}): RenderedMail => {
  const f = args.fiche
  const gegevens = [
    `${FICHE_LABEL[f.soort]}: ${f.naam}${f.ouder ? ` (${f.ouder})` : ''}`,
    ...(f.rubrieken.length ? [`Rubrieken: ${f.rubrieken.join(', ')}`] : []),
    ...f.adressen.map((a) => `Adres: ${adresText(a)}`),
    ...f.telefoons.map((t) => `Telefoon: ${t.nummer}${t.label ? ` (${t.label})` : ''}`),
    ...f.emails.map((e) => `E-mail: ${e.adres}`),
    ...f.websites.map((w) => `Website: ${w.url}`),
  ]
  const uren = openingsurenText(f.openingsuren)
  return renderMail({
    subject: `${args.afzender} stuurt u een fiche door: ${f.naam}`,
    greeting: 'Beste,',
    paragraphs: [
      `${args.afzender} stuurt u via de Sociale Kaart deze fiche door.`,
      ...(args.bericht
        ? args.bericht.split(/\n{2,}/).map((alinea, i) => (i === 0 ? `Bericht: ${alinea}` : alinea))
        : []),
      ...gegevens,
      ...(uren ? [`Openingsuren: ${uren.split('\n').join('; ')}`] : []),
    ],
    action: { label: 'Fiche bekijken op de Sociale Kaart', url: args.url },
    after: [
      'U krijgt deze mail omdat iemand uw adres invulde. U komt hierdoor op geen enkele lijst.',
    ],
  })
}
