// 我的待办 on the 工作台: the role's own open work, one tile per kind, each opening the list it counts.
import { Card, Skeleton } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTodo } from '../../components/notifications/useTodo.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

export function TodoPanel() {
  const { t } = useTranslation();
  const todo = useTodo();
  const items = todo.data?.items ?? [];
  if (todo.data && items.length === 0) return null;
  const open = items.reduce((n, i) => n + i.count, 0);
  return (
    <Card
      title={t('todo.title')}
      className="home-card todo-panel"
      data-testid="todo-panel"
      extra={todo.data && open === 0 ? <span className="muted small">{t('todo.allClear')}</span> : null}
    >
      {todo.error && <ProblemAlert error={todo.error} title={t('todo.loadFailed')} onRetry={todo.reload} />}
      {!todo.data && !todo.error && <Skeleton active paragraph={{ rows: 2 }} />}
      <div className="todo-grid">
        {items.map((i) => (
          <Link
            key={i.kind}
            to={i.link}
            className={`todo-tile todo-${i.count > 0 ? i.tone : 'none'}`}
            data-testid={`todo-${i.kind}`}
            data-count={i.count}
          >
            <span className="todo-count">{i.count}</span>
            <span className="todo-text">
              <span className="todo-label">{t(`todo.kinds.${i.kind}`)}</span>
              <span className="todo-hint">{t(`todo.hints.${i.kind}`)}</span>
            </span>
          </Link>
        ))}
      </div>
    </Card>
  );
}
