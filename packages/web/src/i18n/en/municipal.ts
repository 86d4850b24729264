import type { nlMunicipal } from '../nl/municipal';

/** English — the municipality's overview of day activities and the reports for financers. */
export const enMunicipal: Record<keyof typeof nlMunicipal, string> = {
  'nav.municipal': 'Municipal overview',
  'municipal.title': 'Day activities in the municipality',
  'municipal.noMunicipality': 'No municipality is linked to your account yet. Ask the administrator to do this.',
  'municipal.intro':
    'Offer and demand in {{municipalities}}, per neighbourhood and per rung of the participation ladder. You see totals only. Numbers of fewer than {{size}} people are not shown.',
  'municipal.gaps': 'Missing in {{municipality}}',
  'municipal.complete': 'In {{municipality}} there is an offer in every form from day activities to work.',
  'municipal.measure.label': 'What do you want to see?',
  'municipal.measure.offers': 'Offers',
  'municipal.measure.placesFree': 'Places free',
  'municipal.measure.waiting': 'Waiting',
  'municipal.measure.unmetNeeds': 'Nothing suitable',
  'municipal.measure.publicTransport': 'By public transport',
  'municipal.measure.diversity': 'Different forms',
  'municipal.explain.offers': 'The number of places on the social map, at the rung where someone starts.',
  'municipal.explain.placesFree': 'Places minus the people taking part now.',
  'municipal.explain.waiting': 'People who registered and have not started yet.',
  'municipal.explain.unmetNeeds':
    'People for whom nothing fitted, in the neighbourhood where they looked and at the rung they want to reach.',
  'municipal.explain.publicTransport': 'Offers where it is known how to get there by bus or train.',
  'municipal.explain.diversity': 'How many different forms from day activities to work there are.',
  'municipal.neighbourhood': 'Neighbourhood',
  'municipal.total': 'Total',
  'municipal.rung': 'Rung {{rung}}: {{name}}',
  'municipal.rung.unknown': 'Rung unknown',
  'municipal.row.unknown': 'neighbourhood unknown',
  'municipal.row.online': 'Online (for everyone)',
  'municipal.hidden': 'hidden',
  'municipal.hiddenExplained':
    'Hidden: fewer than {{size}} people, or a number from which such a small number could be worked out. So no one can be recognised.',
  'municipal.map.title': 'Map',
  'municipal.map.label': 'Map of the offers per neighbourhood',
  'municipal.map.noTiles': 'The map shows the offers without a background map.',
  'municipal.map.attribution': '© OpenStreetMap contributors',
  'municipal.map.area': '{{area}}: {{offers}} offers, {{forms}} forms',
};
