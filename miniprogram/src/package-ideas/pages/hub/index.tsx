import { Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import { EntryCell, EntryGroup } from '../../../components/entry-cell'
import { open } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'
import WithMe from '../../../components/with-me'

/** Everything about golden ideas in one place: write one, follow one's own, and each role's work. */
function Hub({ me }: { me: Me }) {
  const holds = (role: string) => me.roles.some((r) => r.role === role)
  const chair = unitsWithRole(me, CHAIR_ROLES).length > 0
  return (
    <View className='ideas-page'>
      <View className='ideas-card'>
        <Text className='ideas-title'>展职工智慧 · 征集千条金点子</Text>
        <Text className='ideas-meta'>合理化建议、金点子、职工微创新、技术革新、技术攻关、发明创造，都可以提。</Text>
        <View style={{ marginTop: '16px' }}>
          <Button id='write-idea' type='primary' size='large' block onClick={() => open(IDEA_ROUTES.submit())}>
            写一条金点子
          </Button>
        </View>
      </View>
      <EntryGroup>
        <EntryCell title='我的金点子' description='草稿、审核进度、退回原因、获奖情况' onClick={() => open(IDEA_ROUTES.mine)} />
        <EntryCell title='金点子展示' description='已采纳的优秀建议' onClick={() => open(IDEA_ROUTES.showcase)} />
      </EntryGroup>
      {(chair || holds('judge') || holds('city_admin')) && (
        <EntryGroup title='工会工作'>
          {chair && <EntryCell title='单位审核' description='转送评审、退回修改或不通过' onClick={() => open(IDEA_ROUTES.review)} />}
          {holds('judge') && <EntryCell title='专家评审' description='匿名打分：创新性、可行性、效益' onClick={() => open(IDEA_ROUTES.judge)} />}
          {holds('city_admin') && <EntryCell title='市总评审管理' description='评审组、分配、采纳和奖项' onClick={() => open(IDEA_ROUTES.city)} />}
        </EntryGroup>
      )}
    </View>
  )
}

export default function IdeasHubPage() {
  return <WithMe skeleton={{ hero: false, rows: 3 }}>{(me) => <Hub me={me} />}</WithMe>
}
