'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef } from 'react'

import { useHydrated } from '@/components/use-hydrated'

export type MapAdres = { lat: number; lon: number; tekst: string }

type Props = { adressen: MapAdres[]; naam: string; tegelUrl: string; bronvermelding: string }

/**
 * The fiche's addresses on a Leaflet map, beside the address text that says the same. Leaflet needs
 * `window`, so nothing renders on the server or without JavaScript; tiles may fail to load and the
 * circle markers are SVG that need no tiles or images.
 */
export function FicheMap({ adressen, naam, tegelUrl, bronvermelding }: Props) {
  const inBrowser = useHydrated()
  const houder = useRef<HTMLDivElement>(null)
  // The points by value: a new array with the same addresses must not rebuild the map.
  const sleutel = JSON.stringify(adressen)

  useEffect(() => {
    const punten = JSON.parse(sleutel) as MapAdres[]
    if (!inBrowser || punten.length === 0 || !houder.current) return
    let gestopt = false
    let kaart: import('leaflet').Map | null = null
    void import('leaflet').then((module) => {
      const L = module.default ?? module
      if (gestopt || !houder.current) return
      kaart = L.map(houder.current, { scrollWheelZoom: false })
      L.tileLayer(tegelUrl, { attribution: bronvermelding, maxZoom: 19 }).addTo(kaart)
      for (const adres of punten) {
        L.circleMarker([adres.lat, adres.lon], {
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: '#0b5d8c',
          fillOpacity: 0.9,
          className: 'kaart-marker',
        })
          .bindTooltip(adres.tekst)
          .addTo(kaart)
      }
      kaart.fitBounds(L.latLngBounds(punten.map((a) => [a.lat, a.lon] as [number, number])), {
        padding: [32, 32],
        maxZoom: 16,
      })
    })
    return () => {
      gestopt = true
      kaart?.remove()
    }
  }, [inBrowser, sleutel, tegelUrl, bronvermelding])

  if (!inBrowser || adressen.length === 0) return null
  return (
    <div
      ref={houder}
      className="fiche-kaart"
      role="region"
      aria-label={`Kaart met ${adressen.length === 1 ? 'het adres' : `de ${adressen.length} adressen`} van ${naam}; de adressen staan ook hierboven als tekst`}
    />
  )
}
