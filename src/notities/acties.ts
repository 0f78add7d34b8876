'use server'
// The forms of "Mijn notities": each works without JavaScript (a server action, then a redirect back
// with a message). Writes go through the collection's access as the logged-in user.
import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, ValidationError } from 'payload'

import { currentUser } from '@/accounts/session'
import { encodeErrors } from '@/accounts/flash'
import { asPayloadUser } from '@/auth/payload-user'
import type { FicheSoort } from '@/domain/fiche-url'

const terug = (form: FormData) => {
  const soort = String(form.get('ficheSoort') ?? '')
  const id = String(form.get('ficheId') ?? '')
  return soort && id ? `/account/notities?soort=${encodeURIComponent(soort)}&id=${encodeURIComponent(id)}` : '/account/notities'
}

async function alsGebruiker(form: FormData, doe: (payload: Awaited<ReturnType<typeof getPayload>>, user: NonNullable<Awaited<ReturnType<typeof currentUser>>>) => Promise<string>) {
  const payload = await getPayload({ config })
  const user = await currentUser(payload, await headers())
  if (!user) redirect(`/account/aanmelden?volgende=${encodeURIComponent(terug(form))}`)
  let melding: string
  try {
    melding = await doe(payload, user)
  } catch (error) {
    if (error instanceof ValidationError) {
      redirect(`${terug(form)}${terug(form).includes('?') ? '&' : '?'}${encodeErrors(error.data.errors.map((e) => ({ field: e.path, message: e.message })))}`)
    }
    throw error
  }
  redirect(`${terug(form)}${terug(form).includes('?') ? '&' : '?'}melding=${melding}`)
}

export async function bewaarNotitie(form: FormData): Promise<void> {
  await alsGebruiker(form, async (payload, user) => {
    const id = Number(form.get('id'))
    const tekst = String(form.get('tekst') ?? '')
    const als = { user: asPayloadUser(user), overrideAccess: false }
    if (Number.isSafeInteger(id) && id > 0) {
      await payload.update({ collection: 'notities', id, data: { tekst }, ...als })
      return 'notitie-bewaard'
    }
    await payload.create({
      collection: 'notities',
      // The collection's select validation refuses any other fiche type, with a message for the form.
      data: { ficheSoort: String(form.get('ficheSoort')) as FicheSoort, ficheId: Number(form.get('ficheId')), tekst },
      ...als,
    })
    return 'notitie-bewaard'
  })
}

export async function verwijderNotitie(form: FormData): Promise<void> {
  await alsGebruiker(form, async (payload, user) => {
    await payload.delete({ collection: 'notities', id: Number(form.get('id')), user: asPayloadUser(user), overrideAccess: false })
    return 'notitie-verwijderd'
  })
}
