import type { Metadata } from 'next'

import { FichePage, ficheMetadata, loadFiche } from '@/components/fiches/FichePage'

import '../../fiche.css'

// Rendered on the first visit, then served from the cache until the sync worker revalidates it
// (src/revalidation) because the fiche or something it shows changed. The hour bounds how long the
// open/closed line, as rendered without JavaScript, can lag the clock.
export const revalidate = 3600
export const generateStaticParams = async (): Promise<{ fiche: string }[]> => []

type Props = { params: Promise<{ fiche: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return ficheMetadata('aanbod', await loadFiche('aanbod', (await params).fiche))
}

export default async function Page({ params }: Props) {
  return <FichePage soort="aanbod" segment={(await params).fiche} />
}
