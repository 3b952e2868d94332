import { describe, expect, it, vi } from 'vitest';
import { exportText, IMPORT_MAX_BYTES, readImportFile } from './transfer';

describe('readImportFile', () => {
  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = new File([new Uint8Array(IMPORT_MAX_BYTES + 1)], 'huge.json', { type: 'application/json' });
    const text = vi.spyOn(file, 'text');
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer');
    expect(await readImportFile(file)).toEqual({ ok: false, message: expect.stringContaining('文件过大') });
    expect(text).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads and checks a file within the limit', async () => {
    const file = new File([exportText([], new Date('2024-01-01T00:00:00Z'))], 'ok.json');
    expect(await readImportFile(file)).toEqual({ ok: true, bookmarks: [] });
  });

  it('says so when the file cannot be read', async () => {
    const file = new File(['{}'], 'gone.json');
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('The file was removed', 'NotReadableError'));
    expect(await readImportFile(file)).toEqual({ ok: false, message: expect.stringContaining('无法读取') });
  });
});
