// opencc-js ships types for its presets and core, not for the per-locale dictionary
// modules the converters load one by one (smaller chunks than the presets).
declare module 'opencc-js/from/*' {
  const groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  const groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  export default groups;
}
