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
export const api = async <T = any>(page: Page, path: string): Promise<T> => {
  const response = await page.request.get(`/api${path}`)
  expect(response.status(), `${path}`).toBe(200)
  return (await response.json()) as T
}

export const navLinks = async (page: Page) =>
  page.locator('nav a[href^="/admin/collections/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))

export const canCreate = async (page: Page, collection: string) => {
  await page.goto(`/admin/collections/${collection}`)
  await expect(page.locator('.collection-list, .list-header, h1').first()).toBeVisible()
  return page.locator(`a[href="/admin/collections/${collection}/create"]`).count().then((count) => count > 0)
}

/** An edit view is editable when it offers a save button and the name field is not disabled. */
export const editable = async (page: Page, collection: string, id: number, field = 'naam') => {
  await page.goto(`/admin/collections/${collection}/${id}`)
  const input = page.locator(`#field-${field}`)
  await expect(input).toBeVisible()
  const saveButtons = await page.locator('#action-save').count()
  return saveButtons > 0 && !(await input.isDisabled())
}
