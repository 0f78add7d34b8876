import { notFound } from 'next/navigation'

// The proxy rewrites the address of an unknown or unpublished fiche here: the site's 404 page,
// whatever an older cached copy of that fiche's page would have said.
export default function FicheOnbekend(): never {
  notFound()
}
