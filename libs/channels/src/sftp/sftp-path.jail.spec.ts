import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JailViolation } from './jail-violation.error';
import { SftpPathJail } from './sftp-path.jail';

describe(SftpPathJail.name, () => {
  const home = '/srv/sftp/DEMO';
  const sut = new SftpPathJail(home);

  function refusal(path: string): string {
    try {
      sut.locate(path);
    } catch (error) {
      if (error instanceof JailViolation) return error.reason;
      throw error;
    }
    throw new Error(`${path} was not refused`);
  }

  describe('locate', () => {
    it.each([
      ['/', '/', home],
      ['', '/', home],
      ['.', '/', home],
      ['/inbox', '/inbox', `${home}/inbox`],
      ['inbox/x.edi', '/inbox/x.edi', `${home}/inbox/x.edi`],
      ['//inbox//x.edi', '/inbox/x.edi', `${home}/inbox/x.edi`],
      ['/inbox/./x.edi', '/inbox/x.edi', `${home}/inbox/x.edi`],
      ['/outbox/../inbox/x.edi', '/inbox/x.edi', `${home}/inbox/x.edi`],
      ['/inbox/..', '/', home],
      ['/archive/', '/archive', `${home}/archive`],
    ])('maps %j to %s', (path, virtual, real) => {
      const located = sut.locate(path);

      expect(located.virtual).toBe(virtual);
      expect(located.real).toBe(real);
    });

    it('names the area and what lies below it', () => {
      expect(sut.locate('/')).toMatchObject({ area: undefined, below: [] });
      expect(sut.locate('/outbox')).toMatchObject({ area: 'outbox', below: [] });
      expect(sut.locate('/inbox/a/b')).toMatchObject({ area: 'inbox', below: ['a', 'b'] });
    });

    it.each(['..', '/..', '/../OTHER/inbox/x', '/inbox/../../OTHER', '/inbox/../..', '../etc'])(
      'refuses %j, which climbs above the root',
      (path) => {
        expect(refusal(path)).toBe("climbs above the carrier's root");
      },
    );

    it.each(['/etc/passwd', '/OTHER/inbox/x', 'tmp', '/inbox/../etc', '/Inbox/x'])(
      'refuses %j, outside the three areas',
      (path) => {
        expect(refusal(path)).toBe('outside inbox/, outbox/, archive/ and quarantine/');
      },
    );

    it.each(['/inbox/a\u0000b', '/inbox/a\nb', '/inbox/..\\..\\etc'])(
      'refuses %j (control character or backslash)',
      (path) => {
        expect(refusal(path)).toBe('control character or backslash');
      },
    );

    it('takes encoded names literally: %2e%2e is a name, not ..', () => {
      const located = sut.locate('/inbox/%2e%2e/%2e%2e/etc');

      expect(located.real).toBe(`${home}/inbox/%2e%2e/%2e%2e/etc`);
      expect(refusal('/%2e%2e/etc')).toBe('outside inbox/, outbox/, archive/ and quarantine/');
    });

    it('keeps names made only of dots other than . and .. as names', () => {
      expect(sut.locate('/inbox/...').real).toBe(`${home}/inbox/...`);
    });
  });

  describe('resolve, on disk', () => {
    let dir: string;
    let disk: SftpPathJail;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sftp-jail-'));
      await mkdir(join(dir, 'DEMO', 'inbox'), { recursive: true });
      await mkdir(join(dir, 'DEMO', 'outbox'), { recursive: true });
      await writeFile(join(dir, 'DEMO', 'inbox', 'x.edi'), 'UNA');
      await symlink('/etc', join(dir, 'DEMO', 'inbox', 'etc'));
      await symlink(join(dir, 'DEMO', 'outbox'), join(dir, 'DEMO', 'inbox', 'inside'));
      await symlink(join(dir, 'OTHER'), join(dir, 'DEMO', 'archive'));
      disk = new SftpPathJail(join(dir, 'DEMO'));
    });

    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('accepts real files and paths that do not exist yet', async () => {
      await expect(disk.resolve('/inbox/x.edi')).resolves.toMatchObject({
        real: join(dir, 'DEMO', 'inbox', 'x.edi'),
      });
      await expect(disk.resolve('/inbox/new.edi')).resolves.toMatchObject({
        virtual: '/inbox/new.edi',
      });
      await expect(disk.resolve('/inbox/x.edi/under-a-file')).resolves.toMatchObject({
        area: 'inbox',
      });
    });

    it.each([
      '/inbox/etc',
      '/inbox/etc/passwd',
      '/inbox/inside/a.contrl',
      '/archive',
      '/archive/x.edi',
    ])('refuses %j, which goes through a symbolic link', async (path) => {
      await expect(disk.resolve(path)).rejects.toThrow(
        new JailViolation(path, 'goes through a symbolic link'),
      );
    });

    it('still refuses lexical escapes', async () => {
      await expect(disk.resolve('/../OTHER/inbox/x')).rejects.toBeInstanceOf(JailViolation);
    });
  });
});
