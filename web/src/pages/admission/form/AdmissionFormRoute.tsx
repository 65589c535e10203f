// The routes of the form: /admissions/new starts empty; /admissions/:id/edit loads the application
// (and only draft or returned ones can be edited). Keyed by id so that a first save starts afresh.
import { Alert, Button, Result } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { admissionsApi } from '../../../api/endpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { AdmissionError } from '../../../components/admission/AdmissionError.js';
import { AdmissionFormPage, FormLoading } from './AdmissionFormPage.js';
import { fromDetail } from './formValues.js';

export function NewAdmissionRoute() {
  return <AdmissionFormPage key="new" initial={{}} />;
}

export function EditAdmissionRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { data, error, reload } = useApiQuery({
    queryKey: keys.admissions.of('get', id),
    queryFn: ({ signal }) => admissionsApi.get(id, signal),
  });
  if (error) return <AdmissionError error={error} onRetry={reload} back="/admissions" />;
  if (!data || data.id !== id) return <FormLoading />;
  if (data.status !== 'draft' && data.status !== 'returned')
    return (
      <Result
        status="info"
        title={t('adm.form.notEditable')}
        extra={
          <Link to={`/admissions/${id}`}>
            <Button type="primary">{t('adm.form.toDetail')}</Button>
          </Link>
        }
      >
        <Alert type="info" title={t('adm.form.notEditableHint')} />
      </Result>
    );
  return <AdmissionFormPage key={id} existing={data} initial={fromDetail(data)} />;
}
