import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

test.describe('handleidingen and FAQ', () => {
  test('the handleidingen are listed per audience, and one opens with a working table of contents', async ({
    page,
  }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Handleidingen' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handleidingen')
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
    const eerste = page.locator('.fiche-lijst a').first()
    const titel = (await eerste.textContent())!.trim()
    await eerste.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titel)
    const inhoud = page.getByRole('navigation', { name: 'Inhoud' })
    if ((await inhoud.count()) > 0) {
      const link = inhoud.getByRole('link').first()
      const anker = (await link.getAttribute('href'))!
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${anker}$`))
      await expect(page.locator(anker)).toBeVisible()
    }
  })

  test('the FAQ opens like an accordion and its search box narrows the questions', async ({
    page,
  }) => {
    await page.goto('/faq')
    const vragen = page.locator('details.faq-item')
    const totaal = await vragen.count()
    expect(totaal).toBeGreaterThan(1)
    const eerste = vragen.first()
    await eerste.locator('summary').focus()
    await page.keyboard.press('Enter')
    await expect(eerste).toHaveAttribute('open', '')
    const vraag = (await eerste.locator('summary').textContent())!.trim()
    const woord = vraag
      .split(/\s+/)
      .find((w) => w.replace(/\W/g, '').length >= 6)!
      .replace(/[^\p{L}\p{N}]/gu, '')
    await page.getByLabel('Zoek in de vragen').fill(woord)
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(new RegExp(`/faq\\?q=${encodeURIComponent(woord)}`))
    await expect(page.locator('details.faq-item summary', { hasText: vraag })).toBeVisible()
    expect(await page.locator('details.faq-item').count()).toBeLessThanOrEqual(totaal)
    await page.goto('/faq?q=qwxzvq')
    await expect(page.getByText('Geen vragen gevonden')).toBeVisible()
  })

  test('a draft handleiding is not public until it is published', async ({ page, request }) => {
    const login = await request.post('/api/users/login', {
      data: { email: 'redactie@demo.test', password: DEMO_PASSWORD },
    })
    const { token } = (await login.json()) as { token: string }
    const slug = `concept-${Date.now().toString(36)}`
    const inhoud = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
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
                text: 'Nog niet klaar.',
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
    }
    const created = await request.post('/api/handleidingen?draft=true', {
      headers: { Authorization: `JWT ${token}` },
      data: { titel: `Concept ${slug}`, slug, inhoud, doelpubliek: ['burger'], _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    expect((await page.goto(`/handleidingen/${slug}`))?.status()).toBe(404)
    await page.goto('/handleidingen')
    await expect(page.getByText(`Concept ${slug}`)).toHaveCount(0)

    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const published = await request.patch(`/api/handleidingen/${id}`, {
      headers: { Authorization: `JWT ${token}` },
      data: { _status: 'published' },
    })
    expect(published.status()).toBe(200)
    // The page (and its earlier 404) is cached: the sync worker revalidates it within seconds.
    await expect(async () => {
      await page.goto(`/handleidingen/${slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Concept ${slug}`, {
        timeout: 1000,
      })
    }).toPass({ timeout: 20_000, intervals: [500, 1000] })
  })
})
