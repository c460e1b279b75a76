// One 导出 button for any of the list exports, e.g. on the honours page:
//   <ExportButton action='honours.export' input={{ unitId }} label='导出表彰名单（Excel）' />
import type { InputOf } from '@contract/actions/index'
import Button from '../../../components/button'
import { useExport, type ExportAction } from '../use-export'
import './index.scss'

export default function ExportButton<N extends ExportAction>({ action, input, label }: { action: N; input: InputOf<N>; label: string }) {
  const exp = useExport(action, input)
  return (
    <Button
      className='export-button'
      id={`export-${action.replace('.', '-')}`}
      type='primary'
      fill='outline'
      size='large'
      block
      loading={exp.busy}
      onClick={exp.run}
    >
      {label}
    </Button>
  )
}
