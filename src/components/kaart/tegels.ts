// Where map tiles come from, for every map on the site: configurable, OpenStreetMap by default.
export function kaartTegels(): { tegelUrl: string; bronvermelding: string } {
  return {
    tegelUrl: process.env.NEXT_PUBLIC_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    bronvermelding: process.env.NEXT_PUBLIC_MAP_ATTRIBUTION || '© OpenStreetMap-bijdragers',
  }
}
