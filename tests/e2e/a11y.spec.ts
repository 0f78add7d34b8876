import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// The pages a citizen, a professional and a reuser meet, found through the public API because the
// demo is generated. Each is checked by axe-core against WCAG 2.1 A and AA, and at 360 px wide.
type Pagina = { naam: string; pad: string }

const eersteUrl = async (request: APIRequestContext, query: string): Promise<string> => {
  const body = (await (await request.get(`/api/zoeken?${query}`)).json()) as {
    resultaten: { url: string }[]
  }
  expect(body.resultaten.length, query).toBeGreaterThan(0)
  return body.resultaten[0].url
}

const paginas = async (request: APIRequestContext): Promise<Pagina[]> => {
  const handleidingen = (await (
    await request.get('/api/handleidingen?limit=1&depth=0')
  ).json()) as { docs: { slug: string }[] }
  expect(handleidingen.docs.length).toBe(1)
  return [
    { naam: 'home', pad: '/' },
    { naam: 'zoekresultaten', pad: '/zoeken?q=huisarts' },
    { naam: 'organisatie', pad: await eersteUrl(request, 'type=organisatie') },
    { naam: 'praktijk', pad: await eersteUrl(request, 'type=praktijk') },
    { naam: 'aanbod', pad: await eersteUrl(request, 'type=aanbod&q=huisarts') },
    { naam: 'zorgverlener', pad: await eersteUrl(request, 'type=zorgverlener') },
    { naam: 'handleiding', pad: `/handleidingen/${handleidingen.docs[0].slug}` },
    { naam: 'faq', pad: '/faq' },
    { naam: 'open data', pad: '/open-data' },
    { naam: 'over', pad: '/over' },
  ]
}

/** Open a page as a visitor would, with the maps drawn (tiles refused: the page must not need them). */
const open = async (page: Page, pad: string) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  const response = await page.goto(pad)
  expect(response?.status(), pad).toBe(200)
  if ((await page.locator('.fiche-kaart, .kaart').count()) > 0)
    await expect(page.locator('.leaflet-container').first()).toBeVisible()
}

test.describe('accessibility', () => {
  test('axe finds no WCAG 2.1 A/AA violation on home, results, each fiche type, a handleiding and the FAQ', async ({
    page,
    request,
  }) => {
    const fouten: string[] = []
    for (const { naam, pad } of await paginas(request)) {
      await open(page, pad)
      if (naam === 'zoekresultaten')
        await expect(page.locator('.resultatenlijst > li').first()).toBeVisible()
      if (naam === 'faq') await page.locator('details.faq-item summary').first().click()
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const v of violations)
        fouten.push(
          `${naam} (${pad}): ${v.id} – ${v.help}\n    ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join('\n    ')}`,
        )
    }
    expect(fouten, fouten.join('\n')).toEqual([])
  })

  test('at 360 px wide no page scrolls sideways', async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 800 })
    const breed: string[] = []
    for (const { naam, pad } of await paginas(request)) {
      await open(page, pad)
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth)
      if (breedte > 360) breed.push(`${naam} (${pad}): ${breedte} px`)
      await testInfo.attach(`${naam}-360.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      })
    }
    expect(breed, breed.join('\n')).toEqual([])
  })

  test('the keyboard reaches the content through the skip link, and focus is visible', async ({
    page,
  }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Naar de inhoud' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    const ring = await skip.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(ring).toBe('solid')
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
    // The next Tab lands inside the content, past the header's menu.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)
  })
})

test.describe('keyboard', () => {
  test('every control on home and on a fiche shows where the focus is', async ({
    page,
    request,
  }) => {
    for (const pad of ['/', await eersteUrl(request, 'type=organisatie')]) {
      await open(page, pad)
      const zonderRing: string[] = []
      let bezocht = 0
      // Tab through the page: each element that takes focus must draw an outline or a halo.
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab')
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return null
          const stijl = getComputedStyle(el)
          const zichtbaar =
            (stijl.outlineStyle !== 'none' && parseFloat(stijl.outlineWidth) >= 2) ||
            stijl.boxShadow !== 'none'
          return {
            naam: `${el.tagName.toLowerCase()} ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`,
            zichtbaar,
          }
        })
        if (!focus) break
        bezocht++
        if (!focus.zichtbaar) zonderRing.push(focus.naam)
      }
      expect(bezocht, pad).toBeGreaterThan(15)
      expect(zonderRing, `${pad}: ${zonderRing.join(', ')}`).toEqual([])
    }
  })
})
