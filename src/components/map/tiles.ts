// Where map tiles come from, for every map on the site: configurable, OpenStreetMap by default.
import { getConfig } from '@/config'

export function kaartTegels(): { tegelUrl: string; bronvermelding: string } {
  return {
    tegelUrl: getConfig().map.tileUrl,
    bronvermelding: getConfig().map.attribution,
  }
}
