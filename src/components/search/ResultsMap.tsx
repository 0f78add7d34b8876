'use client'

import 'leaflet/dist/leaflet.css'

import type { LayerGroup, Map as LeafletKaart } from 'leaflet'
import { useEffect, useRef, useState } from 'react'

import { useHydrated } from '@/components/use-hydrated'

export type MapPoint = {
  id: string
  naam: string
  url: string
  lat: number
  lon: number
  adres: string | null
}

type Props = { punten: MapPoint[]; tegelUrl: string; bronvermelding: string }

const KLEUR = '#0b5d8c'

/**
 * The results of this page on a Leaflet map. Leaflet needs `window`, so it is loaded in the browser
 * only; without JavaScript this renders nothing and the list says it all. Tiles come from
 * configuration and may fail to load (offline, blocked): the circle markers are drawn as SVG on their
 * own and need neither tiles nor marker images.
 */
export function ResultsMap({ punten, tegelUrl, bronvermelding }: Props) {
  const inBrowser = useHydrated()
  const houder = useRef<HTMLDivElement>(null)
  const kaart = useRef<LeafletKaart | null>(null)
  const laag = useRef<LayerGroup | null>(null)
  const leaflet = useRef<typeof import('leaflet') | null>(null)
  // Counts the maps made, so the markers are drawn again on a new one.
  const [kaartVersie, setKaartVersie] = useState(0)
  const heeftPunten = punten.length > 0

  // The map itself, once: markers change with every search, the map and its tiles stay.
  useEffect(() => {
    if (!inBrowser || !heeftPunten || !houder.current) return
    let gestopt = false
    void import('leaflet').then((module) => {
      const L = module.default ?? module
      if (gestopt || !houder.current) return
      const k = L.map(houder.current, { center: [50.9, 4.4], zoom: 8, scrollWheelZoom: false })
      L.tileLayer(tegelUrl, { attribution: bronvermelding, maxZoom: 19 }).addTo(k)
      laag.current = L.layerGroup().addTo(k)
      kaart.current = k
      leaflet.current = L
      setKaartVersie((v) => v + 1)
    })
    return () => {
      gestopt = true
      kaart.current?.remove()
      kaart.current = null
      laag.current = null
    }
  }, [inBrowser, heeftPunten, tegelUrl, bronvermelding])

  useEffect(() => {
    const k = kaart.current
    const L = leaflet.current
    if (!L || !k || !laag.current) return
    laag.current.clearLayers()
    for (const punt of punten) {
      // Built as DOM nodes, not HTML strings: names come from editors and must not become markup.
      const popup = document.createElement('div')
      const link = document.createElement('a')
      link.href = punt.url
      link.textContent = punt.naam
      popup.append(link)
      if (punt.adres) {
        const adres = document.createElement('div')
        adres.textContent = punt.adres
        popup.append(adres)
      }
      L.circleMarker([punt.lat, punt.lon], {
        radius: 8,
        color: '#ffffff',
        weight: 2,
        fillColor: KLEUR,
        fillOpacity: 0.9,
        className: 'kaart-marker',
      })
        .bindPopup(popup)
        .bindTooltip(punt.naam)
        .addTo(laag.current)
    }
    if (punten.length > 0) {
      k.fitBounds(L.latLngBounds(punten.map((p) => [p.lat, p.lon] as [number, number])), {
        padding: [24, 24],
        maxZoom: 15,
      })
    }
  }, [kaartVersie, punten])

  if (!inBrowser) return null
  return (
    <section className="kaartvak" aria-labelledby="kaart-titel">
      <h2 id="kaart-titel" className="visueel-verborgen">
        Kaart
      </h2>
      {punten.length === 0 ? (
        <p className="stil">Geen van deze resultaten heeft een adres op de kaart.</p>
      ) : (
        <div
          ref={houder}
          className="kaart"
          role="region"
          aria-label={`Kaart met ${punten.length} ${punten.length === 1 ? 'resultaat' : 'resultaten'} van deze pagina; de lijst geeft dezelfde gegevens`}
        />
      )}
    </section>
  )
}
