import { Text, View } from '@tarojs/components'
import { toastError } from '../../../../services/feedback'
import { attachmentKind, openAttachment } from '../../attachments'
import './index.scss'

const KIND_TEXT = { image: '图片', document: '文档', other: '文件' } as const

/** A notice's attachments: tap to open (documents in WeChat's viewer, images in the previewer). */
export default function AttachmentList({ items }: { items: Array<{ fileId: string; name: string; url: string | null }> }) {
  if (items.length === 0) return null
  const openOne = async (a: (typeof items)[number]) => {
    if (!(await openAttachment(a))) toastError({ message: '无法打开该附件，请在电脑上查看' })
  }
  return (
    <View className='attachment-list' id='attachment-list'>
      {items.map((a) => (
        <View key={a.fileId} className='attachment-list__row' hoverClass='attachment-list__row--pressed' onClick={() => void openOne(a)}>
          <Text className='attachment-list__kind'>{KIND_TEXT[attachmentKind(a.name)]}</Text>
          <Text className='attachment-list__name'>{a.name}</Text>
          <Text className='attachment-list__open'>打开</Text>
        </View>
      ))}
    </View>
  )
}
