import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_PASSWORD, loginAs } from './helpers'
import { waitForMail } from './mail'

const token = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const zichtbaar = async (request: APIRequestContext, email: string) => {
  const response = await request.get('/api/suggesties?limit=100&depth=0', {
    headers: { Authorization: `JWT ${await token(request, email)}` },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { voorstel: string }[] }).docs.map((d) => d.voorstel)
}

test('a visitor suggests a change on a fiche; its fichebeheerder sees it, someone else does not', async ({
  page,
  request,
}) => {
  // A praktijk the demo fichebeheerder manages.
  const admin = await token(request, 'admin@demo.test')
  const beheer = await request.get(
    '/api/fichebeheer?where[gebruikerEmail][equals]=beheerder@demo.test&where[status][equals]=goedgekeurd&where[praktijk][exists]=true&depth=1&limit=1',
    {
      headers: { Authorization: `JWT ${admin}` },
    },
  )
  const praktijk = ((await beheer.json()) as { docs: { praktijk: { id: number; naam: string } }[] })
    .docs[0].praktijk
  const voorstel = `De praktijk is op woensdagnamiddag gesloten (${Date.now()}).`

  await page.goto(`/praktijken/x-${praktijk.id}`)
  await expect(page.getByRole('heading', { level: 1, name: praktijk.naam })).toBeVisible()
  await page.getByRole('link', { name: /Stel een wijziging voor/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wijziging voorstellen' })).toBeVisible()

  // Sending without an e-mail address names what is missing, and keeps what was typed.
  await page.getByLabel('Wat klopt er niet?').selectOption('openingsuren')
  await page.getByLabel('Wat moet het zijn?').fill(voorstel)
  await page.waitForTimeout(3_200)
  await page.getByRole('button', { name: 'Voorstel versturen' }).click()
  await expect(page.locator('.melding-fout')).toContainText('e-mailadres')
  await expect(page.getByLabel('Wat moet het zijn?')).toHaveValue(voorstel)

  await page.getByLabel('Uw e-mailadres').fill('bezoeker@voorbeeld.be')
  await page.getByRole('button', { name: 'Voorstel versturen' }).click()
  await expect(page.getByRole('status')).toContainText('Bedankt voor uw voorstel')

  expect(await zichtbaar(request, 'beheerder@demo.test')).toContain(voorstel)
  expect(await zichtbaar(request, 'zorgverlener@demo.test')).not.toContain(voorstel)
  expect(await zichtbaar(request, 'burger@demo.test')).not.toContain(voorstel)

  // The mail reaches the fichebeheerder (read from the test SMTP server), with the proposal in it.
  const mail = await waitForMail(
    'beheerder@demo.test',
    new RegExp(`Suggestie tot wijziging voor ${praktijk.naam}`),
  )
  expect(mail.text).toContain('woensdagnamiddag')

  // In the admin, the fichebeheerder finds it in the list.
  await loginAs(page, 'beheerder@demo.test')
  await page.goto('/admin/collections/suggesties')
  await expect(page.getByText(praktijk.naam).first()).toBeVisible()
})
