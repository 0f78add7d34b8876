// The mails of a suggestie tot wijziging: to the people who handle it, and back to the sender.
import { SUGGESTIE_ONDERDELEN } from '@/domain/suggestie'

import type { RenderedMail } from '../message'
import { renderMail } from './layout'

const onderdeelLabel = (waarde: string) =>
  SUGGESTIE_ONDERDELEN.find((o) => o.value === waarde)?.label ?? waarde

export const newSuggestieMail = (args: {
  ficheNaam: string
  ficheUrl: string
  beheerUrl: string
  onderdeel: string
  voorstel: string
  afzender: string | null
}): RenderedMail =>
  renderMail({
    subject: `Suggestie tot wijziging voor ${args.ficheNaam}`,
    greeting: 'Beste,',
    paragraphs: [
      `Iemand stelt een wijziging voor aan de fiche "${args.ficheNaam}" (${args.ficheUrl}), die u beheert.`,
      `Wat klopt er niet: ${onderdeelLabel(args.onderdeel)}.`,
      `Voorstel: ${args.voorstel}`,
      args.afzender ? `Verstuurd door: ${args.afzender}.` : 'De afzender liet geen gegevens na.',
      'Past u de fiche aan, zet de suggestie dan op "verwerkt"; klopt het voorstel niet, zet ze dan op "afgewezen". De afzender krijgt daarvan bericht.',
    ],
    action: { label: 'Suggestie bekijken', url: args.beheerUrl },
  })

export const suggestieHandledMail = (args: {
  naam?: string | null
  ficheNaam: string
  ficheUrl: string
  verwerkt: boolean
  antwoord?: string | null
}): RenderedMail =>
  renderMail({
    subject: args.verwerkt
      ? `Uw voorstel voor ${args.ficheNaam} is verwerkt`
      : `Uw voorstel voor ${args.ficheNaam} werd bekeken`,
    greeting: args.naam?.trim() ? `Beste ${args.naam.trim()},` : 'Beste,',
    paragraphs: [
      args.verwerkt
        ? `Bedankt voor uw voorstel om de fiche "${args.ficheNaam}" te verbeteren. De fiche werd aangepast.`
        : `Bedankt voor uw voorstel voor de fiche "${args.ficheNaam}". De beheerders hebben het bekeken en de fiche niet aangepast.`,
      ...(args.antwoord?.trim() ? [`Hun antwoord: ${args.antwoord.trim()}`] : []),
    ],
    action: { label: 'Fiche bekijken', url: args.ficheUrl },
  })
