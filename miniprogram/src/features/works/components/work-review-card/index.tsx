import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { WORK_CHECK_NOTES, type ReviewWork } from '@contract/entities/works'
import { formatDateTime } from '../../../../utils/date'
import './index.scss'

/** Where a work came from on its way up, in a few words for the chair. */
function origin(w: ReviewWork): string {
  const ups = w.steps.filter((s) => s.kind === 'recommended' && s.unit).map((s) => s.unit!.name)
  return ups.length ? `${ups.join(' → ')} 选送` : '本单位职工提交'
}

/**
 * A work as a chair decides on it: every picture (list size; a tap opens the large ones), the text in
 * full, who made it and where it came from. The decision buttons come from the page.
 */
export default function WorkReviewCard({ work, note, children }: PropsWithChildren<{ work: ReviewWork; note?: string }>) {
  const previews = work.images.map((im) => im.previewUrl ?? im.thumbUrl ?? '').filter(Boolean)
  return (
    <View className='work-review-card' id={`review-${work.id}`}>
      <View className='work-review-card__head'>
        <Text className='work-review-card__category'>{work.category}</Text>
        <Text className='work-review-card__title'>{work.title}</Text>
      </View>
      <Text className='work-review-card__meta'>
        {work.authorName} · {work.unit.name}
      </Text>
      <Text className='work-review-card__meta'>
        {origin(work)} · {formatDateTime(work.submittedAt)} 提交
      </Text>
      {work.flagged && <Text className='work-review-card__flag'>系统提示：内容需要人工仔细核对后再决定</Text>}
      {WORK_CHECK_NOTES[work.check] && <Text className='work-review-card__flag'>{WORK_CHECK_NOTES[work.check]}</Text>}
      <View className='work-review-card__images'>
        {work.images.map((im, i) => (
          <View
            key={i}
            className='work-review-card__cell'
            onClick={() => previews.length && void Taro.previewImage({ urls: previews, current: previews[i] ?? previews[0] })}
          >
            {im.thumbUrl ? (
              <Image className='work-review-card__img' src={im.thumbUrl} mode='aspectFill' lazyLoad />
            ) : (
              <View className='work-review-card__img' />
            )}
          </View>
        ))}
      </View>
      <Text className='work-review-card__hint'>点图片可以放大查看</Text>
      <Text className='work-review-card__desc'>{work.description}</Text>
      {note && <Text className='work-review-card__note'>{note}</Text>}
      {children}
    </View>
  )
}
