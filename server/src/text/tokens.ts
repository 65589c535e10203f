// Word segmentation (jieba, with its bundled dictionary) and IDF weights, loaded once per process.
import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { normalizeText } from './normalize.js';

let jieba: Jieba | null = null;
let idfWeights: Map<string, number> | null = null;
let medianIdf = 10;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

function weights(): Map<string, number> {
  if (!idfWeights) {
    idfWeights = new Map();
    const text = Buffer.from(idf).toString('utf8');
    const values: number[] = [];
    for (const line of text.split('\n')) {
      const sp = line.lastIndexOf(' ');
      if (sp <= 0) continue;
      const w = Number(line.slice(sp + 1));
      idfWeights.set(line.slice(0, sp), w);
      values.push(w);
    }
    values.sort((a, b) => a - b);
    medianIdf = values[Math.floor(values.length / 2)] ?? 10;
  }
  return idfWeights;
}

// Words that say nothing about what is being asked of a community.
const STOPWORDS = new Set(
  '的 了 和 与 及 或 等 对 为 在 由 将 把 被 向 于 以 之 其 各 该 本 有关 相关 工作 开展 做好 进行 负责 协助 配合 组织 落实 加强 推进 社区 居民 街道 要求 请 需 需要 一个 每 次 年 月 日'.split(
    ' ',
  ),
);

/** Content words of a text, normalised, stopwords removed. */
export function contentTokens(text: string): string[] {
  const norm = normalizeText(text);
  if (!norm) return [];
  return segmenter()
    .cut(norm, true)
    .filter((t) => t.trim() && !STOPWORDS.has(t));
}

/** IDF weight of a word; unknown words weigh like a median word (rare but not unique). */
export function idfOf(token: string): number {
  return weights().get(token) ?? medianIdf;
}

export { TfIdf };
