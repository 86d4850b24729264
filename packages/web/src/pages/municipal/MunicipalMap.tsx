import 'leaflet/dist/leaflet.css';
import { Box } from '@mantine/core';
import type { LatLngBoundsExpression } from 'leaflet';
import { useTranslation } from 'react-i18next';
import { CircleMarker, MapContainer, TileLayer, Tooltip } from 'react-leaflet';
import type { MunicipalOverview } from '../../api/municipal';

/**
 * The overview on a map: a circle per neighbourhood (sized by its number of offers) and a dot per offer.
 * With a tile URL configured the map has OpenStreetMap (or other) tiles under it; without one — the
 * default, and offline — the markers stand on a plain background. The table holds the same numbers.
 */
export function MunicipalMap({ overview }: { overview: MunicipalOverview }) {
  const { t } = useTranslation();
  const located = overview.rows.flatMap((row, i) => (row.centre ? [{ row, i, centre: row.centre }] : []));
  const points = [...located.map((l) => l.centre), ...overview.markers];
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const pad = 0.01;
  const bounds: LatLngBoundsExpression = [
    [Math.min(...lats) - pad, Math.min(...lons) - pad],
    [Math.max(...lats) + pad, Math.max(...lons) + pad],
  ];
  return (
    <Box
      role="region"
      aria-label={t('municipal.map.label')}
      style={{ height: 420, borderRadius: 8, overflow: 'hidden', border: '1px solid var(--mantine-color-gray-4)' }}
    >
      <MapContainer
        bounds={bounds}
        scrollWheelZoom={false}
        style={{ height: '100%', background: overview.tileUrl ? undefined : '#eef2f0' }}
        attributionControl={Boolean(overview.tileUrl)}
      >
        {overview.tileUrl && <TileLayer url={overview.tileUrl} attribution={t('municipal.map.attribution')} maxZoom={18} />}
        {located.map(({ row, i, centre }) => (
          <CircleMarker
            key={`area-${i}`}
            center={[centre.lat, centre.lon]}
            radius={10 + 2 * Math.min(10, overview.offers.rowTotals[i] ?? 0)}
            pathOptions={{ color: '#0b7285', fillOpacity: 0.25, weight: 2 }}
          >
            <Tooltip>
              {t('municipal.map.area', {
                area: row.neighbourhood ?? t('municipal.row.unknown'),
                offers: overview.offers.rowTotals[i] ?? 0,
                forms: overview.diversity.rowTotals[i] ?? 0,
              })}
            </Tooltip>
          </CircleMarker>
        ))}
        {overview.markers.map((m) => (
          <CircleMarker
            key={m.id}
            center={[m.lat, m.lon]}
            radius={4}
            pathOptions={{ color: '#343a40', fillColor: '#343a40', fillOpacity: 0.9, weight: 1 }}
          >
            <Tooltip>{`${m.name} · ${t(`form.${m.form}`)}`}</Tooltip>
          </CircleMarker>
        ))}
      </MapContainer>
    </Box>
  );
}
