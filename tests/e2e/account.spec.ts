import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { linkTo, waitForMail } from './mail'

const email = `e2e.${Date.now()}@test.be`
const WACHTWOORD = 'mijn-eerste-wachtwoord'
const NIEUW = 'mijn-tweede-wachtwoord'

const logIn = async (page: import('@playwright/test').Page, password: string) => {
  await page.goto('/account/aanmelden')
  await page.getByLabel('E-mailadres', { exact: true }).fill(email)
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
}

test.describe.configure({ mode: 'serial' })

test.describe('a citizen account, with real mail', () => {
  test('register, confirm by the mailed link, log in and log out', async ({ page }) => {
    await page.goto('/account/registreren')
    await page.getByLabel('Naam').fill('Els Claes')
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD)
    await page.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD)
    await page.getByRole('button', { name: 'Account aanmaken' }).click()
    await expect(page).toHaveURL(/\/account\/aanmelden\?melding=registratie/)
    await expect(page.locator('.account-melding[role="status"]')).toContainText(
      'we stuurden u een mail',
    )

    // Before confirming, logging in is refused with a clear message.
    await logIn(page, WACHTWOORD)
    await expect(page.locator('.account-fouten[role="alert"]')).toContainText(
      'Bevestig eerst uw e-mailadres',
    )

    const mail = await waitForMail(email, /Bevestig uw e-mailadres/)
    expect(mail.html).toContain('E-mailadres bevestigen')
    expect(mail.text).toContain('Beste Els Claes,')
    await page.goto(linkTo(mail, '/account/bevestigen'))
    await expect(page.locator('.account-melding[role="status"]')).toContainText(
      'Uw e-mailadres is bevestigd',
    )

    await logIn(page, WACHTWOORD)
    await expect(page).toHaveURL(/\/account$/)
    await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible()
    await expect(page.getByText(email)).toBeVisible()
    await expect(page.getByText('Els Claes')).toBeVisible()

    // A burger has no business in the admin panel.
    await expect(page.getByRole('link', { name: 'Naar het beheer' })).toHaveCount(0)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/(unauthorized|login)/)

    await page.goto('/account')
    await page.getByRole('button', { name: 'Afmelden' }).click()
    await expect(page.locator('.account-melding[role="status"]')).toContainText('U bent afgemeld')
    await page.goto('/account')
    await expect(page).toHaveURL(/\/account\/aanmelden\?volgende=%2Faccount/)
  })

  test('a wrong password says so next to the field, without JavaScript too', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await logIn(page, 'niet-mijn-wachtwoord')
    await expect(page.locator('.account-fouten[role="alert"]')).toContainText(
      'Het e-mailadres of het wachtwoord klopt niet.',
    )
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await context.close()
  })

  test('reset a forgotten password with the mailed link', async ({ page }) => {
    await page.goto('/account/aanmelden')
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click()
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByRole('button', { name: 'Stuur mij een link' }).click()
    await expect(page.locator('.account-melding[role="status"]')).toContainText(
      'stuurden we een mail',
    )

    const mail = await waitForMail(email, /Nieuw wachtwoord/)
    await page.goto(linkTo(mail, '/account/wachtwoord-herstellen'))
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NIEUW)
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NIEUW)
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await expect(page).toHaveURL(/\/account\?melding=wachtwoord-hersteld/)
    await expect(page.locator('.account-melding[role="status"]')).toContainText(
      'Uw nieuwe wachtwoord is ingesteld',
    )
    await waitForMail(email, /Uw wachtwoord op de Sociale Kaart werd gewijzigd/)

    await page.getByRole('button', { name: 'Afmelden' }).click()
    await logIn(page, WACHTWOORD)
    await expect(page.locator('.account-fouten[role="alert"]')).toContainText('klopt niet')
    await logIn(page, NIEUW)
    await expect(page).toHaveURL(/\/account$/)
  })

  test('the development inbox does not exist outside development', async ({ page }) => {
    const response = await page.goto('/dev/mail')
    expect(response?.status()).toBe(404)
  })

  test('the account forms have no accessibility violations', async ({ page }) => {
    for (const path of [
      '/account/registreren',
      '/account/aanmelden',
      '/account/wachtwoord-vergeten',
    ]) {
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze()
      expect(
        violations.map((v) => `${v.id}: ${v.help}`),
        path,
      ).toEqual([])
    }
  })
})
