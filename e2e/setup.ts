// Runs in every journey file: its one Chromium is closed when the file is done.
import { afterAll, expect } from 'vitest';
import { closeBrowser } from './browser.js';

afterAll(() => closeBrowser(expect.getState().testPath));
