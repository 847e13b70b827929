import { describe, expect, test } from 'vitest';
import { councilChoices, parseFeedback } from '../../../src/lib/feedback/schema.ts';
import { validProblem, validVote } from '../../fixtures/feedback/submissions.ts';

describe('the feedback schema', () => {
  test('accepts a complete problem report and keeps only its fields', () => {
    const result = parseFeedback({ ...validProblem, extra: 'ignored' });
    expect(result).toEqual({
      success: true,
      data: {
        form: 'problem',
        message: validProblem.message,
        reply: 'yes',
        email: 'parent@example.com',
        council: 'BCP Council',
        page: '/statement/',
      },
    });
  });

  test('accepts a vote', () => {
    expect(parseFeedback(validVote)).toEqual({
      success: true,
      data: { form: 'useful', useful: 'no', page: '/progress/' },
    });
  });

  test('offers the councils from the site configuration, then "Not sure"', () => {
    expect(councilChoices).toEqual(['Dorset Council', 'BCP Council', 'Not sure']);
  });

  test('gives every error of an empty problem report at once, in the order of the form', () => {
    expect(parseFeedback({ form: 'problem' })).toMatchInlineSnapshot(`
      {
        "errors": {
          "council": "Select which council your feedback is about",
          "message": "Enter what you want to tell us",
          "reply": "Select yes if you want us to reply",
        },
        "success": false,
      }
    `);
    const result = parseFeedback({ form: 'problem' });
    expect(!result.success && Object.keys(result.errors)).toEqual(['message', 'reply', 'council']);
  });

  test('asks for an email address only when they want a reply', () => {
    expect(parseFeedback({ ...validProblem, email: '' })).toMatchInlineSnapshot(`
      {
        "errors": {
          "email": "Enter your email address",
        },
        "success": false,
      }
    `);
    expect(parseFeedback({ ...validProblem, reply: 'no', email: '' }).success).toBe(true);
  });

  test('checks the email address format, even when other fields are wrong too', () => {
    expect(parseFeedback({ ...validProblem, email: 'parent at example', council: '' })).toMatchInlineSnapshot(`
      {
        "errors": {
          "council": "Select which council your feedback is about",
          "email": "Enter an email address in the correct format, like name@example.com",
        },
        "success": false,
      }
    `);
  });

  test('does not keep an email address typed before choosing "No"', () => {
    const result = parseFeedback({ ...validProblem, reply: 'no' });
    expect(result.success && 'email' in result.data).toBe(false);
  });

  test('allows 1,200 characters and says so in GOV.UK words past that', () => {
    expect(parseFeedback({ ...validProblem, message: 'a'.repeat(1200) }).success).toBe(true);
    expect(parseFeedback({ ...validProblem, message: 'a'.repeat(1201) })).toMatchInlineSnapshot(`
      {
        "errors": {
          "message": "What you want to tell us must be 1,200 characters or less",
        },
        "success": false,
      }
    `);
  });

  test('counts a line break as one character, as the browser does, though forms send two', () => {
    const lines = `${'a'.repeat(599)}\r\n${'b'.repeat(599)}\r\n`;
    const result = parseFeedback({ ...validProblem, message: lines });
    expect(result.success && result.data.form === 'problem' && result.data.message.length).toBe(1199);
  });

  test('treats a message of spaces and invisible characters as empty', () => {
    const result = parseFeedback({ ...validProblem, message: ' \u200b\u2060\ufeff\u00a0\n' });
    expect(!result.success && result.errors.message).toBe('Enter what you want to tell us');
  });

  test('gives the same messages for wrong types in JSON', () => {
    const result = parseFeedback({ form: 'problem', message: 42, reply: true, email: {}, council: ['BCP Council'] });
    expect(result).toEqual({
      success: false,
      errors: {
        message: 'Enter what you want to tell us',
        reply: 'Select yes if you want us to reply',
        email: 'Enter an email address in the correct format, like name@example.com',
        council: 'Select which council your feedback is about',
      },
    });
  });

  test('never fails on the page address, which people cannot see: a bad one is dropped', () => {
    const result = parseFeedback({ ...validProblem, page: 'javascript:alert(1)' });
    expect(result.success && result.data.page).toBe(null);
  });

  test('names the form when it is neither kind, and refuses what is not an object', () => {
    expect(parseFeedback({ form: 'survey' })).toEqual({
      success: false,
      errors: { form: 'Send "form" as "useful" or "problem"' },
    });
    expect(parseFeedback([validProblem])).toEqual({
      success: false,
      errors: { form: 'Send the feedback as a form or as a JSON object' },
    });
    expect(parseFeedback(null).success).toBe(false);
  });

  test('treats a submission with "useful" and no "form" as a vote', () => {
    expect(parseFeedback({ useful: 'maybe' })).toEqual({
      success: false,
      errors: { useful: 'Select yes if this page is useful' },
    });
  });
});
