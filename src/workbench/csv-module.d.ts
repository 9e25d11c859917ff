/** Sample CSVs are bundled as text (esbuild's text loader, see scripts/build.mjs). */
declare module '*.csv' {
  const text: string;
  export default text;
}
