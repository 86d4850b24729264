import { PROBLEMS } from '@meedoen/core';
import type { MessageKey } from './nl';
import { enAdmin } from './en/admin';
import { enRelatives } from './en/relatives';
import { problemMessages } from './problem-messages';
import { enCommon } from './en/common';
import { enTreatment } from './en/treatment';
import { enDaginvulling } from './en/daginvulling';
import { enClient } from './en/client';
import { enFinancing } from './en/financing';
import { enMeasurement } from './en/measurement';
import { enPrivacy } from './en/privacy';
import { enMunicipal } from './en/municipal';
import { enAgenda } from './en/agenda';
import { enWorklist } from './en/worklist';
import { enInvitation } from './en/invitation';
import { enSupport } from './en/support';
import { enContactMoments } from './en/contact-moments';
import { enContracts } from './en/contracts';
import { enCareTeam } from './en/care-team';
import { contactMomentLabels } from './contact-moment-labels';

export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enTreatment,
  ...enDaginvulling,
  ...enClient,
  ...enFinancing,
  ...enMeasurement,
  ...enPrivacy,
  ...enMunicipal,
  ...enAgenda,
  ...enAdmin,
  ...enRelatives,
  ...enWorklist,
  ...enInvitation,
  ...enSupport,
  ...enContactMoments,
  ...enContracts,
  ...enCareTeam,
  ...contactMomentLabels('en'),
  ...(problemMessages(PROBLEMS, 'en') as Record<`problem.${keyof typeof PROBLEMS}`, string>),
};
