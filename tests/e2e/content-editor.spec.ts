import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { DEMO_PASSWORD, loginAs } from './helpers'

const uniek = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

/** Public pages may be cached and revalidated after a change: reload until the expected state shows. */
const tot = async (page: Page, url: string, klaar: () => Promise<boolean>, ms = 20_000) => {
  const einde = Date.now() + ms
  for (;;) {
    await page.goto(url)
    if (await klaar()) return
    if (Date.now() > einde) throw new Error(`${url} bleef ${ms / 1000} s lang niet zoals verwacht`)
    await page.waitForTimeout(1_000)
  }
}

const MAANDEN = [
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'mei',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
]

/** A moment as the admin's date picker takes it typed in ("MMM d, yyy h:mm a", Dutch months, Brussels time). */
const alsPickerInvoer = (moment: Date) => {
  const delen = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((deel) => [deel.type, deel.value]),
  )
  const uur = Number(delen.hour)
  return `${MAANDEN[Number(delen.month) - 1]} ${Number(delen.day)}, ${delen.year} ${uur % 12 || 12}:${delen.minute} ${uur < 12 ? 'AM' : 'PM'}`
}

const token = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(response.status(), `login ${email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const paragraaf = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})
const tekst = (...alineas: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: alineas.map(paragraaf),
  },
})

test.describe('a redacteur writes a handleiding', () => {
  test('a draft made in the admin is not public; once published it appears on the site', async ({
    page,
    browser,
  }) => {
    const id = uniek()
    const titel = `Mantelzorgpremie aanvragen ${id}`
    const slug = `mantelzorgpremie-${id}`

    await loginAs(page, 'redactie@demo.test')
    await page.goto('/admin/collections/handleidingen/create')
    await page.locator('#field-titel').fill(titel)
    await page.locator('#field-slug').fill(slug)
    await page
      .locator('#field-samenvatting')
      .fill('Wie een naaste verzorgt, kan bij de gemeente een premie aanvragen.')

    // Lexical turns "## " at the start of a line into a heading, like Markdown.
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type('## Wie komt in aanmerking')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Iedereen die een naaste met een zorgnood thuis verzorgt.')
    await expect(editor.locator('h2')).toHaveText('Wie komt in aanmerking')

    await page.locator('#field-doelpubliek .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Burger' }).click()

    await page.getByRole('button', { name: /^(Bewaar concept|Save Draft)$/ }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/handleidingen\/\d+/)
    await expect(page.locator('.doc-controls__status, .status').first()).toBeVisible()

    // A visitor (another browser context, no login) sees nothing of the draft.
    const bezoeker = await browser.newPage()
    expect((await bezoeker.goto(`/handleidingen/${slug}`))?.status()).toBe(404)
    await bezoeker.goto('/handleidingen')
    await expect(bezoeker.getByText(titel)).toHaveCount(0)

    await page.getByRole('button', { name: /^(Publiceer wijzigingen|Publish changes)$/ }).click()
    await expect(
      page.getByRole('button', { name: /^(Publiceer wijzigingen|Publish changes)$/ }),
    ).toBeDisabled()

    await tot(
      bezoeker,
      `/handleidingen/${slug}`,
      async () => (await bezoeker.getByRole('heading', { level: 1 }).textContent()) === titel,
    )
    await expect(bezoeker.locator('#wie-komt-in-aanmerking')).toHaveText('Wie komt in aanmerking')
    await expect(
      bezoeker.getByText('Iedereen die een naaste met een zorgnood thuis verzorgt.'),
    ).toBeVisible()
    await tot(
      bezoeker,
      '/handleidingen',
      async () => (await bezoeker.getByRole('link', { name: titel }).count()) === 1,
    )
    await bezoeker.close()
  })

  test('a publish planned in the admin happens by itself at its time, run by the jobs queue in the server', async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000)
    const id = uniek()
    const slug = `gepland-${id}`
    const created = await request.post('/api/handleidingen?draft=true', {
      headers: { Authorization: `JWT ${await token(request, 'redactie@demo.test')}` },
      data: {
        titel: `Gepland ${id}`,
        slug,
        inhoud: tekst('Geldt vanaf volgende maand.'),
        doelpubliek: ['burger'],
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const docId = ((await created.json()) as { doc: { id: number } }).doc.id

    await loginAs(page, 'redactie@demo.test')
    await page.goto(`/admin/collections/handleidingen/${docId}`)
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: /^(Publicatie plannen|Schedule Publish)$/ }).click()
    await page
      .locator('.schedule-publish__type')
      .getByText(/^(Publiceren|Publish)$/)
      .click()
    // The picker works in whole minutes: the next minute that is at least 15 s away.
    const moment = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000)
    await page.locator('#time input').fill(alsPickerInvoer(moment))
    await page.locator('.schedule-publish__drawer-header h2').click()
    await page.locator('#scheduled-publish-save').click()
    await expect(page.getByText(/Succesvol gepland|Scheduled successfully/)).toBeVisible()

    const bezoeker = await page.context().browser()!.newPage()
    expect((await bezoeker.goto(`/handleidingen/${slug}`))?.status()).toBe(404)
    // The queue is polled every 10 s; the page itself may be cached for a few seconds more.
    const wacht = moment.getTime() - Date.now()
    await tot(
      bezoeker,
      `/handleidingen/${slug}`,
      async () =>
        (await bezoeker.getByRole('heading', { level: 1 }).textContent()) === `Gepland ${id}`,
      wacht + 45_000,
    )
    expect(Date.now()).toBeGreaterThanOrEqual(moment.getTime())
    await bezoeker.close()
  })

  test('the live preview shows the saved draft and refreshes when the redacteur saves again', async ({
    page,
    request,
  }) => {
    const id = uniek()
    const slug = `voorbeeld-${id}`
    const created = await request.post('/api/handleidingen?draft=true', {
      headers: { Authorization: `JWT ${await token(request, 'redactie@demo.test')}` },
      data: {
        titel: `Concept ${id}`,
        slug,
        inhoud: tekst('Eerste versie.'),
        doelpubliek: ['burger'],
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const docId = ((await created.json()) as { doc: { id: number } }).doc.id

    await loginAs(page, 'redactie@demo.test')
    await page.goto(`/admin/collections/handleidingen/${docId}`)
    await page.locator('#live-preview-toggler').click()
    const voorbeeld = page.frameLocator('#live-preview-iframe')
    await expect(voorbeeld.getByRole('heading', { level: 1 })).toHaveText(`Concept ${id}`)
    await expect(voorbeeld.getByRole('complementary', { name: 'Voorbeeld' })).toBeVisible()

    await page.locator('#field-titel').fill(`Concept ${id} herwerkt`)
    await page.getByRole('button', { name: /^(Bewaar concept|Save Draft)$/ }).click()
    await expect(voorbeeld.getByRole('heading', { level: 1 })).toHaveText(`Concept ${id} herwerkt`)
  })
})

test.describe('draft preview is only for the redactie', () => {
  let slug: string

  test.beforeAll(async ({ request }) => {
    slug = `geheim-${uniek()}`
    const created = await request.post('/api/handleidingen?draft=true', {
      headers: { Authorization: `JWT ${await token(request, 'redactie@demo.test')}` },
      data: {
        titel: `Geheim concept ${slug}`,
        slug,
        inhoud: tekst('Nog niet publiek.'),
        doelpubliek: ['burger'],
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
  })

  const heeftDraftCookie = (headers: { name: string; value: string }[]) =>
    headers.some(
      (h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('__prerender_bypass'),
    )

  test('a visitor is refused and gets no draft mode', async ({ playwright, baseURL }) => {
    const anoniem = await playwright.request.newContext({ baseURL })
    const response = await anoniem.get(`/voorbeeld?collectie=handleidingen&slug=${slug}`, {
      maxRedirects: 0,
    })
    expect(response.status()).toBe(401)
    expect(heeftDraftCookie(response.headersArray())).toBe(false)
    await anoniem.dispose()
  })

  test('a logged-in burger or fichebeheerder is refused too', async ({ playwright, baseURL }) => {
    for (const email of ['burger@demo.test', 'beheerder@demo.test']) {
      const context = await playwright.request.newContext({ baseURL })
      await token(context, email)
      const response = await context.get(`/voorbeeld?collectie=handleidingen&slug=${slug}`, {
        maxRedirects: 0,
      })
      expect(response.status(), email).toBe(403)
      expect(heeftDraftCookie(response.headersArray())).toBe(false)
      await context.dispose()
    }
  })

  test('bad parameters are answered with 400 naming the parameter', async ({ request }) => {
    const collectie = await request.get('/voorbeeld?collectie=users')
    expect(collectie.status()).toBe(400)
    expect(await collectie.text()).toContain('collectie')
    const zonderSlug = await request.get('/voorbeeld?collectie=handleidingen')
    expect(zonderSlug.status()).toBe(400)
    expect(await zonderSlug.text()).toContain('slug')
  })

  test('the redacteur sees the draft; the draft cookie alone, without the login, shows nothing', async ({
    page,
    browser,
  }) => {
    await loginAs(page, 'redactie@demo.test')
    await page.goto(`/voorbeeld?collectie=handleidingen&slug=${slug}`)
    await expect(page).toHaveURL(new RegExp(`/handleidingen/${slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Geheim concept ${slug}`)
    await expect(page.getByRole('complementary', { name: 'Voorbeeld' })).toBeVisible()
    await expectNoAxeViolations(page)

    const draftCookie = (await page.context().cookies()).find(
      (c) => c.name === '__prerender_bypass',
    )
    expect(draftCookie).toBeDefined()
    const ander = await browser.newContext()
    await ander.addCookies([draftCookie!])
    const anderePagina = await ander.newPage()
    expect((await anderePagina.goto(`/handleidingen/${slug}`))?.status()).toBe(404)
    await ander.close()

    await page.getByRole('link', { name: 'Voorbeeld stoppen' }).click()
    await expect(page).toHaveURL(new RegExp(`/handleidingen/${slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(`Geheim concept ${slug}`)
  })
})

/** WCAG 2.1 A/AA as axe-core checks it; the video players are other sites' documents, not ours. */
const expectNoAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ iframes: false })
    .analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

test("an FAQ draft shows in the redacteur's preview of the FAQ and nowhere else", async ({
  page,
  request,
}) => {
  const vraag = `Geldt de premie ook in Brussel (${uniek()})?`
  const created = await request.post('/api/faq?draft=true', {
    headers: { Authorization: `JWT ${await token(request, 'redactie@demo.test')}` },
    data: {
      vraag,
      antwoord: tekst('Dat hangt af van uw gemeente.'),
      doelpubliek: ['burger'],
      onderwerp: 'Algemeen',
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id

  await page.goto('/faq')
  await expect(page.getByText(vraag)).toHaveCount(0)
  await loginAs(page, 'redactie@demo.test')
  await page.goto(`/faq`)
  await expect(page.getByText(vraag)).toHaveCount(0)
  await page.goto(`/voorbeeld?collectie=faq&id=${id}`)
  await expect(page).toHaveURL(new RegExp(`/faq#vraag-${id}$`))
  await expect(page.locator('summary', { hasText: vraag })).toBeVisible()
  await expect(page.locator(`#vraag-${id}`)).toContainText('Dat hangt af van uw gemeente.')
})

test.describe('rich content on the public pages', () => {
  test('headings, internal links, an image with its alt text and an embedded video are rendered accessibly', async ({
    page,
    request,
  }) => {
    const auth = { Authorization: `JWT ${await token(request, 'redactie@demo.test')}` }
    const upload = await request.post('/api/media', {
      headers: auth,
      multipart: {
        _payload: JSON.stringify({ alt: 'Schema: zo vraagt u het beheer aan' }),
        file: {
          name: 'schema.png',
          mimeType: 'image/png',
          buffer: Buffer.from(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
            'base64',
          ),
        },
      },
    })
    expect(upload.status()).toBe(201)
    const media = ((await upload.json()) as { doc: { id: number } }).doc.id

    const { docs } = (await (
      await request.get(
        '/api/handleidingen?where[slug][equals]=het-beheer-van-een-fiche-aanvragen&depth=0',
      )
    ).json()) as { docs: { id: number }[] }
    const doel = docs[0].id
    const id = uniek()
    const slug = `rijk-${id}`
    const inhoud = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'heading',
            tag: 'h2',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'text',
                text: 'Bekijk het filmpje',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
            ],
          },
          {
            type: 'block',
            version: 2,
            format: '',
            fields: {
              id: 'b1',
              blockName: '',
              blockType: 'video',
              url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
              titel: 'Fichebeheer in vijf minuten',
            },
          },
          {
            type: 'block',
            version: 2,
            format: '',
            fields: {
              id: 'b2',
              blockName: '',
              blockType: 'video',
              url: 'https://www.vlaanderen.be/webinar',
              titel: 'Webinar Sociale Kaart',
            },
          },
          {
            type: 'upload',
            version: 3,
            format: '',
            id: 'u1',
            fields: null,
            relationTo: 'media',
            value: media,
          },
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            children: [
              {
                type: 'text',
                text: 'Lees ook ',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
              {
                type: 'link',
                format: '',
                indent: 0,
                version: 3,
                direction: 'ltr',
                fields: {
                  linkType: 'internal',
                  doc: { relationTo: 'handleidingen', value: doel },
                  newTab: false,
                },
                children: [
                  {
                    type: 'text',
                    text: 'beheer aanvragen',
                    format: 0,
                    style: '',
                    mode: 'normal',
                    detail: 0,
                    version: 1,
                  },
                ],
              },
              {
                type: 'text',
                text: ' en ',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
              {
                type: 'link',
                format: '',
                indent: 0,
                version: 3,
                direction: 'ltr',
                fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
                children: [
                  {
                    type: 'text',
                    text: 'geen script',
                    format: 0,
                    style: '',
                    mode: 'normal',
                    detail: 0,
                    version: 1,
                  },
                ],
              },
            ],
          },
        ],
      },
    }
    const created = await request.post('/api/handleidingen', {
      headers: auth,
      data: {
        titel: `Rijke inhoud ${id}`,
        slug,
        inhoud,
        doelpubliek: ['fichebeheerder'],
        onderwerp: 'Beheer aanvragen',
        gerelateerd: [doel],
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)

    await tot(
      page,
      `/handleidingen/${slug}`,
      async () =>
        (await page.getByRole('heading', { level: 1 }).textContent()) === `Rijke inhoud ${id}`,
    )
    const video = page.locator('iframe[title="Video: Fichebeheer in vijf minuten"]')
    await expect(video).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    await expect(page.getByRole('link', { name: 'Video: Webinar Sociale Kaart' })).toHaveAttribute(
      'href',
      'https://www.vlaanderen.be/webinar',
    )
    await expect(
      page.getByRole('img', { name: 'Schema: zo vraagt u het beheer aan' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'beheer aanvragen' })).toHaveAttribute(
      'href',
      '/handleidingen/het-beheer-van-een-fiche-aanvragen',
    )
    await expect(page.getByRole('link', { name: 'geen script' })).toHaveCount(0)
    await expect(page.getByText('geen script')).toBeVisible()
    const zieOok = page.getByRole('complementary', { name: 'Zie ook' })
    await expect(
      zieOok.getByRole('link', { name: 'Het beheer van een fiche aanvragen' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the handleidingen are grouped by topic per audience, the FAQ by topic with a working audience filter', async ({
    page,
  }) => {
    await page.goto('/handleidingen')
    const fichebeheerder = page.getByRole('region', { name: 'Fichebeheerder', exact: true })
    await expect(
      fichebeheerder.getByRole('heading', { level: 3, name: 'Beheer aanvragen' }),
    ).toBeVisible()
    await expect(
      page
        .getByRole('region', { name: 'Fichebeheerder: Gegevens actueel houden' })
        .getByRole('link', { name: 'Aanbod en openingsuren bijwerken' }),
    ).toBeVisible()

    await page.goto('/faq')
    await expect(page.getByRole('heading', { level: 2, name: 'Hergebruik' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Beheer aanvragen' })).toBeVisible()
    await page.getByLabel('Voor wie').selectOption('hergebruik')
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/voor=hergebruik/)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Hergebruik',
    ])
    await expectNoAxeViolations(page)
    await page.goto('/handleidingen')
    await expectNoAxeViolations(page)
    await page.goto('/handleidingen/uw-zorgverlenersfiche-beheren')
    await expect(page.getByRole('img', { name: /Stappenplan in drie stappen/ })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a handleiding links to the FAQ questions about it, and the link opens the question', async ({
    page,
  }) => {
    await page.goto('/handleidingen/het-beheer-van-een-fiche-aanvragen')
    const vraag = page
      .getByRole('complementary', { name: 'Zie ook' })
      .getByRole('link', { name: 'Hoe vraag ik het beheer van de fiche van mijn organisatie aan?' })
    await vraag.click()
    await expect(page).toHaveURL(/\/faq#vraag-\d+$/)
    await expect(page.locator('details', { has: page.locator(':target') })).toHaveAttribute(
      'open',
      '',
    )
  })
})
