// Where map tiles come from, for every map on the site: configurable, OpenStreetMap by default.
import { getConfig } from '@/config'

export function mapTiles(): { tegelUrl: string; bronvermelding: string } {
  return {
    tegelUrl: getConfig().map.tileUrl,
    bronvermelding: getConfig().map.attribution,
  }
}
