// One titled section of the application form (基本信息, 下派范围 …), numbered like the paper 审批表.
import type { ReactNode } from 'react';

export function FormSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="form-section" id={`section-${id}`}>
      <h3 className="form-section-title">{title}</h3>
      <div className="form-section-body">{children}</div>
    </section>
  );
}
