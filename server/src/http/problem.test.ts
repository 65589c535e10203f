import { describe, expect, it } from 'vitest';
import { fieldErrorsFromValidation } from './errors.js';
import { Value } from 'typebox/value';
import { PROBLEMS, ProblemBody } from '#common/api/problems.js';
import { PROBLEM_TITLES } from '#common/i18n/problems.js';
import { pickLang, problem, problemBody } from './problem.js';

describe('problem+json bodies', () => {
  it('carries a stable code and a title in the caller’s language', () => {
    const err = problem('out_of_scope', { detail: '340111' });
    expect(problemBody(err, 'zh-CN', '/api/v1/x', 'req-1')).toEqual({
      type: 'https://jianfu.cn/problems/out_of_scope',
      title: '超出您的管辖范围',
      status: 403,
      code: 'out_of_scope',
      detail: '340111',
      instance: '/api/v1/x',
      requestId: 'req-1',
    });
    expect(problemBody(err, 'en').title).toBe('Outside your jurisdiction');
  });

  it('fills field messages from their reason and parameters', () => {
    const err = problem('validation_failed', {
      fields: [{ field: 'password', reason: 'too_short', params: { min: 8 } }],
    });
    expect(problemBody(err, 'zh-CN').errors).toEqual([
      { field: 'password', reason: 'too_short', message: '至少 8 个字符' },
    ]);
    expect(problemBody(err, 'en').errors?.[0].message).toBe('must be at least 8 characters');
  });

  it('words the value checks shared with imports in the caller’s language, keeping the reason', () => {
    const err = problem('validation_failed', {
      fields: [
        { field: 'entries.0.value', reason: 'bad_mobile' },
        { field: 'entries.1.value', reason: 'no_such_reason' },
      ],
    });
    expect(problemBody(err, 'zh-CN').errors).toEqual([
      { field: 'entries.0.value', reason: 'bad_mobile', message: '手机号码格式不正确' },
      { field: 'entries.1.value', reason: 'no_such_reason', message: 'no_such_reason' },
    ]);
    expect(problemBody(err, 'en').errors?.[0].message).toBe('Not a mobile number');
  });

  it('takes the status from the one catalogue, and every code has a title in both languages', () => {
    expect(problem('import_busy').status).toBe(409);
    expect(problem('not_own_admission').status).toBe(403);
    expect(problem('too_many_attempts', { extra: { retryAfter: 3 } }).extra).toEqual({ retryAfter: 3 });
    expect(Object.keys(PROBLEMS).sort()).toEqual(Object.keys(PROBLEM_TITLES).sort());
    for (const [code, { status }] of Object.entries(PROBLEMS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      const body = problemBody(problem(code as keyof typeof PROBLEMS), 'en', '/api/v1/x', 'r');
      expect(Value.Check(ProblemBody, body), code).toBe(true);
    }
  });

  it('picks Chinese unless English is asked for first', () => {
    expect(pickLang(undefined)).toBe('zh-CN');
    expect(pickLang('en-GB,en;q=0.8')).toBe('en');
    expect(pickLang('zh-CN,en;q=0.5')).toBe('zh-CN');
  });
});

describe('validation issues', () => {
  it('name the field, including nested and missing ones', () => {
    expect(
      fieldErrorsFromValidation([
        { instancePath: '', keyword: 'required', params: { missingProperty: 'password' } },
        { instancePath: '/scope/orgCode', keyword: 'pattern', params: {} },
        { instancePath: '/displayName', keyword: 'maxLength', params: { limit: 40 } },
      ]),
    ).toEqual([
      { field: 'password', reason: 'required' },
      { field: 'scope.orgCode', reason: 'invalid_format' },
      { field: 'displayName', reason: 'too_long', params: { max: 40 } },
    ]);
  });
});
