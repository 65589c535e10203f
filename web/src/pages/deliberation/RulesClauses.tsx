// A version of the rules of procedure read as clauses: the threshold, how supports and votes count, the
// ballot, the quorum and majority, and the stricter rules of some categories (加装电梯).
import { useTranslation } from 'react-i18next';
import type { RulesDocView } from '#common/api/deliberation.js';
import type { TopicCategory } from '#common/deliberation.js';
import { fraction } from './labels.js';

export function RulesClauses({ doc }: { doc: RulesDocView }) {
  const { t } = useTranslation();
  const th = doc.supportThreshold;
  const threshold =
    th.kind === 'households'
      ? t('delib.docs.thresholdHouseholds', { n: th.value })
      : t('delib.docs.thresholdPercent', { pct: th.value });
  const unit = (u: 'household' | 'resident') =>
    u === 'household' ? t('delib.docs.perHousehold') : t('delib.docs.perResident');
  return (
    <ol className="delib-clauses" data-testid="rules-clauses">
      <li>{t('delib.docs.clauseThreshold', { threshold })}</li>
      <li>{t('delib.docs.clauseSupport', { unit: unit(doc.supportUnit) })}</li>
      <li>
        {t('delib.docs.clauseVote', {
          unit: unit(doc.voteUnit),
          ballot: doc.ballot === 'secret' ? t('delib.ballotSecret') : t('delib.ballotOpen'),
          q: fraction(doc.vote.quorum),
          m: fraction(doc.vote.majority),
        })}
      </li>
      {Object.entries(doc.categoryVotes).map(([c, r]) =>
        r ? (
          <li key={c}>
            {t('delib.docs.clauseCategory', {
              category: t(`delib.categories.${c as TopicCategory}`),
              q: fraction(r.quorum),
              m: fraction(r.majority),
            })}
          </li>
        ) : null,
      )}
    </ol>
  );
}
