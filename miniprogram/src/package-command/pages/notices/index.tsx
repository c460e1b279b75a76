import { View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import WithMe from '../../../components/with-me'
import NoticeRow from '../../../features/command/components/notice-row'
import { pageClass } from '../../../features/command/page-class'
import { COMMAND_ROUTES } from '../../../features/command/routes'
import { COMMAND_TEXT as T, STEERING_ROLES } from '../../../features/command/text'
import { unitsWithRole } from '../../../features/org/staff'
import { usePagedList } from '../../../hooks/use-paged-list'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import '../../../features/command/command.scss'

function Notices({ me }: { me: Me }) {
  const list = usePagedList('campaign.notices', {})
  // Back from a notice: it is read now, and the list says so.
  usePageRefresh(list, { reloadOnShow: true })
  const now = Date.now()
  const steering = unitsWithRole(me, STEERING_ROLES).length > 0
  return (
    <View className={pageClass()} id='notices'>
      {steering && (
        <View className='cmd-actions'>
          <Button id='notice-publish-open' type='primary' size='large' block onClick={() => open(COMMAND_ROUTES.publish)}>
            {T.publish}
          </Button>
        </View>
      )}
      <View className='cmd-card cmd-card--flush'>
        <ListBody
          list={list}
          empty={<EmptyState compact mark='知' title={me.unit ? T.noNotices : T.notMember} message={me.unit ? T.noNoticesHint : undefined} />}
        >
          {(items) => (
            <View className='cmd-grid'>
              {items.map((n) => (
                <NoticeRow key={n.id} notice={n} now={now} onClick={() => open(COMMAND_ROUTES.notice(n.id))} />
              ))}
            </View>
          )}
        </ListBody>
      </View>
    </View>
  )
}

export default function NoticesPage() {
  return <WithMe>{(me) => <Notices me={me} />}</WithMe>
}
