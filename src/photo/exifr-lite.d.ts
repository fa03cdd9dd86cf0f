// exifr's lite build has the same API as the package's main entry (node_modules/exifr/index.d.ts).
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
