import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { CompetitionDetail, SignupRow } from '@contract/entities/competition'
import { COMPETITION_LIMITS as L } from '@contract/limits/competition'
import { digits } from '@contract/limits'
import Button from '../../../components/button'
import CompetitionActionBar, { ActionBarSpacer } from '../../../features/competition/components/competition-action-bar'
import CompetitionChoice from '../../../features/competition/components/competition-choice'
// The rank and award boxes share the form fields' look (.form-field__input).
import '../../../components/form-field/index.scss'
import EmptyState from '../../../components/empty-state'
import { ListBody, Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { publicName, useCompetitionResults, type ResultDraft } from '../../../features/competition/hooks/use-competition-results'
import { useMe } from '../../../hooks/use-me'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { AWARDS } from '../../../features/competition/text'
import { open, replace, ROUTES } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import { formatDateTime } from '../../../utils/date'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

type AwardKey = (typeof AWARDS)[number] | 'other'
const AWARD_OPTIONS: Array<{ key: AwardKey; label: string }> = [...AWARDS.map((a) => ({ key: a, label: a })), { key: 'other', label: '其他' }]
const awardKey = (award: string): AwardKey => ((AWARDS as readonly string[]).includes(award) ? (award as AwardKey) : 'other')

function ResultRow({
  row,
  draft,
  onToggle,
  onChange,
}: {
  row: SignupRow
  draft: ResultDraft | undefined
  onToggle: () => void
  onChange: (part: keyof ResultDraft, value: string) => void
}) {
  const key = draft ? awardKey(draft.award) : undefined
  return (
    <View className={`competition-results-edit__row${draft ? ' competition-results-edit__row--on' : ''}`}>
      <View className='competition-results-edit__top' onClick={onToggle} role='checkbox' aria-checked={Boolean(draft)}>
        <View className={`competition-results-edit__check${draft ? ' competition-results-edit__check--on' : ''}`}>{draft ? '✓' : ''}</View>
        <View className='competition-results-edit__who'>
          <Text className='competition-results-edit__name'>{publicName(row)}</Text>
          <Text className='competition-results-edit__unit'>{row.unitName}</Text>
        </View>
        <Text className='competition-results-edit__toggle'>{draft ? '获奖' : '点选获奖'}</Text>
      </View>
      {draft && (
        <View className='competition-results-edit__fields'>
          <View className='competition-results-edit__rank'>
            <Text className='competition-results-edit__label'>第</Text>
            <Input
              className='form-field__input competition-results-edit__rank-input'
              type='number'
              value={draft.rank}
              maxlength={digits(L.rank)}
              onInput={(e) => onChange('rank', e.detail.value)}
            />
            <Text className='competition-results-edit__label'>名</Text>
          </View>
          <CompetitionChoice id={`award-${row.id}`} options={AWARD_OPTIONS} value={key} onChange={(k) => onChange('award', k === 'other' ? '' : k)} />
          {key === 'other' && (
            <Input
              className='form-field__input competition-results-edit__award-input'
              value={draft.award}
              maxlength={L.award.max}
              placeholder='填写奖项，例如：最佳团队奖'
              onInput={(e) => onChange('award', e.detail.value)}
            />
          )}
        </View>
      )}
    </View>
  )
}

function Results({ initial }: { initial: CompetitionDetail }) {
  const [c, setC] = useState(initial)
  const r = useCompetitionResults(c, setC)
  const [now] = useState(() => Date.now())
  usePageRefresh(r.list)
  const early = now < c.eventStartAt

  return (
    <View className='competition-results-edit zg-page'>
      <View className='competition-results-edit__head'>
        <Text className='competition-results-edit__title'>{c.title}</Text>
        {early ? (
          <View className='competition-results-edit__warn' role='alert'>
            比赛 {formatDateTime(c.eventStartAt)} 开始，开始后才能发布成绩。
          </View>
        ) : (
          <Text className='competition-results-edit__meta'>
            {c.results.length ? `已公布 ${c.results.length} 个名次，修改后可以重新发布。` : '从获得名额的报名中点选获奖者，填上名次和奖项。'}
          </Text>
        )}
        {c.results.length > 0 && (
          <Text className='competition-results-edit__link' onClick={() => open(COMPETITION_ROUTES.detail(c.id))}>
            查看竞赛页面上的成绩 ›
          </Text>
        )}
      </View>

      <View id='result-rows'>
        <ListBody
          list={r.list}
          empty={
            <EmptyState
              compact
              mark='奖'
              title='还没有获得名额的报名'
              message='只有获得名额（已通过）的报名才能评奖。'
              actionText='去看报名名单'
              onAction={() => open(COMPETITION_ROUTES.signups(c.id))}
            />
          }
        >
          {(items) =>
            items.map((row) => (
              <ResultRow
                key={row.id}
                row={row}
                draft={r.drafts[row.id]}
                onToggle={() => r.toggle(row)}
                onChange={(part, value) => r.update(row.id, part, value)}
              />
            ))
          }
        </ListBody>
      </View>

      <ActionBarSpacer />
      {r.list.items.length > 0 && (
        <CompetitionActionBar note={r.problem}>
          <Button id='publish-results' type='primary' size='large' block loading={r.publishing} onClick={r.publish}>
            {r.picked ? `发布成绩（${r.picked} 个名次）` : '发布成绩'}
          </Button>
        </CompetitionActionBar>
      )}
    </View>
  )
}

function ForCompetition({ id }: { id: string }) {
  const query = useCloudQuery('competition.detail', { competitionId: id })
  const data = query.data
  if (data && !data.canManage)
    return <EmptyState mark='权' title='成绩由主办单位发布' actionText='查看竞赛页面' onAction={() => replace(COMPETITION_ROUTES.detail(id))} />
  if (data && (data.status === 'draft' || data.status === 'cancelled'))
    return (
      <EmptyState
        mark='奖'
        title={data.status === 'draft' ? '竞赛还没有发布' : '竞赛已取消'}
        message='发布并举办之后才能公布成绩。'
        actionText='返回'
        onAction={() => replace(COMPETITION_ROUTES.edit({ id }))}
      />
    )
  return (
    <Loaded state={query} data={data}>
      {(loaded) => <Results initial={loaded} />}
    </Loaded>
  )
}

export default function ResultsPage() {
  const id = useRouter().params.id ?? ''
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, CHAIR_ROLES).length === 0)
    return <EmptyState mark='权' title='成绩由主办单位发布' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return (
    <Loaded state={meState} data={me}>
      {() => <ForCompetition id={id} />}
    </Loaded>
  )
}
