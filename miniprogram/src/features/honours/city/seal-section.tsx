import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { HONOUR_LIMITS as L } from '@contract/entities/honours'
import ImagePicker, { type PickedImage } from '../../../components/image-picker'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'

const CHECK_WORDS = { pending: '检测中', risky: '未通过检测，请换一张', manual: '等待人工核验' } as const

/** 印章: the union's seal printed on new certificates; upload a new one (used once its media check passes). */
export default function SealSection({ userId }: { userId: string }) {
  const seal = useCloudQuery('honours.seal', {})
  const [picked, setPicked] = useState<PickedImage>()
  const [uploading, setUploading] = useState(false)
  const upload = useSubmit(async () => {
    if (!picked || uploading) return
    const res = await call('honours.setSeal', { file: picked.fileID })
    if (!res.ok) return toastError(res.error)
    setPicked(undefined)
    toastDone('印章已上传，检测通过后用于新证书')
    await seal.reload()
  })
  return (
    <View className='hon__card' id='seal-section'>
      <Text className='hon__title'>证书印章</Text>
      <Text className='hon__muted'>新颁发的证书使用检测通过的印章；请上传透明背景的 PNG 图片。</Text>
      <Loaded state={seal} data={seal.data}>
        {(s) => (
          <>
            {s.current?.url ? <Image className='hon__photo' src={s.current.url} mode='aspectFit' /> : <Text className='hon__text'>还没有印章</Text>}
            {s.pending && <Text className='hon__muted'>新上传的印章：{CHECK_WORDS[s.pending.check]}</Text>}
          </>
        )}
      </Loaded>
      <ImagePicker
        cloudDir={`honours/${userId}/`}
        max={1}
        maxSizeMb={L.imageMaxBytes / 1024 / 1024}
        value={picked ? [picked] : []}
        onChange={(e) => {
          setUploading(e.detail.uploading)
          setPicked(e.detail.items[0])
        }}
      />
      {picked && (
        <View className={`hon__button${upload.busy || uploading ? ' hon__button--busy' : ''}`} id='seal-upload' onClick={() => void upload.run()}>
          使用这张印章
        </View>
      )}
    </View>
  )
}
