import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo1234'

export const loginAs = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** The REST API with the browser's session cookie: what this user may see, as the admin sees it. */
export const api = async <T = unknown>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(`/api${path}`)
  expect(response.status(), `${path}`).toBe(200)
  return (await response.json()) as T
}

export const navLinks = async (page: Page) =>
  page
    .locator('nav a[href^="/admin/collections/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))

export const canCreate = async (page: Page, collection: string) => {
  await page.goto(`/admin/collections/${collection}`)
  await expect(page.locator('.collection-list, .list-header, h1').first()).toBeVisible()
  return page
    .locator(`a[href="/admin/collections/${collection}/create"]`)
    .count()
    .then((count) => count > 0)
}

const openDocument = async (page: Page, collection: string, id: number, field: string) => {
  await page.goto(`/admin/collections/${collection}/${id}`)
  await expect(page.locator(`#field-${field}`)).toBeVisible()
  // The form renders its fields disabled until it has loaded the document's permissions.
  await expect(page.getByText('Laden...')).toHaveCount(0)
}

/** Editable: the field accepts input and the document offers a save button. */
export const expectEditable = async (
  page: Page,
  collection: string,
  id: number,
  field = 'naam',
) => {
  await openDocument(page, collection, id, field)
  await expect(page.locator(`#field-${field}`)).toBeEnabled()
  await expect(page.getByRole('button', { name: /^(Bewaar|Opslaan|Save)$/ })).toHaveCount(1)
}

/** Read-only: the field is shown but locked, and there is nothing to save. */
export const expectReadOnly = async (
  page: Page,
  collection: string,
  id: number,
  field = 'naam',
) => {
  await openDocument(page, collection, id, field)
  await expect(page.locator(`#field-${field}`)).toBeDisabled()
  await expect(page.getByRole('button', { name: /^(Bewaar|Opslaan|Save)$/ })).toHaveCount(0)
}
