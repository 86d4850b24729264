import { PROBLEMS } from '@meedoen/core';
import { nlAdmin } from './nl/admin';
import { nlRelatives } from './nl/relatives';
import { problemMessages } from './problem-messages';
import { nlCommon } from './nl/common';
import { nlTreatment } from './nl/treatment';
import { nlDaginvulling } from './nl/daginvulling';
import { nlClient } from './nl/client';
import { nlFinancing } from './nl/financing';
import { nlMeasurement } from './nl/measurement';
import { nlPrivacy } from './nl/privacy';
import { nlMunicipal } from './nl/municipal';
import { nlAgenda } from './nl/agenda';
import { nlWorklist } from './nl/worklist';
import { nlInvitation } from './nl/invitation';
import { nlSupport } from './nl/support';
import { nlContactMoments } from './nl/contact-moments';
import { nlContracts } from './nl/contracts';
import { nlCareTeam } from './nl/care-team';
import { contactMomentLabels } from './contact-moment-labels';

/** Dutch, the default. Flat keys; `problem.<code>` entries come from core's problem catalogue. */
export const nl = {
  ...nlCommon,
  ...nlTreatment,
  ...nlDaginvulling,
  ...nlClient,
  ...nlFinancing,
  ...nlMeasurement,
  ...nlPrivacy,
  ...nlMunicipal,
  ...nlAgenda,
  ...nlAdmin,
  ...nlRelatives,
  ...nlWorklist,
  ...nlInvitation,
  ...nlSupport,
  ...nlContactMoments,
  ...nlContracts,
  ...nlCareTeam,
  ...contactMomentLabels('nl'),
  ...problemMessages(PROBLEMS, 'nl'),
};

export type MessageKey = keyof typeof nl;
