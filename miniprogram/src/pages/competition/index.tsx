import { Text, View } from '@tarojs/components'
import { HELD_MEANING } from '@contract/wording/held'
import { useShareAppMessage } from '@tarojs/taro'
import SearchBox from '../../components/search-box'
import CompetitionCard from '../../features/competition/components/competition-card'
import CompetitionFilters from '../../features/competition/components/competition-filters'
import EmptyState from '../../components/empty-state'
import { ListBody } from '../../components/page-state'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import SegTabs from '../../components/seg-tabs'
import { emptyListText, useCompetitionList, type CategoryTab } from '../../features/competition/hooks/use-competition-list'
import { CATEGORY_TABS } from '../../features/competition/text'
import { open, ROUTES } from '../../services/navigation'
import { COMPETITION_ROUTES } from '../../features/competition/routes'
import './index.scss'

export default function CompetitionListPage() {
  const { category, setCategory, filter, setFilter, keyword, setKeyword, list, held } = useCompetitionList()

  usePageRefresh(list)
  useShareAppMessage(() => ({ title: '劳动竞赛、技能比武、文体活动，快来报名', path: COMPETITION_ROUTES.list }))

  const empty = emptyListText(category, filter, keyword)
  return (
    <View className='competition-list'>
      <SegTabs<CategoryTab> tabs={CATEGORY_TABS} active={category} onChange={setCategory} />
      <SearchBox id='competition-search' placeholder='搜索竞赛名称' value={keyword} onSearch={setKeyword} />
      <CompetitionFilters value={filter} onChange={setFilter} />
      {filter === 'held' && (
        <View className='competition-list__held' id='competition-held'>
          {held !== undefined && <Text className='competition-list__held-count'>已举办 {held} 场</Text>}
          <Text className='competition-list__held-meaning'>{HELD_MEANING}</Text>
        </View>
      )}
      <View className='competition-list__items' id='competition-list'>
        <ListBody
          list={list}
          empty={
            <EmptyState
              mark='赛'
              title={empty.title}
              message={empty.message}
              actionText={empty.action}
              onAction={() => {
                if (empty.next === 'home') return open(ROUTES.home)
                if (empty.next.category) setCategory(empty.next.category)
                if (empty.next.filter) setFilter(empty.next.filter)
                if (empty.next.keyword !== undefined) setKeyword(empty.next.keyword)
              }}
            />
          }
        >
          {(items) => items.map((c) => <CompetitionCard key={c.id} competition={c} onClick={() => open(COMPETITION_ROUTES.detail(c.id))} />)}
        </ListBody>
      </View>
    </View>
  )
}
