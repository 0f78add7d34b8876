import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'

// Public pages are served from the cache; a change in the admin must reach exactly the pages that
// show it, within seconds, and leave every other cached page alone.

type Resultaat = {
  id: string
  naam: string
  url: string
  ouder?: { type: string; naam: string; url: string } | null
}

const adminToken = async (request: APIRequestContext) => {
  const response = await request.post('/api/users/login', {
    data: { email: 'admin@demo.test', password: DEMO_PASSWORD },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const cacheStand = async (request: APIRequestContext, url: string) =>
  (await request.get(url)).headers()['x-nextjs-cache']

const zoek = async (request: APIRequestContext, query: string) =>
  ((await (await request.get(`/api/zoeken?${query}`)).json()) as { resultaten: Resultaat[] })
    .resultaten

test('renaming a praktijk refreshes its aanbod page within seconds and leaves other cached pages alone', async ({
  request,
}) => {
  const token = await adminToken(request)
  const aanbod = (await zoek(request, 'type=aanbod&per=50')).find(
    (r) => r.ouder?.type === 'praktijk',
  )!
  const ander = (await zoek(request, 'type=organisatie&per=5'))[0]
  const ouderId = Number(aanbod.ouder!.url.split('-').pop())
  const oudeNaam = aanbod.ouder!.naam

  // The pages in the cache, the praktijk's own too: the second visit is a cache hit.
  for (const url of [aanbod.url, ander.url, aanbod.ouder!.url]) {
    await request.get(url)
    expect(await cacheStand(request, url)).toBe('HIT')
  }
  const anderVoor = await (await request.get(ander.url)).text()

  const nieuweNaam = `${oudeNaam} en partners`
  const patch = await request.patch(`/api/praktijken/${ouderId}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { naam: nieuweNaam },
  })
  expect(patch.status()).toBe(200)

  await expect
    .poll(async () => (await (await request.get(aanbod.url)).text()).includes(nieuweNaam), {
      timeout: 15_000,
      intervals: [250, 500, 1000],
    })
    .toBe(true)
  // The unrelated page was not re-rendered: still the cached copy.
  expect(await cacheStand(request, ander.url)).toBe('HIT')
  expect(await (await request.get(ander.url)).text()).toBe(anderVoor)
  // The praktijk's old address, cached as its page a moment ago, now leads to its new one.
  await expect
    .poll(async () => (await request.get(aanbod.ouder!.url, { maxRedirects: 0 })).status(), {
      timeout: 15_000,
    })
    .toBe(308)
  const oud = await request.get(aanbod.ouder!.url, { maxRedirects: 0 })
  expect(oud.headers()['location']).toContain(`-${ouderId}`)
  expect(oud.headers()['location']).not.toBe(aanbod.ouder!.url)

  await request.patch(`/api/praktijken/${ouderId}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { naam: oudeNaam },
  })
})

test('a stopped fiche answers 410 within seconds, and is back when it is active again', async ({
  request,
}) => {
  const token = await adminToken(request)
  const fiche = (await zoek(request, 'type=organisatie&per=5'))[1]
  const id = Number(fiche.url.split('-').pop())
  await request.get(fiche.url)
  expect(await cacheStand(request, fiche.url)).toBe('HIT')

  await request.patch(`/api/organisaties/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { status: 'stopgezet' },
  })
  await expect
    .poll(async () => (await request.get(fiche.url)).status(), { timeout: 15_000 })
    .toBe(410)
  // The 410 page is itself served from the cache, with its status.
  const gestopt = await request.get(fiche.url)
  expect(gestopt.status()).toBe(410)
  expect(gestopt.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await gestopt.text()).toContain('Deze fiche is niet meer actief')

  await request.patch(`/api/organisaties/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { status: 'actief' },
  })
  await expect
    .poll(async () => (await request.get(fiche.url)).status(), { timeout: 15_000 })
    .toBe(200)
})

test('a deleted fiche is not found within seconds, also at an address cached before', async ({
  request,
}) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const gemaakt = await request.post('/api/organisaties', {
    headers,
    data: {
      naam: 'Dienst Op Proef',
      status: 'actief',
      adressen: [{ straat: 'Veldstraat', huisnummer: '1', postcode: '9000' }],
    },
  })
  expect(gemaakt.status()).toBe(201)
  const { doc } = (await gemaakt.json()) as { doc: { id: number } }
  const url = `/organisaties/dienst-op-proef-${doc.id}`
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 15_000 }).toBe(200)
  expect(await cacheStand(request, url)).toBe('HIT')

  expect((await request.delete(`/api/organisaties/${doc.id}`, { headers })).status()).toBe(200)
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 15_000 }).toBe(404)
})

test('the home page counts follow a fiche that starts or stops', async ({ request }) => {
  const token = await adminToken(request)
  const aantal = async () =>
    Number(
      /<strong>([\d.]+)<\/strong>\s*(?:<!-- -->)?organisaties/
        .exec(await (await request.get('/')).text())?.[1]
        ?.replace(/\./g, ''),
    )
  const voor = await aantal()
  expect(voor).toBeGreaterThan(0)
  // The home page itself is served from the page cache, and still follows.
  expect(await cacheStand(request, '/')).toBe('HIT')
  const fiche = (await zoek(request, 'type=organisatie&per=5'))[2]
  const id = Number(fiche.url.split('-').pop())
  await request.patch(`/api/organisaties/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { status: 'stopgezet' },
  })
  await expect.poll(aantal, { timeout: 15_000 }).toBe(voor - 1)
  await request.patch(`/api/organisaties/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { status: 'actief' },
  })
  await expect.poll(aantal, { timeout: 15_000 }).toBe(voor)
})

test('the revalidation route is closed to anyone without the server key', async ({ request }) => {
  const zonder = await request.post('/api/intern/revalideer', { data: { paden: ['/'] } })
  expect(zonder.status()).toBe(403)
  const verkeerd = await request.post('/api/intern/revalideer', {
    data: { paden: ['/'] },
    headers: { 'x-revalidatie-sleutel': 'raden' },
  })
  expect(verkeerd.status()).toBe(403)
})
