import { Button, Image, Text, View } from '@tarojs/components'
import * as React from 'react'
import { useState } from 'react'
import type { MyHonour } from '@contract/entities/honours'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'
import { saveCertificate } from '../hooks/save-certificate'
import { MINE_TEXT as T } from '../text'

type Certificate = NonNullable<MyHonour['certificate']>

/** The download link H5 offers in place of the album (a browser saves the file where it saves downloads). */
function DownloadLink({ url, number }: { url: string; number: string }) {
  return React.createElement(
    'a',
    { className: 'hon__button', id: 'certificate-download', href: url, download: `证书-${number}.png`, target: '_blank' },
    T.download,
  )
}

/**
 * A certificate in 我的荣誉: number and state; its image (honours.certificate draws it on the first view
 * and keeps it), to save to the album (H5: download); share its check (the page's share reads data-number).
 */
export default function CertificateCard({ honour, certificate }: { honour: MyHonour; certificate: Certificate }) {
  const [imageUrl, setImageUrl] = useState(certificate.imageUrl)
  const view = useSubmit(async () => {
    const res = await call('honours.certificate', { number: certificate.number })
    if (!res.ok) return toastError(res.error)
    setImageUrl(res.data.imageUrl)
  })
  const save = useSubmit(async () => {
    if (!imageUrl) return
    const out = await saveCertificate(imageUrl)
    if (out === 'failed') toastError({ message: '保存没有成功，请稍后再试' })
  })
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <View className='hon__card' id={`certificate-${certificate.number}`}>
      <View className='hon__row'>
        <Text className='hon__title'>{T.certificate}</Text>
        <Text className='hon__tag'>{certificate.status === 'valid' ? '有效' : '已撤销'}</Text>
      </View>
      <Text className='hon__text'>
        {honour.category ?? ''} · {honour.unitName}
      </Text>
      <Text className='hon__muted'>证书编号：{certificate.number}</Text>
      {imageUrl ? (
        <Image className='hon__image' id='certificate-image' src={imageUrl} mode='widthFix' showMenuByLongpress />
      ) : (
        certificate.status === 'valid' && (
          <View className={`hon__button${view.busy ? ' hon__button--busy' : ''}`} id='certificate-view' onClick={() => void view.run()}>
            {T.view}
          </View>
        )
      )}
      {imageUrl &&
        certificate.status === 'valid' &&
        (h5 ? (
          <DownloadLink url={imageUrl} number={certificate.number} />
        ) : (
          <View className={`hon__button${save.busy ? ' hon__button--busy' : ''}`} id='certificate-save' onClick={() => void save.run()}>
            {T.save}
          </View>
        ))}
      <Button className='hon__button hon__button--plain' openType='share' data-number={certificate.number}>
        {T.share}
      </Button>
    </View>
  )
}
