import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'
import { countMails, linkTo, waitForMail } from './mail'

const aanmelden = async (page: Page, email: string) => {
  await page.goto('/account/aanmelden')
  await page.getByLabel('E-mailadres', { exact: true }).fill(email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page).toHaveURL(/\/account/)
}

const KLAAR = /Uw download is klaar/

test('a download of search results is made in the background, mailed, and fetched by its owner only', async ({
  page,
  browser,
}) => {
  const zoek = (await (await page.request.get('/api/zoeken?type=organisatie&per=1')).json()) as {
    total: number
    resultaten: { naam: string }[]
  }
  expect(zoek.total).toBeGreaterThan(0)
  await aanmelden(page, 'burger@demo.test')
  const voor = await countMails('burger@demo.test', KLAAR)

  await page.goto('/zoeken?type=organisatie')
  const formulier = page.getByRole('group', { name: 'Downloaden (CSV/XLSX)' })
  await formulier.getByLabel('CSV').check()
  await formulier.getByRole('button', { name: 'Resultaten downloaden' }).click()
  await expect(page).toHaveURL(/\/account/)
  await expect(page.getByRole('status')).toContainText('Uw download wordt gemaakt')
  await expect(page.getByRole('heading', { name: 'Mijn downloads' })).toBeVisible()
  // The list follows the work without a reload: the newest row (first) turns "Klaar" with its link on
  // this page; it was shown waiting, unless the worker happened to finish before the page rendered.
  const nieuwste = page.locator('.account-downloads tbody tr').first()
  expect(['wachtrij', 'bezig', 'klaar']).toContain(await nieuwste.getAttribute('data-status'))
  await expect(nieuwste).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 })
  await expect(nieuwste.getByRole('link')).toBeVisible()

  const mail = await waitForMail('burger@demo.test', KLAAR, voor + 1)
  expect(mail.text).toContain(`${zoek.total} fiches`)
  const link = linkTo(mail, '/account/downloads/')

  const antwoord = await page.request.get(link)
  expect(antwoord.status()).toBe(200)
  expect(antwoord.headers()['content-type']).toContain('text/csv')
  const tekst = (await antwoord.body()).toString('utf8')
  expect(
    tekst.startsWith(
      '\uFEFFType;Naam;Ouder;Rubrieken;Adres(sen);Gemeente;Telefoon;E-mail;Website;Openingsuren;URL\r\n',
    ),
  ).toBe(true)
  expect(tekst).toContain(zoek.resultaten[0].naam)

  // The account page lists it as done, with the same link.
  await page.goto('/account')
  await expect(page.locator('.account-downloads tr[data-status="klaar"]').first()).toContainText(
    'Klaar',
  )
  await expect(page.locator(`.account-downloads a[href="${link}"]`)).toBeVisible()

  // Another account, the admin included, gets "not found"; so does someone logged out.
  const admin = await (await browser.newContext()).newPage()
  await aanmelden(admin, 'admin@demo.test')
  expect((await admin.request.get(link)).status()).toBe(404)
  const bezoeker = await browser.newContext()
  expect(
    (
      await bezoeker.request.get(link, { headers: { Accept: 'application/octet-stream' } })
    ).status(),
  ).toBe(404)
})
