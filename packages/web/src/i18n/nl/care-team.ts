/** Arranging a client's care team (issue 14). */
export const nlCareTeam = {
  'careTeam.none': 'Er staat nu niemand in het zorgteam.',
  'careTeam.currentList': 'Nu in het zorgteam',
  'careTeam.past': 'Eerder in het zorgteam',
  'careTeam.since': 'sinds {{from}}',
  'careTeam.period': '{{from}} tot en met {{until}}',
  'careTeam.add': 'Professional toevoegen aan het zorgteam',
  'careTeam.addExplain': 'Wie u toevoegt, ziet het dossier van {{name}} zoals de rol in het zorgteam toestaat.',
  'careTeam.who': 'Professional',
  'careTeam.role': 'Rol in het zorgteam',
  'careTeam.chooseFirst': 'Kies eerst een professional.',
  'careTeam.noTeamRole': '{{name}} heeft geen rol die in een zorgteam past.',
  'careTeam.validFrom': 'Eerste dag in het zorgteam',
  'careTeam.save': 'Toevoegen',
  'careTeam.added': '{{name}} is toegevoegd aan het zorgteam.',
  'careTeam.end': 'Beëindigen',
  'careTeam.endLabel': 'Lidmaatschap van {{name}} beëindigen',
  'careTeam.endExplain':
    'Na de laatste dag ziet {{name}} het dossier niet meer via het zorgteam. Het lidmaatschap blijft in de geschiedenis staan.',
  'careTeam.endDate': 'Laatste dag in het zorgteam',
  'careTeam.endConfirm': 'Ja, beëindigen',
  'careTeam.ended': 'Het lidmaatschap van {{name}} is beëindigd.',
};
