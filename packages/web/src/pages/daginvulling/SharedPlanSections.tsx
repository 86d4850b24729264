import { COMPETENCE_AREAS, READINESS_ITEMS, type ParticipationPlan, type PlanSection } from '@meedoen/core';
import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

/** One section of someone's participation plan, read only, in plain words; `name` is the person's given name. */
export function SharedSection({ section, plan, name }: { section: PlanSection; plan: Partial<ParticipationPlan>; name: string }) {
  const { t, i18n } = useTranslation();
  const empty = <Text c="dimmed">{t('sharedPlan.empty')}</Text>;
  const text = (value: string | undefined) => (value ? <Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Text> : empty);
  const words = (values: readonly string[] | undefined) =>
    values && values.length > 0 ? <Text>{values.join(', ')}</Text> : empty;
  const facts = (rows: [string, ReactNode][]) => (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
  switch (section) {
    case 'dreams':
    case 'meaning':
    case 'perspective':
      return text(plan[section]);
    case 'otherRoles':
    case 'strengths':
      return words(plan[section]);
    case 'competences': {
      const c = plan.competences;
      return c ? facts(COMPETENCE_AREAS.map((area) => [t(`sharedPlan.competence.${area}`), c[area] || '—'])) : empty;
    }
    case 'readiness': {
      const r = plan.readiness;
      return r
        ? facts(
            READINESS_ITEMS.map((item) => [
              t(`sharedPlan.readiness.${item}`, { name }),
              t('sharedPlan.readinessScore', { score: r[item] }),
            ]),
          )
        : empty;
    }
    case 'preferences': {
      const p = plan.preferences;
      if (!p) return empty;
      const wishes = [
        p.wantsSmallScale && t('sharedPlan.pref.smallScale'),
        p.wantsLowStimulus && t('sharedPlan.pref.lowStimulus'),
        p.wantsSocialSafety && t('sharedPlan.pref.socialSafety'),
        p.needsWheelchairAccess && t('sharedPlan.pref.wheelchair'),
      ].filter((w): w is string => typeof w === 'string');
      const days = [...new Set(p.availability.map((slot) => t(`weekday.${slot.day}`)))];
      return facts([
        [t('sharedPlan.pref.sectors'), p.sectors.join(', ') || '—'],
        [t('sharedPlan.pref.interests'), p.interests.join(', ') || '—'],
        [t('sharedPlan.pref.hours'), p.hoursPerWeek ?? '—'],
        [t('sharedPlan.pref.earliestStart'), p.earliestStart ?? '—'],
        [t('sharedPlan.pref.travel'), t('sharedPlan.pref.travelMinutes', { minutes: p.maxTravelMinutes })],
        [t('sharedPlan.pref.days'), days.join(', ') || '—'],
        [t('sharedPlan.pref.wishes'), wishes.join(', ') || '—'],
      ]);
    }
    case 'supportNeeds':
      return words(plan.supportNeeds?.map((need) => t(`sharedPlan.support.${need}`)));
    case 'network':
      return plan.network && plan.network.length > 0 ? (
        <List>
          {plan.network.map((person, i) => (
            <List.Item key={i}>
              {person.name} ({person.relation}){person.contribution ? `: ${person.contribution}` : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        empty
      );
    case 'steps':
      return plan.steps && plan.steps.length > 0 ? (
        <List>
          {plan.steps.map((step, i) => (
            <List.Item key={i}>
              {step.description} · <strong>{t(step.done ? 'sharedPlan.step.done' : 'sharedPlan.step.open')}</strong>
            </List.Item>
          ))}
        </List>
      ) : (
        empty
      );
    case 'ladder': {
      const l = plan.ladder;
      return l ? (
        <Text>
          {t('sharedPlan.ladder', {
            rung: l.currentRung,
            now: t(`ladder.${l.currentRung}`),
            target: l.targetRung,
            goal: t(`ladder.${l.targetRung}`),
          })}
        </Text>
      ) : (
        empty
      );
    }
    case 'signalPlan': {
      const s = plan.signalPlan;
      return s ? (
        <List>
          {(['groen', 'oranje', 'rood'] as const).map((colour) => (
            <List.Item key={colour}>
              <strong>{t(`sharedPlan.signal.${colour}`)}</strong> ·{' '}
              {t('sharedPlan.signal.signs', { text: s[colour].signs || '—' })} ·{' '}
              {t('sharedPlan.signal.actions', { text: s[colour].actions || '—' })}
            </List.Item>
          ))}
        </List>
      ) : (
        empty
      );
    }
    case 'portfolio':
      return plan.portfolio && plan.portfolio.length > 0 ? (
        <List>
          {plan.portfolio.map((item, i) => (
            <List.Item key={i}>
              {item.title} ({formatDate(item.date, i18n.language)})
            </List.Item>
          ))}
        </List>
      ) : (
        empty
      );
  }
}
