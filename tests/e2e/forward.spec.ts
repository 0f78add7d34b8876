import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'
import { waitForMail } from './mail'

test('a logged-in user forwards a fiche by mail to two people; each gets the fiche and the link', async ({
  page,
}) => {
  const fiche = (
    (await (await page.request.get('/api/zoeken?type=organisatie&per=1')).json()) as {
      resultaten: { url: string; naam: string }[]
    }
  ).resultaten[0]
  const stempel = Date.now()
  const ontvangers = [`ann.${stempel}@ontvanger.test`, `bert.${stempel}@ontvanger.test`]

  // Logged out, the link asks to log in first and comes back to the form.
  await page.goto(fiche.url)
  await page.getByRole('link', { name: 'Deze fiche doorsturen per mail' }).click()
  await expect(page).toHaveURL(/\/account\/aanmelden\?volgende=/)
  await page.getByLabel('E-mailadres', { exact: true }).fill('burger@demo.test')
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche doorsturen')

  // A wrong address is refused with a message at the field.
  await page.getByLabel('E-mailadressen').fill('geen-adres')
  await page.getByRole('button', { name: 'Doorsturen' }).click()
  await expect(page.locator('.account-fouten')).toContainText('Geen geldig e-mailadres')

  await page.getByLabel('E-mailadressen').fill(ontvangers.join(', '))
  await page.getByLabel('Persoonlijk bericht').fill('Dit is de dienst waarover ik je vertelde.')
  await page.getByRole('button', { name: 'Doorsturen' }).click()
  await expect(page.getByRole('status')).toContainText('De fiche is doorgestuurd')

  for (const adres of ontvangers) {
    const mail = await waitForMail(
      adres,
      new RegExp(`stuurt u een fiche door: ${fiche.naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    )
    expect(mail.text).toContain('Dit is de dienst waarover ik je vertelde.')
    expect(mail.text).toContain(fiche.url)
    expect([mail.to].flat().flatMap((t) => t?.value.map((v) => v.address))).toEqual([adres])
  }
})
