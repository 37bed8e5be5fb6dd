import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { screenshotDir } from '../playwright.shared';

/** What the real-stack specs share: their settings come from the environment, their pictures go to one folder. */

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set to run the end-to-end suite against a running stack`);
  return value;
}

export async function snap(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true });
}

/**
 * Collects what the browser refuses under the gateway's Content-Security-Policy (Chromium reports each
 * refusal on the console); a spec expects the list empty at its end.
 */
export function watchPolicyViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

/** A job's card on the dashboard, found by its Job ID. */
export function cardOf(page: Page, shortId: string) {
  return page.getByTestId('job-card').filter({ hasText: `Job ID ${shortId}` });
}

/** Signs a workstation in at /login and waits for its dashboard. */
export async function signIn(page: Page, workstation: string, password: string) {
  await page.goto('/login');
  // Until the page is hydrated the form would submit natively (a GET): wait for its scripts first.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Workstation name').fill(workstation);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('workstation-name')).toHaveText(workstation);
}

/** Text of every .eml file under `dir` (any depth), newest first. */
export function readMails(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return []; // the mail folder may not exist until the first message
  }
  return names
    .filter((name) => name.toLowerCase().endsWith('.eml'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .map((path) => readFileSync(path, 'utf8'));
}

/** One message the SMTP sink kept, with its headers decoded and its plain-text body readable. */
export interface Mail {
  to: string;
  subject: string;
  /** The text/plain part, transfer encoding undone (links are whole again). */
  text: string;
}

/** Headers of one MIME entity (folded lines unfolded), names lower-cased; and its body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const normalised = raw.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const head = end < 0 ? normalised : normalised.slice(0, end);
  const body = end < 0 ? '' : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between two encoded words is not text
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** The plain-text part of a message (the first text/plain entity, searched through multiparts). */
function plainText(headers: Map<string, string>, body: string): string | null {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break; // the closing delimiter
      const entity = splitEntity(part.replace(/^\r?\n/, ''));
      const found = plainText(entity.headers, entity.body);
      if (found !== null) return found;
    }
    return null;
  }
  return /^text\/plain/i.test(type) ? decodeBody(body, headers.get('content-transfer-encoding')) : null;
}

export function parseMail(raw: string): Mail {
  const { headers, body } = splitEntity(raw);
  return {
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: plainText(headers, body) ?? '',
  };
}

/** Every message in the sink addressed to `address` whose subject contains `subjectPart`, newest first. */
export function mailsTo(dir: string, address: string, subjectPart = ''): Mail[] {
  return readMails(dir)
    .map(parseMail)
    .filter((mail) => mail.to.includes(address) && mail.subject.includes(subjectPart));
}
