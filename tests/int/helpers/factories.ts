import type { World } from './world'

export type Regio = 'antwerpen' | 'oost-vlaanderen'
type Status = 'actief' | 'stopgezet' | 'in_aanvraag'

const ctx = { systemWrite: true }
let counter = 0
const next = () => ++counter

export const adres = (regio: Regio) =>
  regio === 'antwerpen'
    ? { straat: 'Meir', huisnummer: String(next()), postcode: '2000' }
    : { straat: 'Veldstraat', huisnummer: String(next()), postcode: '9000' }

export const organisatieData = (regio: Regio, status: Status = 'actief') => ({
  naam: `Testorganisatie ${next()}`,
  status,
  adressen: [adres(regio)],
})

export const praktijkData = (regio: Regio, status: Status = 'actief') => ({
  naam: `Testpraktijk ${next()}`,
  status,
  adressen: [adres(regio)],
})

export const zorgverlenerData = (regio: Regio, status: Status = 'actief') => ({
  voornaam: 'Test',
  achternaam: `Zorgverlener ${next()}`,
  beroepen: ['huisarts'] as 'huisarts'[],
  status,
  adressen: [adres(regio)],
})

/** Test fiches made directly (no user), as the regional team's import would. */
export const makeFactories = (world: World) => {
  const { payload } = world
  const manage = async (field: 'organisatie' | 'praktijk', id: number, userId: number) =>
    payload.create({
      collection: 'fichebeheer',
      data: { gebruiker: userId, [field]: id, status: 'goedgekeurd' },
      context: ctx,
      depth: 0,
    })

  return {
    organisatie: async (regio: Regio, options: { status?: Status; beheerder?: number } = {}) => {
      const doc = await payload.create({
        collection: 'organisaties',
        data: organisatieData(regio, options.status),
        context: ctx,
        depth: 0,
      })
      if (options.beheerder) await manage('organisatie', doc.id, options.beheerder)
      return doc
    },
    praktijk: async (regio: Regio, options: { status?: Status; beheerder?: number } = {}) => {
      const doc = await payload.create({
        collection: 'praktijken',
        data: praktijkData(regio, options.status),
        context: ctx,
        depth: 0,
      })
      if (options.beheerder) await manage('praktijk', doc.id, options.beheerder)
      return doc
    },
    aanbod: async (
      parent: { organisatie?: number; praktijk?: number },
      options: { status?: Status } = {},
    ) =>
      payload.create({
        collection: 'aanbod',
        data: {
          naam: `Testaanbod ${next()}`,
          ...parent,
          rubrieken: [world.rubriek],
          status: options.status ?? 'actief',
        },
        context: ctx,
        depth: 0,
      }),
    zorgverlener: async (regio: Regio, options: { status?: Status; account?: number } = {}) =>
      payload.create({
        collection: 'zorgverleners',
        data: { ...zorgverlenerData(regio, options.status), account: options.account },
        context: ctx,
        depth: 0,
      }),
    handleiding: async (status: 'published' | 'draft') =>
      payload.create({
        collection: 'handleidingen',
        data: {
          titel: `Handleiding ${next()}`,
          inhoud: richText('Tekst'),
          doelpubliek: ['burger'],
          _status: status,
        },
        draft: status === 'draft',
        depth: 0,
      }),
    faq: async (status: 'published' | 'draft') =>
      payload.create({
        collection: 'faq',
        data: {
          vraag: `Vraag ${next()}?`,
          antwoord: richText('Antwoord'),
          doelpubliek: ['burger'],
          _status: status,
        },
        draft: status === 'draft',
        depth: 0,
      }),
    fichebeheerAanvraag: async (
      userId: number,
      target: { organisatie?: number; praktijk?: number },
    ) =>
      payload.create({
        collection: 'fichebeheer',
        data: { gebruiker: userId, ...target, status: 'aangevraagd' },
        context: ctx,
        depth: 0,
      }),
    manage,
  }
}

export const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})
