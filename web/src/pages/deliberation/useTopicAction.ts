// Runs one step on a topic (support, table, vote …): on success the deliberation queries reload; a refusal
// shows the server's message (in the user's language).
import { useState } from 'react';
import { App } from 'antd';
import { isApiError } from '../../api/client.js';
import { keys, useInvalidate } from '../../api/queries.js';

export function useTopicAction() {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const run = async (step: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await step();
      await invalidate(keys.deliberation);
      return true;
    } catch (err) {
      if (!isApiError(err)) throw err;
      void message.error(err.problem.title);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
