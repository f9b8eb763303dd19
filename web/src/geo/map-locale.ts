// MapLibre's own control texts ("Zoom in", "Map"…) in the page's language: its built-in ones are English only.
import type { TFunction } from 'i18next';

export function mapLocale(t: TFunction): Record<string, string> {
  return {
    'Map.Title': t('map.ui.title'),
    'NavigationControl.ZoomIn': t('map.ui.zoomIn'),
    'NavigationControl.ZoomOut': t('map.ui.zoomOut'),
    'NavigationControl.ResetBearing': t('map.ui.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.ui.attribution'),
    'Popup.Close': t('map.ui.close'),
  };
}
