// The mails of the account journeys. Each takes only what it shows; the link comes with its token.
import type { RenderedMail } from '../message'
import { renderMail } from './layout'

const hallo = (naam?: string | null) => (naam?.trim() ? `Beste ${naam.trim()},` : 'Beste,')

export const verifyEmailMail = (args: {
  naam?: string | null
  url: string
  hours: number
}): RenderedMail =>
  renderMail({
    subject: 'Bevestig uw e-mailadres voor de Sociale Kaart',
    greeting: hallo(args.naam),
    paragraphs: [
      'U maakte een account aan op de Sociale Kaart. Bevestig uw e-mailadres om u te kunnen aanmelden.',
    ],
    action: { label: 'E-mailadres bevestigen', url: args.url },
    after: [
      `Deze link werkt ${args.hours} uur. Heeft u geen account aangemaakt? Dan mag u deze mail negeren.`,
    ],
  })

export const changeEmailMail = (args: {
  naam?: string | null
  url: string
  hours: number
}): RenderedMail =>
  renderMail({
    subject: 'Bevestig uw nieuwe e-mailadres voor de Sociale Kaart',
    greeting: hallo(args.naam),
    paragraphs: [
      'U vroeg om dit e-mailadres voortaan te gebruiken voor uw account op de Sociale Kaart. Bevestig het om de wijziging door te voeren.',
    ],
    action: { label: 'Nieuw e-mailadres bevestigen', url: args.url },
    after: [
      `Deze link werkt ${args.hours} uur. Vroeg u dit niet? Dan blijft alles zoals het was en mag u deze mail negeren.`,
    ],
  })

export const emailChangedMail = (args: {
  naam?: string | null
  nieuwAdres: string
}): RenderedMail =>
  renderMail({
    subject: 'Uw e-mailadres op de Sociale Kaart werd gewijzigd',
    greeting: hallo(args.naam),
    paragraphs: [
      `Uw account op de Sociale Kaart gebruikt vanaf nu het adres ${args.nieuwAdres}.`,
      'Deed u dit niet zelf? Neem dan meteen contact op met de Sociale Kaart.',
    ],
  })

export const resetPasswordMail = (args: {
  naam?: string | null
  url: string
  hours: number
}): RenderedMail =>
  renderMail({
    subject: 'Nieuw wachtwoord voor de Sociale Kaart',
    greeting: hallo(args.naam),
    paragraphs: [
      'Iemand vroeg een nieuw wachtwoord aan voor uw account op de Sociale Kaart. Kies een nieuw wachtwoord met deze link:',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url: args.url },
    after: [
      `De link werkt ${args.hours} uur. Vroeg u niets aan? Dan blijft uw wachtwoord ongewijzigd en mag u deze mail negeren.`,
    ],
  })

export const passwordChangedMail = (args: { naam?: string | null }): RenderedMail =>
  renderMail({
    subject: 'Uw wachtwoord op de Sociale Kaart werd gewijzigd',
    greeting: hallo(args.naam),
    paragraphs: [
      'Het wachtwoord van uw account op de Sociale Kaart werd zonet gewijzigd.',
      'Deed u dit niet zelf? Vraag dan meteen een nieuw wachtwoord aan via "Wachtwoord vergeten".',
    ],
  })

export const accountDeletedMail = (args: { naam?: string | null }): RenderedMail =>
  renderMail({
    subject: 'Uw account op de Sociale Kaart werd verwijderd',
    greeting: hallo(args.naam),
    paragraphs: [
      'Uw account op de Sociale Kaart en uw persoonlijke gegevens werden verwijderd.',
      'Wat u aan anderen stuurde (bijvoorbeeld suggesties voor een fiche) blijft bewaard, maar zonder uw naam of e-mailadres.',
    ],
  })

export const zorgverlenerRequestMail = (args: {
  naam?: string | null
  goedgekeurd: boolean
}): RenderedMail =>
  renderMail({
    subject: args.goedgekeurd
      ? 'Uw account is gekoppeld aan uw zorgverlenersfiche'
      : 'Uw aanvraag als zorgverlener werd niet goedgekeurd',
    greeting: hallo(args.naam),
    paragraphs: args.goedgekeurd
      ? [
          'Het regioteam heeft uw RIZIV-nummer nagekeken. Uw account is nu gekoppeld aan uw zorgverlenersfiche: u kunt ze zelf bijwerken.',
        ]
      : [
          'Het regioteam kon uw aanvraag als zorgverlener niet goedkeuren. Uw account blijft werken als gewone gebruiker. Neem contact op met het regioteam als u denkt dat dit niet klopt.',
        ],
  })

export const alreadyRegisteredMail = (args: {
  naam?: string | null
  loginUrl: string
  resetUrl: string
}): RenderedMail =>
  renderMail({
    subject: 'U heeft al een account op de Sociale Kaart',
    greeting: hallo(args.naam),
    paragraphs: [
      'Iemand probeerde een nieuw account aan te maken met dit e-mailadres, maar er bestaat er al een.',
      `Meld u aan op ${args.loginUrl}. Bent u uw wachtwoord vergeten? Kies dan een nieuw via ${args.resetUrl}.`,
      'Was u dit niet? Dan hoeft u niets te doen: er werd niets gewijzigd.',
    ],
  })

export const zorgverlenerToReviewMail = (args: {
  aanvrager: string
  rizivNummer: string
  gevonden: boolean
  url: string
}): RenderedMail =>
  renderMail({
    subject: `Nieuwe aanvraag als zorgverlener: ${args.aanvrager}`,
    greeting: 'Beste,',
    paragraphs: [
      `${args.aanvrager} registreerde zich als zorgverlener met RIZIV-nummer ${args.rizivNummer}.`,
      args.gevonden
        ? 'Er is een zorgverlenersfiche met dit nummer in uw regio. Kijk de aanvraag na; pas na uw goedkeuring wordt het account aan de fiche gekoppeld.'
        : 'Er werd geen zorgverlenersfiche met dit nummer gevonden. Kijk de aanvraag na en kies zo nodig de juiste fiche.',
    ],
    action: { label: 'Aanvraag bekijken', url: args.url },
  })
