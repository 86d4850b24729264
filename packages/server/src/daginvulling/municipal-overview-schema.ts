import { CONTINUUM_FORMS } from '@meedoen/core';
import { Type } from 'typebox';

const Count = Type.Integer({ minimum: 0 });
const Hidden = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
  description: 'null: suppressed (fewer persons than the cell size)',
});
const Form = Type.Enum([...CONTINUUM_FORMS]);

const CountTable = Type.Object({
  cells: Type.Array(Type.Array(Count)),
  rowTotals: Type.Array(Count),
  columnTotals: Type.Array(Count),
  total: Count,
});
const SuppressedTable = Type.Object({
  cells: Type.Array(Type.Array(Hidden)),
  rowTotals: Type.Array(Hidden),
  columnTotals: Type.Array(Hidden),
  total: Hidden,
});

/** The municipal overview as the API returns it: rows are neighbourhoods, columns rungs of the ladder. */
export const MunicipalOverviewSchema = Type.Object({
  municipalities: Type.Array(Type.String(), { description: 'bound to the signed-in officer' }),
  tileUrl: Type.Union([Type.String(), Type.Null()], { description: 'map tiles; null = markers on a plain background' }),
  minCellSize: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      municipality: Type.Union([Type.String(), Type.Null()]),
      neighbourhood: Type.Union([Type.String(), Type.Null()], { description: 'null: unknown, or online offers' }),
      online: Type.Boolean(),
      centre: Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number() }), Type.Null()]),
      forms: Type.Array(Form),
    }),
  ),
  columns: Type.Array(Type.Union([Type.Integer({ minimum: 1, maximum: 6 }), Type.Literal('unknown')])),
  offers: CountTable,
  places: CountTable,
  publicTransport: CountTable,
  diversity: CountTable,
  occupied: SuppressedTable,
  placesFree: SuppressedTable,
  waiting: SuppressedTable,
  unmetNeeds: SuppressedTable,
  missingForms: Type.Array(Type.Object({ municipality: Type.String(), forms: Type.Array(Form) })),
  markers: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      form: Form,
      rung: Type.Integer(),
      lat: Type.Number(),
      lon: Type.Number(),
    }),
  ),
});
