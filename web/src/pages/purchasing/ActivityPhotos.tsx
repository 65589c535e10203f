// An activity's optional photos: links for whoever may read the contract, an upload for the organisation
// (a photo is never required as proof: delivery is counted from the activity itself).
import { App, Button, Upload } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ContractDetail } from '#common/api/purchasing.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation } from '../../api/queries.js';
import { AttachmentList } from '../../components/dispatch/AttachmentList.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';

const MAX_PHOTOS = 5;

export function ActivityPhotos({
  contract,
  activity,
}: {
  contract: ContractDetail;
  activity: ContractDetail['activities'][number];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useApiMutation(
    (files: readonly File[]) => purchasingApi.addPhotos(contract.id, activity.id, files),
    [keys.purchasing],
  );
  const canAdd = contract.can.record && activity.photos.length < MAX_PHOTOS;
  return (
    <>
      <AttachmentList
        files={activity.photos}
        testId={`activity-photos-${activity.id}`}
        urlOf={(f) => purchasingApi.photoUrl(contract.id, activity.id, f)}
      />
      {canAdd && (
        <Upload
          accept=".jpg,.jpeg,.png,.pdf"
          multiple
          showUploadList={false}
          beforeUpload={(file, all) => {
            // antd calls this per file of a selection: send the whole selection once.
            if (file === all[0]) add.mutate(all, { onError: (e) => void message.error(problemLine(e, '；')) });
            return false;
          }}
        >
          <Button
            size="small"
            type="link"
            icon={<CameraOutlined />}
            loading={add.isPending}
            title={t('pur.photosHint')}
            data-testid={`activity-photo-add-${activity.id}`}
          >
            {t('pur.addPhotos')}
          </Button>
        </Upload>
      )}
    </>
  );
}
