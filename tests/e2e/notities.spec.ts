import { expect, test, type Page } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

const aanmelden = async (page: Page, email: string) => {
  await page.goto('/account/aanmelden')
  await page.getByLabel('E-mailadres', { exact: true }).fill(email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page).toHaveURL(/\/account/)
}

test('a private note on a fiche is seen by its writer and by nobody else, the admin included', async ({
  page,
  browser,
  request,
}) => {
  const fiche = (
    (await (await request.get('/api/zoeken?type=organisatie&per=1')).json()) as {
      resultaten: { url: string; naam: string }[]
    }
  ).resultaten[0]
  const tekst = `Contactpersoon: Ilse, liefst voor 10 uur bellen (${Date.now()})`

  // Logged out, the link asks to log in first and comes back.
  await page.goto(fiche.url)
  await page.getByRole('link', { name: 'Mijn notities bij deze fiche' }).click()
  await expect(page).toHaveURL(/\/account\/aanmelden\?volgende=/)
  await page.getByLabel('E-mailadres', { exact: true }).fill('burger@demo.test')
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `Mijn notities bij ${fiche.naam}`,
  )

  // An empty note is refused with a message; a real one is kept.
  await page.getByLabel('Nieuwe notitie').fill(tekst)
  await page.getByRole('button', { name: 'Notitie bewaren' }).click()
  await expect(page.getByRole('status')).toContainText('Uw notitie is bewaard')
  await expect(page.getByRole('textbox', { name: /Notitie van/ })).toHaveValue(tekst)

  await page.goto('/account')
  await expect(page.getByText(/U hebt \d+ notities?, alleen voor u zichtbaar/)).toBeVisible()

  // A suggestion sent while logged in needs no e-mail address and shows on the account page.
  await page.goto(fiche.url)
  await page.getByRole('link', { name: /Stel een wijziging voor/ }).click()
  await page.getByLabel('Wat klopt er niet?').selectOption('contact')
  await page.getByLabel('Wat moet het zijn?').fill('Het telefoonnummer is veranderd.')
  await expect(page.getByLabel('Uw e-mailadres')).toHaveCount(0)
  await page.getByRole('button', { name: 'Voorstel versturen' }).click()
  await expect(page.getByRole('status')).toContainText('Bedankt voor uw voorstel')
  await page.goto('/account')
  const suggesties = page.getByRole('region', { name: 'Mijn suggesties' })
  await expect(
    suggesties.getByRole('listitem').filter({ hasText: fiche.naam }).first(),
  ).toContainText('Nieuw')

  const admin = await (await browser.newContext()).newPage()
  await aanmelden(admin, 'admin@demo.test')
  await admin.goto('/account/notities')
  await expect(admin.getByText(tekst)).toHaveCount(0)
  const api = await admin.request.get('/api/notities?limit=100')
  expect(JSON.stringify(await api.json())).not.toContain(tekst)
})
