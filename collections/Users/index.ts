import type { CollectionAfterReadHook, CollectionConfig, FieldAccess } from 'payload'

import { canOpenAdmin, readOrDecideAccount } from './access/accountAccess'
import { anyone } from '@access/anyone'
import { isAdminField } from '@access/isAdmin'
import { hasRole, ROLES } from '@/accounts/roles'
import { adminOrSelf } from './access/userAccess'
import { deleteAccountData } from './hooks/deleteAccountData'
import {
  announceZorgverlenerRequest,
  guardAccountChanges,
  refuseUnverifiedLogin,
  selfRegistration,
  sendVerificationMail,
  zorgverlenerDecision,
  zorgverlenerDecisionEffects,
} from './hooks/accountRegistration'
import { checkRelationsExist } from '@hooks/checkRelationsExist'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { accountLink } from '@/accounts/links'
import { resetPasswordMail } from '@/mail/templates/account'
import type { User } from '@/payload-types'

import { derivedFieldAccess } from '@access/derivedField'

const RESET_HOURS = 1
const decides: FieldAccess<User> = ({ req: { user } }) => hasRole(user, 'admin', 'regiobeheerder')

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  burger: 'Burger',
  zorgverlener: 'Zorgverlener',
  regiobeheerder: 'Regiobeheerder',
  redacteur: 'Redacteur',
  admin: 'Beheerder (admin)',
}

/**
 * Payload lists the login sessions on the account document; nobody needs them through the API.
 * While a request is still being authenticated (no req.user yet) the JWT check reads them itself.
 */
const hideSessions: CollectionAfterReadHook<User> = ({ doc, req }) => {
  if (req.user && req.payloadAPI !== 'local') delete doc.sessions
  return doc
}

/**
 * Staff and the public share one collection: a citizen who registers is a burger, and the same
 * account later becomes fichebeheerder (fichebeheer rows point here) or zorgverlener (its fiche's
 * `account` points here) without moving to another collection or logging in twice. What keeps the
 * two worlds apart is access: the admin panel opens only for people who manage something
 * (canOpenAdmin), and everyone reads only their own account.
 */
export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    // Five wrong passwords lock the account for a quarter of an hour (Payload counts and unlocks).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: {
      expiration: RESET_HOURS * 60 * 60 * 1000,
      // The admin's "wachtwoord vergeten" sends the same Dutch mail as the public site, to the public reset page.
      generateEmailSubject: () =>
        resetPasswordMail({ url: 'https://x.invalid/', hours: RESET_HOURS }).subject,
      generateEmailHTML: (args) =>
        resetPasswordMail({
          naam: (args?.user as { naam?: string } | undefined)?.naam,
          url: accountLink(args?.req, '/account/wachtwoord-herstellen', {
            token: String(args?.token ?? ''),
          }),
          hours: RESET_HOURS,
        }).html,
    },
  },
  admin: {
    group: 'Beheer',
    useAsTitle: 'email',
    defaultColumns: ['email', 'naam', 'roles', 'regios', 'createdAt'],
    listSearchableFields: ['email', 'naam'],
  },
  access: {
    // Anyone may register; the roles field below keeps a new account a burger unless an admin says otherwise.
    create: anyone,
    read: readOrDecideAccount,
    update: readOrDecideAccount,
    delete: adminOrSelf,
    admin: canOpenAdmin,
  },
  hooks: {
    beforeValidate: [
      checkRelationsExist('users', [
        { path: 'regios', relationTo: 'regios' },
        { path: 'zorgverlenerFiche', relationTo: 'zorgverleners' },
      ]),
    ],
    beforeChange: [firstUserIsAdmin, selfRegistration, guardAccountChanges, zorgverlenerDecision],
    afterChange: [sendVerificationMail, announceZorgverlenerRequest, zorgverlenerDecisionEffects],
    afterRead: [hideSessions],
    beforeLogin: [refuseUnverifiedLogin],
    beforeDelete: [deleteAccountData],
  },
  fields: [
    { name: 'naam', label: 'Naam', type: 'text' },
    {
      name: 'roles',
      label: 'Rollen',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['burger'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'regios',
      label: "Regio's (als regiobeheerder)",
      type: 'relationship',
      relationTo: 'regios',
      hasMany: true,
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        condition: (data: Partial<User>) => Boolean(data?.roles?.includes('regiobeheerder')),
      },
    },
    {
      name: 'emailVerified',
      label: 'E-mailadres bevestigd',
      type: 'checkbox',
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description:
          'Een account dat zichzelf registreert, kan zich pas aanmelden na de bevestigingsmail.',
      },
    },
    {
      type: 'collapsible',
      label: 'Aanvraag als zorgverlener',
      admin: { condition: (data) => Boolean(data?.rizivNummer || data?.zorgverlenerStatus) },
      fields: [
        {
          name: 'rizivNummer',
          label: 'Opgegeven RIZIV-nummer',
          type: 'text',
          access: { update: isAdminField },
          admin: {
            readOnly: true,
            description: 'Zoals opgegeven bij de registratie; de koppeling volgt pas na nazicht.',
          },
        },
        {
          name: 'zorgverlenerStatus',
          label: 'Nazicht',
          type: 'select',
          index: true,
          options: [
            { label: 'Aangevraagd', value: 'aangevraagd' },
            { label: 'Goedgekeurd: gekoppeld aan de fiche', value: 'goedgekeurd' },
            { label: 'Geweigerd', value: 'geweigerd' },
          ],
          access: { create: () => false, update: decides },
        },
        {
          name: 'zorgverlenerFiche',
          label: 'Zorgverlenersfiche',
          type: 'relationship',
          relationTo: 'zorgverleners',
          access: { create: () => false, update: decides },
          admin: {
            description:
              'De fiche met dit RIZIV-nummer. Pas na goedkeuring wordt het account eraan gekoppeld.',
          },
        },
        {
          name: 'zorgverlenerRegio',
          label: 'Regio van de fiche',
          type: 'relationship',
          relationTo: 'regios',
          index: true,
          access: derivedFieldAccess,
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
