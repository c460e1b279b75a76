// Importing the union tree: the template, a filled sheet picked and previewed row by row, then imported.
import { Text, View } from '@tarojs/components'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { PageError, PageLoading } from '../../../components/page-state'
import { useMe } from '../../../hooks/use-me'
import { open, replace, ROUTES } from '../../../services/navigation'
import ImportPreviewView from '../../../features/setup/components/import-preview'
import { useImport } from '../../../features/setup/hooks/use-import'
import { SETUP_ROUTES } from '../../../features/setup/routes'
import { SETUP_TEXT } from '../../../features/setup/wording'
import '../../../features/setup/components/setup.scss'

function Importer({ userId }: { userId: string }) {
  const imp = useImport(userId)
  return (
    <View className='setup-page'>
      <View className='setup-card'>
        <Text className='setup-card__title'>导入组织架构</Text>
        <Text className='setup-card__text'>{SETUP_TEXT.pickHint}</Text>
        <View className='setup-card__actions'>
          <Button id='import-template' size='large' block loading={imp.templateBusy} onClick={imp.downloadTemplate}>
            {SETUP_TEXT.templateButton}
          </Button>
          <Button id='import-pick' type='primary' size='large' block loading={imp.picking} onClick={imp.pick}>
            {SETUP_TEXT.pickButton}
          </Button>
        </View>
        {imp.file && (
          <Text className='setup-card__text' id='import-file'>
            已选择：{imp.file.name}
          </Text>
        )}
        {imp.error && (
          <View className='setup-error' role='alert' id='import-error'>
            {imp.error.message}
            {imp.error.issues?.length ? `：${imp.error.issues.map((i) => i.message).join('；')}` : ''}
          </View>
        )}
      </View>
      {imp.preview && <ImportPreviewView preview={imp.preview} />}
      {imp.canApply && (
        <Button id='import-apply' type='primary' size='large' block loading={imp.applying} onClick={imp.apply}>
          {SETUP_TEXT.applyButton}（新建 {imp.preview!.create} 个单位）
        </Button>
      )}
      {imp.result && (
        <View className='setup-card' id='import-result'>
          <Text className='setup-card__title'>已导入 {imp.result.created} 个单位</Text>
          <Text className='setup-card__text'>{imp.result.unchanged} 个单位已存在，未作改动。下一步：邀请各单位主席。</Text>
          <View className='setup-card__actions'>
            <Button type='primary' size='large' block onClick={() => open(SETUP_ROUTES.chairInvites)}>
              邀请各单位主席
            </Button>
            <Button size='large' block onClick={() => open(ROUTES.adminTree)}>
              查看组织架构
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}

export default function ImportPage() {
  const { me, error, loading, reload } = useMe()
  if (me && !me.roles.some((r) => r.role === 'city_admin'))
    return <EmptyState mark='权' title='只有市总工会管理员可以导入组织架构' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  if (me) return <Importer userId={me.id} />
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  return <PageLoading hero={false} />
}
