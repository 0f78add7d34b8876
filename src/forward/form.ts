// The "forward this fiche" form. The work is loaded on first use: it brings the fiche reading of
// the downloads, which the other forms do not need.
import { pageWith, type FormActions } from '@/forms/action'

export const FORWARD_ACTIONS = {
  // The form belongs to one fiche: back to it after a failure.
  doorsturen: {
    run: (ctx, fields) => import('./action').then((m) => m.forwardFiche(ctx, fields)),
    page: pageWith('/doorsturen', 'soort', 'id'),
  },
} as const satisfies FormActions
