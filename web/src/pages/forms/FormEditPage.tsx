// /forms/new — a department defines a form: title, what the rows are, the row filter, the ordered
// columns (bound to data elements with the matcher's help, or form-only), and the ledger admission number.
// /forms/:id/edit — the same page over one of its own forms, saved as a whole (PUT).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { PlusOutlined, SaveOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../api/client.js';
import { formsApi, hubApi } from '../../api/hubEndpoints.js';
import type { Condition, FormView } from '#common/api/hub.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { AdmissionPicker } from '../../components/dispatch/AdmissionPicker.js';
import { useValidAdmissions } from '../../components/dispatch/useValidAdmissions.js';
import { ColumnsEditor, type EditColumn } from '../../components/hub/ColumnsEditor.js';
import { FilterEditor } from '../../components/hub/FilterEditor.js';
import { TemplateImport } from '../../components/hub/TemplateImport.js';
import { synonymsApi } from '../../api/templateEndpoints.js';
import { privacyApi } from '../../api/privacyEndpoints.js';
import { useMe } from '../../api/session.js';
import type { TemplateDraft } from '#common/api/templates.js';
import { isRelation, type Relation } from '#common/relations.js';

let nextKey = 1;
const asRelation = (r: string | null | undefined): Relation | null => (isRelation(r) ? r : null);
const column = (label: string, element: string | null = null): EditColumn => ({ key: nextKey++, label, element });

/** Labels pasted from a paper form: one a line, or separated by commas or 顿号. */
const splitLabels = (text: string) =>
  text
    .split(/[\n,，、\t]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function FormEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const idParam = useParams().id;
  const editId = idParam ? Number(idParam) : null;
  const forms = useApiQuery({
    queryKey: keys.forms.of('list'),
    queryFn: editId ? ({ signal }) => formsApi.list(signal) : skipToken,
  });
  const editing: FormView | undefined = forms.data?.find((f) => f.id === editId);
  const elements = useApiQuery({ queryKey: keys.hub.of('elements'), queryFn: ({ signal }) => hubApi.elements(signal) });
  // A department binds only what it has been granted: say so on the column at once, not first at saving.
  const me = useMe();
  const grants = useApiQuery({
    queryKey: keys.privacy.of('grants'),
    queryFn: ({ signal }) => privacyApi.grants(signal),
    enabled: me.role === 'department_officer',
  });
  const granted = grants.data
    ? new Set(grants.data.filter((g) => g.status === 'active').flatMap((g) => g.elements))
    : null;
  const ungranted = (code: string) => granted !== null && !granted.has(code === 'age' ? 'birth_date' : code);
  const admissions = useValidAdmissions('ledger');
  const [title, setTitle] = useState('');
  const [subjectType, setSubjectType] = useState<'resident' | 'household'>('resident');
  const [admissionId, setAdmissionId] = useState<number | undefined>(undefined);
  const [filter, setFilter] = useState<Condition[]>([]);
  const [columns, setColumns] = useState<EditColumn[]>([column('序号')]);
  const [paste, setPaste] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'match' | 'save' | null>(null);
  // Fill the fields once from the stored form (edit mode).
  const [loadedId, setLoadedId] = useState<number | null>(null);
  if (editing && loadedId !== editing.id) {
    setLoadedId(editing.id);
    setTitle(editing.title);
    setSubjectType(editing.subjectType);
    setAdmissionId(editing.admissionId ?? undefined);
    setFilter(editing.filter);
    setColumns(editing.columns.map((c) => ({ ...column(c.label, c.element), relation: asRelation(c.relation) })));
  }
  const subjectElements = (elements.data ?? []).filter(
    (e) => e.subject === subjectType || (subjectType === 'resident' && e.subject === 'household'),
  );
  // A household's form binds person facts of a named member (户主姓名 → householder · 姓名): the column
  // choices hold them too, or the picker would show the bare code.
  const columnElements = [
    ...subjectElements,
    ...(elements.data ?? []).filter((e) => !subjectElements.includes(e) && columns.some((c) => c.element === e.code)),
  ];

  /** Asks the matcher for every column that has a label but no element yet (or only the given ones). */
  const match = async (cols: EditColumn[]) => {
    const todo = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.label.trim() && !c.element);
    if (todo.length === 0) return cols;
    setBusy('match');
    try {
      const found = await hubApi.match(todo.map(({ c }) => c.label.trim()));
      const next = [...cols];
      todo.forEach(({ i }, j) => {
        const m = found[j];
        // A field about another person (户主姓名) binds that person's fact: (householder, name).
        if (m.element)
          next[i] = {
            ...next[i],
            element: m.element,
            relation: asRelation(m.relation),
            score: m.score,
            suggested: m.element,
          };
        else next[i] = { ...next[i], suggested: null };
      });
      return next;
    } catch (err) {
      setError(err as ApiError);
      return cols;
    } finally {
      setBusy(null);
    }
  };

  const addPasted = async () => {
    const labels = splitLabels(paste);
    if (labels.length === 0) return;
    setPaste('');
    setColumns(await match([...columns, ...labels.map((l) => column(l))]));
  };

  /** A template's draft replaces the columns (and fills an empty title): the user corrects them below. */
  const fromTemplate = (d: TemplateDraft) => {
    if (!title.trim() && d.title) setTitle(d.title);
    setColumns(
      d.columns.map((c) => ({
        ...column(c.label, c.element),
        relation: asRelation(c.relation),
        score: c.score,
        suggested: c.element,
      })),
    );
  };

  /** Bindings the user changed from the matcher's proposal: stewards' wordings learn from them. */
  const corrections = () =>
    columns
      .filter((c) => c.suggested !== undefined && c.element !== c.suggested && c.label.trim())
      .map((c) => ({ label: c.label.trim(), element: c.element, relation: c.element ? (c.relation ?? null) : null }));

  // The server names a column by its place from 0 (columns.4.element); the page numbers them from 1.
  const columnName = (field: string) => {
    const m = /^columns\.(\d+)\./.exec(field);
    const at = m ? Number(m[1]) : -1;
    return m ? t('hub.formEdit.columnField', { n: at + 1, label: columns[at]?.label.trim() ?? '' }) : undefined;
  };

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('hub.formEdit.titleRequired');
    columns.forEach((c, i) => {
      if (!c.label.trim()) local[`columns.${i}.label`] = t('hub.formEdit.labelRequired');
    });
    if (columns.length === 0) local.columns = t('hub.formEdit.columnsRequired');
    setErrors(local);
    setError(null);
    if (Object.keys(local).length) return;
    setBusy('save');
    try {
      const body = {
        title: title.trim(),
        subjectType,
        admissionId: admissionId ?? null,
        filter: filter.filter((c) => c.element),
        columns: columns.map((c) => ({
          label: c.label.trim(),
          element: c.element,
          relation: c.element ? (c.relation ?? null) : null,
        })),
      };
      const id = editId ? (await formsApi.update(editId, body)).id : (await formsApi.create(body)).id;
      const changed = corrections();
      // The form is saved; a failure to record the corrections must not undo that, but is said.
      if (changed.length)
        await synonymsApi.correct(changed).catch(() => void message.warning(t('hub.formEdit.correctionsFailed')));
      void message.success(editId ? t('hubEdit.form.updated') : t('hub.formEdit.created'));
      void navigate(`/forms/${id}`);
    } catch (err) {
      setError(err as ApiError);
      if (isApiError(err)) setErrors(Object.fromEntries((err.problem.errors ?? []).map((e) => [e.field, e.message])));
    } finally {
      setBusy(null);
    }
  };

  if (editId && forms.error) return <ProblemAlert error={forms.error} onRetry={forms.reload} />;
  if (editId && !forms.data) return <Card loading />;
  if (editId && !editing) return <Alert type="warning" showIcon title={t('errors.notFoundTitle')} />;

  return (
    <div className="page">
      <PageHeader
        title={editing ? t('hubEdit.form.title', { title: editing.title }) : t('hub.formEdit.title')}
        subtitle={editing ? t('hubEdit.form.intro') : t('hub.formEdit.intro')}
        testId="form-edit-title"
      />
      <Card title={t('hub.formEdit.basics')} className="hub-card" data-testid="form-edit">
        <Form layout="vertical" className="hub-form">
          <Form.Item
            label={t('hub.forms.formTitle')}
            required
            validateStatus={errors.title ? 'error' : undefined}
            help={errors.title}
          >
            <Input
              value={title}
              maxLength={60}
              placeholder={t('hub.formEdit.titlePlaceholder')}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="form-title"
            />
          </Form.Item>
          <Form.Item label={t('hub.forms.subjectType')}>
            <Radio.Group
              value={subjectType}
              onChange={(e) => setSubjectType(e.target.value as 'resident' | 'household')}
              options={[
                { value: 'resident', label: t('hub.subjectTypes.resident') },
                { value: 'household', label: t('hub.subjectTypes.household') },
              ]}
            />
          </Form.Item>
          <Form.Item
            label={t('hub.forms.admission')}
            extra={t('hub.formEdit.admissionHint')}
            validateStatus={errors.admissionId ? 'error' : undefined}
            help={errors.admissionId}
          >
            <AdmissionPicker
              admissions={admissions.data}
              loading={admissions.loading}
              value={admissionId}
              onChange={setAdmissionId}
              testId="form-admission"
            />
          </Form.Item>
        </Form>
      </Card>
      {!editId && (
        <Card title={t('tpl.import.title')} className="hub-card">
          <TemplateImport subjectType={subjectType} onDraft={fromTemplate} />
        </Card>
      )}
      <Card
        title={t('hub.formEdit.filter')}
        className="hub-card"
        extra={
          <Button
            icon={<PlusOutlined />}
            onClick={() => setFilter([...filter, { element: '', op: 'eq' }])}
            data-testid="form-add-condition"
          >
            {t('hub.formEdit.addCondition')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('hub.formEdit.filterHint')}</Typography.Paragraph>
        <FilterEditor filter={filter} onChange={setFilter} elements={subjectElements} />
      </Card>
      <Card
        title={t('hub.formEdit.columns')}
        className="hub-card"
        extra={
          <Space>
            <Button
              icon={<PlusOutlined />}
              onClick={() => setColumns([...columns, column('')])}
              data-testid="form-add-column"
            >
              {t('hub.formEdit.addColumn')}
            </Button>
            <Button
              icon={<ThunderboltOutlined />}
              loading={busy === 'match'}
              onClick={() => void match(columns).then(setColumns)}
              data-testid="form-match"
            >
              {t('hub.formEdit.match')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('hub.formEdit.columnsHint')}</Typography.Paragraph>
        <Space.Compact className="full-width hub-gap-bottom">
          <Input.TextArea
            value={paste}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('hub.formEdit.pastePlaceholder')}
            onChange={(e) => setPaste(e.target.value)}
            data-testid="form-paste"
          />
          <Button
            type="primary"
            ghost
            loading={busy === 'match'}
            onClick={() => void addPasted()}
            data-testid="form-paste-add"
          >
            {t('hub.formEdit.pasteLabels')}
          </Button>
        </Space.Compact>
        {errors.columns && <Alert type="error" title={errors.columns} className="hub-gap-bottom" />}
        <ColumnsEditor
          columns={columns}
          onChange={setColumns}
          elements={columnElements}
          errors={errors}
          ungranted={ungranted}
        />
      </Card>
      {error && <ProblemAlert error={error} testId="form-error" fieldName={columnName} />}
      <Space className="hub-gap">
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy === 'save'}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {t('hub.formEdit.submit')}
        </Button>
        <Button onClick={() => void navigate(editId ? `/forms/${editId}` : '/forms')}>{t('common.cancel')}</Button>
      </Space>
    </div>
  );
}
