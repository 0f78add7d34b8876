import type { Metadata } from 'next'

import { FichePagina, laadFiche } from '@/components/fiche/FichePagina'

import '../../fiche.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ fiche: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await laadFiche('praktijk', (await params).fiche)
  return { title: doc.naam }
}

export default async function Page({ params }: Props) {
  return <FichePagina soort="praktijk" segment={(await params).fiche} />
}
