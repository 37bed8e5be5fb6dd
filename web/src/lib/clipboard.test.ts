import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'execCommand');
});

function stubClipboard(writeText?: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: writeText ? { writeText } : undefined });
}

describe('copyText', () => {
  it('uses the Clipboard API where the page has it', async () => {
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    await expect(copyText('Pending/cube.stl')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('Pending/cube.stl');
  });

  it('falls back to a selected text area and execCommand on plain-http pages', async () => {
    stubClipboard(undefined);
    let copied = '';
    const execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await expect(copyText('Pending/cube.stl')).resolves.toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('Pending/cube.stl');
    expect(document.querySelector('textarea')).toBeNull(); // cleaned up
  });

  it('also falls back when the Clipboard API refuses, and says so when nothing worked', async () => {
    stubClipboard(async () => {
      throw new DOMException('Denied', 'NotAllowedError');
    });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyText('x')).resolves.toBe(false);
  });
});
