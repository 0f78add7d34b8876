import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// Breadcrumbs, the KBO number with its source, the map of the addresses, sharing and printing on the
// public fiche pages. Fiches are found through the public APIs: the demo is generated.
type Resultaat = { naam: string; url: string; type: string }

// What the fake share sheet and print dialog below leave on the page, for the test to read.
declare global {
  interface Window {
    gedeeld?: ShareData
    geprint?: boolean
  }
}

const eerste = async (request: APIRequestContext, query: string): Promise<Resultaat> => {
  const body = (await (await request.get(`/api/zoeken?${query}`)).json()) as {
    resultaten: Resultaat[]
  }
  expect(body.resultaten.length, query).toBeGreaterThan(0)
  return body.resultaten[0]
}

const kruimels = (page: Page) =>
  page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('listitem')
const geenTegels = (page: Page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
type JsonLd = { '@type'?: string; itemListElement: { name: string; item?: string }[] }
const breadcrumbLd = async (page: Page) => {
  const blokken = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blokken.map((b) => JSON.parse(b) as JsonLd).find((b) => b['@type'] === 'BreadcrumbList')
}

test.describe('fiche page: breadcrumbs', () => {
  test('an aanbod shows the path of its rubriek from the top of the tree, also as BreadcrumbList', async ({
    page,
    request,
  }) => {
    const aanbod = await eerste(request, 'type=aanbod&q=huisarts')
    const id = aanbod.url.split('-').at(-1)
    const doc = (await (await request.get(`/api/aanbod/${id}?depth=1`)).json()) as {
      rubrieken: { id: number; naam: string; parent: number | null }[]
    }
    // The rubriek's ancestors, read one by one from the public REST API.
    const pad = [doc.rubrieken[0]]
    while (pad[0].parent)
      pad.unshift(
        (await (
          await request.get(`/api/rubrieken/${pad[0].parent}?depth=0`)
        ).json()) as (typeof pad)[number],
      )

    await page.goto(aanbod.url)
    await expect(kruimels(page)).toHaveText(['Home', ...pad.map((r) => r.naam), aanbod.naam])
    await expect(kruimels(page).last().locator('[aria-current="page"]')).toHaveText(aanbod.naam)
    const hrefs = await kruimels(page)
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(['/', ...pad.map((r) => `/zoeken?rubriek=${r.id}`)])

    const ld = await breadcrumbLd(page)
    expect(ld?.itemListElement.map((i) => i.name)).toEqual([
      'Home',
      ...pad.map((r) => r.naam),
      aanbod.naam,
    ])
    expect(ld?.itemListElement.at(-1)?.item).toBe(aanbod.url)

    // A crumb browses the search from that rubriek.
    await kruimels(page).getByRole('link', { name: pad[0].naam, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/zoeken\\?rubriek=${pad[0].id}$`))
    await expect(
      page.getByRole('navigation', { name: 'Rubrieken' }).locator('[aria-current="page"]'),
    ).toHaveText(pad[0].naam)
  })

  test('organisaties, praktijken and zorgverleners lead through the rubriek of their aanbod or their type', async ({
    page,
    request,
  }) => {
    for (const type of ['organisatie', 'praktijk', 'zorgverlener']) {
      const fiche = await eerste(request, `type=${type}`)
      await page.goto(fiche.url)
      await expect(kruimels(page).first()).toHaveText('Home')
      await expect(kruimels(page).last()).toHaveText(fiche.naam)
      const midden = await kruimels(page)
        .locator('a')
        .evaluateAll((as) => as.slice(1).map((a) => a.getAttribute('href')!))
      expect(midden.length).toBeGreaterThan(0)
      const viaType = midden.length === 1 && midden[0] === `/zoeken?type=${type}`
      expect(
        viaType || midden.every((h) => /^\/zoeken\?rubriek=\d+$/.test(h)),
        midden.join(' '),
      ).toBe(true)
    }
  })
})

test.describe('fiche page: authentic data and map', () => {
  test('an organisatie shows its KBO number with the authentic source it comes from', async ({
    page,
    request,
  }) => {
    const { docs } = (await (
      await request.get(
        '/api/organisaties?where[kboNummer][exists]=true&where[bronnen.veld][equals]=kboNummer&limit=1&depth=0',
      )
    ).json()) as { docs: { id: number; naam: string; kboNummer: string }[] }
    expect(docs.length).toBe(1)
    const { id, naam, kboNummer } = docs[0]
    await page.goto(`/organisaties/x-${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(naam)
    const opgemaakt = `${kboNummer.slice(0, 4)}.${kboNummer.slice(4, 7)}.${kboNummer.slice(7)}`
    const regel = page.locator('.authentiek', { hasText: 'KBO-ondernemingsnummer' })
    await expect(regel.getByRole('link', { name: opgemaakt })).toHaveAttribute(
      'href',
      new RegExp(`kbopub\\.economie\\.fgov\\.be/.*${kboNummer}`),
    )
    await expect(regel).toContainText('bron: KBO (Kruispuntbank van Ondernemingen), opgehaald op')
  })

  test('the addresses are on a map, and the address text stays when tiles fail', async ({
    page,
    request,
  }) => {
    await geenTegels(page)
    const fiche = await eerste(request, 'type=organisatie')
    await page.goto(fiche.url)
    const adressen = page.locator('section[aria-labelledby="adressen-titel"]')
    await expect(adressen.locator('address').first()).toHaveText(/\d{4}/)
    const kaart = page.getByRole('region', { name: /^Kaart met .* van / })
    await expect(kaart).toBeVisible()
    await expect(kaart.locator('.kaart-marker').first()).toBeAttached()
  })

  test('without JavaScript the fiche reads in full: addresses, contacts, and sharing by e-mail', async ({
    browser,
    request,
  }) => {
    const fiche = await eerste(request, 'type=organisatie')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(fiche.url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fiche.naam)
    await expect(page.locator('address').first()).toBeVisible()
    await expect(page.locator('.fiche-kaart')).toHaveCount(0)
    await page.getByText('Delen', { exact: true }).click()
    await expect(page.getByRole('link', { name: 'Mailen' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=/,
    )
    await context.close()
  })
})

test.describe('fiche page: share and print', () => {
  test('without a share sheet, "Delen" offers the link to copy and a ready e-mail', async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const fiche = await eerste(request, 'type=praktijk')
    await page.goto(fiche.url)
    // Hydrated: the buttons that need JavaScript are there.
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined')
    await page.getByText('Delen', { exact: true }).click()
    const volledig = new URL(fiche.url, page.url()).href
    await expect(page.getByLabel('Link naar deze fiche')).toHaveValue(volledig)
    await page.getByRole('button', { name: 'Link kopiëren' }).click()
    await expect(page.getByRole('status')).toHaveText('De link is gekopieerd.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(volledig)
    const mail = new URL((await page.getByRole('link', { name: 'Mailen' }).getAttribute('href'))!)
    expect(mail.protocol).toBe('mailto:')
    expect(mail.searchParams.get('subject')).toBe(`${fiche.naam} – Sociale Kaart`)
    expect(mail.searchParams.get('body')).toContain(volledig)
  })

  test('with a share sheet, "Delen" hands it the fiche and opens no panel', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          window.gedeeld = data
        },
      })
    })
    const fiche = await eerste(request, 'type=zorgverlener')
    await page.goto(fiche.url)
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()
    await page.getByText('Delen', { exact: true }).click()
    await expect
      .poll(() => page.evaluate(() => window.gedeeld?.url))
      .toBe(new URL(fiche.url, page.url()).href)
    await expect(page.getByLabel('Link naar deze fiche')).toBeHidden()
  })

  test('"Afdrukken" prints, and the printed page is the fiche without menus, map or buttons', async ({
    page,
    request,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        window.geprint = true
      }
    })
    await geenTegels(page)
    const fiche = await eerste(request, 'type=organisatie')
    await page.goto(fiche.url)
    await page.getByRole('button', { name: 'Afdrukken' }).click()
    expect(await page.evaluate(() => window.geprint)).toBe(true)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('address').first()).toBeVisible()
    for (const verborgen of [
      '.site-header',
      '.site-footer',
      '.kruimelpad',
      '.delen',
      '.fiche-kaart',
    ])
      await expect(page.locator(verborgen)).toBeHidden()
  })
})

test('sharing works from the keyboard alone', async ({ page, request }) => {
  const fiche = await eerste(request, 'type=organisatie')
  await page.goto(fiche.url)
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()
  const delen = page.locator('.delen summary')
  await delen.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Link naar deze fiche')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Link naar deze fiche')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Link kopiëren' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Mailen' })).toBeFocused()
})

test('an ordinary fiche of each type prints on one A4 sheet', async ({ page, request }) => {
  const teLang: string[] = []
  for (const type of ['aanbod', 'organisatie', 'praktijk', 'zorgverlener']) {
    const body = (await (await request.get(`/api/zoeken?type=${type}&sort=naam&per=5`)).json()) as {
      resultaten: { url: string }[]
    }
    expect(body.resultaten.length, type).toBeGreaterThan(0)
    for (const { url } of body.resultaten) {
      await page.goto(url)
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
      const bladen = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length
      if (bladen !== 1) teLang.push(`${url}: ${bladen} bladen`)
    }
  }
  expect(teLang, teLang.join('\n')).toEqual([])
})
