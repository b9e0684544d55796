// Text data files imported as strings where a bundler's text loader inlines them (the bench's in-page probe).
declare module '*.txt' {
  const text: string;
  export default text;
}
