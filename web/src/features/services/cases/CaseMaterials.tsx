// A case's materials: each uploaded file to download (its SHA-256 as its title), or what stood in for it — the
// firm's registry record, or the approved case that issued the licence (免提交).
import { PaperClipOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { BilingualName } from '../../../shared/ui/RecordName'
import { fileSizeText } from '../apply/applicationForm'
import { casePath } from '../common/CaseTable'
import { MaterialSourceTag } from '../common/StatusTags'
import { materialFilePath } from '../common/services.queries'
import type { CaseMaterial, ServiceCase } from '../common/services.types'

function MaterialFile({ caseId, material }: { caseId: string; material: CaseMaterial }) {
  const { t } = useTranslation('services')
  const { language } = useLanguage()
  if (material.source === 'registry') return <>{t('materials.fromRegistry')}</>
  if (material.source === 'licence') {
    return material.referenceId === null ? (
      <>{t('materials.fromLicence')}</>
    ) : (
      <Link to={casePath(material.referenceId)}>{t('materials.openLicenceCase')}</Link>
    )
  }
  const name = material.fileName ?? material.code
  return (
    <>
      <a
        href={materialFilePath(caseId, material.id)}
        download={name}
        title={material.sha256 === null ? undefined : `SHA-256 ${material.sha256}`}
        style={{ wordBreak: 'break-all' }}
      >
        <PaperClipOutlined aria-hidden /> {name}
      </a>
      {material.sizeBytes !== null && (
        <span className="g60-secondary-name">{fileSizeText(material.sizeBytes, language)}</span>
      )}
    </>
  )
}

export function CaseMaterials({ found }: { found: ServiceCase }) {
  const { t } = useTranslation('services')
  const columns: Column<CaseMaterial>[] = [
    column('name', t('materials.name'), (material) => <BilingualName record={material} />),
    column(
      'source',
      t('materials.source'),
      (material) => <MaterialSourceTag source={material.source} />,
      130,
    ),
    column(
      'file',
      t('materials.file'),
      (material) => <MaterialFile caseId={found.id} material={material} />,
      260,
    ),
    timestampColumn('addedAt', t('materials.addedAt'), (material) => material.addedAt, 170),
  ]
  return (
    <DataTable<CaseMaterial>
      rows={found.materials}
      columns={columns}
      emptyText={t('materials.none')}
      data-testid="case-materials"
    />
  )
}
