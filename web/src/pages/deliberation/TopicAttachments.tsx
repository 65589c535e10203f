// The proposer's optional photos and PDFs on a topic: download links for whoever may see them (the
// server leaves them out for outsiders until the topic is public), an upload for the proposer until a
// meeting hears it.
import { Button, Card, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TopicView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { AttachmentList } from '../../components/dispatch/AttachmentList.js';
import { useTopicAction } from './useTopicAction.js';

const ATTACHABLE = ['proposed', 'tabled'];

export function TopicAttachments({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const canAttach = topic.viewer?.proposer === true && ATTACHABLE.includes(topic.status);
  if (topic.attachments.length === 0 && !canAttach) return null;
  return (
    <Card size="small" title={t('delib.topic.attachments')} data-testid="topic-attachments">
      <AttachmentList files={topic.attachments} urlOf={(f) => deliberationApi.attachmentUrl(topic.id, f)} />
      {canAttach && topic.attachments.length < 5 && (
        <>
          <Upload
            accept=".jpg,.jpeg,.png,.pdf"
            multiple
            showUploadList={false}
            beforeUpload={(file, all) => {
              // antd calls this per file of a selection: send the whole selection once.
              if (file === all[0]) void run(() => deliberationApi.attach(topic.id, all));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="topic-attach">
              {t('delib.topic.attach')}
            </Button>
          </Upload>
          <div className="muted small">{t('delib.topic.attachHint')}</div>
        </>
      )}
    </Card>
  );
}
