import type { nlInvitation } from '../nl/invitation';

export const enInvitation: Record<keyof typeof nlInvitation, string> = {
  'invitation.title': 'Choose a password',
  'invitation.welcome': 'Welcome, {{name}}.',
  'invitation.intro': 'You now choose your own password for your account {{email}}. Then you can sign in.',
  'invitation.password': 'New password',
  'invitation.passwordHint':
    'At least 12 characters, and not your e-mail address. A sentence of a few words is long enough and easy to remember.',
  'invitation.repeat': 'Type the password once more',
  'invitation.mismatch': 'The two passwords are not the same.',
  'invitation.submit': 'Save password',
  'invitation.noLink': 'This page works only with the whole invitation link. Ask your administrator for a new link.',
  'invitation.toSignIn': 'Go to sign-in',
  'invitation.done': 'Your password has been saved. Now sign in with your e-mail address and the new password.',
  'invitation.doneSignedIn': 'The password has been saved. Someone else is still signed in in this browser.',
};
