// Request and reply schemas of form templates (从模板导入: a department's existing XLSX/DOCX template or pasted
// header becomes a form draft) and of stewards' wordings (the synonyms the matcher learns, and their review queue).
import { Type, type Static } from 'typebox';
import { RELATIONS } from '../relations.js';
import { Alternative, ColumnSources, Coverage } from './hub.js';
import { Nullable, PagedOf, pageProps } from './schema.js';

const Relation = Nullable(Type.Enum(RELATIONS, { description: 'null：表单对象本人' }));
const FormSubject = Type.Union([Type.Literal('resident'), Type.Literal('household')]);

export const TemplateQuery = Type.Object({
  subjectType: Type.Optional(FormSubject),
  community: Type.Optional(Type.String({ maxLength: 20, description: '预览覆盖情况的社区代码' })),
});

export const TemplateTextBody = Type.Object({
  text: Type.String({
    minLength: 1,
    maxLength: 20_000,
    description: '每行一个字段名，或从 Excel 复制的表头（制表符分隔）',
  }),
  subjectType: Type.Optional(FormSubject),
  community: Type.Optional(Type.String({ maxLength: 20 })),
});

export const DraftColumn = Type.Object({
  label: Type.String(),
  groups: Type.Array(Type.String(), { description: '表头中的上级单元格（如 家庭成员情况）' }),
  element: Nullable(Type.String({ description: 'null：表单专用字段' })),
  relation: Relation,
  name: Nullable(Type.String()),
  score: Type.Number(),
  alternatives: Type.Array(Alternative),
  /** The column's authoritative source; null for a form-only column. */
  source: Nullable(Type.Object({ kind: Type.String(), name: Type.String(), asksCommunity: Type.Boolean() })),
});

export const TemplateDraft = Type.Object({
  format: Type.Union([Type.Literal('xlsx'), Type.Literal('docx'), Type.Literal('text')]),
  title: Type.String({ description: '建议的表单名称（文件名或模板标题）' }),
  subjectType: FormSubject,
  columns: Type.Array(DraftColumn),
  /** Columns whose owner is a department: it brings the data first (回流), communities are not asked. */
  backflow: Type.Array(
    Type.Object({
      label: Type.String(),
      element: Type.String(),
      name: Type.String(),
      source: Type.String(),
      missing: Nullable(Type.Integer({ description: '预览社区中缺失的单元格数（无预览时为 null）' })),
    }),
  ),
  preview: Nullable(
    Type.Object({
      community: Type.Object({ code: Type.String(), name: Type.String() }),
      rows: Type.Integer(),
      coverage: Coverage,
      sources: ColumnSources,
      dataFirst: Nullable(
        Type.Object({
          departmentColumns: Type.Integer(),
          dataColumns: Type.Integer(),
          known: Type.Number(),
          departments: Type.Array(Type.String()),
        }),
      ),
    }),
  ),
});

export const Correction = Type.Object({
  label: Type.String({ minLength: 1, maxLength: 200 }),
  element: Nullable(Type.String({ maxLength: 60 })),
  relation: Relation,
});

export const CorrectionsBody = Type.Object({ corrections: Type.Array(Correction, { minItems: 1, maxItems: 200 }) });
export const CorrectionsReply = Type.Object({
  confirmed: Type.Integer({ description: '数据管理员的更正：立即生效' }),
  queued: Type.Integer({ description: '部门的更正：进入待审队列' }),
  readings: Type.Integer({
    description: '只是本表的读法（词典已有的措辞，绑到他人或不绑定）：留在表单上，不作为新措辞',
  }),
});

export const SynonymView = Type.Object({
  id: Type.Integer(),
  label: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('confirmed')]),
  element: Nullable(Type.String()),
  elementName: Nullable(Type.String()),
  relation: Relation,
  score: Nullable(Type.Number()),
  origin: Type.Union([Type.Literal('matcher'), Type.Literal('correction')]),
  proposedBy: Nullable(Type.String()),
  proposedAt: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  seen: Type.Integer(),
});
export const SynonymPage = PagedOf(SynonymView);
export const SynonymQuery = Type.Object({
  ...pageProps,
  status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('confirmed')])),
  q: Type.Optional(Type.String({ maxLength: 60 })),
});

export const DecisionBody = Type.Object({
  action: Type.Union([Type.Literal('accept'), Type.Literal('rebind'), Type.Literal('form_only')]),
  element: Type.Optional(Type.String({ maxLength: 60 })),
  relation: Type.Optional(Relation),
});

export type TemplateDraft = Static<typeof TemplateDraft>;
export type DraftColumn = Static<typeof DraftColumn>;
export type SynonymView = Static<typeof SynonymView>;
export type Correction = Static<typeof Correction>;

/** The score from which the field matcher binds a label (server/src/modules/hub/matcher.ts); the synonyms page
 * colours scores by it. */
export const MATCH_THRESHOLD = 0.78;
