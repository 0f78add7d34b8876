import { expect, test } from '@playwright/test'

import {
  api,
  canCreate,
  DEMO_PASSWORD,
  expectEditable,
  expectReadOnly,
  loginAs,
  navLinks,
} from './helpers'

type List<T> = { docs: T[]; totalDocs: number }

test.describe('the admin shows each demo role only what it may see and edit', () => {
  test('an admin manages everything, including users and their roles', async ({ page }) => {
    await loginAs(page, 'admin@demo.test')
    const links = await navLinks(page)
    for (const slug of [
      'organisaties',
      'praktijken',
      'aanbod',
      'zorgverleners',
      'rubrieken',
      'regios',
      'fichebeheer',
      'handleidingen',
      'faq',
      'media',
      'users',
    ]) {
      expect(links).toContain(`/admin/collections/${slug}`)
    }
    expect(await canCreate(page, 'organisaties')).toBe(true)
    expect(await canCreate(page, 'users')).toBe(true)
    const users = await api<List<{ id: number; email: string }>>(page, '/users?limit=50&depth=0')
    expect(users.totalDocs).toBeGreaterThanOrEqual(6)
    const someone = users.docs.find((user) => user.email === 'burger@demo.test')
    expect(someone).toBeDefined()
    await page.goto(`/admin/collections/users/${someone?.id}`)
    await expect(page.locator('#field-roles')).toBeVisible()
  })

  test('a redacteur writes handleidingen and FAQ but cannot create or edit fiches', async ({
    page,
  }) => {
    await loginAs(page, 'redactie@demo.test')
    expect(await canCreate(page, 'handleidingen')).toBe(true)
    expect(await canCreate(page, 'faq')).toBe(true)
    expect(await canCreate(page, 'organisaties')).toBe(false)
    const org = (await api<List<{ id: number }>>(page, '/organisaties?limit=1&depth=0')).docs[0]
    await expectReadOnly(page, 'organisaties', org.id)
    const users = await api<List<{ email: string }>>(page, '/users?depth=0')
    expect(users.docs.map((user) => user.email)).toEqual(['redactie@demo.test'])
  })

  test('the regiobeheerder of Antwerpen manages fiches in Antwerpen and only reads those elsewhere', async ({
    page,
  }) => {
    await loginAs(page, 'regio.antwerpen@demo.test')
    expect(await canCreate(page, 'organisaties')).toBe(true)
    expect(await canCreate(page, 'handleidingen')).toBe(false)
    const regios = await api<List<{ id: number; code: string }>>(
      page,
      '/regios?limit=10&depth=0&select[code]=true',
    )
    const antwerpen = regios.docs.find((regio) => regio.code === 'antwerpen')!.id
    const inRegion = (
      await api<List<{ id: number }>>(
        page,
        `/organisaties?where[regio][equals]=${antwerpen}&limit=1&depth=0`,
      )
    ).docs[0]
    const elsewhere = (
      await api<List<{ id: number }>>(
        page,
        `/organisaties?where[regio][not_equals]=${antwerpen}&where[status][equals]=actief&limit=1&depth=0`,
      )
    ).docs[0]
    await expectEditable(page, 'organisaties', inRegion.id)
    await expectReadOnly(page, 'organisaties', elsewhere.id)
    const requests = await api<List<{ regio: number }>>(page, '/fichebeheer?depth=0&limit=100')
    expect(requests.docs.every((request) => request.regio === antwerpen)).toBe(true)
  })

  test('the demo fichebeheerder edits the fiches it manages and nothing else', async ({ page }) => {
    await loginAs(page, 'beheerder@demo.test')
    expect(await canCreate(page, 'organisaties')).toBe(false)
    const approved = await api<List<{ organisatie: number | null; praktijk: number | null }>>(
      page,
      '/fichebeheer?where[status][equals]=goedgekeurd&depth=0',
    )
    const managed = approved.docs.filter((row) => row.organisatie).map((row) => row.organisatie!)
    expect(managed.length).toBeGreaterThan(0)
    await expectEditable(page, 'organisaties', managed[0])
    const other = (
      await api<List<{ id: number }>>(
        page,
        `/organisaties?where[id][not_in]=${managed.join(',')}&where[status][equals]=actief&limit=1&depth=0`,
      )
    ).docs[0]
    await expectReadOnly(page, 'organisaties', other.id)
    // Authentic-source fields stay read-only even on its own fiche; the rest saves.
    await page.goto(`/admin/collections/organisaties/${managed[0]}`)
    await expect(page.getByText('Laden...')).toHaveCount(0)
    await expect(page.locator('#field-kboNummer')).toBeDisabled()
    const nieuweNaam = `Aangepast door beheerder ${Date.now()}`
    await page.locator('#field-naam').fill(nieuweNaam)
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await expect(page.getByText(/succesvol/i).first()).toBeVisible()
    const saved = await api<{ naam: string; laatstGewijzigdDoor: string }>(
      page,
      `/organisaties/${managed[0]}?depth=0`,
    )
    expect(saved.naam).toBe(nieuweNaam)
    expect(saved.laatstGewijzigdDoor).toContain('beheerder@demo.test')
  })

  test('a zorgverlener edits its own zorgverlenersfiche, not its RIZIV data, and no one else’s', async ({
    page,
  }) => {
    await loginAs(page, 'zorgverlener@demo.test')
    const me = await api<{ user: { id: number } }>(page, '/users/me')
    const own = (
      await api<List<{ id: number }>>(
        page,
        `/zorgverleners?where[account][equals]=${me.user.id}&depth=0`,
      )
    ).docs[0]
    expect(own).toBeDefined()
    // Its own fiche can be saved, but the fields from RIZIV/CoBRHA are locked.
    await page.goto(`/admin/collections/zorgverleners/${own.id}`)
    await expect(page.getByText('Laden...')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Bewaar' })).toHaveCount(1)
    await expect(page.locator('#field-rizivNummer')).toBeDisabled()
    await expect(page.locator('#field-voornaam')).toBeDisabled()
    const other = (
      await api<List<{ id: number }>>(
        page,
        `/zorgverleners?where[id][not_equals]=${own.id}&limit=1&depth=0`,
      )
    ).docs[0]
    await expectReadOnly(page, 'zorgverleners', other.id, 'voornaam')
  })

  test('a burger stays out of the admin panel, and the API shows it only its own account', async ({
    page,
  }) => {
    await page.goto('/account/aanmelden')
    await page.getByLabel('E-mailadres', { exact: true }).fill('burger@demo.test')
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await expect(page).toHaveURL(/\/account$/)
    await page.goto('/admin/collections/organisaties')
    await expect(page).toHaveURL(/\/admin\/(unauthorized|login)/)
    const created = await page.request.post('/api/organisaties', { data: { naam: 'Mag niet' } })
    expect(created.status()).toBe(403)
    const users = await api<List<{ email: string }>>(page, '/users?depth=0')
    expect(users.docs.map((user) => user.email)).toEqual(['burger@demo.test'])
    const stopped = await api<List<unknown>>(
      page,
      '/organisaties?where[status][equals]=stopgezet&depth=0',
    )
    expect(stopped.totalDocs).toBe(0)
  })

  test('the admin is in Dutch by default, even for an English browser, and English can be chosen', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await loginAs(page, 'admin@demo.test')
    await page.goto('/admin/collections/organisaties')
    const create = page.locator('a[href="/admin/collections/organisaties/create"]').first()
    await expect(create).toContainText('Nieuw aanmaken')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    // What the language choice on the account page stores.
    await context.addCookies([
      { name: 'payload-lng', value: 'en', domain: new URL(page.url()).hostname, path: '/' },
    ])
    await page.goto('/admin/collections/organisaties')
    await expect(create).toContainText('Create New')
    await context.close()
  })
})
