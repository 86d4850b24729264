import type { nlCareTeam } from '../nl/care-team';

/** Arranging a client's care team (issue 14). */
export const enCareTeam: Record<keyof typeof nlCareTeam, string> = {
  'careTeam.none': 'No one is on the care team now.',
  'careTeam.currentList': 'On the care team now',
  'careTeam.past': 'Earlier on the care team',
  'careTeam.since': 'since {{from}}',
  'careTeam.period': '{{from}} up to and including {{until}}',
  'careTeam.add': 'Add a professional to the care team',
  'careTeam.addExplain': 'Whoever you add sees {{name}}’s record as their role on the care team allows.',
  'careTeam.who': 'Professional',
  'careTeam.role': 'Role on the care team',
  'careTeam.chooseFirst': 'Choose a professional first.',
  'careTeam.noTeamRole': '{{name}} holds no role that fits a care team.',
  'careTeam.validFrom': 'First day on the care team',
  'careTeam.save': 'Add',
  'careTeam.added': '{{name}} has been added to the care team.',
  'careTeam.end': 'End',
  'careTeam.endLabel': 'End {{name}}’s membership',
  'careTeam.endExplain':
    'After the last day {{name}} no longer sees the record through the care team. The membership stays in the history.',
  'careTeam.endDate': 'Last day on the care team',
  'careTeam.endConfirm': 'Yes, end it',
  'careTeam.ended': '{{name}}’s membership has ended.',
  'careTeam.from': 'from {{from}}',
  'careTeam.withdrawnPlan': 'planned from {{from}}, withdrawn before it began',
  'careTeam.withdraw': 'Withdraw',
  'careTeam.withdrawLabel': 'Withdraw {{name}}’s planned membership',
  'careTeam.withdrawExplain':
    '{{name}} has not started on the care team yet. Once withdrawn, {{name}} does not see the record on the planned first day either. The withdrawal stays in the history.',
  'careTeam.withdrawConfirm': 'Yes, withdraw',
  'careTeam.withdrawn': '{{name}}’s planned membership has been withdrawn.',
};
