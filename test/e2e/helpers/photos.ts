import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Labelled photos from test/fixtures/images (sources and licences in its README). */
const IMAGES = path.resolve('test/fixtures/images');

function photo(file: string) {
  return { name: file, mimeType: 'image/jpeg', buffer: readFileSync(path.join(IMAGES, file)) };
}

/** Three people (a collage of CC0 portraits): the detector finds all three. */
export const PHOTO_WITH_PEOPLE = photo('collage-03-faces.jpg');
/** A cup of coffee: no face, and no box at all from the detector. */
export const PHOTO_OF_A_MEAL = photo('skimage-coffee.jpg');
/** A dog (a camera-trap photo): no face found by the detector (npm run eval, Photos). */
export const PHOTO_OF_A_PET = photo('cameratrap-domestic_dog.jpg');
