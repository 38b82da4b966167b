// opencc-js ships its dictionaries as modules whose default export is the dictionary
// text: "trad simp|trad simp|…" (a traditional character, a space, its simplified forms).
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
