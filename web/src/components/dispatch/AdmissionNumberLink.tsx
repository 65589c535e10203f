// An admission number that opens its public check page (anyone can verify it there).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router';

export function AdmissionNumberLink({ number, code, testId }: { number: string; code: string; testId?: string }) {
  if (!number) return null;
  return (
    <Link
      to={`/check/${encodeURIComponent(code || number)}`}
      target="_blank"
      className="adm-number-link"
      data-testid={testId}
    >
      <SafetyCertificateOutlined /> <span className="mono">{number}</span>
    </Link>
  );
}
