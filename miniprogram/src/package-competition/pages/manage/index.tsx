import { Text, View } from '@tarojs/components'
import type { CompetitionSummary } from '@contract/entities/competition'
import type { UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import CompetitionActionBar, { ActionBarSpacer } from '../../../features/competition/components/competition-action-bar'
import CompetitionCard from '../../../features/competition/components/competition-card'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import { usePagedList } from '../../../hooks/use-paged-list'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { open } from '../../../services/navigation'
import { CHAIR_ROLES } from '../../../features/org/staff'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

function ManageLinks({ c }: { c: CompetitionSummary }) {
  const links: Array<[string, string]> = [
    ['修改', COMPETITION_ROUTES.edit({ id: c.id })],
    ['报名名单', COMPETITION_ROUTES.signups(c.id)],
    ['签到', COMPETITION_ROUTES.checkin(c.id)],
    ['成绩', COMPETITION_ROUTES.results(c.id)],
  ]
  // Drafts have no sign-ups yet: only editing (and publishing there) makes sense.
  const shown = c.status === 'draft' ? links.slice(0, 1) : links
  return (
    <View className='competition-manage__links'>
      {shown.map(([label, url]) => (
        <Text
          key={label}
          className='competition-manage__link'
          onClick={(e) => {
            // The card itself opens the public page; a link opens its own page.
            e.stopPropagation()
            open(url)
          }}
        >
          {label}
        </Text>
      ))}
    </View>
  )
}

function UnitCompetitions({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const list = usePagedList('competition.manageList', { unitId: unit.id })
  // Back from the form (a new draft, a publish): the list shows it.
  usePageRefresh(list, { reloadOnShow: true })

  return (
    <View className='competition-manage'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <View className='competition-manage__list' id='manage-list'>
        <ListBody
          list={list}
          empty={
            <EmptyState
              mark='赛'
              title='还没有竞赛'
              message={`「${unit.name}」和下属单位组织的竞赛（包括草稿）会列在这里。`}
              actionText='新建竞赛'
              onAction={() => open(COMPETITION_ROUTES.edit({ unitId: unit.id }))}
            />
          }
        >
          {(items) =>
            items.map((c) => (
              <CompetitionCard
                key={c.id}
                competition={c}
                onClick={() => open(c.status === 'draft' ? COMPETITION_ROUTES.edit({ id: c.id }) : COMPETITION_ROUTES.detail(c.id))}
              >
                <ManageLinks c={c} />
              </CompetitionCard>
            ))
          }
        </ListBody>
      </View>
      {list.items.length > 0 && (
        <>
          <ActionBarSpacer />
          <CompetitionActionBar>
            <Button id='new-competition' type='primary' size='large' block onClick={() => open(COMPETITION_ROUTES.edit({ unitId: unit.id }))}>
              新建竞赛
            </Button>
          </CompetitionActionBar>
        </>
      )}
    </View>
  )
}

export default managedUnitPage(
  CHAIR_ROLES,
  { title: '您没有可以组织竞赛的单位', message: '竞赛管理供各级工会主席和市总工会使用。如需开通，请联系上级工会。' },
  UnitCompetitions,
)
