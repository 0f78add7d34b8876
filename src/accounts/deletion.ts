// What happens to an account's data when it is deleted. Each feature that stores something for an
// account adds one step here: private things (notes, lists, saved searches, downloads) are deleted;
// things sent to others (suggestions, requests) stay, with the sender's name and address removed.
// The steps run in the transaction of the delete itself (the users beforeDelete hook), so an
// account is never half deleted.
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '@/db/transaction'

export type AccountDeletionStep = {
  name: string
  run: (req: PayloadRequest, userId: number) => Promise<void>
}

export const DELETED_ACCOUNT_NAME = 'verwijderd account'

/** A step that is one SQL statement, run in the delete's transaction. */
const inTransaction =
  (statement: (userId: number) => SQL): AccountDeletionStep['run'] =>
  async (req, userId) => {
    await (await transactionOf(req)).execute(statement(userId))
  }

export const accountDeletionSteps: AccountDeletionStep[] = [
  {
    name: 'links in mails',
    run: inTransaction((userId) => sql`DELETE FROM account_tokens WHERE user_id = ${userId}`),
  },
  {
    // The request and its decision stay for the regional team's records; who asked does not.
    name: 'fichebeheer-aanvragen',
    run: inTransaction(
      (userId) => sql`
        UPDATE fichebeheer SET gebruiker_id = NULL, gebruiker_naam = ${DELETED_ACCOUNT_NAME}, gebruiker_email = NULL,
          omschrijving = ${DELETED_ACCOUNT_NAME} || ' → ' || split_part(coalesce(omschrijving, ''), ' → ', 2)
        WHERE gebruiker_id = ${userId}`,
    ),
  },
  {
    name: 'eigen zorgverlenersfiche',
    run: inTransaction(
      (userId) => sql`UPDATE zorgverleners SET account_id = NULL WHERE account_id = ${userId}`,
    ),
  },
  {
    name: 'notities',
    run: inTransaction((userId) => sql`DELETE FROM notities WHERE eigenaar_id = ${userId}`),
  },
  {
    name: 'bewaarde zoekopdrachten',
    run: inTransaction((userId) => sql`DELETE FROM zoekopdrachten WHERE eigenaar_id = ${userId}`),
  },
  {
    // Their entries (lijsten_fiches) go with them through the foreign key; a share link then finds nothing.
    name: 'lijsten',
    run: inTransaction((userId) => sql`DELETE FROM lijsten WHERE eigenaar_id = ${userId}`),
  },
  {
    // The rows go in the delete's transaction; their files have no owner from then on, and the
    // download worker's next clean-up (within a minute) removes every file without a row. Deleting
    // them here could leave rows without files if the delete rolled back.
    name: 'downloads',
    run: inTransaction((userId) => sql`DELETE FROM downloads WHERE eigenaar_id = ${userId}`),
  },
  {
    name: 'doorgestuurde fiches (enkel de telling)',
    run: inTransaction((userId) => sql`DELETE FROM doorgestuurd WHERE afzender_id = ${userId}`),
  },
  {
    // The suggestion still helps the fiche's managers; who sent it, and where to answer, is gone.
    name: 'suggesties',
    run: inTransaction(
      (userId) => sql`
        UPDATE suggesties SET afzender_id = NULL, afzender_naam = ${DELETED_ACCOUNT_NAME}, afzender_email = NULL WHERE afzender_id = ${userId}`,
    ),
  },
]

export async function runAccountDeletionSteps(req: PayloadRequest, userId: number): Promise<void> {
  for (const step of accountDeletionSteps) await step.run(req, userId)
}
