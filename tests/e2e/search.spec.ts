import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// The demo is generated, so names, places and counts come from the JSON API (the page's own source);
// only words every demo holds, like "huisarts", are written here.
type Facet = { value: string; count: number; label: string }
type Antwoord = {
  total: number
  resultaten: {
    naam: string
    url: string
    locatie: { lat: number; lon: number } | null
    afstandKm: number | null
  }[]
  facetten: { type: Facet[]; gemeente: Facet[]; nuOpen: number }
}

const zoekApi = async (request: APIRequestContext, query: string): Promise<Antwoord> => {
  const response = await request.get(`/api/zoeken?${query}`)
  expect(response.status(), query).toBe(200)
  return (await response.json()) as Antwoord
}

const FICHE_URL = /^\/(aanbod|organisaties|praktijken|zorgverleners)\/[a-z0-9-]+$/
const aantal = (page: Page) => page.locator('#resultaten-titel')
const resultaten = (page: Page) => page.locator('.resultatenlijst > li')
const nlAantal = (n: number) =>
  `${n.toLocaleString('nl-BE')} ${n === 1 ? 'resultaat' : 'resultaten'}`

test.describe('the public search', () => {
  test('a visitor searches "huisarts" from the home page and gets results with links', async ({
    page,
    request,
  }) => {
    const verwacht = await zoekApi(request, 'q=huisarts')
    expect(verwacht.total).toBeGreaterThan(0)
    await page.goto('/')
    const wat = page.getByLabel('Wat zoekt u?')
    await wat.fill('huisarts')
    // The suggestions open over the button a moment after typing: close them as a visitor would,
    // or the click lands on a suggestion depending on how fast the answer came.
    await expect(page.getByRole('listbox', { name: 'Suggesties' })).toBeVisible()
    await wat.press('Escape')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    // Blank fields (waar, afstand) are dropped: the address to share is the short one.
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts$/)
    await expect(page).toHaveTitle(/^huisarts – Zoeken/)
    await expect(aantal(page)).toContainText(nlAantal(verwacht.total))
    await expect(resultaten(page)).toHaveCount(Math.min(20, verwacht.total))
    const links = await resultaten(page)
      .locator('h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual(verwacht.resultaten.map((r) => r.url))
    for (const link of links) expect(link).toMatch(FICHE_URL)
  })

  test('the rubriek tree narrows step by step and shows where the visitor is', async ({ page }) => {
    await page.goto('/zoeken')
    const boom = page.getByRole('navigation', { name: 'Rubrieken' })
    const top = boom.locator('.rubriekenlijst a').first()
    const [naam, telling] = (await top.innerText()).match(/^(.*) \((\d+)\)$/)!.slice(1)
    await top.click()
    await expect(page).toHaveURL(/\/zoeken\?rubriek=\d+$/)
    await expect(aantal(page)).toContainText(nlAantal(Number(telling)))
    await expect(boom.getByRole('link', { name: 'Alle rubrieken' })).toBeVisible()
    await expect(boom.locator('[aria-current="page"]')).toHaveText(naam)

    // One level deeper: the breadcrumb grows, the parent becomes a link back.
    const kind = boom.locator('.rubriekenlijst a').first()
    await expect(kind).toBeVisible()
    const [kindNaam, kindTelling] = (await kind.innerText()).match(/^(.*) \((\d+)\)$/)!.slice(1)
    await kind.click()
    await expect(boom.locator('[aria-current="page"]')).toHaveText(kindNaam)
    await expect(boom.locator('.kruimelpad li')).toHaveCount(3)
    await expect(aantal(page)).toContainText(nlAantal(Number(kindTelling)))
    await boom.locator('.kruimelpad').getByRole('link', { name: naam }).click()
    await expect(aantal(page)).toContainText(nlAantal(Number(telling)))
  })

  test('a facet narrows the results and its chip removes it again', async ({ page, request }) => {
    const alle = await zoekApi(request, 'q=huisarts')
    const soort = alle.facetten.type.find((f) => f.count < alle.total)!
    expect(soort, 'a fiche type that narrows the search').toBeDefined()
    await page.goto('/zoeken?q=huisarts')
    await page
      .getByRole('link', { name: new RegExp(`^${soort.label}, ${soort.count} resultaten?$`) })
      .click()
    await expect(page).toHaveURL(new RegExp(`type=${soort.value}`))
    await expect(aantal(page)).toContainText(nlAantal(soort.count))
    await expect(resultaten(page).locator('.soortlabel').first()).toHaveText(soort.label)
    // The facet shows the choice, and offers the other types with their counts (OR within a facet).
    await expect(page.locator('.facetoptie[aria-current="true"]')).toHaveCount(1)
    await expect(page.locator('#facet-type ~ ul .facetoptie')).toHaveCount(
      alle.facetten.type.length,
    )

    await page.getByRole('link', { name: `Filter Soort fiche: ${soort.label} verwijderen` }).click()
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts$/)
    await expect(aantal(page)).toContainText(nlAantal(alle.total))
    await expect(page.getByRole('link', { name: /^Filter Soort fiche/ })).toHaveCount(0)
  })

  test('a place and a distance give distances, ascending when sorted by distance', async ({
    page,
    request,
  }) => {
    const { facetten } = await zoekApi(request, 'q=huisarts')
    const gemeente = facetten.gemeente[0]
    expect(gemeente, 'a municipality with huisartsen').toBeDefined()
    await page.goto('/zoeken?q=huisarts')
    await page.getByLabel('Waar?').fill(gemeente.label)
    await page.getByLabel('Afstand').selectOption('10')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).toHaveURL(/waar=.+&afstand=10/)
    await expect(
      page.getByRole('link', { name: `Filter Waar: ${gemeente.label} (binnen 10 km) verwijderen` }),
    ).toBeVisible()

    await page.getByLabel('Sorteren op').selectOption('afstand')
    await expect(page).toHaveURL(/sort=afstand/)
    await expect(resultaten(page).first()).toBeVisible()
    const km = await page
      .locator('.resultatenlijst .afstand')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-km'))))
    expect(km.length).toBeGreaterThan(0)
    expect(km).toEqual([...km].sort((a, b) => a - b))
    expect(Math.max(...km)).toBeLessThanOrEqual(10)
    await expect(page.locator('.resultatenlijst .afstand').first()).toHaveText(
      /^Afstand: \d+(,\d)? km$/,
    )
  })

  test('"Waar?" suggests the municipalities once it is used, without the page carrying the list', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/zoeken?q=huisarts')).text()
    expect(html).not.toContain('<option value="Gent">')
    await page.goto('/zoeken?q=huisarts')
    const opties = page.locator('#zoek-plaatsen option')
    await expect(opties).toHaveCount(0)
    await page.getByLabel('Waar?').focus()
    await expect.poll(() => opties.count()).toBeGreaterThan(250)
    expect(await page.locator('#zoek-plaatsen option[value="Gent"]').count()).toBe(1)
    const lijst = await request.get('/api/plaatsen')
    expect(lijst.headers()['cache-control']).toContain('max-age=86400')
    expect((await lijst.json()) as string[]).toContain('Sint-Niklaas')
  })

  test('no results explains what to relax, and each suggestion does exactly that', async ({
    page,
    request,
  }) => {
    const praktijken = await zoekApi(request, 'type=praktijk')
    expect(praktijken.total).toBeGreaterThan(0)
    await page.goto('/zoeken?type=praktijk')
    await page.getByLabel('Wat zoekt u?').fill('xqzvwjk')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Geen resultaten' })).toBeVisible()
    const voorstellen = page.locator('.geen-resultaten .voorstellen a')
    await expect(voorstellen).toHaveText([
      'Zoek zonder de tekst “xqzvwjk”',
      'Zonder filter Soort fiche: Praktijk',
    ])
    await voorstellen.first().click()
    await expect(page).toHaveURL(/\/zoeken\?type=praktijk$/)
    await expect(aantal(page)).toContainText(nlAantal(praktijken.total))
  })

  test('works without JavaScript: the form submits and results render', async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: test.info().project.use.baseURL,
    })
    const page = await context.newPage()
    const { facetten, total } = await zoekApi(request, 'q=huisarts')
    await page.goto('/zoeken')
    // Nothing that needs JavaScript shows: no location button, no map, no combobox.
    await expect(page.getByRole('button', { name: 'Mijn locatie' })).toBeHidden()
    await expect(page.getByRole('combobox', { name: 'Wat zoekt u?' })).toHaveCount(0)
    await page.getByLabel('Wat zoekt u?').fill('huisarts')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts$/)
    await expect(aantal(page)).toContainText(nlAantal(total))
    await expect(resultaten(page).first().locator('h3 a')).toHaveAttribute('href', FICHE_URL)
    await expect(page.locator('.leaflet-container')).toHaveCount(0)

    // Facet links and the sort form are plain HTML too.
    const soort = facetten.type[0]
    await page
      .getByRole('link', { name: new RegExp(`^${soort.label}, ${soort.count} resultaten?$`) })
      .click()
    await expect(aantal(page)).toContainText(nlAantal(soort.count))
    await page.getByLabel('Sorteren op').selectOption('naam')
    await page.getByRole('button', { name: 'Sorteren' }).click()
    await expect(page).toHaveURL(new RegExp(`q=huisarts&type=${soort.value}&sort=naam$`))
    const namen = await resultaten(page).locator('h3 a').allInnerTexts()
    expect(namen.length).toBeGreaterThan(0)
    await context.close()
  })

  test('suggestions appear while typing; arrow keys and Enter open one', async ({ page }) => {
    const response = await page.request.get('/api/zoeken/suggesties?q=huisarts')
    const { suggesties } = (await response.json()) as {
      suggesties: { tekst: string; url?: string }[]
    }
    expect(suggesties.length).toBeGreaterThan(1)
    await page.goto('/zoeken')
    const vak = page.getByRole('combobox', { name: 'Wat zoekt u?' })
    await expect(vak).toHaveAttribute('aria-expanded', 'false')
    await vak.pressSequentially('huisarts', { delay: 30 })
    const lijst = page.getByRole('listbox', { name: 'Suggesties' })
    await expect(lijst).toBeVisible()
    await expect(vak).toHaveAttribute('aria-expanded', 'true')
    await expect(lijst.getByRole('option')).toHaveCount(suggesties.length)

    await vak.press('ArrowDown')
    await vak.press('ArrowDown')
    const tweede = lijst.getByRole('option').nth(1)
    await expect(tweede).toHaveAttribute('aria-selected', 'true')
    await expect(vak).toHaveAttribute('aria-activedescendant', (await tweede.getAttribute('id'))!)
    await vak.press('Escape')
    await expect(lijst).toBeHidden()
    await expect(vak).toHaveAttribute('aria-expanded', 'false')

    await vak.press('ArrowDown')
    await expect(lijst.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    await vak.press('Enter')
    const doel = suggesties[0].url!
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === doel)
  })

  test('the map shows a marker per located result even when its tiles cannot load', async ({
    page,
    request,
  }) => {
    const tegels: string[] = []
    await page.route(/tile\.openstreetmap\.org/, (route) => {
      tegels.push(route.request().url())
      return route.abort('internetdisconnected')
    })
    const { resultaten: lijst } = await zoekApi(request, 'q=huisarts')
    const gelokaliseerd = lijst.filter((r) => r.locatie)
    expect(gelokaliseerd.length).toBeGreaterThan(0)
    await page.goto('/zoeken?q=huisarts')
    await expect(page.locator('.leaflet-container')).toBeVisible()
    await expect(page.locator('.leaflet-container path.kaart-marker')).toHaveCount(
      gelokaliseerd.length,
    )
    expect(tegels.length, 'the map asked for tiles (and got none)').toBeGreaterThan(0)
    await expect(resultaten(page)).toHaveCount(lijst.length)

    await page.locator('path.kaart-marker').last().dispatchEvent('click')
    const popup = page.locator('.leaflet-popup-content a')
    await expect(popup).toBeVisible()
    expect(gelokaliseerd.map((r) => r.url)).toContain(await popup.getAttribute('href'))
  })

  test('"Mijn locatie" searches around the position the browser gives', async ({
    browser,
    request,
  }) => {
    const api = await zoekApi(request, 'q=huisarts')
    const punt = api.resultaten.find((r) => r.locatie)!.locatie!
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      geolocation: { latitude: punt.lat, longitude: punt.lon },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto('/zoeken?q=huisarts')
    await page.getByRole('button', { name: 'Mijn locatie' }).click()
    await expect(page).toHaveURL(/lat=[\d.]+&lon=[\d.]+/)
    await expect(page.getByRole('link', { name: 'Filter Mijn locatie verwijderen' })).toBeVisible()
    await page.getByLabel('Sorteren op').selectOption('afstand')
    await expect(page).toHaveURL(/sort=afstand/)
    // The fiche at that position comes first, less than 100 m away (the URL keeps 3 decimals).
    await expect(page.locator('.resultatenlijst .afstand').first()).toHaveAttribute(
      'data-km',
      /^0(\.0\d*)?$/,
    )
    await context.close()
  })

  test('"Mijn locatie" says what to do when the browser refuses the position', async ({
    browser,
  }) => {
    // No permission granted: Chromium answers PERMISSION_DENIED without asking.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL })
    const page = await context.newPage()
    await page.goto('/zoeken?q=huisarts')
    await page.getByRole('button', { name: 'Mijn locatie' }).click()
    await expect(page.locator('.locatie-melding[role="alert"]')).toHaveText(
      /U hebt de toegang tot uw locatie geweigerd/,
    )
    await expect(page).toHaveURL(/\/zoeken\?q=huisarts$/)
    await context.close()
  })

  test('the JSON API answers with results and facets, and names a bad parameter', async ({
    request,
  }) => {
    const ok = await request.get('/api/zoeken?q=huisarts')
    expect(ok.status()).toBe(200)
    const body = await ok.json()
    expect(body.resultaten.length).toBeGreaterThan(0)
    expect(body.resultaten[0].url).toMatch(FICHE_URL)
    expect(body.facetten.type.length).toBeGreaterThan(0)
    expect(typeof body.facetten.nuOpen).toBe('number')

    const fout = await request.get('/api/zoeken?afstand=abc')
    expect(fout.status()).toBe(400)
    const { errors } = await fout.json()
    expect(errors).toEqual([
      expect.objectContaining({ field: 'afstand', message: expect.stringContaining('afstand') }),
    ])
  })

  test('a bad parameter is named on the page, and the search runs without it', async ({
    page,
    request,
  }) => {
    const { total } = await zoekApi(request, 'q=huisarts')
    await page.goto('/zoeken?q=huisarts&afstand=abc')
    // Not getByRole('alert'): Next.js's route announcer is an alert too.
    const melding = page.locator('.foutmeldingen[role="alert"]')
    await expect(melding).toContainText('Afstand')
    await expect(melding).toContainText('afstand is geen getal')
    await expect(aantal(page)).toContainText(nlAantal(total))
  })
})
