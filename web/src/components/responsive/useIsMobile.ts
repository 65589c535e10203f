// Below antd's `md` breakpoint (768 px) the app is a phone: the mobile shell, card lists, bottom sheets.
// Read from matchMedia synchronously, so the first paint already has the right layout. A change counts
// once it has held for a moment: the shells are different trees, and switching remounts the page (an open
// form is lost), so a passing flip — a window dragged across the line, a full-page capture — must not.
import { useEffect, useState } from 'react';

export const MOBILE_QUERY = '(max-width: 767.98px)';
const SETTLE_MS = 200;

export function useIsMobile(): boolean {
  const [mobile, setMobile] = useState(() => window.matchMedia(MOBILE_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(MOBILE_QUERY);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setMobile(mq.matches), SETTLE_MS);
    };
    mq.addEventListener('change', onChange);
    return () => {
      clearTimeout(timer);
      mq.removeEventListener('change', onChange);
    };
  }, []);
  return mobile;
}
