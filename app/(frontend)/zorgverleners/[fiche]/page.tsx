import type { Metadata } from 'next'

import { FichePagina, ficheMetadata, laadFiche } from '@/components/fiche/FichePagina'

import '../../fiche.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ fiche: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return ficheMetadata('zorgverlener', await laadFiche('zorgverlener', (await params).fiche))
}

export default async function Page({ params }: Props) {
  return <FichePagina soort="zorgverlener" segment={(await params).fiche} />
}
