import type { ProblemDefinition } from '../problem-definition.js';

/** Users and invitations, AGB codes and registrations, care teams. */
export const ORGANISATION_PROBLEMS = {
  'care_team.not_a_professional': {
    status: 422,
    title: 'Not a professional',
    en: 'Only a professional of the organisation with this role can join the care team.',
    nl: 'Alleen een professional van de organisatie met deze rol kan lid worden van het zorgteam.',
  },
  'care_team.arranger_not_allowed': {
    status: 403,
    title: 'May not arrange the care team',
    en: 'Only a care-team manager of the organisation or the client’s regiebehandelaar adds or ends care-team memberships.',
    nl: 'Alleen wie in de organisatie zorgteams beheert of de regiebehandelaar van de cliënt voegt iemand toe aan het zorgteam of beëindigt een lidmaatschap.',
  },
  'care_team.already_member': {
    status: 409,
    title: 'Already on the care team',
    en: 'This professional is already on the care team in this role for (part of) this period.',
    nl: 'Deze professional zit in deze periode al in het zorgteam met deze rol.',
  },
  'care_team.already_ended': {
    status: 409,
    title: 'Membership already ended',
    en: 'This care-team membership has already ended on or before that date.',
    nl: 'Dit lidmaatschap van het zorgteam is op of voor die datum al beëindigd.',
  },
  'care_team.end_before_start': {
    status: 422,
    title: 'End before start',
    en: 'A membership cannot end before it starts; a planned membership is withdrawn instead.',
    nl: 'Een lidmaatschap kan niet eindigen voordat het begint; een gepland lidmaatschap trekt u in.',
  },
  'care_team.already_started': {
    status: 409,
    title: 'Membership already started',
    en: 'Only a membership that has not begun can be withdrawn; one under way is ended.',
    nl: 'Alleen een lidmaatschap dat nog niet begonnen is kunt u intrekken; een lopend lidmaatschap beëindigt u.',
  },
  'users.self_change_forbidden': {
    status: 403,
    title: 'Own account',
    en: 'An administrator cannot change their own roles or deactivate their own account; another administrator does that.',
    nl: 'Een beheerder kan de eigen rollen niet wijzigen en het eigen account niet uitzetten; dat doet een andere beheerder.',
  },
  'users.email_taken': {
    status: 409,
    title: 'E-mail address in use',
    en: 'There is already an account with this e-mail address.',
    nl: 'Er is al een account met dit e-mailadres.',
  },
  'users.last_administrator': {
    status: 409,
    title: 'Last administrator',
    en: 'This is the last active administrator of the organisation; appoint another one first.',
    nl: 'Dit is de laatste actieve beheerder van de organisatie; wijs eerst een andere beheerder aan.',
  },
  'users.client_link_invalid': {
    status: 422,
    title: 'Client link invalid',
    en: 'An account for a client or a relative belongs to one client and has no other roles; other accounts belong to no client.',
    nl: 'Een account voor een cliënt of naaste hoort bij één cliënt en heeft geen andere rollen; andere accounts horen bij geen cliënt.',
  },
  'users.account_inactive': {
    status: 409,
    title: 'Account switched off',
    en: 'This account is switched off; it cannot get an invitation.',
    nl: 'Dit account is uitgezet; het kan geen uitnodiging krijgen.',
  },
  'registration.agb_invalid': {
    status: 422,
    title: 'Invalid AGB code',
    en: 'An AGB code has exactly eight digits.',
    nl: 'Een AGB-code bestaat uit precies acht cijfers.',
  },
  'registration.register_unknown': {
    status: 422,
    title: 'Unknown register',
    en: 'Choose one of the registers listed.',
    nl: 'Kies een van de genoemde registers.',
  },
  'registration.incomplete': {
    status: 422,
    title: 'Register and number go together',
    en: 'Fill in both the register and the registration number, or neither.',
    nl: 'Vul het register en het registratienummer allebei in, of allebei niet.',
  },
  'registration.number_invalid': {
    status: 422,
    title: 'Invalid registration number',
    en: 'A BIG number has eleven digits.',
    nl: 'Een BIG-nummer bestaat uit elf cijfers.',
  },
  'registration.profession_unknown': {
    status: 422,
    title: 'Unknown profession',
    en: 'Choose one of the professions listed.',
    nl: 'Kies een van de genoemde beroepen.',
  },
} as const satisfies Record<string, ProblemDefinition>;
