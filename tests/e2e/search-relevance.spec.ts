import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

// Relevance through the page itself, on the demo data: the fixed-fixture cases are in
// tests/int/search-relevance.test.ts; these check that the page shows what the engine finds.
test.describe('finding the right fiche on /zoeken', () => {
  test('"rusthuis" finds woonzorgcentra, and a typo is corrected with a notice', async ({
    page,
  }) => {
    await page.goto('/zoeken?q=rusthuis')
    const namen = page.locator('.resultatenlijst > li h3')
    await expect(namen.first()).toBeVisible()
    expect((await namen.allTextContents()).some((naam) => /woonzorg|wzc/i.test(naam))).toBe(true)

    await page.goto('/zoeken?q=kinesitherapuet')
    await expect(page.getByText(/kinesitherapeut/i).first()).toBeVisible()
    await expect(page.getByText(/u typte/i)).toContainText('kinesitherapuet')
    await expect(page.locator('.resultatenlijst > li').first()).toBeVisible()
  })

  test('a fiche renamed in the admin is found under its new name within seconds', async ({
    request,
  }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'admin@demo.test', password: DEMO_PASSWORD },
    })
    expect(login.status()).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const lijst = await request.get(
      '/api/organisaties?where[status][equals]=actief&limit=1&depth=0',
      { headers },
    )
    const organisatie = ((await lijst.json()) as { docs: { id: number; naam: string }[] }).docs[0]
    const nieuw = `Zoekproef ${Date.now().toString(36)}`
    const wijziging = await request.patch(`/api/organisaties/${organisatie.id}`, {
      headers,
      data: { naam: nieuw },
    })
    expect(wijziging.status()).toBe(200)

    // The sync worker runs inside the server: the queued change is applied within a second or two.
    await expect
      .poll(
        async () => {
          const antwoord = await request.get(`/api/zoeken?q=${encodeURIComponent(nieuw)}`)
          return ((await antwoord.json()) as { resultaten: { naam: string }[] }).resultaten.map(
            (r) => r.naam,
          )
        },
        { timeout: 15_000 },
      )
      .toContain(nieuw)

    await request.patch(`/api/organisaties/${organisatie.id}`, {
      headers,
      data: { naam: organisatie.naam },
    })
  })
})
