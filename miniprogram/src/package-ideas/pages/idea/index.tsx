import { Text, View } from '@tarojs/components'
import type { MyIdeaDetail } from '@contract/entities/ideas'
import QueryPage from '../../../components/query-page'
import IdeaTags, { peopleLine } from '../../../features/ideas/components/idea-tags'
import Button from '../../../components/button'
import IdeaBody from '../../../features/ideas/components/idea-body'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { open } from '../../../services/navigation'
import { formatDateTime } from '../../../utils/date'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'

/** What happens next, in one sentence for each state. */
const NEXT: Record<MyIdeaDetail['status'], string> = {
  draft: '还没有提交，写完后提交给单位工会。',
  submitted: '已提交，等待单位工会审核。',
  returned: '单位工会请您修改后重新提交。',
  rejected: '单位工会没有通过这条建议。',
  forwarded: '单位工会已审核通过，等待市总工会安排专家评审。',
  reviewing: '专家正在评审。',
  adopted: '市总工会已采纳这条建议，已在金点子展示中公开。',
  declined: '经专家评审，这次没有采纳。',
  merged: '和另一条相同的建议合并评审。',
}

function Detail({ idea }: { idea: MyIdeaDetail }) {
  const people = peopleLine(
    idea.author.realName,
    idea.coAuthors.map((c) => c.realName),
  )
  const checking = idea.images.filter((i) => i.check === 'checking').length
  const refused = idea.images.filter((i) => i.check === 'risky').length
  return (
    <View className='ideas-page' id='my-idea'>
      <View className={`ideas-banner${idea.status === 'returned' || idea.status === 'rejected' || idea.status === 'declined' ? ' ideas-banner--danger' : ''}`}>
        <View className='ideas-row__top'>
          <Text className='ideas-banner__title'>{NEXT[idea.status]}</Text>
          <IdeaStatusTag status={idea.status} />
        </View>
        {idea.reason && <Text>原因：{idea.reason}</Text>}
        {idea.duplicateOf && <Text className='ideas-meta'>与这条建议重复：{idea.duplicateOf.title}</Text>}
      </View>
      <View className='ideas-card'>
        <IdeaTags idea={idea} />
        <Text className='ideas-title'>{idea.title}</Text>
        <Text className='ideas-meta'>
          {people} · {idea.submittedAt ? `${formatDateTime(idea.submittedAt)} 提交` : '未提交'}
        </Text>
        <IdeaBody idea={idea} imageUrls={idea.images.filter((i) => i.url && i.check !== 'risky').map((i) => i.url!)} />
        {checking > 0 && <Text className='ideas-meta'>有 {checking} 张图片正在做安全检查，通过后别人才能看到。</Text>}
        {refused > 0 && <Text className='ideas-meta'>有 {refused} 张图片没有通过安全检查，不会给别人看。</Text>}
      </View>
      {idea.canEdit && (
        <View className='ideas-actions'>
          <Button id='edit-idea' type='primary' size='large' onClick={() => open(IDEA_ROUTES.submit(idea.id))}>
            {idea.status === 'returned' ? '修改后重新提交' : '继续写'}
          </Button>
        </View>
      )}
      {!idea.canEdit && idea.status !== 'adopted' && (
        // Just submitted (or waiting): the way on to all of one's ideas, or to the next one.
        <View className='ideas-actions' id='idea-next'>
          <Button id='to-my-ideas' size='large' onClick={() => open(IDEA_ROUTES.mine)}>
            我的金点子
          </Button>
          <Button id='another-idea' type='primary' size='large' onClick={() => open(IDEA_ROUTES.submit())}>
            再提一条
          </Button>
        </View>
      )}
      {idea.status === 'adopted' && (
        <View className='ideas-actions'>
          <Button type='primary' size='large' onClick={() => open(IDEA_ROUTES.detail(idea.id))}>
            看展示页
          </Button>
        </View>
      )}
    </View>
  )
}

export default function MyIdeaPage() {
  return (
    <QueryPage action='ideas.myDetail' input={(p) => ({ ideaId: p.id ?? '' })}>
      {(idea) => <Detail idea={idea} />}
    </QueryPage>
  )
}
