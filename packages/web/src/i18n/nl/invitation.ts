/** The invitation page: choosing one's first (or a new) password with a one-time link. B1 Dutch. */
export const nlInvitation = {
  'invitation.title': 'Wachtwoord kiezen',
  'invitation.welcome': 'Welkom, {{name}}.',
  'invitation.intro': 'U kiest nu zelf een wachtwoord voor uw account {{email}}. Daarna kunt u inloggen.',
  'invitation.password': 'Nieuw wachtwoord',
  'invitation.passwordHint':
    'Minstens 12 tekens, en niet uw e-mailadres. Een zin van een paar woorden is lang genoeg en makkelijk te onthouden.',
  'invitation.repeat': 'Typ het wachtwoord nog een keer',
  'invitation.mismatch': 'De twee wachtwoorden zijn niet gelijk.',
  'invitation.submit': 'Wachtwoord opslaan',
  'invitation.noLink': 'Deze pagina werkt alleen met de hele uitnodigingslink. Vraag de beheerder om een nieuwe link.',
  'invitation.toSignIn': 'Naar inloggen',
  'invitation.done': 'Uw wachtwoord is opgeslagen. Log nu in met uw e-mailadres en het nieuwe wachtwoord.',
  'invitation.doneSignedIn': 'Het wachtwoord is opgeslagen. In deze browser is nog iemand anders ingelogd.',
};
