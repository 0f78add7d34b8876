import type { CollectionBeforeDeleteHook } from 'payload'

import { runAccountDeletionSteps } from '@/accounts/deletion'
import { enqueueMail } from '@/mail/outbox'
import { accountDeletedMail } from '@/mail/templates/account'

/** Whatever the path (account page, REST, admin), deleting an account runs every deletion step first. */
export const deleteAccountData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!user) return
  await runAccountDeletionSteps(req, Number(id))
  await enqueueMail(req, { to: user.email, ...accountDeletedMail({ naam: user.naam }) })
}
