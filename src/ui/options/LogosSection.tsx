import { useId, useState } from 'preact/hooks';
import { Brightness, formatLogoHash, hashLogo } from '../../photo/logo-hash';
import type { Settings } from '../../settings/settings';
import { RowsTable, Section } from './fields';
import type { SectionProps } from './sections';

type Logo = Settings['schoolLogos'][number];

/** The logo is fingerprinted at most this large: the fingerprint is a 12 x 12 grid, more pixels add nothing. */
const HASH_SIDE = 256;
/** The small copy shown in the list. */
const THUMBNAIL_SIDE = 64;

function draw(bitmap: ImageBitmap, side: number): HTMLCanvasElement {
  const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** A picture file → its fingerprint and a small copy, made here on the device; or why it cannot be used. */
async function logoFromFile(file: File): Promise<Logo | { error: string }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { error: `“${file.name}” is not a picture this browser can open (use PNG, JPEG, GIF or WebP).` };
  }
  try {
    const canvas = draw(bitmap, HASH_SIDE);
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const hash = hashLogo(new Brightness(pixels.data, canvas.width, canvas.height));
    if ('error' in hash) return { error: `“${file.name}”: ${hash.error}` };
    return {
      name: file.name.slice(0, 200),
      hash: formatLogoHash(hash),
      picture: draw(bitmap, THUMBNAIL_SIDE).toDataURL('image/png'),
    };
  } finally {
    bitmap.close();
  }
}

/** The school's logo and badge pictures: a photo on a personal account that shows one gets a check. */
export function LogosSection({ values, isLocked, set }: SectionProps) {
  const inputId = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const logos = values.schoolLogos;
  const add = async (files: FileList | null) => {
    const made = await Promise.all([...(files ?? [])].map(logoFromFile));
    setProblems(made.flatMap((each) => ('error' in each ? [each.error] : [])));
    const added = made.filter((each): each is Logo => !('error' in each));
    if (added.length > 0) set('schoolLogos', [...logos, ...added].slice(0, 10));
  };
  return (
    <Section
      id="logos"
      title="The school’s logo"
      locked={isLocked('schoolLogos')}
      intro={
        <p>
          The policy keeps the school’s logo and branding off personal accounts. Add the school’s logo or
          badge and Post Guard says so when a photo attached on a personal account shows it. Post Guard keeps
          a fingerprint of each picture and a small copy, on this device only.
        </p>
      }
    >
      {logos.length > 0 && (
        <RowsTable
          items={logos}
          columns={['Picture', 'Name']}
          removeLabel={(logo) => `Remove ${logo.name}`}
          onChange={(next) => set('schoolLogos', next)}
          cells={(logo) => (
            <>
              <td>{logo.picture ? <img class="pg-logo-thumbnail" src={logo.picture} alt="" /> : '—'}</td>
              <td>{logo.name}</td>
            </>
          )}
        />
      )}
      {!isLocked('schoolLogos') && logos.length < 10 && (
        <p>
          <label for={inputId}>Add a logo or badge picture</label>{' '}
          <input
            id={inputId}
            type="file"
            accept="image/*"
            multiple
            onChange={(event) => {
              const input = event.currentTarget;
              void add(input.files).then(() => (input.value = ''));
            }}
          />
        </p>
      )}
      {problems.length > 0 && (
        <div class="pg-alert pg-alert-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </Section>
  );
}
