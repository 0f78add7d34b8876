'use client'
// While a download is waiting or being made, the account page refreshes its server-rendered list
// every few seconds, so the progress and the link appear without a reload. Without JavaScript the
// page says to reload it.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export const REFRESH_MS = 3000

export function DownloadsRefresher({ bezig }: { bezig: boolean }) {
  const router = useRouter()
  useEffect(() => {
    if (!bezig) return
    const timer = setInterval(() => router.refresh(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [bezig, router])
  return null
}
