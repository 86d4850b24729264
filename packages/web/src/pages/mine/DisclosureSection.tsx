import { DISCLOSABLE_PARTS, DISCLOSURE_AUDIENCES, type DisclosablePart, type ParticipationPlan } from '@meedoen/core';
import { Accordion, Card, Checkbox, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Disclosure = ParticipationPlan['disclosure'];

/**
 * Who may know what (003 L1912-1915): per kind of party, the parts of the plan and day activities the
 * person shares. Someone who sees the plan only with the person's consent sees these parts, nothing more.
 */
export function DisclosureSection(props: { value: Disclosure; onChange: (value: Disclosure) => void }) {
  const { t } = useTranslation();
  const sharedWith = (audience: Disclosure[number]['audience']) =>
    props.value.find((entry) => entry.audience === audience)?.sections ?? [];
  const setShared = (audience: Disclosure[number]['audience'], sections: DisclosablePart[]) => {
    const others = props.value.filter((entry) => entry.audience !== audience);
    const current = props.value.find((entry) => entry.audience === audience);
    props.onChange(
      sections.length === 0 && !current?.mayKnow ? others : [...others, { audience, mayKnow: current?.mayKnow ?? '', sections }],
    );
  };
  return (
    <Card withBorder>
      <Title order={3} size="h4">
        {t('myPlan.disclosureTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('myPlan.disclosureIntro')}
      </Text>
      <Accordion variant="separated">
        {DISCLOSURE_AUDIENCES.map((audience) => {
          const shared = sharedWith(audience);
          return (
            <Accordion.Item key={audience} value={audience}>
              <Accordion.Control>
                {t(`disclosure.audience.${audience}`)} · {t('myPlan.disclosureCount', { count: shared.length })}
              </Accordion.Control>
              <Accordion.Panel>
                <Checkbox.Group
                  label={t('myPlan.disclosureWhat', { audience: t(`disclosure.audience.${audience}`) })}
                  value={shared}
                  onChange={(values) =>
                    setShared(
                      audience,
                      DISCLOSABLE_PARTS.filter((part) => values.includes(part)),
                    )
                  }
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                    {DISCLOSABLE_PARTS.map((part) => (
                      <Checkbox key={part} value={part} label={t(`disclosure.part.${part}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Card>
  );
}
