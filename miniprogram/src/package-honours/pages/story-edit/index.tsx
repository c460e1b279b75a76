import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { HONOUR_LIMITS as L, type StoryDraft } from '@contract/entities/honours'
import type { AppErrorBody } from '@contract/errors'
import type { Me } from '@contract/entities/people'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import { SubmitThenDraft } from '../../../components/form-field/steps'
import { Loaded } from '../../../components/page-state'
import WithMe from '../../../components/with-me'
import StoryBlockEditor from '../../../features/honours/components/story-block-editor'
import { useStoryForm } from '../../../features/honours/hooks/use-story-form'
import { call } from '../../../services/cloud'
import '../../../features/honours/styles/honours.scss'

function Editor({ me, nominationId, existing }: { me: Me; nominationId: string; existing: StoryDraft | undefined }) {
  const f = useStoryForm(nominationId, existing, () => void Taro.navigateBack())
  return (
    <View className='hon' id='story-editor'>
      {existing?.reason && existing.status === 'draft' && (
        <View className='hon__card'>
          <Text className='hon__title'>审核退回</Text>
          <Text className='hon__text'>原因：{existing.reason}</Text>
        </View>
      )}
      <View className='hon__card'>
        <TextField id='story-title' label='标题' required inputClass='hon__input' limit={L.storyTitle} value={f.title} onChange={f.setTitle} />
        <TextAreaField id='story-lead' label='导语' required className='hon__textarea' autoHeight limit={L.storyLead} value={f.lead} onChange={f.setLead} />
      </View>
      {f.blocks.map((b, i) => (
        <StoryBlockEditor key={b.key} block={b} index={i} cloudDir={`honours/${me.id}/`} actions={f} />
      ))}
      <View className='hon__row'>
        <View className='hon__button hon__button--plain hon__grow' id='add-paragraph' onClick={f.addParagraph}>
          添加文字段
        </View>
        <View className='hon__button hon__button--plain hon__grow' id='add-image' onClick={f.addImage}>
          添加图片
        </View>
      </View>
      <Text className='hon__muted'>
        最多 {L.storyBlocks.max} 段、{L.storyImages.max} 张图片；图片通过检测后才能发布。
      </Text>
      <SubmitThenDraft block='hon__button' form={f} submit={{ id: 'story-submit', text: '提交审核' }} draftId='story-draft' />
    </View>
  )
}

/** The draft to continue, found in the city's story list (no action reads one story for editing). */
function useDraft(id: string | undefined) {
  const [data, setData] = useState<{ story: StoryDraft | undefined }>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(true)
  const reload = useCallback(async () => {
    setLoading(true)
    for (let page = 1; id; page++) {
      const res = await call('honours.cityStories', { page })
      if (!res.ok) return (setError(res.error), setLoading(false))
      const found = res.data.items.find((s) => s.id === id)
      if (found || !res.data.hasMore) return (setData({ story: found }), setLoading(false))
    }
    setData({ story: undefined })
    setLoading(false)
  }, [id])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, loading, reload }
}

function Page({ me }: { me: Me }) {
  const { params } = useRouter()
  const draft = useDraft(params.id)
  return (
    <Loaded state={draft} data={draft.data}>
      {(d) => <Editor me={me} nominationId={params.nominationId ?? ''} existing={d.story} />}
    </Loaded>
  )
}

/** 撰写风采故事: the city union's editor for one commended worker's 匠心筑梦 story. */
export default function StoryEditPage() {
  return <WithMe>{(me) => <Page me={me} />}</WithMe>
}
