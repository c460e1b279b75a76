import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReportPhoto } from '@contract/entities/reports'
import { REPORT_TEXT } from '../text'

/** A report's photos: tap one to see it large; a photo still being checked or found unfit says so. */
export default function ReportPhotos({ photos }: { photos: ReportPhoto[] }) {
  if (photos.length === 0) return null
  const urls = photos.flatMap((p) => (p.url ? [p.url] : []))
  const hidden = photos.filter((p) => !p.url).length
  const checking = photos.filter((p) => p.check === 'waiting' || p.check === 'manual').length
  return (
    <View id='report-photos'>
      <View className='report-photos'>
        {urls.map((url) => (
          <Image key={url} className='report-photos__item' src={url} mode='aspectFill' onClick={() => void Taro.previewImage({ current: url, urls })} />
        ))}
      </View>
      {checking > 0 && (
        <Text className='report-meta'>
          {REPORT_TEXT.photoChecking}（{checking} 张）
        </Text>
      )}
      {hidden > 0 && <Text className='report-meta'>{REPORT_TEXT.photoRisky}</Text>}
    </View>
  )
}
